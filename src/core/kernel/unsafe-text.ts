import type { FieldError } from './errors.ts';

/** What makes a string unsafe to store: PostgreSQL text refuses NUL, and a lone surrogate is not Unicode text. */
export type UnsafeText = 'nul' | 'lone_surrogate';

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether every surrogate of `text` is paired: String.prototype.isWellFormed (native, fast) where it exists. */
const wellFormed = (text: string): boolean => {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return typeof native === 'function' ? native.call(text) : !LONE_SURROGATE.test(text);
};

/** Why `text` may not be stored, or null when it may (two native scans: fast on a list file of 64 MiB). */
export const unsafeText = (text: string): UnsafeText | null => {
  if (text.includes('\u0000')) return 'nul';
  if (!wellFormed(text)) return 'lone_surrogate';
  return null;
};

const MESSAGES: Record<UnsafeText, string> = {
  nul: 'contains a NUL character (U+0000), which is not allowed in text',
  lone_surrogate: 'contains a lone surrogate: it is not valid Unicode text',
};

/** At most this many fields are named; a body with more is refused all the same. */
export const MAX_UNSAFE_FIELDS = 20;

/**
 * Every string (and object key) of a parsed JSON value, or of a flat record of strings, that may not be stored,
 * as field errors whose paths start with `root` (`body.content.title`, `path.id`, `query.q`). Walks without
 * recursion, so deeply nested input cannot overflow the stack.
 */
export const findUnsafeText = (value: unknown, root: string): FieldError[] => {
  const errors: FieldError[] = [];
  const pending: { value: unknown; path: string }[] = [{ value, path: root }];
  while (pending.length > 0 && errors.length < MAX_UNSAFE_FIELDS) {
    const next = pending.pop() as { value: unknown; path: string };
    if (typeof next.value === 'string') {
      const problem = unsafeText(next.value);
      if (problem) errors.push({ path: next.path, message: MESSAGES[problem] });
    } else if (Array.isArray(next.value)) {
      for (let index = next.value.length - 1; index >= 0; index -= 1) {
        pending.push({ value: next.value[index], path: `${next.path}.${index}` });
      }
    } else if (typeof next.value === 'object' && next.value !== null) {
      const entries = Object.entries(next.value).reverse();
      for (const [key, item] of entries) {
        const problem = unsafeText(key);
        if (problem) errors.push({ path: next.path, message: `a field name ${MESSAGES[problem]}` });
        else pending.push({ value: item, path: `${next.path}.${key}` });
      }
    }
  }
  return errors.slice(0, MAX_UNSAFE_FIELDS);
};
