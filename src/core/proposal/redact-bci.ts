const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const removePath = (target: unknown, segments: string[]): void => {
  const [head, ...rest] = segments;
  if (head === undefined || !isRecord(target)) return;
  const keys = head === '*' ? Object.keys(target) : [head];
  for (const key of keys) {
    if (rest.length === 0) {
      if (Array.isArray(target)) target[Number(key)] = null;
      else delete target[key];
    } else {
      removePath(target[key], rest);
    }
  }
};

/**
 * A deep copy of `content` with every field named in `bciPaths` removed (array slots become null so that
 * item numbering stays stable). Paths are dotted, with `*` for every item of an array or key of an object.
 */
export const redactBci = <T>(content: T, bciPaths: readonly string[]): T => {
  const copy = structuredClone(content);
  for (const path of bciPaths) removePath(copy, path.split('.'));
  return copy;
};
