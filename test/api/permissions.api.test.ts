import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { isPublicAction, roleMay } from '../../src/core/accounts/permissions.ts';
import { ROLES, type Role } from '../../src/core/accounts/roles.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { insertUser } from '../../src/db/repos/users.repo.ts';
import { permissionMatrixMarkdown, type RoutePermission, routePermissions } from '../../src/http/permission-matrix.ts';
import type { ApiClient } from '../support/api-client.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const PASSWORD = 'walk-the-routes-2026';
const MATRIX_START = '<!-- permission-matrix:start -->';
const MATRIX_END = '<!-- permission-matrix:end -->';

/** A concrete URL for an OpenAPI path: ids that exist nowhere, version numbers that parse. */
const concretePath = (path: string): string =>
  path.replace(/\{number\}/g, '1').replace(/\{([^}]+)\}/g, (_match, name: string) => `no-such-${name}`);

const call = (client: ApiClient, route: RoutePermission) =>
  route.method === 'GET'
    ? client.get(concretePath(route.path))
    : client.send(route.method, concretePath(route.path), {});

describe('role × route guard', () => {
  const engine = testDatabases()[0]!;
  let database: DatabaseHandle;
  let t: TestApp;
  let routes: RoutePermission[];
  const clients = new Map<Role, ApiClient>();

  before(async () => {
    database = await engine.open();
    t = await buildTestApp(database);
    const passwordHash = await t.deps.passwords.hash(PASSWORD);
    for (const role of ROLES) {
      const email = `walk-${role}@test.local`;
      await insertUser(t.deps.db, {
        id: `walk-${role}`,
        email,
        name: `Walker ${role}`,
        role,
        agency: role === 'reviewer' ? 'State' : null,
        passwordHash,
        companyIds: [],
      });
      const client = t.client();
      assert.equal((await client.login(email, PASSWORD)).status, 200, role);
      clients.set(role, client);
    }
    const doc = await t.client().get<Parameters<typeof routePermissions>[0]>('/api/openapi.json');
    routes = routePermissions(doc.body);
  });
  after(async () => database.close());

  it('finds every API route in the description, each with a permission from the table but signing in', () => {
    assert.ok(routes.length >= 40, `only ${routes.length} routes`);
    assert.deepEqual(
      routes.filter((r) => r.permission === null).map((r) => `${r.method} ${r.path}`),
      ['POST /api/v1/auth/login'],
    );
  });

  it('answers 401 to nobody signed in on every route the table does not make public', async () => {
    const anonymous = t.client();
    for (const route of routes.filter((r) => r.permission !== null)) {
      const { status } = await call(anonymous, route);
      const permission = route.permission!;
      const expected = typeof permission === 'string' && isPublicAction(permission) ? 'not 401/403' : 401;
      assert.equal(
        status === 401 || status === 403 ? status : 'not 401/403',
        expected,
        `${route.method} ${route.path}`,
      );
    }
  });

  it("gives every role on every route the table's answer: 403 when refused, past the guard when granted", async () => {
    // log-out last, so each role's session lives through the walk
    const ordered = [...routes].sort((a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')));
    const mismatches: string[] = [];
    for (const route of ordered) {
      if (route.permission === null) continue;
      for (const role of ROLES) {
        const { status } = await call(clients.get(role)!, route);
        const granted = roleMay(role, route.permission);
        const refused = status === 403 || status === 401;
        if (granted === refused) mismatches.push(`${role} ${route.method} ${route.path}: ${status}`);
      }
    }
    assert.deepEqual(mismatches, []);
  });

  it('keeps the role × route matrix in docs/api.md equal to the table', () => {
    const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
    const start = doc.indexOf(MATRIX_START);
    const end = doc.indexOf(MATRIX_END);
    assert.ok(start >= 0 && end > start, 'docs/api.md has the matrix markers');
    const written = doc.slice(start + MATRIX_START.length, end).trim();
    assert.equal(written, permissionMatrixMarkdown(routes), 'run "npm run docs:api" to regenerate the matrix');
  });
});
