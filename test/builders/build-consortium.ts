import type { Actor } from '../../src/core/accounts/roles.ts';
import type { ConsortiumView } from '../../src/db/repos/consortia.repo.ts';
import { findUserById, insertUser, userIdsOfCompany } from '../../src/db/repos/users.repo.ts';
import { answerInvitation } from '../../src/services/consortia/answer-invitation.ts';
import { changeMembership } from '../../src/services/consortia/change-membership.ts';
import { createConsortium } from '../../src/services/consortia/create-consortium.ts';
import { getConsortium } from '../../src/services/consortia/get-consortium.ts';
import type { TestApp } from '../support/test-app.ts';
import { buildCompany } from './build-company.ts';
import { type BuiltUser, buildUser } from './build-user.ts';
import { expectOk } from './expect-ok.ts';

export type BuiltConsortium = ConsortiumView & { anchor: BuiltUser; anchorCompanyId: string };

export type BuildConsortiumOptions = {
  /** the applicant acting for the anchor company; default a new applicant */
  anchor?: BuiltUser;
  /** default the anchor's first company, or a new own company when it acts for none */
  anchorCompanyId?: string;
  /**
   * member companies, invited by the anchor (so the anchor must see them: its own, or registered by it) and
   * accepted by `acceptedBy`, else by a user who acts for the company, else by a new applicant acting for it
   */
  members?: { id: string; acceptedBy?: BuiltUser }[];
  name?: string;
  description?: string;
};

/** A user who acts for the company: the first one there is, else a new applicant (no login) acting for it. */
const representativeOf = async (t: TestApp, companyId: string): Promise<Actor> => {
  const [userId] = await userIdsOfCompany(t.deps.db, companyId);
  const existing = userId === undefined ? null : await findUserById(t.deps.db, userId);
  if (existing)
    return { userId: existing.id, name: existing.name, role: existing.role, companyIds: existing.companyIds };
  const id = t.deps.newId();
  const name = `Test representative ${id.slice(0, 4)}`;
  await insertUser(t.deps.db, {
    id,
    email: `representative-${id.slice(0, 8)}@test.aiexports.local`,
    name,
    role: 'applicant',
    agency: null,
    passwordHash: 'not-a-login',
    companyIds: [companyId],
  });
  return { userId: id, name, role: 'applicant', companyIds: [companyId] };
};

/** A consortium created and filled through the consortium services, as its anchor applicant would. */
export const buildConsortium = async (t: TestApp, options: BuildConsortiumOptions = {}): Promise<BuiltConsortium> => {
  const anchor = options.anchor ?? (await buildUser(t, { role: 'applicant' }));
  const anchorCompanyId =
    options.anchorCompanyId ?? anchor.companyIds[0] ?? (await buildCompany(t, { by: anchor, ownCompany: true })).id;
  let consortium = expectOk(
    await createConsortium(t.deps, anchor.actor, {
      name: options.name ?? `Test Consortium ${anchorCompanyId.slice(0, 8)}`,
      description: options.description ?? '',
      anchorCompanyId,
    }),
    'buildConsortium',
  );
  for (const member of options.members ?? []) {
    consortium = expectOk(
      await changeMembership(t.deps, anchor.actor, {
        consortiumId: consortium.id,
        companyId: member.id,
        change: 'add',
      }),
      'buildConsortium: member',
    );
    const invitation = consortium.pendingInvitations.find((i) => i.companyId === member.id);
    if (invitation) {
      const accepter = member.acceptedBy?.actor ?? (await representativeOf(t, member.id));
      expectOk(
        await answerInvitation(t.deps, accepter, { invitationId: invitation.id, answer: 'accept' }),
        'buildConsortium: accept',
      );
      consortium = expectOk(await getConsortium(t.deps.db, anchor.actor, consortium.id), 'buildConsortium: reload');
    }
  }
  return { ...consortium, anchor, anchorCompanyId };
};
