// Worker-thread entry: registers tsx in this thread, then runs the TypeScript worker.
import { tsImport } from 'tsx/esm/api';

await tsImport('./screen-worker.ts', import.meta.url);
