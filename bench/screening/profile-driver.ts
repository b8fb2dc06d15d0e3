// npx tsx bench/screening/profile-driver.ts [queries=6000] [rounds=2]: the bench's single-thread queries screened
// in rounds from an empty expansion cache, CPU time per round (process.cpuUsage) and a digest of every result, so
// that a change to the matcher can be checked to keep its results identical and timed by CPU on a shared machine.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { buildScreeningIndex, screenName } from '../../src/core/screening/matching/index.ts';
import { loadBenchLists } from './load-lists.ts';
import { negativeNames } from './recall.ts';
import { seededRandom, variantsOf } from './variants.ts';

const lists = await loadBenchLists();
const all = [...lists.csl, ...lists.ofac, ...lists.un];
const index = buildScreeningIndex(all);
const random = seededRandom(99);
const unNames = lists.un.flatMap((e) => [e.primaryName, ...e.aliases]);
const queries = [...negativeNames()];
while (queries.length < 6000)
  queries.push(variantsOf(unNames[Math.floor(random() * unNames.length)]!, random)[0]!.text);
const warmUp = Array.from(
  { length: 1000 },
  () => variantsOf(unNames[Math.floor(random() * unNames.length)]!, random)[2]!.text,
);
const n = Number(process.argv[2] ?? 6000);
const qs = queries.slice(0, n);
for (const name of warmUp) screenName(index, { name });
const hash = createHash('sha1');
const times: [number, string][] = [];
const rounds = Number(process.argv[3] ?? 2);
let cpuTotal = 0;
const perRound: number[] = [];
for (let r = 0; r < rounds; r++) {
  index.scratch.expansions.clear();
  const c0 = process.cpuUsage();
  for (const name of qs) {
    const t = performance.now();
    const hits = screenName(index, { name });
    const dt = performance.now() - t;
    if (r === 0) times.push([dt, name]);
    if (hits.length < 0) throw new Error();
  }
  const c = process.cpuUsage(c0);
  cpuTotal += (c.user + c.system) / 1e6;
  perRound.push((c.user + c.system) / 1e6);
}
for (const name of qs) hash.update(JSON.stringify(screenName(index, { name })));
times.sort((a, b) => b[0] - a[0]);
console.log(
  `cpu ${(cpuTotal / rounds).toFixed(3)} s/round for ${qs.length} queries → ${Math.round(qs.length / (cpuTotal / rounds))} q/cpu-s (rounds ${perRound.map((x) => x.toFixed(2)).join(' ')}); digest ${hash.digest('hex')}`,
);
console.log(
  'slowest:',
  times
    .slice(0, 8)
    .map(([t, q]) => `${t.toFixed(1)}ms ${q}`)
    .join(' | '),
);
if (process.argv[4]) writeFileSync(process.argv[4], JSON.stringify(times.slice(0, 50)));
