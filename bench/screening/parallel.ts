import { Worker } from 'node:worker_threads';

type Message = { kind: 'ready' } | { kind: 'done'; milliseconds: number; cpuSeconds: number; hits: number };

/**
 * Splits the queries over worker threads (each with its own index) and times the screening phase:
 * `rounds` times, each from an empty expansion cache, returning every round's wall time.
 */
export const parallelBatch = async (
  queries: string[],
  warmUp: string[],
  workers: number,
  rounds = 3,
): Promise<{ seconds: number[]; cpuSeconds: number[]; hits: number }> => {
  // one large contiguous chunk per worker: a single message each way per round
  const size = Math.ceil(queries.length / workers);
  const shares = Array.from({ length: workers }, (_v, w) => queries.slice(w * size, (w + 1) * size));
  const threads = shares.map(
    (share) =>
      new Worker(new URL('./screen-worker.mjs', import.meta.url), {
        workerData: { queries: share, warmUp },
      }),
  );
  const next = (worker: Worker): Promise<Message> =>
    new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  await Promise.all(threads.map(next));
  const seconds: number[] = [];
  // per round, the busiest worker's CPU time: the wall time the round would take with a free core per worker
  const cpuSeconds: number[] = [];
  let results: Message[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    const done = threads.map(next);
    for (const worker of threads) worker.postMessage('go');
    results = await Promise.all(done);
    seconds.push((performance.now() - start) / 1000);
    cpuSeconds.push(Math.max(...results.map((r) => (r.kind === 'done' ? r.cpuSeconds : 0))));
  }
  await Promise.all(threads.map((worker) => worker.terminate()));
  const hits = results.reduce((total, r) => total + (r.kind === 'done' ? r.hits : 0), 0);
  return { seconds, cpuSeconds, hits };
};
