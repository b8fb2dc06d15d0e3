import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { Session, SessionProbe } from '../../src/http/routes/auth/auth.schemas.ts';
import { buildUser } from '../builders/build-user.ts';
import { apiClient } from '../support/api-client.ts';
import { fieldErrorPaths } from '../support/api-client-reads.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

/** The document /api/openapi.json serves, as the OpenAPI generator types it. */
type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

for (const engine of testDatabases()) {
  describe(`auth API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database, { loginRateLimit: 3 });
    });
    after(async () => database.close());

    it('logs in, reports the session, and logs out', async () => {
      const user = await buildUser(t, { role: 'decision_maker' });
      const client = t.client();
      const login = await client.login(user.email);
      assert.equal(login.status, 200);
      const me = await client.get<Session>('/api/v1/auth/me');
      assert.equal(me.status, 200);
      assert.equal(me.body.user.role, 'decision_maker');
      assert.equal(me.body.csrfToken, client.csrfToken());
      assert.ok(!('passwordHash' in me.body.user));
      assert.equal((await client.send('POST', '/api/v1/auth/logout')).status, 200);
      assert.equal((await client.get('/api/v1/auth/me')).status, 401);
    });

    it('answers the session probe with 200 and nulls when nobody is signed in, and with the user when one is', async () => {
      const user = await buildUser(t, { role: 'auditor' });
      const client = t.client();
      const before = await client.get<SessionProbe>('/api/v1/auth/session');
      assert.equal(before.status, 200);
      assert.deepEqual(before.body, { user: null, csrfToken: null });
      await client.login(user.email);
      const signedIn = await client.get<SessionProbe>('/api/v1/auth/session');
      assert.equal(signedIn.status, 200);
      assert.equal(signedIn.body.user?.email, user.email);
      assert.equal(signedIn.body.csrfToken, client.csrfToken());
      assert.equal((await client.send('POST', '/api/v1/auth/logout')).status, 200);
      assert.deepEqual((await client.get<SessionProbe>('/api/v1/auth/session')).body, { user: null, csrfToken: null });
    });

    it('refuses a wrong password with the same message as an unknown email', async () => {
      const auditor = await buildUser(t, { role: 'auditor' });
      const wrong = await t.client().login(auditor.email, 'not-the-password');
      const unknown = await t.client().login('nobody@test.aiexports.local', 'not-the-password');
      assert.equal(wrong.status, 401);
      assert.equal(unknown.status, 401);
      assert.equal((wrong.body as ErrorBody).error.message, (unknown.body as ErrorBody).error.message);
    });

    it('gives field errors for a malformed login', async () => {
      const response = await t.client().send<ErrorBody>('POST', '/api/v1/auth/login', { email: 'not-an-email' });
      assert.equal(response.status, 400);
      assert.deepEqual(fieldErrorPaths(response.body).sort(), ['email', 'password']);
      assert.ok(response.body.error.requestId.length > 0);
    });

    it('holds back repeated failed logins for one email and address', async () => {
      const admin = await buildUser(t, { role: 'admin' });
      const client = t.client();
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await client.login(admin.email, `wrong-${i}`)).status);
      assert.deepEqual(statuses, [401, 401, 401, 429]);
      assert.equal((await client.login(admin.email)).status, 429, 'even the right password waits');
      t.now.value = new Date(t.now.value.getTime() + 16 * 60_000);
      assert.equal((await client.login(admin.email)).status, 200);
    });

    it('refuses a state-changing request without the CSRF token', async () => {
      const applicant = await buildUser(t, { role: 'applicant' });
      // a client that holds the session cookie but never sends the token, as a cross-site form would
      let sessionCookie = '';
      const crossSite = apiClient(async (request) => {
        const headers = new Headers(request.headers);
        headers.delete('x-csrf-token');
        if (sessionCookie) headers.set('cookie', sessionCookie);
        const response = await t.app.fetch(new Request(request, { headers }));
        sessionCookie = response.headers.get('set-cookie')?.split(';')[0] ?? sessionCookie;
        return response;
      });
      await crossSite.login(applicant.email);
      const response = await crossSite.send<ErrorBody>('POST', '/api/v1/consortia', {
        name: 'Cross-site',
        anchorCompanyId: 'x',
      });
      assert.equal(response.status, 403);
      assert.equal(response.body.error.code, 'csrf_failed');
    });

    it('expires sessions after their lifetime', async () => {
      const reviewer = await buildUser(t, { role: 'reviewer' });
      const client = t.client();
      assert.equal((await client.login(reviewer.email)).status, 200);
      t.now.value = new Date(t.now.value.getTime() + 13 * 3_600_000);
      const response = await client.get<ErrorBody>('/api/v1/auth/me');
      assert.equal(response.status, 401);
    });

    it('serves health and an OpenAPI 3.1 document of the routes', async () => {
      const client = t.client();
      assert.deepEqual((await client.get('/api/health')).body, { status: 'ok' });
      const doc = await client.get<OpenApiDocument>('/api/openapi.json');
      assert.equal(doc.body.openapi, '3.1.0');
      for (const path of [
        '/api/v1/auth/login',
        '/api/v1/proposals/{id}/submit',
        '/api/v1/catalog',
        '/api/v1/audit/verify',
      ]) {
        assert.ok(path in (doc.body.paths ?? {}), `${path} is documented`);
      }
      const missing = await client.get<ErrorBody>('/api/v1/nothing-here');
      assert.equal(missing.status, 404);
      assert.equal(missing.body.error.code, 'not_found');
    });
  });
}
