import type { Actor, Agency, Role } from '../../src/core/accounts/roles.ts';
import { insertUser } from '../../src/db/repos/users.repo.ts';
import type { PasswordHasher } from '../../src/services/service-deps.ts';
import { type ApiClient, TEST_PASSWORD } from '../support/api-client.ts';
import type { TestApp } from '../support/test-app.ts';

export type BuiltUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  agency: Agency | null;
  /** the companies the user acts for; the same array as actor.companyIds, so it grows with an own company */
  companyIds: string[];
  /** the user as the services see it, for builders that call them directly */
  actor: Actor;
  /** an API client logged in as the user */
  client: ApiClient;
};

export type BuildUserOptions = {
  role: Role;
  companyIds?: string[];
  agency?: Agency | null;
  name?: string;
  email?: string;
};

const GOVERNMENT_AGENCY: Partial<Record<Role, Agency>> = {
  program_officer: 'Commerce',
  compliance_officer: 'Commerce',
  reviewer: 'State',
  decision_maker: 'Commerce',
  auditor: 'Commerce',
};

// one argon2 hash of the test password per hasher: hashing is deliberately slow, and every test user shares it
const hashes = new WeakMap<PasswordHasher, Promise<string>>();
const testPasswordHash = (passwords: PasswordHasher): Promise<string> => {
  const known = hashes.get(passwords);
  if (known) return known;
  const hash = passwords.hash(TEST_PASSWORD);
  hashes.set(passwords, hash);
  return hash;
};

/**
 * A user of the given role, acting for the given companies, with the test password, logged in through the
 * API. No service creates users (accounts are provisioned outside the platform), so the row is written with
 * the users repository, as the demo seed does; the login is the real one and leaves its audit entry.
 */
export const buildUser = async (t: TestApp, options: BuildUserOptions): Promise<BuiltUser> => {
  const id = t.deps.newId();
  const role = options.role;
  const email = options.email ?? `${role.replace('_', '-')}-${id.slice(0, 8)}@test.aiexports.local`;
  const name = options.name ?? `Test ${role.replace('_', ' ')} ${id.slice(0, 4)}`;
  const agency = options.agency === undefined ? (GOVERNMENT_AGENCY[role] ?? null) : options.agency;
  const companyIds = [...(options.companyIds ?? [])];
  await insertUser(t.deps.db, {
    id,
    email,
    name,
    role,
    agency,
    passwordHash: await testPasswordHash(t.deps.passwords),
    companyIds,
  });
  const client = t.client();
  const login = await client.login(email);
  if (login.status !== 200) throw new Error(`buildUser: logging in ${email} answered ${login.status}`);
  return { id, email, name, role, agency, companyIds, actor: { userId: id, name, role, companyIds }, client };
};
