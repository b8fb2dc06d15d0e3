// npm run bench:screening — the screening benchmark: every figure printed beside its target.
// Speed figures are noisy on a shared 2-core machine; run twice before drawing conclusions.
import { availableParallelism, loadavg } from 'node:os';
import { buildScreeningIndex, DEFAULT_MATCH_PARAMS } from '../../src/core/screening/matching/index.ts';
import { SCREEN_SLICE_MS } from '../../src/services/screening/screen-in-slices.ts';
import { deltaBenchmark } from './delta.ts';
import { eventLoopDelay, indexBuildDelay } from './event-loop.ts';
import { loadBenchLists, requireSharedData } from './load-lists.ts';
import { putinScripts, type ScriptRecall, unOtherScripts } from './other-scripts.ts';
import { pairAccuracy } from './pair-accuracy.ts';
import { parallelBatch } from './parallel.ts';
import { falsePositives, negativeNames, unRecall } from './recall.ts';
import { percent, report, section } from './report.ts';
import { plainScan, singleThread } from './speed.ts';
import { threadCpuSeconds } from './thread-cpu.ts';
import { seededRandom, variantsOf } from './variants.ts';

requireSharedData();
const verbose = process.argv.includes('--verbose');
const started = performance.now();
console.log(
  `aiexports screening benchmark — threshold ${DEFAULT_MATCH_PARAMS.threshold}, ${availableParallelism()} cores`,
);
const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
console.log('note: the machine is shared with other work; speed figures vary from run to run.');
console.log(`load average at the start: ${load()} (1, 5, 15 min; wall-clock figures wait for a core above 1 per core)`);

section('Accuracy on name_pairs_dev.csv (default threshold)');
const accuracy = pairAccuracy();
const { overall } = accuracy;
report('precision', overall.precision.toFixed(3));
report('recall', overall.recall.toFixed(3));
report('F1', overall.f1.toFixed(3), '≥ 0.85', overall.f1 >= 0.85);
for (const [schema, a] of accuracy.bySchema) {
  const n = a.tp + a.fp + a.fn + a.tn;
  report(
    `  ${schema} (${n} pairs) P / R / F1`,
    `${a.precision.toFixed(2)} / ${a.recall.toFixed(2)} / ${a.f1.toFixed(2)}`,
  );
}

const lists = await loadBenchLists();
console.log(
  `\nlists loaded via ${lists.via}: CSL ${lists.csl.length}, OFAC ${lists.ofac.length}, UN ${lists.un.length} entries`,
);

section('Full lists: CSL + OFAC + UN');
const all = [...lists.csl, ...lists.ofac, ...lists.un];
const rssBefore = process.memoryUsage().rss;
const buildStart = performance.now();
const index = buildScreeningIndex(all);
const buildSeconds = (performance.now() - buildStart) / 1000;
report(`index build (${index.names.length} names)`, `${buildSeconds.toFixed(2)} s`, '< 5 s', buildSeconds < 5);
const fp = falsePositives(index);
report('false positives: negatives_us_1000 with any hit', percent(fp.rate), '≤ 1%', fp.rate <= 0.01);
if (verbose) for (const line of fp.withHit) console.log(`    ${line}`);

const random = seededRandom(99);
const unNames = lists.un.flatMap((e) => [e.primaryName, ...e.aliases]);
const queries = [...negativeNames()];
while (queries.length < 6000)
  queries.push(variantsOf(unNames[Math.floor(random() * unNames.length)]!, random)[0]!.text);
// warm the JIT on other names, then start from an empty expansion cache so the timed run earns its own hits
const warmUp = Array.from(
  { length: 1000 },
  () => variantsOf(unNames[Math.floor(random() * unNames.length)]!, random)[2]!.text,
);
singleThread(index, warmUp);
// three timed runs, each from an empty expansion cache; the best is reported (other work shares the cores)
const runs = [0, 1, 2].map(() => {
  index.scratch.expansions.clear();
  return singleThread(index, queries);
});
const single = runs.reduce((best, run) => (run.perSecond > best.perSecond ? run : best));
report(
  `single-thread throughput (${queries.length} queries, best of 3)`,
  `${Math.round(single.perSecond)} q/s`,
  '≥ 5,000 q/s',
  single.perSecond >= 5000,
);
report('  all three runs', runs.map((r) => Math.round(r.perSecond)).join(' / '));
report('latency p50', `${single.p50.toFixed(3)} ms`);
report('latency p99', `${single.p99.toFixed(3)} ms`, '< 5 ms', single.p99 < 5);
const rss = process.memoryUsage().rss;
report('resident memory (RSS) with the index', `${Math.round(rss / 1e6)} MB`, '< 400 MB', rss < 400e6);
if (verbose) console.log(`    RSS before the build ${Math.round(rssBefore / 1e6)} MB`);

const loop = await eventLoopDelay(index, queries);
report(
  `event-loop delay, max, screening ${loop.names} names as 4 concurrent requests (slices of ${SCREEN_SLICE_MS} ms)`,
  `${loop.slicedMaxMs.toFixed(1)} ms`,
  '≤ 50 ms',
  loop.slicedMaxMs <= 50,
);
report('  the same in one unbroken slice per request', `${loop.unslicedMaxMs.toFixed(1)} ms`);
const buildLoop = await indexBuildDelay(all);
report(
  `event-loop delay, max, building the index in slices (as after an import; ${buildLoop.seconds.toFixed(1)} s)`,
  `${buildLoop.maxMs.toFixed(1)} ms`,
  '≤ 50 ms',
  buildLoop.maxMs <= 50,
);
report(
  '  longest stretch of work between two 1 ms ticks (thread CPU time: what an idle machine would wait)',
  `${buildLoop.maxCpuMs.toFixed(1)} ms`,
  '≤ 50 ms',
  buildLoop.maxCpuMs <= 50,
);

// batch screening over worker threads: 20,000 names, each worker built its index once and takes chunks of 1,000
// from a queue until none is left
const batchQueries = [...queries];
while (batchQueries.length < 20_000)
  batchQueries.push(variantsOf(unNames[Math.floor(random() * unNames.length)]!, random)[0]!.text);
const batchSingle = [0, 1, 2].map(() => {
  index.scratch.expansions.clear();
  const cpuStart = threadCpuSeconds();
  const seconds = singleThread(index, batchQueries).seconds;
  return { seconds, cpuSeconds: threadCpuSeconds() - cpuStart };
});
const workers = Math.max(2, Math.min(availableParallelism(), 4));
const parallel = await parallelBatch(batchQueries, warmUp, workers);
const parallelSeconds = Math.min(...parallel.seconds);
const singleSeconds = Math.min(...batchSingle.map((r) => r.seconds));
const singleCpu = Math.min(...batchSingle.map((r) => r.cpuSeconds));
const parallelCpu = Math.min(...parallel.cpuSeconds);
report(
  `batch of ${batchQueries.length} names on one thread (best of 3)`,
  `${Math.round(batchQueries.length / singleSeconds)} q/s`,
);
report(`batch over ${workers} worker threads (best of 3)`, `${Math.round(batchQueries.length / parallelSeconds)} q/s`);
report('  all three runs', parallel.seconds.map((s) => Math.round(batchQueries.length / s)).join(' / '));
report(
  '  chunks of 1,000 names taken by each worker, per run',
  parallel.chunksPerWorker.map((c) => c.join('+')).join(' / '),
);
report(
  '  speed-up over one thread (best vs best)',
  `×${(singleSeconds / parallelSeconds).toFixed(2)}`,
  workers === 2 ? '≥ ×1.7' : `(ideal ×${workers})`,
  workers === 2 ? singleSeconds / parallelSeconds >= 1.7 : undefined,
);
report(
  '  in CPU time (one thread / busiest worker: the speed-up with a free core each)',
  `×${(singleCpu / parallelCpu).toFixed(2)}`,
  workers === 2 ? '≥ ×1.7' : `(ideal ×${workers})`,
  workers === 2 ? singleCpu / parallelCpu >= 1.7 : undefined,
);

const scan = plainScan(all, queries.slice(0, 20));
report(`plain Jaro-Winkler scan of every name (${scan.queries} queries)`, `${scan.perSecond.toFixed(1)} q/s`);
report('  indexed screening / plain scan', `×${Math.round(single.perSecond / scan.perSecond)}`);

section('Recall: seeded variants of every UN name against the UN list');
const recall = unRecall(lists.un);
report(
  `recall@1 (${recall.queries} queries)`,
  (recall.found / recall.queries).toFixed(4),
  '≥ 0.99',
  recall.found / recall.queries >= 0.99,
);
for (const [kind, c] of recall.byKind) report(`  ${kind}`, (c.found / c.queries).toFixed(4));
if (verbose) for (const miss of recall.misses) console.log(`    miss ${miss}`);

section('Names in other scripts (recall@1: the entry is the top hit at the default threshold)');
const scriptLine = (label: string, result: ScriptRecall): void => {
  const rate = result.queries > 0 ? result.found / result.queries : 0;
  report(`${label} (${result.queries} queries)`, rate.toFixed(3), '≥ 0.80', rate >= 0.8);
  for (const [script, c] of result.byScript) report(`  ${script}`, `${c.found} / ${c.queries}`);
  if (verbose) for (const miss of result.misses) console.log(`    miss ${miss}`);
};
const scripts = unOtherScripts(lists.un);
scriptLine('UN original-script name → Latin-only UN list', scripts.forward);
scriptLine('UN Latin name → entry listed in its original script', scripts.reverse);
scriptLine('one name in many scripts → full lists', putinScripts(index));

section('Delta re-screening');
const delta = deltaBenchmark([...lists.csl, ...lists.ofac], negativeNames());
report(
  `${delta.parties} parties × ${delta.changed} changed entries`,
  `${delta.seconds.toFixed(2)} s`,
  '< 10 s',
  delta.seconds < 10,
);
report('  parties with a new hit', String(delta.partiesWithHits));
console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`load average at the end: ${load()}`);
