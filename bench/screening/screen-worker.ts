// A worker of the parallel-batch benchmark: loads the lists, builds its own index, then screens its
// share of the queries when told to and reports the elapsed time.
import { parentPort, workerData } from 'node:worker_threads';
import { buildScreeningIndex, screenName } from '../../src/core/screening/matching/index.ts';
import { loadBenchLists } from './load-lists.ts';
import { threadCpuSeconds } from './thread-cpu.ts';

const { queries, warmUp } = workerData as { queries: string[]; warmUp: string[] };
const lists = await loadBenchLists();
const index = buildScreeningIndex([...lists.csl, ...lists.ofac, ...lists.un]);
// a warm-up like the single-thread run's: by the time the main thread times its batch it has screened some
// 27,000 names (the warm-up names, the single-thread runs, the event-loop runs), so the JIT has optimised the
// scoring code and the index build's garbage is collected; a worker fresh from its build screens the warm-up
// names and its share twice (some 21,000 names), untimed, then starts every timed round, like the main thread,
// from an empty expansion cache
for (const name of warmUp) screenName(index, { name });
for (let pass = 0; pass < 2; pass++) {
  index.scratch.expansions.clear();
  for (const name of queries) screenName(index, { name });
}
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
