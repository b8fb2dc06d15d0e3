import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type {
  AuditCheckpointResponse,
  AuditCheckpointsResponse,
  AuditVerdict,
} from '../../src/http/routes/audit/audit.schemas.ts';
import { buildConsortium } from '../builders/build-consortium.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { deleteAuditTail, rewriteAuditTrail } from '../support/tamper-audit.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const KEY = 'test-audit-key-0123456789-abcdefghijklmnop';

for (const engine of testDatabases()) {
  describe(`audit checkpoints API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let keyless: TestApp;
    let auditor: BuiltUser;
    let applicant: BuiltUser;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database, { auditKey: KEY });
      keyless = await buildTestApp(database);
      auditor = await buildUser(t, { role: 'auditor' });
      applicant = await buildUser(t, { role: 'applicant' });
      await buildConsortium(t);
      await buildConsortium(t);
    });
    after(async () => database.close());

    it('passes an untouched trail, and says no checkpoint was written yet', async () => {
      const verdict = await auditor.client.get<AuditVerdict>('/api/v1/audit/verify');
      assert.equal(verdict.body.ok, true);
      assert.deepEqual(verdict.body.findings, []);
      assert.equal(verdict.body.head.matches, true);
      assert.equal(verdict.body.checkpoints.note, 'no checkpoints written yet');
    });

    it('lets auditors write a checkpoint (201) and list it, and refuses applicants (403)', async () => {
      const count = (await auditor.client.get<AuditVerdict>('/api/v1/audit/verify')).body.count;
      const written = await auditor.client.send<AuditCheckpointResponse>('POST', '/api/v1/audit/checkpoints');
      assert.equal(written.status, 201);
      assert.equal(written.body.checkpoint.entryCount, count);
      assert.match(written.body.checkpoint.mac, /^[0-9a-f]{64}$/);
      const refused = await applicant.client.send<ErrorBody>('POST', '/api/v1/audit/checkpoints');
      assert.equal(refused.status, 403);
      assert.match(refused.body.error.message, /auditors, admins may write a signed checkpoint/);
      assert.equal((await applicant.client.get('/api/v1/audit/checkpoints')).status, 403);

      const listed = await auditor.client.get<AuditCheckpointsResponse>('/api/v1/audit/checkpoints');
      assert.deepEqual(
        listed.body.checkpoints.map((c) => c.id),
        [written.body.checkpoint.id],
      );
      const verdict = await auditor.client.get<AuditVerdict>('/api/v1/audit/verify');
      assert.equal(verdict.body.ok, true);
      assert.equal(verdict.body.count, count + 1, 'writing a checkpoint is audited');
      assert.equal(verdict.body.checkpoints.verified, 1);
      assert.equal(verdict.body.checkpoints.vouchedUpTo, count);
    });

    it('answers 503 audit_key_missing without a key, and verifies without checking checkpoints', async () => {
      const client = keyless.client();
      assert.equal((await client.login(auditor.email)).status, 200);
      const refused = await client.send<ErrorBody>('POST', '/api/v1/audit/checkpoints');
      assert.equal(refused.status, 503);
      assert.equal(refused.body.error.code, 'audit_key_missing');
      assert.match(refused.body.error.message, /AIEXPORTS_AUDIT_KEY/);
      const verdict = await client.get<AuditVerdict>('/api/v1/audit/verify');
      assert.equal(verdict.body.ok, true);
      assert.equal(verdict.body.checkpoints.checked, false);
      assert.match(verdict.body.checkpoints.note, /not checked: no audit key is configured/);
    });

    it('finds a consistent rewrite of the whole trail through the checkpoint, and will not sign it', async () => {
      await buildConsortium(t);
      await rewriteAuditTrail(database.db, { fromSeq: 1 });
      const verdict = await auditor.client.get<AuditVerdict>('/api/v1/audit/verify');
      assert.equal(verdict.body.ok, false);
      assert.equal(verdict.body.head.matches, true, 'chain and head agree after a careful rewrite');
      assert.match(verdict.body.reason ?? '', /no longer has the hash it signed: the trail was rewritten/);
      const refused = await auditor.client.send<ErrorBody>('POST', '/api/v1/audit/checkpoints');
      assert.equal(refused.status, 500);
      assert.equal(refused.body.error.code, 'audit_broken');
      // without the key the rewrite cannot be told, and the verdict says why
      const client = keyless.client();
      await client.login(auditor.email);
      const blind = await client.get<AuditVerdict>('/api/v1/audit/verify');
      assert.equal(blind.body.ok, true);
      assert.equal(blind.body.checkpoints.checked, false);
    });
  });

  describe(`audit verify after a deleted tail on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let auditor: BuiltUser;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database, { auditKey: KEY });
      auditor = await buildUser(t, { role: 'auditor' });
      await buildConsortium(t);
      await buildConsortium(t);
    });
    after(async () => database.close());

    it('reports the deleted entries when the last 5 are deleted', async () => {
      const { before: count, after: left } = await deleteAuditTail(database.db, { count: 5 });
      const verdict = await auditor.client.get<AuditVerdict>('/api/v1/audit/verify');
      assert.equal(verdict.body.ok, false);
      assert.equal(verdict.body.brokenAt, left + 1);
      assert.equal(
        verdict.body.reason,
        `the head records ${count} entries but the trail holds ${left}: entries ${left + 1}–${count} were deleted`,
      );
    });

    it('reports a deleted tail through the checkpoint when the head was moved back too', async () => {
      // put the trail right again (head back in line), sign it, then delete the tail and the head with it
      await deleteAuditTail(database.db, { count: 0, fixHead: true });
      const written = await auditor.client.send<AuditCheckpointResponse>('POST', '/api/v1/audit/checkpoints');
      assert.equal(written.status, 201);
      await buildConsortium(t);
      const count = (await auditor.client.get<AuditVerdict>('/api/v1/audit/verify')).body.count;
      // everything from the last entry the checkpoint vouched for on
      await deleteAuditTail(database.db, { count: count - written.body.checkpoint.entryCount + 1, fixHead: true });
      const verdict = await auditor.client.get<AuditVerdict>('/api/v1/audit/verify');
      assert.equal(verdict.body.ok, false);
      assert.equal(verdict.body.head.matches, true, JSON.stringify(verdict.body));
      assert.ok(
        verdict.body.findings.some((f) =>
          f.includes(`vouches for ${written.body.checkpoint.entryCount} entries but the trail holds`),
        ),
        verdict.body.findings.join('\n'),
      );
    });
  });
}
