// The data of npm run bench:pages, seeded in bulk SQL: proposals of every status across the given consortia, with
// versions, screened parties and hits, and a signed audit trail of the given length (a valid hash chain).
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { auditEntryHash } from '../../src/core/audit/audit-chain.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const seedPages = async (
  db: DatabaseHandle['db'],
  consortiumIds: string[],
  actor: { id: string; name: string },
  sizes: { proposals: number; entries: number },
  progress: (text: string) => void,
) => {
  const PROPOSALS = sizes.proposals;
  const ENTRIES = sizes.entries;
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

/** The measured pages: name, who asks, path. */
export const PAGE_CASES: [string, 'officer' | 'auditor', string][] = [
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
  ['audit: since a date (nearly the whole trail)', 'auditor', '/api/v1/audit?from=2026-01-02&limit=50'],
];
