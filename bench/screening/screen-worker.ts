// A worker of the parallel-batch benchmark: loads the lists, builds its own index, then screens its
// share of the queries when told to and reports the elapsed time.
import { parentPort, workerData } from 'node:worker_threads';
import { buildScreeningIndex, screenName } from '../../src/core/screening/matching/index.ts';
import { loadBenchLists } from './load-lists.ts';
import { threadCpuSeconds } from './thread-cpu.ts';

const { queries, warmUp } = workerData as { queries: string[]; warmUp: string[] };
const lists = await loadBenchLists();
const index = buildScreeningIndex([...lists.csl, ...lists.ofac, ...lists.un]);
// the same warm-up as the single-thread run: the JIT on other names, then an empty expansion cache
for (const name of warmUp) screenName(index, { name });
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
