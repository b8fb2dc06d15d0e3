// A worker of the parallel-batch benchmark: loads the lists, builds its own index, then screens its
// share of the queries when told to and reports the elapsed time.
import { parentPort, workerData } from 'node:worker_threads';
import { buildScreeningIndex, screenName } from '../../src/core/screening/matching/index.ts';
import { loadBenchLists } from './load-lists.ts';
import { threadCpuSeconds } from './thread-cpu.ts';

const { queries, warmUp } = workerData as { queries: string[]; warmUp: string[] };
const lists = await loadBenchLists();
const index = buildScreeningIndex([...lists.csl, ...lists.ofac, ...lists.un]);
// a warm-up like the single-thread run's: by the time the main thread times its batch it has screened the
// warm-up names and, several times over, the same kind of queries (the JIT has optimised the scoring code and
// the index build's garbage is collected); a worker fresh from its build gets the warm-up names and one untimed
// pass over its share, then starts every timed round, like the main thread, from an empty expansion cache
for (const name of warmUp) screenName(index, { name });
for (const name of queries) screenName(index, { name });
index.scratch.expansions.clear();
parentPort?.postMessage({ kind: 'ready' });
parentPort?.on('message', () => {
  index.scratch.expansions.clear();
  const start = performance.now();
  const cpuStart = threadCpuSeconds();
  let hits = 0;
  for (const name of queries) hits += screenName(index, { name }).length;
  const cpuSeconds = threadCpuSeconds() - cpuStart;
  parentPort?.postMessage({ kind: 'done', milliseconds: performance.now() - start, cpuSeconds, hits });
});
