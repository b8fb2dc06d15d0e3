import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { exitCodeFor } from '../../src/cli/exit-codes.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { pageAudit, scopeAuditFilter } from '../../src/db/repos/audit.repo.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { AuditEntriesResponse } from '../../src/http/routes/audit/audit.schemas.ts';
import type { QueueResponse } from '../../src/http/routes/proposals/proposals.schemas.ts';
import { runCli } from '../../src/main/cli.ts';
import { recordAudit } from '../../src/services/record-audit.ts';
import { buildCompany } from '../builders/build-company.ts';
import { buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { fieldErrorPaths } from '../support/api-client-reads.ts';
import { captureIo } from '../support/capture-io.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const verifyFile = async (text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'aiexports-export-'));
  try {
    const file = join(dir, 'export.jsonl');
    writeFileSync(file, text);
    const io = captureIo();
    const code = await runCli(['audit', 'verify', '--file', file], io);
    return { code, out: io.out(), err: io.err() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

for (const engine of testDatabases()) {
  describe(`queue and audit pages on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let officer: BuiltUser;
    let admin: BuiltUser;
    let auditor: BuiltUser;
    const ids: Record<string, string> = {};
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      officer = await buildUser(t, { role: 'program_officer' });
      const decisionMaker = await buildUser(t, { role: 'decision_maker' });
      admin = await buildUser(t, { role: 'admin' });
      auditor = await buildUser(t, { role: 'auditor' });
      const anchor = await buildUser(t, { role: 'applicant' });
      const company = await buildCompany(t, { by: anchor, ownCompany: true, legalName: 'Zephyr Photonics LLC' });
      const solar = await buildConsortium(t, { anchor, anchorCompanyId: company.id, name: 'Solar Coast Alliance' });
      const other = await buildConsortium(t, { name: 'Northern Compute Group' });
      const officers = { programOfficer: officer, decisionMaker };
      const make = async (
        key: string,
        consortium: typeof solar,
        status: Parameters<typeof buildProposal>[1]['status'],
        title: string,
        targets: string[],
      ) => {
        ids[key] = (await buildProposal(t, { consortium, status, ...officers, content: { title, targets } })).id;
      };
      t.now.value = new Date('2026-03-01T12:00:00Z');
      await make('oldSubmitted', solar, 'submitted', 'Kenya Grid AI', ['KE']);
      t.now.value = new Date('2026-03-20T12:00:00Z');
      await make('review', other, 'under_review', 'Gulf Health Stack', ['AE']);
      await make('returned', other, 'returned', 'Returned Stack', ['KE', 'NG']);
      await make('designated', other, 'designated', 'Designated Stack', ['DE']);
      await make('declined', other, 'declined', 'Declined Stack', ['KE']);
      await make('draft1', solar, 'draft', 'Private Draft One', ['KE']);
      await make('draft2', other, 'draft', 'Private Draft Two', ['KE']);
      t.now.value = new Date('2026-03-31T12:00:00Z');
      // one open hit on the old submission, two blockers recorded on the one under review
      await sql`INSERT INTO screened_parties (id, proposal_id, kind, party_key, name, type, created_at)
        VALUES ('party-1', ${ids.oldSubmitted}, 'member', 'k1', 'Zephyr Photonics LLC', 'organization', now())`.execute(
        database.db,
      );
      await sql`INSERT INTO list_versions (id, source, format, content_hash, as_of, entry_count, imported_at, is_current, files)
        VALUES ('lv-queue-test', 'queue-test', 'csv', 'h', '2026-03-01', 1, now(), false, '[]')`.execute(database.db);
      await sql`INSERT INTO screening_hits (id, party_id, list_source, entry_id, entry_fingerprint, list_version_id, score, matched_name, explanation, status, created_at)
        VALUES ('hit-1', 'party-1', 'queue-test', 'e1', 'f1', 'lv-queue-test', 0.9, 'Zephyr', '{}', 'open', now()),
               ('hit-2', 'party-1', 'queue-test', 'e2', 'f2', 'lv-queue-test', 0.9, 'Zephyr', '{}', 'false_positive', now())`.execute(
        database.db,
      );
      await sql`UPDATE proposals SET blocker_count = 2, blockers_checked_at = now() WHERE id = ${ids.review}`.execute(
        database.db,
      );
      await sql`UPDATE proposals SET blocker_count = 0, blockers_checked_at = now() WHERE id = ${ids.oldSubmitted}`.execute(
        database.db,
      );
    });
    after(async () => database.close());

    const queue = (user: BuiltUser, query: string) =>
      user.client.get<QueueResponse>(`/api/v1/proposals/queue?${query}`);

    it('counts tabs without drafts, and keeps a returned proposal out of Closed', async () => {
      for (const user of [officer, admin]) {
        const res = await queue(user, 'tab=all');
        assert.equal(res.status, 200);
        assert.deepEqual(res.body.tabCounts, { to_act: 2, with_applicant: 1, designated: 1, closed: 1, all: 5 });
        assert.equal(res.body.total, 5);
        assert.ok(!res.body.items.some((p) => p.title.startsWith('Private Draft')), 'no draft in the queue');
      }
      const closed = await queue(officer, 'tab=closed');
      assert.deepEqual(
        closed.body.items.map((p) => p.id),
        [ids.declined],
      );
      const returned = await queue(officer, 'tab=with_applicant');
      assert.deepEqual(
        returned.body.items.map((p) => p.id),
        [ids.returned],
      );
    });

    it('searches title, consortium and member company, and filters by status and targets', async () => {
      const byTitle = await queue(officer, 'tab=all&q=gulf');
      assert.deepEqual(
        byTitle.body.items.map((p) => p.id),
        [ids.review],
      );
      const byConsortium = await queue(officer, 'tab=all&q=Solar%20Coast');
      assert.deepEqual(
        byConsortium.body.items.map((p) => p.id),
        [ids.oldSubmitted],
      );
      const byCompany = await queue(officer, 'tab=all&q=zephyr');
      assert.deepEqual(
        byCompany.body.items.map((p) => p.id),
        [ids.oldSubmitted],
      );
      // the counts follow the search
      assert.equal(byCompany.body.tabCounts.all, 1);
      const kenya = await queue(officer, 'tab=all&targets=ke&sort=title&dir=asc');
      assert.deepEqual(
        kenya.body.items.map((p) => p.title),
        ['Declined Stack', 'Kenya Grid AI', 'Returned Stack'],
      );
      const status = await queue(officer, 'tab=to_act&status=under_review');
      assert.deepEqual(
        status.body.items.map((p) => p.id),
        [ids.review],
      );
      assert.equal(status.body.total, 1);
    });

    it('filters and sorts by age, open hits and blockers, and pages without overlap', async () => {
      const old = await queue(officer, 'tab=to_act&minAge=20');
      assert.deepEqual(
        old.body.items.map((p) => [p.id, p.ageDays]),
        [[ids.oldSubmitted, 30]],
      );
      const young = await queue(officer, 'tab=to_act&maxAge=20');
      assert.deepEqual(
        young.body.items.map((p) => p.id),
        [ids.review],
      );
      const blocked = await queue(officer, 'tab=all&minBlockers=1');
      assert.deepEqual(
        blocked.body.items.map((p) => [p.id, p.blockerCount]),
        [[ids.review, 2]],
      );
      const byBlockers = await queue(officer, 'tab=to_act&sort=blockers&dir=desc');
      assert.deepEqual(
        byBlockers.body.items.map((p) => p.id),
        [ids.review, ids.oldSubmitted],
      );
      const ageFirst = await queue(officer, 'tab=to_act');
      assert.deepEqual(
        ageFirst.body.items.map((p) => p.id),
        [ids.oldSubmitted, ids.review],
        'oldest first by default',
      );
      const hits = await queue(officer, 'tab=all&minHits=1');
      assert.deepEqual(
        hits.body.items.map((p) => [p.id, p.openHits]),
        [[ids.oldSubmitted, 1]],
      );
      const noHits = await queue(officer, 'tab=to_act&maxHits=0');
      assert.deepEqual(
        noHits.body.items.map((p) => p.id),
        [ids.review],
      );
      const seen: string[] = [];
      for (const page of [1, 2, 3]) {
        const res = await queue(officer, `tab=all&sort=title&dir=asc&pageSize=10&page=${page}`);
        seen.push(...res.body.items.map((p) => p.id));
      }
      assert.equal(new Set(seen).size, 5);
      const paged = await queue(officer, 'tab=all&sort=title&dir=asc&pageSize=10&page=2');
      assert.deepEqual(paged.body.items, []);
      assert.equal(paged.body.total, 5);
    });

    it('names the bad field of a queue query', async () => {
      const bad = await officer.client.get<ErrorBody>('/api/v1/proposals/queue?targets=KE,XX&minAge=-1&pageSize=7');
      assert.equal(bad.status, 400);
      assert.deepEqual(fieldErrorPaths(bad.body).sort(), ['minAge', 'pageSize', 'targets']);
    });

    it('pages the audit trail by keyset, newest first, with filters and entries in words', async () => {
      const first = await auditor.client.get<AuditEntriesResponse>('/api/v1/audit?limit=5');
      assert.equal(first.status, 200);
      const seqs = first.body.entries.map((e) => e.seq);
      assert.deepEqual(
        seqs,
        [...seqs].sort((a, b) => b - a),
      );
      assert.equal(first.body.newerCursor, null);
      assert.ok(first.body.olderCursor !== null);
      const second = await auditor.client.get<AuditEntriesResponse>(
        `/api/v1/audit?limit=5&before=${first.body.olderCursor}`,
      );
      assert.ok(second.body.entries.every((e) => e.seq < Math.min(...seqs)));
      const back = await auditor.client.get<AuditEntriesResponse>(
        `/api/v1/audit?limit=5&after=${second.body.newerCursor}`,
      );
      assert.deepEqual(
        back.body.entries.map((e) => e.seq),
        seqs,
      );

      const reviews = await auditor.client.get<AuditEntriesResponse>(
        `/api/v1/audit?actorId=${officer.id}&action=proposal.start_review&objectType=proposal&objectId=${ids.review}`,
      );
      assert.equal(reviews.body.entries.length, 1);
      const entry = reviews.body.entries[0]!;
      assert.equal(
        entry.description,
        `${officer.name} (program officer) started the review of proposal ${ids.review} (submitted → under review): “Test: start review”`,
      );
      assert.equal(entry.objectHref, `/proposals/${ids.review}`);
      assert.deepEqual(entry.changes, [{ field: 'status', before: 'submitted', after: 'under_review' }]);
      const family = await auditor.client.get<AuditEntriesResponse>('/api/v1/audit?action=proposal.*&limit=200');
      assert.ok(family.body.entries.length > 0 && family.body.entries.every((e) => e.action.startsWith('proposal.')));
      const byName = await auditor.client.get<AuditEntriesResponse>(
        `/api/v1/audit?actor=${encodeURIComponent(officer.name.toUpperCase())}&limit=200`,
      );
      assert.ok(byName.body.entries.length > 0 && byName.body.entries.every((e) => e.actorId === officer.id));
      const march20 = await auditor.client.get<AuditEntriesResponse>(
        '/api/v1/audit?from=2026-03-20&to=2026-03-20&limit=200',
      );
      assert.ok(march20.body.entries.length > 0 && march20.body.entries.every((e) => e.at.startsWith('2026-03-20')));
      const badRange = await auditor.client.get<ErrorBody>('/api/v1/audit?from=2026-03-21&to=2026-03-20');
      assert.equal(badRange.status, 400);
      assert.deepEqual(fieldErrorPaths(badRange.body), ['to']);
      assert.equal((await officer.client.get('/api/v1/audit')).status, 403);
      assert.equal((await officer.client.get('/api/v1/audit/export')).status, 403);
    });

    it('exports CSV and JSON Lines that verify offline, filtered or not; a tampered line is named', async () => {
      const csv = await auditor.client.get<string>('/api/v1/audit/export?format=csv&objectType=proposal');
      assert.equal(csv.status, 200);
      const rows = csv.text.trim().split('\r\n');
      assert.equal(
        rows[0],
        'seq,at,actor_id,actor_name,actor_role,action,object_type,object_id,description,summary,prev_hash,hash',
      );
      assert.ok(rows.length > 5 && rows.slice(1).every((r) => r.includes(',proposal,')));

      const whole = await auditor.client.get<string>('/api/v1/audit/export?format=jsonl');
      assert.equal(whole.status, 200);
      const ok = await verifyFile(whole.text);
      assert.equal(ok.code, 0, ok.out + ok.err);
      assert.match(ok.out, /Audit export intact/);

      const filtered = await auditor.client.get<string>(`/api/v1/audit/export?format=jsonl&objectId=${ids.review}`);
      const filteredResult = await verifyFile(filtered.text);
      assert.equal(filteredResult.code, 0, filteredResult.out);

      const lines = filtered.text.trimEnd().split('\n');
      const target = JSON.parse(lines[2]!) as { seq: number; summary: Record<string, unknown> };
      target.summary = { ...target.summary, reason: 'rewritten' };
      const tampered = [...lines.slice(0, 2), JSON.stringify(target), ...lines.slice(3)].join('\n');
      const broken = await verifyFile(`${tampered}\n`);
      assert.equal(broken.code, exitCodeFor.audit_broken);
      assert.match(
        broken.out,
        new RegExp(`BROKEN at line 3 \\(entry ${target.seq}\\): content does not match its hash`),
      );

      // dropping a line from the whole export breaks it too, naming where
      const wholeLines = whole.text.trimEnd().split('\n');
      const dropped = [...wholeLines.slice(0, 3), ...wholeLines.slice(4)].join('\n');
      const gap = await verifyFile(`${dropped}\n`);
      assert.equal(gap.code, exitCodeFor.audit_broken);
      assert.match(gap.out, /BROKEN at line 4 .*entry 3 is missing/);
      // a cut-short export has no end line
      const cut = await verifyFile(`${wholeLines.slice(0, -1).join('\n')}\n`);
      assert.equal(cut.code, exitCodeFor.audit_broken);
      assert.match(cut.out, /cut short/);
    });

    it('sorts by open hits and consortium, and counts "at least 2 open hits" and "at most 1" exactly', async () => {
      const byHits = await queue(officer, 'tab=all&sort=hits&dir=desc');
      assert.deepEqual(
        byHits.body.items.map((p) => [p.id, p.openHits]),
        [
          [ids.oldSubmitted, 1],
          ...[ids.review, ids.returned, ids.designated, ids.declined]
            .sort()
            .reverse()
            .map((id) => [id, 0]),
        ],
      );
      const byConsortium = await queue(officer, 'tab=all&sort=consortium&dir=asc');
      assert.equal(byConsortium.body.items.at(-1)?.id, ids.oldSubmitted, 'Solar Coast after Northern Compute');
      const twoOrMore = await queue(officer, 'tab=all&minHits=2');
      assert.deepEqual(twoOrMore.body.items, []);
      assert.equal(twoOrMore.body.tabCounts.all, 0);
      const atMostOne = await queue(officer, 'tab=all&maxHits=1');
      assert.equal(atMostOne.body.tabCounts.all, 5);
      const none = await queue(officer, 'tab=all&maxHits=0&q=zephyr');
      assert.deepEqual(none.body.items, []);
    });

    it('finds every entry of a date range by seq bounds, even where the clock went back', async () => {
      const append = async (at: string, objectId: string) => {
        t.now.value = new Date(at);
        return database.db
          .transaction()
          .execute((trx) =>
            recordAudit(trx, t.deps, { actor: null, action: 'test.clock', objectType: 'test', objectId }),
          );
      };
      // May 10th, then an entry dated May 1st (the clock went back), then May 10th again
      const a = await append('2026-05-10T09:00:00Z', 'clock-a');
      const b = await append('2026-05-01T09:00:00Z', 'clock-b');
      const c = await append('2026-05-10T10:00:00Z', 'clock-c');
      const walk = async (query: string) => {
        const seen: number[] = [];
        let cursor: number | null = null;
        do {
          const res: { body: AuditEntriesResponse } = await auditor.client.get<AuditEntriesResponse>(
            `/api/v1/audit?${query}&limit=1${cursor === null ? '' : `&before=${cursor}`}`,
          );
          seen.push(...res.body.entries.map((e) => e.seq));
          cursor = res.body.olderCursor;
        } while (cursor !== null);
        return seen;
      };
      assert.deepEqual(await walk('from=2026-05-10&to=2026-05-10'), [c.seq, a.seq]);
      assert.deepEqual(await walk('from=2026-05-01&to=2026-05-01'), [b.seq]);
      assert.deepEqual(await walk('from=2026-05-02&to=2026-05-09'), []);
      const range = { from: '2026-05-01T00:00:00.000Z', to: '2026-05-11T00:00:00.000Z' };
      assert.deepEqual(await scopeAuditFilter(database.db, range), { ...range, seqFrom: a.seq, seqTo: c.seq });
      // past the cap the range is not bounded first: the filter stays as it was, and still finds the same
      assert.deepEqual(await scopeAuditFilter(database.db, range, 2), range);
      const capped = await pageAudit(database.db, await scopeAuditFilter(database.db, range, 2), { limit: 10 });
      assert.deepEqual(
        capped.map((e) => e.seq),
        [c.seq, b.seq, a.seq],
      );
      // an empty range matches nothing
      const empty = await scopeAuditFilter(database.db, { from: '2031-01-01T00:00:00.000Z' });
      assert.deepEqual(await pageAudit(database.db, empty, { limit: 10 }), []);
      const exported = await auditor.client.get<string>(
        '/api/v1/audit/export?format=jsonl&from=2026-05-10&to=2026-05-10',
      );
      assert.deepEqual(
        exported.text
          .trimEnd()
          .split('\n')
          .slice(1, -1)
          .map((line) => (JSON.parse(line) as { seq: number }).seq),
        [a.seq, c.seq],
      );
    });
  });
}
