import type { Company, CompanyInput } from '../../src/core/consortium/company.schema.ts';
import { createCompany } from '../../src/services/companies/create-company.ts';
import { setOwner } from '../../src/services/companies/set-owner.ts';
import type { TestApp } from '../support/test-app.ts';
import type { BuiltUser } from './build-user.ts';
import { expectOk } from './expect-ok.ts';

export type BuildCompanyOptions = Partial<CompanyInput> & {
  /** the applicant (or admin) who registers the company */
  by: BuiltUser;
  /** sets both the country of incorporation and the principal place of business; default US */
  country?: string;
  /** the applicant registers its own company and then acts for it */
  ownCompany?: boolean;
  /** direct owners of the new company, recorded by the same user */
  owners?: { ownerId: string; sharePercent: number }[];
};

let counter = 0;

/** A company registered through the company service (with its audit entry), and its direct owners. */
export const buildCompany = async (t: TestApp, options: BuildCompanyOptions): Promise<Company> => {
  const { by, country = 'US', ownCompany = false, owners = [], ...fields } = options;
  counter += 1;
  const company = expectOk(
    await createCompany(t.deps, by.actor, {
      kind: 'company',
      legalName: `Test Company ${counter} Inc.`,
      otherNames: [],
      countryOfIncorporation: country,
      principalPlaceOfBusiness: country,
      identifiers: {},
      ...fields,
      ownCompany,
    }),
    'buildCompany',
  );
  for (const owner of owners) {
    expectOk(await setOwner(t.deps, by.actor, { companyId: company.id, ...owner, mode: 'add' }), 'buildCompany: owner');
  }
  return company;
};
