// A worker of the parallel-batch benchmark: loads the lists, builds its own index, then screens the chunks of the
// queries it is handed (a range each) and reports the time and hits of each.
import { parentPort, workerData } from 'node:worker_threads';
import { buildScreeningIndex, screenName } from '../../src/core/screening/matching/index.ts';
import { loadBenchLists } from './load-lists.ts';
import { threadCpuSeconds } from './thread-cpu.ts';

const { queries, warmUp, w, workers } = workerData as {
  queries: string[];
  warmUp: string[];
  w: number;
  workers: number;
};
const lists = await loadBenchLists();
const index = buildScreeningIndex([...lists.csl, ...lists.ofac, ...lists.un]);
// a warm-up like the single-thread run's: by the time the main thread times its batch it has screened some
// 27,000 names (the warm-up names, the single-thread runs, the event-loop runs), so the JIT has optimised the
// scoring code and the index build's garbage is collected; a worker fresh from its build screens the warm-up
// names and its expected share twice (some 21,000 names), untimed, then starts every timed round, like the main
// thread, from an empty expansion cache
const size = Math.ceil(queries.length / workers);
const share = queries.slice(w * size, (w + 1) * size);
for (const name of warmUp) screenName(index, { name });
for (let pass = 0; pass < 2; pass++) {
  index.scratch.expansions.clear();
  for (const name of share) screenName(index, { name });
}
index.scratch.expansions.clear();
parentPort?.postMessage({ kind: 'ready' });
// CPU time since the round's first chunk (the thread's clock ticks every 10 ms: one reading per round, not per chunk)
let roundCpuStart = 0;
parentPort?.on('message', (message: { kind: 'chunk'; start: number; end: number; fresh: boolean }) => {
  // a round's first chunk starts from an empty expansion cache, as the single-thread runs do
  if (message.fresh) {
    index.scratch.expansions.clear();
    roundCpuStart = threadCpuSeconds();
  }
  const start = performance.now();
  let hits = 0;
  for (let i = message.start; i < message.end; i++) hits += screenName(index, { name: queries[i]! }).length;
  const cpuSeconds = threadCpuSeconds() - roundCpuStart;
  parentPort?.postMessage({
    kind: 'done',
    start: message.start,
    end: message.end,
    milliseconds: performance.now() - start,
    cpuSeconds,
    hits,
  });
});
