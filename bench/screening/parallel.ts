import { Worker } from 'node:worker_threads';

type Message =
  | { kind: 'ready' }
  | {
      kind: 'done';
      start: number;
      end: number;
      milliseconds: number;
      /** CPU time of the worker since its first chunk of the round */
      cpuSeconds: number;
      hits: number;
    };

/**
 * Names per chunk handed to a worker. Workers ask for the next chunk when done with one (the queue balances the
 * load: a worker whose names happen to be slower to screen takes fewer chunks), so a round ends at most about half
 * a chunk apart; a chunk is still large enough that its two messages cost nothing beside its screening (~0.1 s).
 */
export const PARALLEL_CHUNK = 1000;

/**
 * Screens the queries over worker threads and times the screening phase: each worker builds its index once, is
 * warmed up, then takes chunks of the queries from a shared queue until none is left. `rounds` times, each from an
 * empty expansion cache; returns every round's wall time and the busiest worker's CPU time.
 */
export const parallelBatch = async (
  queries: string[],
  warmUp: string[],
  workers: number,
  rounds = 3,
  chunk = PARALLEL_CHUNK,
): Promise<{ seconds: number[]; cpuSeconds: number[]; hits: number; chunksPerWorker: number[][] }> => {
  // every worker holds all the queries (a few hundred kilobytes); a chunk is then two numbers each way
  const threads = Array.from(
    { length: workers },
    (_v, w) =>
      new Worker(new URL('./screen-worker.mjs', import.meta.url), { workerData: { queries, warmUp, w, workers } }),
  );
  await Promise.all(
    threads.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.once('message', () => resolve());
          worker.once('error', reject);
        }),
    ),
  );
  const seconds: number[] = [];
  // per round, the busiest worker's CPU time: the wall time the round would take with a free core per worker
  const cpuSeconds: number[] = [];
  const chunksPerWorker: number[][] = [];
  let hits = 0;
  for (let round = 0; round < rounds; round++) {
    let next = 0;
    let roundHits = 0;
    const cpu = new Array<number>(workers).fill(0);
    const chunks = new Array<number>(workers).fill(0);
    const start = performance.now();
    await Promise.all(
      threads.map(
        (worker, w) =>
          new Promise<void>((resolve, reject) => {
            const give = (): void => {
              if (next >= queries.length) {
                worker.off('message', onMessage);
                worker.off('error', reject);
                resolve();
                return;
              }
              const from = next;
              next = Math.min(queries.length, next + chunk);
              worker.postMessage({ kind: 'chunk', start: from, end: next, fresh: chunks[w] === 0 });
            };
            const onMessage = (message: Message): void => {
              if (message.kind !== 'done') return;
              // the worker's CPU time since its first chunk of the round
              cpu[w] = message.cpuSeconds;
              chunks[w]!++;
              roundHits += message.hits;
              give();
            };
            worker.on('message', onMessage);
            worker.on('error', reject);
            give();
          }),
      ),
    );
    seconds.push((performance.now() - start) / 1000);
    cpuSeconds.push(Math.max(...cpu));
    chunksPerWorker.push(chunks);
    hits = roundHits;
  }
  await Promise.all(threads.map((worker) => worker.terminate()));
  return { seconds, cpuSeconds, hits, chunksPerWorker };
};
