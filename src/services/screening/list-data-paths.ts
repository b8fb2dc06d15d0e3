// Where the shared reference lists live for tests and benchmarks: ../shared/data/lists beside the repo.
import { fileURLToPath } from 'node:url';

/** The absolute path of a file under ../shared/data/lists (relative to the repository root). */
export const sharedListPath = (relative: string): string =>
  fileURLToPath(new URL(`../../../../shared/data/lists/${relative}`, import.meta.url));
