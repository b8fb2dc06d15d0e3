import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { DeterminationSchema } from '../../src/http/routes/export-control/export-control.schemas.ts';
import { importListVersion } from '../../src/services/screening/import-list-version.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { expectOk } from '../builders/expect-ok.ts';
import { fieldErrorPaths } from '../support/api-client-reads.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

type Determination = import('@hono/zod-openapi').z.infer<typeof DeterminationSchema>;
const PATH = '/api/v1/export-control/determine';
/** The CSL sample: its Entity List holds "China Electronics Technology Group Corporation 13th Research Institute". */
const CSL_SAMPLE = 'test/fixtures/lists/consolidated_sample_2025-06.csv';
const ENTITY = 'China Electronics Technology Group Corporation 13th Research Institute';

/** Imports the CSL sample as a list version dated today on the test clock, so it is current. */
const importCurrentCsl = async (t: TestApp): Promise<string> => {
  const asOf = t.deps.clock().toISOString().slice(0, 10);
  expectOk(await importListVersion(t.deps, null, { source: 'csl', format: 'csl', path: CSL_SAMPLE, asOf }), 'import');
  return asOf;
};

for (const engine of testDatabases()) {
  describe(`export-control determine API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let applicant: BuiltUser;
    let officer: BuiltUser;
    let buyer: BuiltUser;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      applicant = await buildUser(t, { role: 'applicant' });
      officer = await buildUser(t, { role: 'compliance_officer' });
      buyer = await buildUser(t, { role: 'buyer' });
      await importCurrentCsl(t);
    });
    after(async () => database.close());

    const ask = (user: BuiltUser, body: Record<string, unknown>) =>
      user.client.send<Determination | ErrorBody>('POST', PATH, body);
    const determination = async (user: BuiltUser, body: Record<string, unknown>): Promise<Determination> => {
      const response = await ask(user, body);
      assert.equal(response.status, 200, response.text);
      return response.body as Determination;
    };

    it('3A090.a to the UAE: D:3/D:4 licence on 2026-07-09; from 2026-07-10 a generic buyer needs one and G42 is exempt', async () => {
      const before = await determination(applicant, { eccn: '3A090.a', destination: 'AE', date: '2026-07-09' });
      assert.equal(before.status, 'determined');
      assert.equal(before.licenseRequired, true);
      assert.equal(before.reviewPolicy, 'presumption_of_approval');
      assert.ok(before.destinationGroups.includes('D:3') && !before.destinationGroups.includes('A:5'));
      assert.deepEqual(before.exemptions, []);

      const generic = await determination(officer, {
        eccn: '3A090.a',
        destination: 'United Arab Emirates',
        date: '2026-07-10',
        consignee: 'Falcon Compute Trading LLC',
      });
      assert.equal(generic.destination, 'AE');
      assert.equal(generic.consignee, 'Falcon Compute Trading LLC');
      assert.equal(generic.licenseRequired, true);
      assert.deepEqual(
        generic.authorizations.map((a) => [a.agency, a.ruleIds]),
        [['BIS', ['uae-advanced-computing-2026']]],
      );
      assert.deepEqual(generic.exemptions, []);
      assert.ok(generic.destinationGroups.includes('A:5') && !generic.destinationGroups.includes('D:3'));

      const g42 = await determination(applicant, {
        eccn: '3A090.a',
        destination: 'AE',
        date: '2026-07-10',
        consignee: 'G42',
      });
      assert.equal(g42.licenseRequired, false);
      assert.equal(g42.status, 'determined');
      assert.deepEqual(
        g42.exemptions.map((x) => [x.id, x.status]),
        [['uae-approved-g42', 'applies']],
      );
      // the same consignee on 2026-07-09: the UAE rule is not yet in force, the D:3/D:4 licence applies
      const g42Before = await determination(applicant, {
        eccn: '3A090.a',
        destination: 'AE',
        date: '2026-07-09',
        consignee: 'G42',
      });
      assert.equal(g42Before.licenseRequired, true);
      assert.deepEqual(g42Before.exemptions, []);
    });

    it('checks a named consignee and end users against the Entity List of the loaded list, naming entry and version', async () => {
      const listed = await determination(officer, { eccn: 'EAR99', destination: 'DE', consignee: ENTITY });
      assert.equal(listed.licenseRequired, true, 'an Entity List consignee needs a licence even for EAR99 to Germany');
      const reason = listed.reasons.find((r) => r.ruleId === 'end-user-entity-list');
      assert.ok(reason, JSON.stringify(listed.reasons.map((r) => r.ruleId)));
      assert.match(
        reason.text,
        /Entity List entry "China Electronics Technology Group Corporation 13th Research Institute/,
      );
      assert.match(reason.text, /list csl as of \d{4}-\d{2}-\d{2}/);
      assert.equal(listed.endUsers?.status, 'screened');
      assert.deepEqual(listed.possibleExceptions, [], 'the listing bars licence exceptions');

      const endUser = await determination(applicant, {
        eccn: 'EAR99',
        destination: 'DE',
        consignee: 'Rhine Valley Clinics GmbH',
        endUsers: [ENTITY],
      });
      assert.equal(endUser.licenseRequired, true);
      assert.ok(
        endUser.endUsers?.status === 'screened' &&
          endUser.endUsers.hits.some((h) => h.party.role === 'end user' && h.kind === 'entity_list'),
      );

      const clean = await determination(applicant, {
        eccn: 'EAR99',
        destination: 'DE',
        consignee: 'Rhine Valley Clinics GmbH',
      });
      assert.equal(clean.licenseRequired, false);
      assert.ok(
        clean.notes.some((n) => /No match for Rhine Valley Clinics GmbH/.test(n)),
        JSON.stringify(clean.notes),
      );
      assert.deepEqual(clean.endUsers?.status === 'screened' ? clean.endUsers.hits : null, []);
    });

    it('answers "undetermined" for a date before the earliest reference table, never a guess', async () => {
      const old = await determination(applicant, { eccn: '3A090.a', destination: 'AE', date: '2019-01-01' });
      assert.equal(old.status, 'undetermined');
      assert.equal(old.reviewPolicy, 'undetermined');
      assert.equal(old.rulesVersion, 'before-reference-data');
      assert.ok(old.licenseRequired, 'fails closed: counts as needing a licence');
    });

    it('defaults the date to today (the server clock)', async () => {
      const today = await determination(applicant, { eccn: 'EAR99', destination: 'DE' });
      assert.equal(today.date, '2026-11-28');
      assert.equal(today.licenseRequired, false);
    });

    it('refuses bad input with 400 naming each field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ destination: 'AE' }, 'eccn'],
        [{ eccn: '3A090.a' }, 'destination'],
        [{ eccn: 'not-an-eccn', destination: 'AE' }, 'eccn'],
        [{ eccn: '3A090.a', destination: 'Atlantis' }, 'destination'],
        [{ eccn: '3A090.a', destination: 'AE', date: '10/07/2026' }, 'date'],
        [{ eccn: '3A090.a', destination: 'AE', date: '2026-02-30' }, 'date'],
        [{ eccn: '3A090.a', destination: 'AE', transaction: 'gift' }, 'transaction'],
        [{ eccn: '3A090', destination: 'AE', tpp: -1 }, 'tpp'],
        [{ eccn: '3A090.a', destination: 'AE', headquarters: 'Narnia' }, 'headquarters'],
        [{ eccn: '3A090.a', destination: 'AE', consignee: 'x'.repeat(301) }, 'consignee'],
        [{ eccn: '3A090.a', destination: 'AE', endUsers: [''] }, 'endUsers.0'],
      ];
      for (const [body, field] of cases) {
        const response = await ask(applicant, body);
        assert.equal(response.status, 400, `${JSON.stringify(body).slice(0, 80)}: ${response.text}`);
        const error = response.body as ErrorBody;
        assert.equal(error.error.code, 'invalid_input');
        assert.deepEqual(fieldErrorPaths(error), [field], JSON.stringify(error.error));
      }
      const unknown = await ask(applicant, { eccn: '3A090.a', destination: 'AE', consigne: 'G42' });
      assert.equal(unknown.status, 400, 'a misspelt field is refused, not ignored');
    });

    it('is for applicants and government roles: a buyer is refused', async () => {
      const response = await ask(buyer, { eccn: '3A090.a', destination: 'AE' });
      assert.equal(response.status, 403);
      assert.equal((response.body as ErrorBody).error.code, 'forbidden');
    });
  });
}

for (const engine of testDatabases()) {
  describe(`export-control determine API with no list loaded on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let applicant: BuiltUser;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      applicant = await buildUser(t, { role: 'applicant' });
    });
    after(async () => database.close());

    it('refuses a named consignee with 409 lists_unavailable (fail-closed) and still answers without one', async () => {
      const named = await applicant.client.send<ErrorBody>('POST', PATH, {
        eccn: '3A090.a',
        destination: 'AE',
        consignee: 'G42',
      });
      assert.equal(named.status, 409, named.text);
      assert.equal(named.body.error.code, 'lists_unavailable');
      assert.match(named.body.error.message, /Consolidated Screening List/);

      const unnamed = await applicant.client.send<Determination>('POST', PATH, { eccn: '3A090.a', destination: 'AE' });
      assert.equal(unnamed.status, 200, unnamed.text);
      assert.equal(unnamed.body.endUsers, undefined);

      await importCurrentCsl(t);
      const after = await applicant.client.send<Determination>('POST', PATH, {
        eccn: '3A090.a',
        destination: 'AE',
        consignee: 'G42',
      });
      assert.equal(after.status, 200, after.text);
      assert.equal(after.body.licenseRequired, false, 'G42 is exempt under the UAE rule and on no end-user list');
    });
  });
}
