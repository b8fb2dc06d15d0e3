// The measured half of bench:delta: opens the seeded database named on stdin, runs delta re-screening through
// the service and prints its time and peak memory as JSON on stdout; then times the first index build over the
// current version and the event loop's longest wait during it.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sha256Hex } from '../../src/core/kernel/sha256.ts';
import { connectDatabase, type DatabaseTarget } from '../../src/db/connect.ts';
import { CatalogCache } from '../../src/services/catalog/catalog-cache.ts';
import { deltaRescreenParties } from '../../src/services/screening/delta-rescreen-parties.ts';
import { loadCurrentIndex } from '../../src/services/screening/load-current-index.ts';
import { ScreeningIndexCache } from '../../src/services/screening/screening-index-cache.ts';
import type { ServiceDeps } from '../../src/services/service-deps.ts';
import { watchEventLoop } from '../screening/loop-watch.ts';

export type Measured = {
  seconds: number;
  cpuSeconds: number;
  setupSeconds: number;
  peakRss: number;
  baselineRss: number;
  peakHeap: number;
  baselineHeap: number;
  batches: number;
  parties: number;
  deltaEntries: number;
  newHits: number;
  indexBuildSeconds: number;
  indexNames: number;
  indexBuildLoopMaxMs: number;
  indexBuildLoopMaxCpuMs: number;
  runLoopMaxMs: number;
  runLoopMaxCpuMs: number;
};

const target = JSON.parse(readFileSync(0, 'utf8')) as DatabaseTarget;
const handle = await connectDatabase(target);
const deps: ServiceDeps = {
  db: handle.db,
  clock: () => new Date('2026-11-28T12:00:00Z'),
  newId: () => randomUUID(),
  randomToken: () => randomBytes(24).toString('base64url'),
  sha256: sha256Hex,
  passwords: { hash: async (p) => p, verify: async (h, p) => h === p },
  sessionTtlHours: 12,
  screeningCache: new ScreeningIndexCache(),
  catalogCache: new CatalogCache(),
};
const baseline = process.memoryUsage();
let peakRss = baseline.rss;
let peakHeap = baseline.heapUsed;
let batches = 0;
let firstBatchAt = 0;
const sample = (): void => {
  const now = process.memoryUsage();
  peakRss = Math.max(peakRss, now.rss);
  peakHeap = Math.max(peakHeap, now.heapUsed);
};
const sampler = setInterval(sample, 10);
await new Promise((resolve) => setTimeout(resolve, 20));
const runLoop = watchEventLoop();
const cpuStart = process.cpuUsage();
const start = performance.now();
const result = await deltaRescreenParties(
  deps,
  { listVersionId: 'bench-v2', previousVersionId: 'bench-v1' },
  async () => {
    if (batches === 0) firstBatchAt = performance.now();
    batches++;
    sample();
  },
);
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const runLoopSeen = runLoop.stop();
clearInterval(sampler);
sample();
if (!result.ok) throw new Error(result.error.message);
// the kernel's high-water mark as well: nothing between samples escapes it
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

// then the first index build over the current version (as a server's first screening after an import), with
// the longest wait of the event loop meanwhile: requests arriving during the build must still be answered
await new Promise((resolve) => setTimeout(resolve, 20));
const buildLoop = watchEventLoop();
const buildStart = performance.now();
const built = await loadCurrentIndex(deps);
const indexBuildSeconds = (performance.now() - buildStart) / 1000;
await new Promise((resolve) => setTimeout(resolve, 5));
const buildLoopSeen = buildLoop.stop();
await handle.close();
const measured: Measured = {
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  setupSeconds: (firstBatchAt - start) / 1000,
  peakRss,
  baselineRss: baseline.rss,
  peakHeap,
  baselineHeap: baseline.heapUsed,
  batches,
  parties: result.value.parties,
  deltaEntries: result.value.deltaEntries,
  newHits: result.value.newHits,
  indexBuildSeconds,
  indexNames: built.index.names.length,
  indexBuildLoopMaxMs: buildLoopSeen.maxMs,
  indexBuildLoopMaxCpuMs: buildLoopSeen.maxCpuMs,
  runLoopMaxMs: runLoopSeen.maxMs,
  runLoopMaxCpuMs: runLoopSeen.maxCpuMs,
};
process.stdout.write(JSON.stringify(measured));
