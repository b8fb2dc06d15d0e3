import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { CompanyDetail, CompanyResponse } from '../../src/http/routes/companies/companies.schemas.ts';
import type {
  ConsortiaResponse,
  ConsortiumResponse,
  InvitationResponse,
  InvitationsResponse,
} from '../../src/http/routes/consortia/consortia.schemas.ts';
import { buildCompany } from '../builders/build-company.ts';
import { buildConsortium } from '../builders/build-consortium.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import type { ApiClient } from '../support/api-client.ts';
import { fieldErrorPaths } from '../support/api-client-reads.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const company = (legalName: string, country = 'US') => ({
  legalName,
  countryOfIncorporation: country,
  principalPlaceOfBusiness: country,
});

for (const engine of testDatabases()) {
  describe(`companies and consortia API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let applicant: ApiClient;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      applicant = (await buildUser(t, { role: 'applicant' })).client;
    });
    after(async () => database.close());

    it('registers an own company, a consortium anchored by it, and a member that joins once it accepts', async () => {
      const own = await applicant.send<CompanyResponse>('POST', '/api/v1/companies', {
        ...company('Prairie AI Inc.'),
        ownCompany: true,
      });
      assert.equal(own.status, 201);
      const partner = await applicant.send<CompanyResponse>(
        'POST',
        '/api/v1/companies',
        company('Nordic Cooling AB', 'SE'),
      );
      const created = await applicant.send<ConsortiumResponse>('POST', '/api/v1/consortia', {
        name: 'Prairie Consortium',
        anchorCompanyId: own.body.company.id,
      });
      assert.equal(created.status, 201);
      const id = created.body.consortium.id;
      const invited = await applicant.send<ConsortiumResponse>('POST', `/api/v1/consortia/${id}/members`, {
        companyId: partner.body.company.id,
      });
      assert.equal(invited.status, 200);
      assert.deepEqual(
        invited.body.consortium.members.map((m) => m.role),
        ['anchor'],
        'not a member before it accepts',
      );
      assert.deepEqual(
        invited.body.consortium.pendingInvitations.map((i) => i.companyId),
        [partner.body.company.id],
      );
      const duplicate = await applicant.send<ErrorBody>('POST', `/api/v1/consortia/${id}/members`, {
        companyId: partner.body.company.id,
      });
      assert.equal(duplicate.status, 409);
      // the anchor's applicant does not act for the partner: it can neither see nor accept the invitation
      const invitationId = invited.body.consortium.pendingInvitations[0]?.id ?? '';
      assert.deepEqual(
        (await applicant.get<InvitationsResponse>('/api/v1/consortium-invitations')).body.invitations,
        [],
      );
      assert.equal((await applicant.send('POST', `/api/v1/consortium-invitations/${invitationId}/accept`)).status, 404);
      const nordic = await buildUser(t, { role: 'applicant', companyIds: [partner.body.company.id] });
      const mine = await nordic.client.get<InvitationsResponse>('/api/v1/consortium-invitations');
      assert.deepEqual(
        mine.body.invitations.map((i) => [i.consortiumName, i.companyName, i.status]),
        [['Prairie Consortium', 'Nordic Cooling AB', 'pending']],
      );
      const accepted = await nordic.client.send<InvitationResponse>(
        'POST',
        `/api/v1/consortium-invitations/${invitationId}/accept`,
      );
      assert.equal(accepted.status, 200);
      assert.equal(accepted.body.invitation.status, 'accepted');
      const again = await nordic.client.send<ErrorBody>(
        'POST',
        `/api/v1/consortium-invitations/${invitationId}/decline`,
      );
      assert.equal(again.status, 409, 'an answered invitation stays answered');
      const joined = await applicant.get<ConsortiumResponse>(`/api/v1/consortia/${id}`);
      assert.deepEqual(joined.body.consortium.members.map((m) => m.role).sort(), ['anchor', 'member']);
      assert.deepEqual(joined.body.consortium.pendingInvitations, []);
      const removeAnchor = await applicant.send<ErrorBody>(
        'DELETE',
        `/api/v1/consortia/${id}/members/${own.body.company.id}`,
      );
      assert.equal(removeAnchor.status, 409, 'the anchor stays');
      const removed = await applicant.send<ConsortiumResponse>(
        'DELETE',
        `/api/v1/consortia/${id}/members/${partner.body.company.id}`,
      );
      assert.equal(removed.body.consortium.members.length, 1);
    });

    it('lets a user of the invited company decline, and the anchor withdraw, an invitation', async () => {
      const anchor = await buildUser(t, { role: 'applicant' });
      const consortium = await buildConsortium(t, { anchor });
      const first = await buildCompany(t, { by: anchor, legalName: 'Declining Co', country: 'CA' });
      const second = await buildCompany(t, { by: anchor, legalName: 'Withdrawn Co', country: 'CA' });
      const firstUser = await buildUser(t, { role: 'applicant', companyIds: [first.id] });
      const invite = (companyId: string) =>
        anchor.client.send<ConsortiumResponse>('POST', `/api/v1/consortia/${consortium.id}/members`, { companyId });
      const invited = (await invite(first.id)).body.consortium.pendingInvitations[0]?.id ?? '';
      const declined = await firstUser.client.send<InvitationResponse>(
        'POST',
        `/api/v1/consortium-invitations/${invited}/decline`,
      );
      assert.equal(declined.body.invitation.status, 'declined');
      assert.equal((await invite(second.id)).body.consortium.pendingInvitations.length, 1);
      const withdrawn = await anchor.client.send<ConsortiumResponse>(
        'DELETE',
        `/api/v1/consortia/${consortium.id}/members/${second.id}`,
      );
      assert.equal(withdrawn.status, 200);
      assert.deepEqual(withdrawn.body.consortium.pendingInvitations, []);
      assert.deepEqual(
        withdrawn.body.consortium.members.map((m) => m.role),
        ['anchor'],
      );
      // officers take no part: the route refuses them before anything is looked up
      const officer = await buildUser(t, { role: 'program_officer' });
      assert.equal((await officer.client.send('POST', `/api/v1/consortium-invitations/${invited}/accept`)).status, 403);
    });

    it('refuses an anchor the applicant does not act for', async () => {
      const partner = await applicant.send<CompanyResponse>(
        'POST',
        '/api/v1/companies',
        company('Someone Else Ltd', 'GB'),
      );
      const response = await applicant.send<ErrorBody>('POST', '/api/v1/consortia', {
        name: 'Borrowed anchor',
        anchorCompanyId: partner.body.company.id,
      });
      assert.equal(response.status, 400);
      assert.equal(fieldErrorPaths(response.body)[0], 'anchorCompanyId');
    });

    it('validates company fields', async () => {
      const response = await applicant.send<ErrorBody>('POST', '/api/v1/companies', {
        legalName: 'X',
        countryOfIncorporation: 'USA',
        principalPlaceOfBusiness: 'us',
        identifiers: { uei: '123' },
      });
      assert.equal(response.status, 400);
      assert.deepEqual(fieldErrorPaths(response.body).sort(), [
        'countryOfIncorporation',
        'identifiers.uei',
        'legalName',
        'principalPlaceOfBusiness',
      ]);
    });

    it('records owners and refuses direct shares above 100%', async () => {
      const owned = await applicant.send<CompanyResponse>('POST', '/api/v1/companies', company('Owned Co'));
      const a = await applicant.send<CompanyResponse>('POST', '/api/v1/companies', company('Holder A', 'SG'));
      const b = await applicant.send<CompanyResponse>('POST', '/api/v1/companies', company('Holder B', 'HK'));
      const first = await applicant.send<CompanyDetail>('POST', `/api/v1/companies/${owned.body.company.id}/owners`, {
        ownerId: a.body.company.id,
        sharePercent: 70,
      });
      assert.deepEqual(first.body.owners, [{ ownerId: a.body.company.id, ownerName: 'Holder A', sharePercent: 70 }]);
      const tooMuch = await applicant.send<ErrorBody>('POST', `/api/v1/companies/${owned.body.company.id}/owners`, {
        ownerId: b.body.company.id,
        sharePercent: 40,
      });
      assert.equal(tooMuch.status, 400);
      assert.equal(fieldErrorPaths(tooMuch.body)[0], 'sharePercent');
    });

    it("shows an applicant only its consortia, and lets only the anchor's people change members", async () => {
      // Atlas anchors its consortium with Harvest as a member; Harvest anchors its own alliance
      const atlasUser: BuiltUser = await buildUser(t, { role: 'applicant' });
      const harvestCompany = await buildCompany(t, { by: atlasUser, legalName: 'Harvest Data GmbH', country: 'DE' });
      const harvestUser = await buildUser(t, { role: 'applicant', companyIds: [harvestCompany.id] });
      const atlasConsortium = await buildConsortium(t, { anchor: atlasUser, members: [harvestCompany] });
      const alliance = await buildConsortium(t, { anchor: harvestUser });
      const atlas = atlasUser.client;
      const harvest = harvestUser.client;
      const atlasList = await atlas.get<ConsortiaResponse>('/api/v1/consortia');
      const harvestList = await harvest.get<ConsortiaResponse>('/api/v1/consortia');
      assert.deepEqual(
        atlasList.body.consortia.map((c) => c.id),
        [atlasConsortium.id],
      );
      assert.deepEqual(harvestList.body.consortia.map((c) => c.id).sort(), [alliance.id, atlasConsortium.id].sort());
      assert.equal((await atlas.get(`/api/v1/consortia/${alliance.id}`)).status, 404);
      // Harvest is a member of the Atlas consortium, but not its anchor
      const byMember = await harvest.send<ErrorBody>('DELETE', `/api/v1/consortia/${atlasConsortium.id}/members/x`);
      assert.equal(byMember.status, 403);
      const program = (await buildUser(t, { role: 'program_officer' })).client;
      const all = await program.get<ConsortiaResponse>('/api/v1/consortia');
      const allIds = all.body.consortia.map((c) => c.id);
      assert.ok(allIds.includes(atlasConsortium.id) && allIds.includes(alliance.id));
      const buyer = (await buildUser(t, { role: 'buyer' })).client;
      // a buyer has no consortium permission: refused by the route guard
      assert.equal((await buyer.get('/api/v1/consortia')).status, 403);
    });
  });
}
