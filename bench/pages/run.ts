// npm run bench:pages — server time of the largest pages with 10,000 proposals and 100,000 audit entries
// (issue 12): the officer queue's first page with filters and sort, the audit page first and deep, and the
// streamed export, measured on the app in process (no network), beside the 300 ms target. PGlite always, and
// PostgreSQL too when DATABASE_URL is set (a fresh database on that server). The data is seeded in bulk SQL.
// Options: --proposals N (default 10000), --entries N (default 100000), --runs N per case (default 5).
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { auditEntryHash } from '../../src/core/audit/audit-chain.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { buildConsortium } from '../../test/builders/build-consortium.ts';
import { buildUser } from '../../test/builders/build-user.ts';
import { buildTestApp } from '../../test/support/test-app.ts';
import { testDatabases } from '../../test/support/test-databases.ts';

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
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const progress = (text: string) => process.stderr.write(`${text}\n`);

const seed = async (db: DatabaseHandle['db'], consortiumIds: string[], actor: { id: string; name: string }) => {
  const started = performance.now();
  await sql`
    INSERT INTO proposals (id, consortium_id, status, draft, current_version, created_at, updated_at, blocker_count, blockers_checked_at)
    SELECT 'bench-p-' || i,
           (${sql.val(consortiumIds)}::text[])[1 + i % ${consortiumIds.length}],
           (ARRAY['draft','submitted','under_review','returned','designated','declined','suspended','revoked'])[1 + i % 8],
           jsonb_build_object('title', 'Bench stack ' || i || (ARRAY[' health',' grid',' agriculture',' finance'])[1 + i % 4],
                              'targets', jsonb_build_array((ARRAY['KE','AE','NG','DE','IN','BR'])[1 + i % 6], (ARRAY['SA','GH','VN'])[1 + i % 3])),
           CASE WHEN i % 8 = 0 THEN NULL ELSE 1 END,
           now() - (i % 120) * interval '1 day', now() - (i % 97) * interval '1 hour',
           CASE WHEN i % 8 = 0 THEN NULL ELSE i % 4 END, now()
    FROM generate_series(1, ${PROPOSALS}) AS i`.execute(db);
  await sql`
    INSERT INTO proposal_versions (proposal_id, number, content, submitted_at)
    SELECT id, 1, draft, created_at + interval '1 hour' FROM proposals WHERE id LIKE 'bench-p-%' AND current_version = 1`.execute(
    db,
  );
  await sql`
    INSERT INTO screened_parties (id, proposal_id, kind, party_key, name, type, created_at)
    SELECT 'bench-sp-' || i, 'bench-p-' || i, 'member', 'k', 'Party ' || i, 'organization', now()
    FROM generate_series(1, ${PROPOSALS}) AS i WHERE i % 8 <> 0`.execute(db);
  await sql`INSERT INTO list_versions (id, source, format, content_hash, as_of, entry_count, imported_at, is_current, files)
    VALUES ('bench-lv', 'bench', 'csv', 'h', '2026-01-01', 1, now(), false, '[]')`.execute(db);
  await sql`
    INSERT INTO screening_hits (id, party_id, list_source, entry_id, entry_fingerprint, list_version_id, score, matched_name, explanation, status, created_at)
    SELECT 'bench-h-' || i || '-' || j, 'bench-sp-' || i, 'bench', 'e' || j, 'f', 'bench-lv', 0.9, 'Party', '{}',
           CASE WHEN j = 1 THEN 'open' ELSE 'false_positive' END, now()
    FROM generate_series(1, ${PROPOSALS}) AS i, generate_series(1, 3) AS j WHERE i % 8 <> 0 AND i % 3 = 0`.execute(db);
  progress(`seeded ${PROPOSALS} proposals in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const head = await db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
  let prev = head.last_hash;
  let seq = Number(head.last_seq);
  const base = Date.parse('2026-01-01T00:00:00Z');
  const actions = [
    'proposal.submit',
    'proposal.start_review',
    'screening.adjudicate',
    'proposal.draft.update',
    'user.login',
  ];
  const t0 = performance.now();
  for (let done = 0; done < ENTRIES; ) {
    const batch = [];
    for (let k = 0; k < 10_000 && done < ENTRIES; k += 1, done += 1) {
      seq += 1;
      const action = actions[seq % actions.length] as string;
      const unsigned = {
        seq,
        at: new Date(base + seq * 60_000).toISOString(),
        actorId: seq % 3 === 0 ? null : actor.id,
        actorName: seq % 3 === 0 ? 'system' : actor.name,
        action,
        objectType: action.startsWith('screening') ? 'screening_hit' : action === 'user.login' ? 'user' : 'proposal',
        objectId: `bench-p-${1 + (seq % PROPOSALS)}`,
        summary:
          action === 'proposal.start_review' ? { from: 'submitted', to: 'under_review', reason: '' } : { n: seq },
        prevHash: prev,
      };
      const hash = auditEntryHash(unsigned, sha256);
      batch.push({ ...unsigned, hash });
      prev = hash;
    }
    await sql`
      INSERT INTO audit_entries (seq, at, actor_id, actor_name, action, object_type, object_id, summary, prev_hash, hash)
      SELECT x.seq, x.at, x."actorId", x."actorName", x.action, x."objectType", x."objectId", x.summary, x."prevHash", x.hash
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS x(seq int, at text, "actorId" text, "actorName" text,
        action text, "objectType" text, "objectId" text, summary jsonb, "prevHash" text, hash text)`.execute(db);
  }
  await sql`UPDATE audit_head SET last_seq = ${seq}, last_hash = ${prev} WHERE id = 1`.execute(db);
  await sql`ANALYZE`.execute(db);
  progress(`seeded ${ENTRIES} audit entries in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
};

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
  await seed(database.db, consortia, { id: officer.id, name: officer.name });
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
  const cases: [string, keyof typeof cookies, string][] = [
    ['queue: first page (to act, oldest first)', 'officer', '/api/v1/proposals/queue'],
    [
      'queue: search + targets + hits + sort by blockers',
      'officer',
      '/api/v1/proposals/queue?tab=all&q=health&targets=KE,SA&minHits=1&sort=blockers&dir=desc&pageSize=100',
    ],
    [
      'queue: page 40 of All by title',
      'officer',
      '/api/v1/proposals/queue?tab=all&sort=title&dir=asc&page=40&pageSize=100',
    ],
    ['audit: first page', 'auditor', '/api/v1/audit?limit=50'],
    ['audit: deep page (before entry 1000)', 'auditor', '/api/v1/audit?limit=50&before=1000'],
    [
      'audit: action family + date range',
      'auditor',
      '/api/v1/audit?action=proposal.*&from=2026-02-01&to=2026-02-10&limit=200',
    ],
  ];
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
