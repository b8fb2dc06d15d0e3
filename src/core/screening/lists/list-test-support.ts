// Helpers shared by the parsers' tests (not used by production code). No node:* imports, like all of core.
import type { Result } from '../../kernel/result.ts';

const check = (condition: boolean, message: string): void => {
  if (!condition) throw new Error(message);
};

/** Asserts a `list_malformed` failure and that its details name the expected line, field and file. */
export const assertMalformed = <T>(
  result: Result<T>,
  expected: { line?: number; field?: string; file?: string; message?: RegExp },
): void => {
  if (result.ok) throw new Error('expected the parse to fail, but it succeeded');
  const { code, message, details } = result.error;
  const found = (details ?? {}) as Record<string, unknown>;
  check(code === 'list_malformed', `expected list_malformed, got ${code}: ${message}`);
  if ('line' in expected) check(found.line === expected.line, `expected line ${expected.line}: ${message}`);
  if ('field' in expected) check(found.field === expected.field, `expected field ${expected.field}: ${message}`);
  if (expected.file !== undefined) {
    check(
      found.file === expected.file && message.includes(expected.file),
      `expected file ${expected.file}: ${message}`,
    );
  }
  if (expected.message !== undefined) check(expected.message.test(message), `expected ${expected.message}: ${message}`);
};

/** The value of a successful result; throws with the error message otherwise. */
export const expectOk = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

/** Splits a text into chunks of the given sizes (cycling), to exercise chunk boundaries. */
export function* chunked(text: string, sizes: number[]): Generator<string> {
  let position = 0;
  let index = 0;
  while (position < text.length) {
    const size = Math.max(1, sizes[index++ % sizes.length] ?? 1);
    yield text.slice(position, position + size);
    position += size;
  }
}
