// npm run bench:pages — server time of the largest pages with 10,000 proposals and 100,000 audit entries
// (issue 12): the officer queue's first page with filters and sort, the audit page first and deep, and the
// streamed export, measured on the app in process (no network), beside the 300 ms target. PGlite always, and
// PostgreSQL too when DATABASE_URL is set (a fresh database on that server). The data is seeded in bulk SQL.
// Options: --proposals N (default 10000), --entries N (default 100000), --runs N per case (default 5).
import { parseArgs } from 'node:util';
import { buildConsortium } from '../../test/builders/build-consortium.ts';
import { buildUser } from '../../test/builders/build-user.ts';
import { buildTestApp } from '../../test/support/test-app.ts';
import { testDatabases } from '../../test/support/test-databases.ts';
import { PAGE_CASES, seedPages } from './seed.ts';

const { values } = parseArgs({
  options: {
    proposals: { type: 'string', default: '10000' },
    entries: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
  },
});
const PROPOSALS = Number(values.proposals);
const ENTRIES = Number(values.entries);
const RUNS = Number(values.runs);
const TARGET_MS = 300;
const progress = (text: string) => process.stderr.write(`${text}\n`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

for (const engine of testDatabases()) {
  progress(`— ${engine.name}`);
  const database = await engine.open();
  const t = await buildTestApp(database);
  t.now.value = new Date();
  const officer = await buildUser(t, { role: 'program_officer' });
  const auditor = await buildUser(t, { role: 'auditor' });
  const consortia = [];
  for (let i = 0; i < 20; i += 1) consortia.push((await buildConsortium(t)).id);
  await seedPages(
    database.db,
    consortia,
    { id: officer.id, name: officer.name },
    { proposals: PROPOSALS, entries: ENTRIES },
    progress,
  );
  const fetchApp = t.fetchFrom();
  const cookieOf = async (email: string) => {
    const response = await fetchApp(
      new Request('http://bench.local/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'test-password-2026' }),
      }),
    );
    return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  const cookies = { officer: await cookieOf(officer.email), auditor: await cookieOf(auditor.email) };
  const timed = async (who: keyof typeof cookies, path: string) => {
    const started = performance.now();
    const response = await fetchApp(new Request(`http://bench.local${path}`, { headers: { cookie: cookies[who] } }));
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.slice(0, 200)}`);
    return { ms: performance.now() - started, body };
  };
  const cases = PAGE_CASES;
  const lines: string[] = [];
  let allMet = true;
  for (const [name, who, path] of cases) {
    await timed(who, path);
    const times = [];
    for (let i = 0; i < RUNS; i += 1) times.push((await timed(who, path)).ms);
    const m = median(times);
    allMet &&= m < TARGET_MS;
    lines.push(`${name.padEnd(52)} ${m.toFixed(1).padStart(8)} ms   ${m < TARGET_MS ? '✔' : '✘'} < ${TARGET_MS} ms`);
  }
  // the export: time to the first bytes, and the whole stream's throughput
  const started = performance.now();
  const response = await fetchApp(
    new Request('http://bench.local/api/v1/audit/export?format=jsonl', { headers: { cookie: cookies.auditor } }),
  );
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let firstByte = Number.NaN;
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (Number.isNaN(firstByte)) firstByte = performance.now() - started;
    bytes += value.byteLength;
  }
  const total = (performance.now() - started) / 1000;
  allMet &&= firstByte < TARGET_MS;
  lines.push(
    `${'export: first bytes (JSON Lines, whole trail)'.padEnd(52)} ${firstByte.toFixed(1).padStart(8)} ms   ${firstByte < TARGET_MS ? '✔' : '✘'} < ${TARGET_MS} ms`,
  );
  lines.push(
    `${'export: whole trail'.padEnd(52)} ${total.toFixed(2).padStart(8)} s    ${(ENTRIES / total).toFixed(0)} entries/s, ${(bytes / 1e6 / total).toFixed(1)} MB/s (${(bytes / 1e6).toFixed(1)} MB)`,
  );
  process.stdout.write(
    `\nbench:pages on ${engine.name}: ${PROPOSALS} proposals, ${ENTRIES} audit entries; median of ${RUNS} runs, server time in process\n${lines.join('\n')}\n`,
  );
  await database.close();
  if (!allMet) process.exitCode = 1;
}
