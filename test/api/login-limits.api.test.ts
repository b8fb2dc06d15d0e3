import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { Session } from '../../src/http/routes/auth/auth.schemas.ts';
import { buildUser } from '../builders/build-user.ts';
import { apiClient, TEST_PASSWORD } from '../support/api-client.ts';
import { buildTestApp, type ClientOrigin, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

/** One login request from `from`: its status, Retry-After header and error body. */
const attempt = async (t: TestApp, from: ClientOrigin, email: string, password = 'not-the-password') => {
  const response = await t.fetchFrom(from)(
    new Request('http://test.local/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    }),
  );
  const body = (await response.json()) as Partial<ErrorBody>;
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
};

const statuses = async (t: TestApp, tries: { from: ClientOrigin; email: string; password?: string }[]) => {
  const seen: number[] = [];
  for (const { from, email, password } of tries) seen.push((await attempt(t, from, email, password)).status);
  return seen;
};

const repeat = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const advance = (t: TestApp, seconds: number) => {
  t.now.value = new Date(t.now.value.getTime() + seconds * 1000);
};

for (const engine of testDatabases()) {
  describe(`login limits on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let direct: TestApp; // no proxy trusted
    let proxied: TestApp; // one proxy in front: X-Forwarded-For's last address is the client
    before(async () => {
      database = await engine.open();
      direct = await buildTestApp(database, { loginRateLimit: 5 });
      proxied = await buildTestApp(database, { loginRateLimit: 5, trustedProxyHops: 1 });
    });
    after(async () => database.close());

    it('holds back 40 wrong passwords from one socket whatever X-Forwarded-For says', async () => {
      const victim = await buildUser(direct, { role: 'reviewer' });
      const seen = await statuses(
        direct,
        repeat(40, (i) => ({ from: { socket: '203.0.113.1', forwardedFor: `198.51.100.${i}` }, email: victim.email })),
      );
      assert.deepEqual(seen, [...repeat(5, () => 401), ...repeat(35, () => 429)]);
      const held = await attempt(direct, { socket: '203.0.113.1' }, victim.email, TEST_PASSWORD);
      assert.equal(held.status, 429, 'the right password waits too');
      assert.equal(held.retryAfter, '30');
      assert.equal(held.body.error?.code, 'rate_limited');
      assert.deepEqual(held.body.error?.details, { retryAfterSeconds: 30, limits: ['account_address'] });
    });

    it("keys on X-Forwarded-For's last address when one proxy is trusted", async () => {
      const victim = await buildUser(proxied, { role: 'reviewer' });
      const proxy = '10.0.0.1';
      const from = (forwardedFor: string) => ({ from: { socket: proxy, forwardedFor }, email: victim.email });
      assert.deepEqual(
        await statuses(
          proxied,
          repeat(6, (i) => from(`198.51.100.${i}, 203.0.113.2`)),
        ),
        [401, 401, 401, 401, 401, 429],
        'addresses a client prepends change nothing',
      );
      assert.deepEqual(await statuses(proxied, [from('203.0.113.3')]), [401], 'another client is another address');
      assert.deepEqual(await statuses(proxied, [from('203.0.113.2')]), [429]);
    });

    it('backs off with doubling waits and lets an attempt through once each wait is over', async () => {
      const victim = await buildUser(direct, { role: 'auditor' });
      const from = { socket: '203.0.113.4' };
      assert.deepEqual(
        await statuses(
          direct,
          repeat(5, () => ({ from, email: victim.email })),
        ),
        repeat(5, () => 401),
      );
      assert.equal((await attempt(direct, from, victim.email)).retryAfter, '30');
      advance(direct, 30);
      assert.equal((await attempt(direct, from, victim.email)).status, 401);
      assert.equal((await attempt(direct, from, victim.email)).retryAfter, '60');
      advance(direct, 59);
      assert.equal((await attempt(direct, from, victim.email)).retryAfter, '1');
      advance(direct, 1);
      assert.equal((await attempt(direct, from, victim.email, TEST_PASSWORD)).status, 200);
      assert.equal((await attempt(direct, from, victim.email)).status, 401, 'a success forgets the failures');
    });

    it('does not lock the real user out: a clean address gets in while the account is attacked', async () => {
      const victim = await buildUser(proxied, { role: 'decision_maker' });
      const attacker = (n: number) => ({ socket: '10.0.0.1', forwardedFor: `198.51.100.${100 + n}` });
      // eight attacker addresses, five wrong passwords each: after 30 failures on the account, an address that
      // has failed for it waits; a new one gets one try
      const tries = repeat(8, (n) => repeat(5, () => ({ from: attacker(n), email: victim.email }))).flat();
      const oneTryThenWait = [401, 429, 429, 429, 429];
      assert.deepEqual(await statuses(proxied, tries), [
        ...repeat(30, () => 401),
        ...oneTryThenWait,
        ...oneTryThenWait,
      ]);
      const held = await attempt(proxied, attacker(0), victim.email);
      assert.equal(held.status, 429);
      assert.deepEqual(held.body.error?.details, { retryAfterSeconds: 900, limits: ['account_address', 'account'] });

      const home = { socket: '10.0.0.1', forwardedFor: '203.0.113.50' };
      assert.equal((await attempt(proxied, home, victim.email, TEST_PASSWORD)).status, 200);
      assert.equal((await attempt(proxied, attacker(1), victim.email)).status, 429, 'the attackers still wait');

      // an address that has itself failed for the attacked account waits for the account's window
      const typo = { socket: '10.0.0.1', forwardedFor: '203.0.113.51' };
      assert.equal((await attempt(proxied, typo, victim.email)).status, 401);
      const waits = await attempt(proxied, typo, victim.email, TEST_PASSWORD);
      assert.deepEqual(
        [waits.status, waits.body.error?.details],
        [429, { retryAfterSeconds: 900, limits: ['account'] }],
      );
    });

    it('holds back one address guessing across many accounts', async () => {
      const from = { socket: '203.0.113.6' };
      const tries = repeat(20, (i) => ({ from, email: `someone-${i}@test.aiexports.local` }));
      assert.deepEqual(
        await statuses(direct, tries),
        repeat(20, () => 401),
      );
      const held = await attempt(direct, from, 'someone-else@test.aiexports.local');
      assert.deepEqual(
        [held.status, held.retryAfter, held.body.error?.details],
        [429, '900', { retryAfterSeconds: 900, limits: ['address'] }],
      );
      assert.equal((await attempt(direct, { socket: '203.0.113.7' }, 'someone-else@test.aiexports.local')).status, 401);
    });

    it('counts a burst of parallel attempts one by one', async () => {
      const victim = await buildUser(direct, { role: 'auditor' });
      const from = { socket: '203.0.113.9' };
      const burst = await Promise.all(repeat(12, () => attempt(direct, from, victim.email)));
      const seen = burst.map((response) => response.status).sort();
      assert.deepEqual(seen, [...repeat(5, () => 401), ...repeat(7, () => 429)]);
    });

    it('shares the limits between two instances over one database', async () => {
      const one = await buildTestApp(database, { loginRateLimit: 5 });
      const two = await buildTestApp(database, { loginRateLimit: 5 });
      const victim = await buildUser(one, { role: 'program_officer' });
      const from = { socket: '203.0.113.8' };
      const tries = repeat(3, () => ({ from, email: victim.email }));
      assert.deepEqual(await statuses(one, tries), [401, 401, 401]);
      assert.deepEqual(await statuses(two, tries), [401, 401, 429]);
      assert.deepEqual(await statuses(one, tries.slice(0, 1)), [429]);
      // a success on one instance clears that account and address on both
      advance(one, 30);
      advance(two, 30);
      assert.equal((await attempt(two, from, victim.email, TEST_PASSWORD)).status, 200);
      assert.equal((await attempt(one, from, victim.email)).status, 401);
    });

    it('keeps sessions in the database: one opened on one instance serves on the other', async () => {
      const one = await buildTestApp(database);
      const two = await buildTestApp(database);
      const user = await buildUser(one, { role: 'auditor' });
      const across = apiClient((request) => (request.url.endsWith('/auth/login') ? one : two).fetchFrom()(request));
      assert.equal((await across.login(user.email)).status, 200);
      const me = await across.get<Session>('/api/v1/auth/me');
      assert.deepEqual([me.status, me.body.user.id], [200, user.id]);
      assert.equal((await across.send('POST', '/api/v1/auth/logout')).status, 200);
      assert.equal((await across.get('/api/v1/auth/me')).status, 401);
    });
  });
}
