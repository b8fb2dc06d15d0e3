import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { insertListAlert } from '../../src/db/repos/alerts.repo.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type {
  AcknowledgedAlertResponse,
  AlertsResponse,
  BulkAdjudicatedResponse,
  HitsResponse,
  ListImportResult,
  ProposalScreening,
  ScreenResponse,
} from '../../src/http/routes/screening/screening.schemas.ts';
import { screenProposalParties } from '../../src/services/screening/screen-proposal-parties.ts';
import { buildCompany } from '../builders/build-company.ts';
import { type BuiltConsortium, buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

// A CSL file in the official 29-column layout: one Entity List entity on 10 address rows (10 ids, as trade.gov
// lists it), one SDN entry with its own link, and a Denied Persons entry.
const HEADER =
  '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids';
const EL = 'Entity List (EL) - Bureau of Industry and Security';
const EL_URL = 'https://www.bis.gov/regulations/ear/744#supplement-4-744';
const row = (fields: {
  id: string;
  source: string;
  type?: string;
  programs?: string;
  name: string;
  address?: string;
  listUrl?: string;
  infoUrl?: string;
}): string =>
  [
    fields.id,
    fields.source,
    '',
    fields.type ?? '',
    fields.programs ?? '',
    fields.name,
    '',
    fields.address ?? '',
    ...Array(13).fill(''),
    fields.listUrl ?? '',
    '',
    '',
    '',
    '',
    '',
    fields.infoUrl ?? '',
    '',
  ]
    .map((value) => `"${value}"`)
    .join(',');
const ADDRESS_ROWS = Array.from({ length: 10 }, (_, i) =>
  row({
    id: `el-${String(i).padStart(2, '0')}`,
    source: EL,
    name: 'Quarnexa Photonics Co., Ltd.',
    address: `No. ${i + 1} Keji Road, Nanshan District, Shenzhen, CN`,
    listUrl: EL_URL,
  }),
);
const CSL = [
  HEADER,
  ...ADDRESS_ROWS,
  row({
    id: 'sdn-1',
    source: 'Specially Designated Nationals (SDN) - Treasury Department',
    type: 'Entity',
    programs: 'IRAN; NPWMD',
    name: 'Velkorith Dynamics LLC',
    address: 'Dubai, AE',
    listUrl: 'https://sanctionslist.ofac.treas.gov/Home/SdnList',
    infoUrl: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=1',
  }),
  row({
    id: 'dpl-1',
    source: 'Denied Persons List (DPL) - Bureau of Industry and Security',
    name: 'Ostrander Maglev Ltd',
  }),
].join('\n');

for (const engine of testDatabases()) {
  describe(`screening worklist (grouped hits, list names, bulk decisions, alerts inbox) on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let compliance: BuiltUser;
    let admin: BuiltUser;
    let applicant: BuiltUser;
    let proposalId: string;
    let builtConsortium: BuiltConsortium;

    const proposalHits = async (id: string) =>
      (await compliance.client.get<HitsResponse>('/api/v1/screening/hits')).body.hits.filter(
        (h) => h.party.proposalId === id,
      );

    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      compliance = await buildUser(t, { role: 'compliance_officer' });
      admin = await buildUser(t, { role: 'admin' });
      const imported = await compliance.client.send<ListImportResult>('POST', '/api/v1/lists/import', {
        source: 'csl',
        format: 'csl',
        content: CSL,
        asOf: '2026-07-31',
      });
      assert.equal(imported.status, 201, JSON.stringify(imported.body));
      // a consortium whose members are the listed entities
      applicant = await buildUser(t, { role: 'applicant' });
      const quarnexa = await buildCompany(t, {
        by: applicant,
        legalName: 'Quarnexa Photonics Co., Ltd.',
        country: 'CN',
      });
      const velkorith = await buildCompany(t, { by: applicant, legalName: 'Velkorith Dynamics LLC', country: 'AE' });
      builtConsortium = await buildConsortium(t, {
        anchor: applicant,
        members: [{ id: quarnexa.id }, { id: velkorith.id }],
      });
      proposalId = (await buildProposal(t, { consortium: builtConsortium, status: 'submitted' })).id;
      const run = await screenProposalParties(t.deps, proposalId);
      assert.ok(run.ok);
    });
    after(async () => database.close());

    it('answers one hit per list entity with every address, the readable list name and the link', async () => {
      const response = await compliance.client.send<ScreenResponse>('POST', '/api/v1/screen', {
        names: [{ name: 'Quarnexa Photonics Co., Ltd.' }, { name: 'Velkorith Dynamics LLC' }],
      });
      assert.equal(response.status, 200);
      const el = response.body.results[0]!.hits.filter((h) => h.listName === 'Entity List');
      assert.equal(el.length, 1, 'ten address rows are one hit');
      assert.equal(el[0]!.addresses.length, 10);
      assert.ok(el[0]!.addresses.includes('No. 7 Keji Road, Nanshan District, Shenzhen, CN'));
      assert.equal(el[0]!.entryId, 'el-00');
      assert.equal(el[0]!.entryUrl, EL_URL);
      const sdn = response.body.results[1]!.hits.find((h) => h.entryId === 'sdn-1')!;
      assert.equal(sdn.listName, 'Specially Designated Nationals (SDN)');
      assert.deepEqual(sdn.programs, ['IRAN', 'NPWMD']);
      assert.equal(sdn.entryUrl, 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=1', 'the entry link first');
    });

    it('stores one grouped hit per party and entity, and re-screening adds none', async () => {
      const hits = await proposalHits(proposalId);
      const el = hits.filter((h) => h.listName === 'Entity List');
      assert.equal(el.length, 1);
      assert.equal(el[0]!.addresses.length, 10);
      assert.equal(el[0]!.entryIds.length, 10);
      assert.equal(el[0]!.entryUrl, EL_URL);
      const sdn = hits.find((h) => h.entryId === 'sdn-1')!;
      assert.equal(sdn.listName, 'Specially Designated Nationals (SDN)');
      assert.deepEqual(sdn.programs, ['IRAN', 'NPWMD']);
      const panel = await compliance.client.get<ProposalScreening>(`/api/v1/proposals/${proposalId}/screening`);
      assert.ok(panel.body.hits.some((h) => h.listName === 'Entity List'));
      const own = await applicant.client.get<ProposalScreening>(`/api/v1/proposals/${proposalId}/screening`);
      assert.equal(own.status, 200);
      assert.ok(
        own.body.hits.length > 0 && own.body.hits.every((h) => h.listName === undefined),
        'no list to applicants',
      );
      const again = await screenProposalParties(t.deps, proposalId);
      assert.ok(again.ok);
      assert.equal(again.value.newHits, 0);
      assert.equal((await proposalHits(proposalId)).length, hits.length);
    });

    it('decides hits in bulk with one reason, all or none, refusing decided hits by name', async () => {
      const hits = await proposalHits(proposalId);
      const el = hits.find((h) => h.listName === 'Entity List')!;
      const sdn = hits.find((h) => h.entryId === 'sdn-1')!;
      // one decided on its own first
      const single = await compliance.client.send('POST', `/api/v1/screening/hits/${sdn.id}/adjudicate`, {
        decision: 'true_match',
        reason: 'Same entity, same address',
      });
      assert.equal(single.status, 200);
      const refused = await compliance.client.send<ErrorBody>('POST', '/api/v1/screening/hits/adjudicate', {
        hitIds: [el.id, sdn.id],
        decision: 'false_positive',
        reason: 'Different companies',
      });
      assert.equal(refused.status, 409);
      assert.match(refused.body.error.message, new RegExp(sdn.id));
      assert.deepEqual(refused.body.error.details, [
        { path: 'hitIds[1]', message: `hit ${sdn.id} is already decided (true_match)` },
      ]);
      const still = await proposalHits(proposalId);
      assert.equal(still.find((h) => h.id === el.id)!.status, 'open', 'nothing decided when one is refused');

      const unknown = await compliance.client.send<ErrorBody>('POST', '/api/v1/screening/hits/adjudicate', {
        hitIds: [el.id, 'no-such-hit'],
        decision: 'false_positive',
        reason: 'x',
      });
      assert.equal(unknown.status, 404);
      const byAdmin = await admin.client.send('POST', '/api/v1/screening/hits/adjudicate', {
        hitIds: [el.id],
        decision: 'false_positive',
        reason: 'x',
      });
      assert.equal(byAdmin.status, 403);

      const open = still.filter((h) => h.status === 'open').map((h) => h.id);
      assert.ok(open.length >= 1);
      const decided = await compliance.client.send<BulkAdjudicatedResponse>(
        'POST',
        '/api/v1/screening/hits/adjudicate',
        {
          hitIds: open,
          decision: 'false_positive',
          reason: 'Registered in another country; different registration number',
        },
      );
      assert.equal(decided.status, 200);
      assert.deepEqual(
        decided.body.hits.map((h) => h.status),
        open.map(() => 'false_positive'),
      );
      const audited = await database.db
        .selectFrom('audit_entries')
        .select(['object_id', 'summary'])
        .where('action', '=', 'screening.adjudicate')
        .where('object_id', 'in', open)
        .execute();
      assert.equal(audited.length, open.length, 'one audit entry per hit');
    });

    it('reuses the grouped decision when the same party is screened on another proposal', async () => {
      const el = (await proposalHits(proposalId)).find((h) => h.listName === 'Entity List')!;
      const next = (await buildProposal(t, { consortium: builtConsortium, status: 'submitted' })).id;
      const run = await screenProposalParties(t.deps, next);
      assert.ok(run.ok);
      const reused = (await proposalHits(next)).find((h) => h.listName === 'Entity List')!;
      assert.equal(reused.entryId, el.entryId);
      assert.equal(reused.entryFingerprint, el.entryFingerprint);
      assert.equal(reused.status, 'false_positive');
      assert.equal(reused.reusedFrom, el.id);
    });

    it('lists alerts open or acknowledged; compliance officers acknowledge with a note, audited', async () => {
      const version = await database.db.selectFrom('list_versions').select('id').executeTakeFirstOrThrow();
      const alertId = t.deps.newId();
      await insertListAlert(database.db, {
        id: alertId,
        kind: 'list_refresh_refused',
        listSource: 'csl',
        listVersionId: version.id,
        message: 'The refresh would remove 40% of the entries.',
        createdAt: t.deps.clock(),
      });
      const open = await compliance.client.get<AlertsResponse>('/api/v1/alerts?status=open');
      assert.equal(open.status, 200);
      assert.ok(open.body.alerts.some((a) => a.id === alertId && a.acknowledgedAt === null));
      assert.equal((await applicant.client.get('/api/v1/alerts')).status, 403);
      const byAdmin = await admin.client.send('POST', `/api/v1/alerts/${alertId}/acknowledge`, { note: 'seen' });
      assert.equal(byAdmin.status, 403, 'acknowledging is the compliance officer’s');

      const acknowledged = await compliance.client.send<AcknowledgedAlertResponse>(
        'POST',
        `/api/v1/alerts/${alertId}/acknowledge`,
        { note: 'Checked the refused file with the source' },
      );
      assert.equal(acknowledged.status, 200);
      assert.equal(acknowledged.body.alert.acknowledgedBy, compliance.id);
      assert.equal(acknowledged.body.alert.acknowledgementNote, 'Checked the refused file with the source');
      assert.ok(acknowledged.body.alert.acknowledgedAt);

      const stillOpen = await compliance.client.get<AlertsResponse>('/api/v1/alerts?status=open');
      assert.ok(!stillOpen.body.alerts.some((a) => a.id === alertId));
      const done = await compliance.client.get<AlertsResponse>('/api/v1/alerts?status=acknowledged');
      assert.deepEqual(
        done.body.alerts.map((a) => a.id),
        [alertId],
      );
      const twice = await compliance.client.send<ErrorBody>('POST', `/api/v1/alerts/${alertId}/acknowledge`, {});
      assert.equal(twice.status, 409);
      const audit = await database.db
        .selectFrom('audit_entries')
        .select(['actor_id', 'summary'])
        .where('action', '=', 'alerts.acknowledge')
        .where('object_id', '=', alertId)
        .execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]!.actor_id, compliance.id);
      assert.equal((await compliance.client.send('POST', '/api/v1/alerts/no-such/acknowledge', {})).status, 404);
    });
  });
}
