/** How a field changed between two versions. */
export const CHANGE_KINDS = ['added', 'removed', 'changed'] as const;

export type ContentChange = {
  path: string;
  kind: (typeof CHANGE_KINDS)[number];
  before?: unknown;
  after?: unknown;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const walk = (before: unknown, after: unknown, path: string, out: ContentChange[]): void => {
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    out.push({ path, kind: 'added', after });
    return;
  }
  if (after === undefined) {
    out.push({ path, kind: 'removed', before });
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) walk(before[i], after[i], path ? `${path}.${i}` : String(i), out);
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) walk(before[key], after[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (!Object.is(before, after)) out.push({ path, kind: 'changed', before, after });
};

/** Field-level differences between two versions of a proposal's content, as dotted paths. */
export const diffContent = (before: unknown, after: unknown): ContentChange[] => {
  const changes: ContentChange[] = [];
  walk(before, after, '', changes);
  return changes;
};
