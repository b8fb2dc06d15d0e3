import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Action, can, grantOf, isPublicAction, type Resource } from '../../src/core/accounts/permissions.ts';
import { ROLES, type Role } from '../../src/core/accounts/roles.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { CallRecord } from '../../src/db/repos/calls.repo.ts';
import { type RoutePermission, routePermissions } from '../../src/http/permission-matrix.ts';
import { changeMembership } from '../../src/services/consortia/change-membership.ts';
import { createReferral } from '../../src/services/financing/create-referral.ts';
import { createTermSheet } from '../../src/services/financing/create-term-sheet.ts';
import { buildCall } from '../builders/build-call.ts';
import { buildCompany } from '../builders/build-company.ts';
import { buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { buildProposalContent } from '../builders/build-proposal-content.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { expectOk } from '../builders/expect-ok.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

/**
 * Every route of the OpenAPI document, called as every role on objects of ANOTHER consortium and company (real
 * ones, made by the builders), compared with the permissions table: a 2xx is expected only where the table
 * grants the role the action outright, or its condition holds on the foreign object; collections may answer
 * 2xx but must not show the foreign objects to applicants or buyers. Public routes must answer 2xx.
 */

/** One call of a route template: path parameters, query, body, and the foreign object it touches. */
type Target = { params?: Record<string, string>; query?: string; body?: unknown; resource?: Resource };

const DRAFT_MARKER = 'FOREIGN-DRAFT-7f3a';

for (const engine of testDatabases()) {
  describe(`every route as every role on foreign objects on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let call: CallRecord;
    const users = new Map<Role, BuiltUser>();
    let targets: Record<string, Target[]>;
    let foreignIds: string[];
    let routes: RoutePermission[];

    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      call = await buildCall(t);
      // ours: the applicant who calls every route, in a consortium of its own
      const ours = await buildConsortium(t);
      users.set('applicant', ours.anchor);
      for (const role of ROLES) if (role !== 'applicant') users.set(role, await buildUser(t, { role }));
      // theirs: another consortium with a member, a pending invitation and proposals in several states
      const anchorB = await buildUser(t, { role: 'applicant' });
      const partnerB = await buildCompany(t, { by: anchorB, legalName: 'Foreign Partner GmbH', country: 'DE' });
      const invitedB = await buildCompany(t, { by: anchorB, legalName: 'Foreign Invitee SA', country: 'FR' });
      const theirs = await buildConsortium(t, { anchor: anchorB, members: [partnerB] });
      const invited = expectOk(
        await changeMembership(t.deps, anchorB.actor, {
          consortiumId: theirs.id,
          companyId: invitedB.id,
          change: 'add',
        }),
        'invite',
      );
      const invitationId = invited.pendingInvitations[0]?.id ?? '';
      const draft = await buildProposal(t, { consortium: theirs, content: { title: `Draft ${DRAFT_MARKER}` } });
      const review = await buildProposal(t, { consortium: theirs, status: 'under_review' });
      const designated = await buildProposal(t, {
        consortium: theirs,
        status: 'designated',
        content: { financing: [{ agency: 'EXIM', instrument: 'direct-loan', amountUsd: 1_000_000 }] },
      });
      // their financing request referred to EXIM, with a term sheet
      const financingOfficer = users.get('financing_officer')?.actor;
      if (!financingOfficer) throw new Error('no financing officer');
      const referral = expectOk(
        await createReferral(t.deps, financingOfficer, { proposalId: designated.id, financingLine: 0 }),
        'refer',
      );
      const termSheet = expectOk(
        await createTermSheet(t.deps, financingOfficer, {
          referralId: referral.id,
          terms: { contractValue: 1_000_000, usContent: 900_000, tenorYears: 1, cirrPercent: 4, riskCategory: 2 },
        }),
        'term sheet',
      );
      const job = await database.db.selectFrom('jobs').select('id').executeTakeFirstOrThrow();
      // the foreign applicant's notification (its package was designated): nobody else may mark it read
      const theirNotification = await database.db
        .selectFrom('notifications')
        .select('id')
        .where('user_id', '=', anchorB.id)
        .executeTakeFirstOrThrow();
      const members = theirs.members.map((m) => m.companyId);
      const proposal = (status: 'draft' | 'under_review'): Resource => ({
        kind: 'proposal',
        status,
        memberCompanyIds: members,
        anchorCompanyId: theirs.anchorCompanyId,
      });
      const consortium: Resource = {
        kind: 'consortium',
        memberCompanyIds: members,
        anchorCompanyId: theirs.anchorCompanyId,
      };
      const company = (id: string): Resource => ({
        kind: 'company',
        companyId: id,
        createdBy: anchorB.id,
        represented: true,
      });
      const onProposals = (extra: Omit<Target, 'params' | 'resource'> = {}): Target[] => [
        { params: { id: draft.id }, resource: proposal('draft'), ...extra },
        { params: { id: review.id }, resource: proposal('under_review'), ...extra },
      ];
      const content = buildProposalContent({ title: 'Intruder content' });
      foreignIds = [
        theirs.id,
        partnerB.id,
        invitedB.id,
        theirs.anchorCompanyId,
        draft.id,
        review.id,
        invitationId,
        referral.id,
      ];
      const probeUser = await buildUser(t, { role: 'auditor' });
      const probeToken = { token: 'no-such-token', password: 'probe-password-2026' };
      targets = {
        'POST /api/v1/auth/logout': [{}],
        'POST /api/v1/auth/accept-invitation': [{ body: probeToken }],
        'POST /api/v1/auth/password-reset': [{ body: probeToken }],
        'POST /api/v1/auth/password-reset/request': [{ body: { email: 'probe@nowhere.example' } }],
        'POST /api/v1/account/totp/enrolment': [{}],
        'POST /api/v1/account/totp/confirm': [{ body: { code: '000000' } }],
        'POST /api/v1/account/totp/disable': [{ body: { code: '000000' } }],
        'GET /api/v1/users': [{}, { query: 'role=auditor&search=test' }],
        'POST /api/v1/users/invitations': [
          { body: { email: 'probe-invite@agency.gov', name: 'Probe', role: 'auditor' } },
        ],
        'PATCH /api/v1/users/{id}': [{ params: { id: probeUser.id }, body: { name: 'Probe Renamed' } }],
        'POST /api/v1/users/{id}/deactivate': [{ params: { id: probeUser.id } }],
        'POST /api/v1/users/{id}/reactivate': [{ params: { id: probeUser.id } }],
        'POST /api/v1/users/{id}/totp/reset': [{ params: { id: probeUser.id } }],
        'GET /api/v1/outbox': [{}],
        'GET /api/v1/auth/me': [{}],
        'GET /api/v1/auth/session': [{}],
        'GET /api/v1/companies': [{}],
        'POST /api/v1/companies': [
          { body: { legalName: 'New Co', countryOfIncorporation: 'US', principalPlaceOfBusiness: 'US' } },
        ],
        'GET /api/v1/companies/{id}': [{ params: { id: partnerB.id }, resource: company(partnerB.id) }],
        'POST /api/v1/companies/{id}/owners': [
          {
            params: { id: partnerB.id },
            body: { ownerId: invitedB.id, sharePercent: 5 },
            resource: company(partnerB.id),
          },
        ],
        'GET /api/v1/companies/{id}/ownership': [{ params: { id: partnerB.id }, resource: company(partnerB.id) }],
        'PUT /api/v1/companies/{id}/owners/{ownerId}': [
          {
            params: { id: partnerB.id, ownerId: invitedB.id },
            body: { sharePercent: 5 },
            resource: company(partnerB.id),
          },
        ],
        'DELETE /api/v1/companies/{id}/owners/{ownerId}': [
          { params: { id: partnerB.id, ownerId: invitedB.id }, resource: company(partnerB.id) },
        ],
        'POST /api/v1/companies/{id}/controllers': [
          {
            params: { id: partnerB.id },
            body: { controllerId: invitedB.id, basis: 'board_seats', detail: 'appoints 2 of 5 directors' },
            resource: company(partnerB.id),
          },
        ],
        'DELETE /api/v1/companies/{id}/controllers/{controllerId}/{basis}': [
          {
            params: { id: partnerB.id, controllerId: invitedB.id, basis: 'board_seats' },
            resource: company(partnerB.id),
          },
        ],
        'GET /api/v1/consortia': [{}],
        'POST /api/v1/consortia': [
          { body: { name: 'Hijack', anchorCompanyId: partnerB.id }, resource: company(partnerB.id) },
        ],
        'GET /api/v1/consortia/{id}': [{ params: { id: theirs.id }, resource: consortium }],
        'POST /api/v1/consortia/{id}/members': [
          { params: { id: theirs.id }, body: { companyId: ours.anchorCompanyId }, resource: consortium },
        ],
        'DELETE /api/v1/consortia/{id}/members/{companyId}': [
          { params: { id: theirs.id, companyId: partnerB.id }, resource: consortium },
        ],
        'GET /api/v1/consortium-invitations': [{}],
        'POST /api/v1/consortium-invitations/{id}/accept': [
          { params: { id: invitationId }, resource: company(invitedB.id) },
        ],
        'POST /api/v1/consortium-invitations/{id}/decline': [
          { params: { id: invitationId }, resource: company(invitedB.id) },
        ],
        'GET /api/v1/proposals': [{}],
        'POST /api/v1/proposals': [{ body: { consortiumId: theirs.id, content }, resource: consortium }],
        'GET /api/v1/proposals/{id}': onProposals(),
        'PUT /api/v1/proposals/{id}/draft': onProposals({ body: { content } }),
        'POST /api/v1/proposals/{id}/submit': onProposals(),
        'POST /api/v1/proposals/{id}/withdraw': onProposals({ body: { reason: 'probe withdrawal' } }),
        'DELETE /api/v1/proposals/{id}': onProposals(),
        'POST /api/v1/proposals/{id}/transition': onProposals({ body: { action: 'return', reason: 'probe' } }),
        'GET /api/v1/proposals/{id}/versions/{number}': onProposals().map((target) => ({
          ...target,
          params: { ...target.params, number: '1' },
        })),
        'GET /api/v1/proposals/{id}/diff': onProposals({ query: 'from=1&to=draft' }),
        'GET /api/v1/proposals/{id}/history': onProposals(),
        'GET /api/v1/proposals/queue': [{ query: 'tab=all' }],
        'GET /api/v1/proposals/{id}/findings': onProposals(),
        'GET /api/v1/proposals/{id}/screening': onProposals(),
        'GET /api/v1/proposals/{id}/reviews/mine': onProposals(),
        'PUT /api/v1/proposals/{id}/reviews/mine': onProposals({ body: { scores: { full_stack: 3 } } }),
        'POST /api/v1/proposals/{id}/reviews/mine/submit': onProposals({
          body: { scores: { full_stack: 3 }, recommendation: 'designate', summary: 'A probe summary of some length' },
        }),
        'GET /api/v1/proposals/{id}/reviews': onProposals(),
        'GET /api/v1/proposals/{id}/review-discussion': onProposals(),
        'POST /api/v1/proposals/{id}/review-discussion': onProposals({ body: { body: 'probe comment' } }),
        'GET /api/v1/proposals/{id}/brief': onProposals(),
        'GET /api/v1/program-settings': [{}],
        'PUT /api/v1/program-settings': [{ body: { settings: {}, reason: 'probe run' } }],
        'GET /api/v1/program-settings/as-of': [{ query: 'date=2026-11-30' }],
        'GET /api/v1/list-sources': [{}],
        'GET /api/v1/catalog': [{}],
        'GET /api/v1/catalog/{id}': [{ params: { id: designated.id } }],
        'GET /api/v1/catalog/{id}/delivery': [{ params: { id: designated.id }, query: 'country=DE' }],
        'GET /api/v1/audit': [{ query: `objectId=${draft.id}` }],
        'GET /api/v1/audit/export': [{ query: `objectId=${draft.id}&format=jsonl` }],
        'GET /api/v1/audit/verify': [{}],
        'GET /api/v1/audit/checkpoints': [{}],
        'POST /api/v1/audit/checkpoints': [{}],
        'POST /api/v1/screen': [{ body: { names: [{ name: 'Foreign Partner GmbH' }] } }],
        'POST /api/v1/export-control/determine': [
          { body: { eccn: '3A090.a', destination: 'AE', date: '2026-07-10', consignee: 'Foreign Partner GmbH' } },
        ],
        'GET /api/v1/screening/hits': [{}],
        'GET /api/v1/screening/hits/{id}': [{ params: { id: 'no-such-hit' } }],
        'POST /api/v1/screening/hits/{id}/adjudicate': [
          { params: { id: 'no-such-hit' }, body: { decision: 'false_positive', reason: 'probe' } },
        ],
        'POST /api/v1/screening/hits/adjudicate': [
          { body: { hitIds: ['no-such-hit'], decision: 'false_positive', reason: 'probe' } },
        ],
        'GET /api/v1/alerts': [{}, { query: 'status=open' }],
        'POST /api/v1/alerts/{id}/acknowledge': [{ params: { id: 'no-such-alert' }, body: { note: 'probe' } }],
        'POST /api/v1/lists/{source}/refresh': [{ params: { source: 'watchlist' } }],
        'GET /api/v1/lists': [{}],
        'POST /api/v1/lists/import': [{ body: { source: 'probe', format: 'watchlist', content: 'id,name\n1,X\n' } }],
        'GET /api/v1/lists/{id}/diff': [{ params: { id: 'no-such-version' }, query: 'against=none' }],
        'GET /api/v1/jobs/{id}': [{ params: { id: job.id } }],
        'GET /api/v1/notifications': [{}, { query: 'unread=true' }],
        'GET /api/v1/notifications/unread-count': [{}],
        'POST /api/v1/notifications/{id}/read': [{ params: { id: theirNotification.id } }],
        'POST /api/v1/notifications/read-all': [{}],
        'GET /api/v1/calls': [{}],
        'GET /api/v1/calls/{id}': [{ params: { id: call.id } }],
        'POST /api/v1/calls': [
          {
            body: {
              title: 'Probe call',
              reference: 'PROBE-1',
              opensAt: '2026-12-01T00:00:00Z',
              closesAt: '2027-01-01T00:00:00Z',
              noticeUrl: 'https://www.federalregister.gov/d/2026-06952',
            },
          },
        ],
        'POST /api/v1/calls/{id}/extend': [
          { params: { id: call.id }, body: { closesAt: '2040-01-01T00:00:00Z', reason: 'probe extension' } },
        ],
        'GET /api/v1/financing/requests': [{}],
        'GET /api/v1/financing/referrals': [{}, { query: 'agency=EXIM' }],
        'POST /api/v1/financing/referrals': [{ body: { proposalId: designated.id, financingLine: 0, agency: 'DFC' } }],
        'GET /api/v1/financing/referrals/{id}': [{ params: { id: referral.id } }],
        'PATCH /api/v1/financing/referrals/{id}': [
          { params: { id: referral.id }, body: { contactName: '', contactEmail: '', notes: 'probe' } },
        ],
        'POST /api/v1/financing/referrals/{id}/stage': [
          { params: { id: referral.id }, body: { stage: 'letter_of_interest', date: '2026-11-28' } },
        ],
        'POST /api/v1/financing/referrals/{id}/term-sheets': [
          {
            params: { id: referral.id },
            body: { contractValue: 1_000_000, usContent: 900_000, tenorYears: 1, cirrPercent: 4, premiumBp: 28 },
          },
        ],
        'GET /api/v1/financing/term-sheets/{id}/csv': [{ params: { id: termSheet.id } }],
        'GET /api/v1/proposals/{id}/referrals': [{ params: { id: designated.id }, resource: consortium }],
        'GET /api/v1/reviewer-profile': [{}],
        'PUT /api/v1/reviewer-profile': [{ body: { expertise: ['models'], capacity: 2, affiliations: [] } }],
        'GET /api/v1/reviewers': [{}],
        'GET /api/v1/assignments': [{}],
        'POST /api/v1/assignments/{proposalId}/certify': [{ params: { proposalId: review.id }, body: {} }],
        'POST /api/v1/assignments/{proposalId}/recuse': [
          { params: { proposalId: review.id }, body: { reason: 'probe recusal' } },
        ],
        'GET /api/v1/proposals/{id}/review-assignments': onProposals(),
        'POST /api/v1/proposals/{id}/review-assignments': onProposals({ body: { reviewerId: 'no-such-reviewer' } }),
        'POST /api/v1/proposals/{id}/review-assignments/publish': onProposals(),
        'DELETE /api/v1/proposals/{id}/review-assignments/{reviewerId}': onProposals().map((target) => ({
          ...target,
          params: { ...target.params, reviewerId: 'no-such-reviewer' },
        })),
        'POST /api/v1/proposals/{id}/review-assignments/{reviewerId}/waiver': onProposals({
          body: { reason: 'probe waiver reason' },
        }).map((target) => ({ ...target, params: { ...target.params, reviewerId: 'no-such-reviewer' } })),
      };
      const doc = await t.client().get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
      // signing out last, so the session serves every other call
      routes = routePermissions(doc.body).sort(
        (a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')),
      );
    });
    after(async () => database.close());

    it('has a sample call for every route of the OpenAPI document', () => {
      const missing = routes.filter((r) => r.permission !== null && !targets[`${r.method} ${r.path}`]);
      assert.deepEqual(missing, [], 'add the new route to the targets above');
    });

    it('answers no unexpected 2xx, and shows no foreign object in a collection', async () => {
      const unexpected: string[] = [];
      let calls = 0;
      for (const role of ROLES) {
        const user = users.get(role);
        if (!user) throw new Error(`no ${role}`);
        for (const route of routes) {
          if (route.permission === null) continue; // signing in: anyone
          const actions: readonly Action[] =
            typeof route.permission === 'string' ? [route.permission] : route.permission;
          for (const target of targets[`${route.method} ${route.path}`] ?? []) {
            const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => target.params?.[name] ?? 'missing');
            const url = target.query ? `${path}?${target.query}` : path;
            const response =
              route.method === 'GET'
                ? await user.client.get(url)
                : await user.client.send(route.method, url, target.body);
            calls += 1;
            const label = `${role} ${route.method} ${url} → ${response.status}`;
            const body = JSON.stringify(response.body);
            if (body.includes(DRAFT_MARKER)) unexpected.push(`${label}: shows the foreign draft`);
            const ok = response.status >= 200 && response.status < 300;
            if (actions.some(isPublicAction)) {
              // a public route never refuses for want of a sign-in or a role (a probe token may still be invalid: 400)
              if (response.status === 401 || response.status === 403)
                unexpected.push(`${label}: a public route refused`);
              continue;
            }
            const grants = actions.map((a) => grantOf(role, a));
            if (grants.every((g) => g === false)) {
              if (response.status !== 403) unexpected.push(`${label}: expected 403`);
              continue;
            }
            if (grants.includes(true)) continue;
            // conditional grants: on a foreign object only if the condition holds there; collections filtered
            if (target.resource) {
              const resource = target.resource;
              if (ok && !actions.some((a) => can(user.actor, a, resource))) unexpected.push(`${label}: unexpected 2xx`);
            } else if (ok && (role === 'applicant' || role === 'buyer' || role === 'reviewer')) {
              const shown = foreignIds.filter((id) => body.includes(id));
              if (shown.length > 0) unexpected.push(`${label}: shows foreign ${shown.join(', ')}`);
            }
          }
        }
        // the session ended with the last route: sign in again for the next checks
        await user.client.login(user.email);
      }
      assert.ok(calls > 300, `${calls} calls`);
      assert.deepEqual(unexpected, []);
    });
  });
}
