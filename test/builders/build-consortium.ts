import type { ConsortiumView } from '../../src/db/repos/consortia.repo.ts';
import { changeMembership } from '../../src/services/consortia/change-membership.ts';
import { createConsortium } from '../../src/services/consortia/create-consortium.ts';
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
  /** member companies, added by the anchor (so the anchor must see them: its own, or registered by it) */
  members?: { id: string }[];
  name?: string;
  description?: string;
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
  }
  return { ...consortium, anchor, anchorCompanyId };
};
