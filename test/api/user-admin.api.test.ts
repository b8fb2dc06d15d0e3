import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TOTP } from 'otpauth';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type {
  DeactivateResponse,
  InviteUserResponse,
  OutboxResponse,
  ResetRequestResponse,
  TotpEnrolment,
  TotpState,
  UserResponse,
  UsersResponse,
} from '../../src/http/routes/users/users.schemas.ts';
import { buildCompany } from '../builders/build-company.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { fieldErrorPaths } from '../support/api-client-reads.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const NEW_PASSWORD = 'a-fresh-password-42';

/** The one-time token in the latest outbox mail to `to`. */
const tokenFromOutbox = async (admin: BuiltUser, to: string): Promise<string> => {
  const outbox = await admin.client.get<OutboxResponse>(`/api/v1/outbox?to=${encodeURIComponent(to)}`);
  assert.equal(outbox.status, 200);
  const mail = outbox.body.mails[0];
  assert.ok(mail, `a mail to ${to}`);
  const match = /\?token=([\w%-]+)/.exec(mail.body);
  assert.ok(match?.[1], 'the mail holds a one-time link');
  return decodeURIComponent(match[1]);
};

/** The audit entries of one object, oldest first. */
const auditOf = async (database: DatabaseHandle, objectId: string) =>
  database.db
    .selectFrom('audit_entries')
    .select(['action', 'actor_name', 'summary'])
    .where('object_id', '=', objectId)
    .orderBy('seq')
    .execute();

for (const engine of testDatabases()) {
  describe(`user administration API on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let admin: BuiltUser;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database, { demo: true, loginRateLimit: 3 });
      admin = await buildUser(t, { role: 'admin' });
    });
    after(async () => database.close());

    it('invites a user, who accepts with the mailed link once and then logs in', async () => {
      const invited = await admin.client.send<InviteUserResponse>('POST', '/api/v1/users/invitations', {
        email: 'New.Officer@Agency.gov',
        name: 'New Officer',
        role: 'compliance_officer',
        agency: 'Commerce',
      });
      assert.equal(invited.status, 201);
      assert.equal(invited.body.user.status, 'pending');
      assert.equal(invited.body.user.email, 'new.officer@agency.gov');
      // pending: no password, no login
      assert.equal((await t.client().login('new.officer@agency.gov', NEW_PASSWORD)).status, 401);

      const token = await tokenFromOutbox(admin, 'new.officer@agency.gov');
      const stored = await database.db.selectFrom('account_tokens').select('token_hash').execute();
      assert.ok(!stored.some((row) => row.token_hash === token), 'only the hash of the token is stored');

      const short = await t
        .client()
        .send<ErrorBody>('POST', '/api/v1/auth/accept-invitation', { token, password: 'short' });
      assert.equal(short.status, 400);
      assert.deepEqual(fieldErrorPaths(short.body), ['password']);

      const accepted = await t
        .client()
        .send('POST', '/api/v1/auth/accept-invitation', { token, password: NEW_PASSWORD });
      assert.equal(accepted.status, 200);
      const again = await t.client().send<ErrorBody>('POST', '/api/v1/auth/accept-invitation', {
        token,
        password: 'another-password-99',
      });
      assert.equal(again.status, 400, 'the link works once');
      assert.deepEqual(fieldErrorPaths(again.body), ['token']);
      assert.equal((await t.client().login('new.officer@agency.gov', NEW_PASSWORD)).status, 200);

      const entries = await auditOf(database, invited.body.user.id);
      const invite = entries.find((e) => e.action === 'user.invite');
      assert.deepEqual(invite?.summary.after, {
        role: 'compliance_officer',
        agency: 'Commerce',
        companyIds: [],
        status: 'pending',
      });
      assert.ok(entries.some((e) => e.action === 'user.invitation.accept'));
      assert.ok(!JSON.stringify(entries).includes(token), 'the token is never in the audit trail');
    });

    it('refuses an expired invitation link', async () => {
      const invited = await admin.client.send<InviteUserResponse>('POST', '/api/v1/users/invitations', {
        email: 'late@agency.gov',
        name: 'Late Comer',
        role: 'auditor',
      });
      const token = await tokenFromOutbox(admin, 'late@agency.gov');
      const saved = t.now.value;
      t.now.value = new Date(saved.getTime() + 8 * 24 * 3_600_000);
      try {
        const late = await t.client().send('POST', '/api/v1/auth/accept-invitation', { token, password: NEW_PASSWORD });
        assert.equal(late.status, 400);
      } finally {
        t.now.value = saved;
      }
      assert.equal(invited.body.user.status, 'pending');
    });

    it('gives field errors and a distinct code for a taken email', async () => {
      const bad = await admin.client.send<ErrorBody>('POST', '/api/v1/users/invitations', {
        email: 'not-an-email',
        name: '',
        role: 'wizard',
      });
      assert.equal(bad.status, 400);
      assert.deepEqual(fieldErrorPaths(bad.body).sort(), ['email', 'name', 'role']);
      const applicantWithAgency = await admin.client.send<ErrorBody>('POST', '/api/v1/users/invitations', {
        email: 'someone@company.example',
        name: 'Some One',
        role: 'applicant',
        agency: 'State',
        companyIds: ['no-such-company'],
      });
      assert.equal(applicantWithAgency.status, 400);
      assert.deepEqual(fieldErrorPaths(applicantWithAgency.body), ['agency']);
      const taken = await admin.client.send<ErrorBody>('POST', '/api/v1/users/invitations', {
        email: admin.email.toUpperCase(),
        name: 'Copy',
        role: 'auditor',
      });
      assert.equal(taken.status, 409);
      assert.equal(taken.body.error.code, 'email_taken');
    });

    it('changes role and companies with before and after in the audit trail', async () => {
      const company = await buildCompany(t, { by: admin });
      const user = await buildUser(t, { role: 'buyer' });
      const changed = await admin.client.send<UserResponse>('PATCH', `/api/v1/users/${user.id}`, {
        role: 'applicant',
        companyIds: [company.id],
      });
      assert.equal(changed.status, 200);
      assert.equal(changed.body.user.role, 'applicant');
      assert.deepEqual(changed.body.user.companyIds, [company.id]);
      const entry = (await auditOf(database, user.id)).find((e) => e.action === 'user.update');
      assert.deepEqual(entry?.summary.before, {
        role: 'buyer',
        agency: null,
        companyIds: [],
        status: 'active',
        name: user.name,
      });
      assert.deepEqual(entry?.summary.after, {
        role: 'applicant',
        agency: null,
        companyIds: [company.id],
        status: 'active',
        name: user.name,
      });
      const self = await admin.client.send<ErrorBody>('PATCH', `/api/v1/users/${admin.id}`, { role: 'auditor' });
      assert.equal(self.status, 409, 'an admin does not demote themselves');
    });

    it('deactivates a user: sessions end, login is refused; reactivation lets them back in', async () => {
      const officer = await buildUser(t, { role: 'reviewer' });
      assert.equal((await officer.client.get('/api/v1/auth/me')).status, 200);
      const off = await admin.client.send<DeactivateResponse>('POST', `/api/v1/users/${officer.id}/deactivate`);
      assert.equal(off.status, 200);
      assert.equal(off.body.user.status, 'deactivated');
      assert.equal(off.body.sessionsEnded, 1);
      assert.equal((await officer.client.get('/api/v1/auth/me')).status, 401, 'the session is revoked');
      const login = await t.client().login(officer.email);
      assert.equal(login.status, 401);
      assert.match((login.body as ErrorBody).error.message, /deactivated/);
      const deactivate = (await auditOf(database, officer.id)).find((e) => e.action === 'user.deactivate');
      assert.equal(deactivate?.summary.before && (deactivate.summary.before as { status: string }).status, 'active');
      assert.equal(deactivate?.summary.after && (deactivate.summary.after as { status: string }).status, 'deactivated');
      const on = await admin.client.send<DeactivateResponse>('POST', `/api/v1/users/${officer.id}/reactivate`);
      assert.equal(on.body.user.status, 'active');
      assert.equal((await t.client().login(officer.email)).status, 200);
      assert.equal(
        (await admin.client.send('POST', `/api/v1/users/${admin.id}/deactivate`)).status,
        409,
        'an admin does not lock themselves out',
      );
    });

    it('lists users with search and role filter, for admins only (403 for others)', async () => {
      await buildUser(t, { role: 'auditor', name: 'Zelda Searchable' });
      const found = await admin.client.get<UsersResponse>('/api/v1/users?search=zelda');
      assert.equal(found.status, 200);
      assert.deepEqual(
        found.body.users.map((u) => u.name),
        ['Zelda Searchable'],
      );
      assert.ok(!('passwordHash' in (found.body.users[0] ?? {})));
      const admins = await admin.client.get<UsersResponse>('/api/v1/users?role=admin');
      assert.ok(admins.body.users.every((u) => u.role === 'admin'));
      const officer = await buildUser(t, { role: 'program_officer' });
      assert.equal((await officer.client.get('/api/v1/users')).status, 403);
      assert.equal((await officer.client.get('/api/v1/outbox')).status, 403);
      const invite = await officer.client.send('POST', '/api/v1/users/invitations', {
        email: 'x@y.gov',
        name: 'X',
        role: 'admin',
      });
      assert.equal(invite.status, 403);
      assert.equal((await officer.client.send('POST', `/api/v1/users/${admin.id}/deactivate`)).status, 403);
    });

    it('resets a password by mailed link: same answer for unknown emails, sessions end, the link works once', async () => {
      const user = await buildUser(t, { role: 'auditor' });
      const anonymous = t.client();
      const known = await anonymous.send<ResetRequestResponse>('POST', '/api/v1/auth/password-reset/request', {
        email: user.email,
      });
      const unknown = await t
        .client()
        .send<ResetRequestResponse>('POST', '/api/v1/auth/password-reset/request', { email: 'ghost@nowhere.example' });
      assert.equal(known.status, 202);
      assert.equal(unknown.status, 202);
      assert.deepEqual(known.body, unknown.body, 'no account enumeration');
      const token = await tokenFromOutbox(admin, user.email);
      const reset = await anonymous.send('POST', '/api/v1/auth/password-reset', { token, password: NEW_PASSWORD });
      assert.equal(reset.status, 200);
      assert.equal((await user.client.get('/api/v1/auth/me')).status, 401, 'old sessions end');
      assert.equal((await t.client().login(user.email)).status, 401, 'the old password is gone');
      assert.equal((await t.client().login(user.email, NEW_PASSWORD)).status, 200);
      const reuse = await anonymous.send('POST', '/api/v1/auth/password-reset', {
        token,
        password: 'yet-another-pw-7',
      });
      assert.equal(reuse.status, 400, 'a used link is refused');
      // an invitation token is no reset token
      const invitation = await admin.client.send('POST', '/api/v1/users/invitations', {
        email: 'cross@agency.gov',
        name: 'Cross',
        role: 'auditor',
      });
      assert.equal(invitation.status, 201);
      const inviteToken = await tokenFromOutbox(admin, 'cross@agency.gov');
      assert.equal(
        (await anonymous.send('POST', '/api/v1/auth/password-reset', { token: inviteToken, password: NEW_PASSWORD }))
          .status,
        400,
      );
    });

    it('expires a reset link after an hour and limits reset requests', async () => {
      const user = await buildUser(t, { role: 'auditor' });
      const from = { socket: '198.51.100.77' };
      const client = t.client(from);
      await client.send('POST', '/api/v1/auth/password-reset/request', { email: user.email });
      const token = await tokenFromOutbox(admin, user.email);
      const saved = t.now.value;
      t.now.value = new Date(saved.getTime() + 61 * 60_000);
      try {
        assert.equal(
          (await client.send('POST', '/api/v1/auth/password-reset', { token, password: NEW_PASSWORD })).status,
          400,
        );
        const statuses: number[] = [];
        for (let i = 0; i < 4; i++)
          statuses.push(
            (await client.send('POST', '/api/v1/auth/password-reset/request', { email: user.email })).status,
          );
        assert.equal(statuses.at(-1), 429, `requests are limited (${statuses.join(', ')})`);
      } finally {
        t.now.value = saved;
      }
    });

    it('hides the outbox outside demo mode', async () => {
      const plain = await buildTestApp(database, { demo: false });
      const otherAdmin = await buildUser(plain, { role: 'admin' });
      assert.equal((await otherAdmin.client.get('/api/v1/outbox')).status, 404);
    });

    it('asks an enrolled government user for a TOTP code at login and accepts the right one once', async () => {
      const officer = await buildUser(t, { role: 'decision_maker' });
      const enrolment = await officer.client.send<TotpEnrolment>('POST', '/api/v1/account/totp/enrolment');
      assert.equal(enrolment.status, 200);
      assert.match(enrolment.body.uri, /^otpauth:\/\/totp\//);
      const totp = new TOTP({ secret: enrolment.body.secret, algorithm: 'SHA1', digits: 6, period: 30 });
      const codeAt = (date: Date) => totp.generate({ timestamp: date.getTime() });
      const wrong = await officer.client.send<ErrorBody>('POST', '/api/v1/account/totp/confirm', {
        code: codeAt(new Date(t.now.value.getTime() + 10 * 60_000)),
      });
      assert.equal(wrong.status, 400);
      const confirmed = await officer.client.send<TotpState>('POST', '/api/v1/account/totp/confirm', {
        code: codeAt(t.now.value),
      });
      assert.equal(confirmed.status, 200);
      assert.equal(confirmed.body.totpEnabled, true);

      const secretInAudit = await auditOf(database, officer.id);
      assert.ok(!JSON.stringify(secretInAudit).includes(enrolment.body.secret), 'the secret is never audited');

      t.now.value = new Date(t.now.value.getTime() + 60_000);
      const withoutCode = await t.client().login(officer.email);
      assert.equal(withoutCode.status, 401);
      assert.equal((withoutCode.body as ErrorBody).error.code, 'totp_required');
      const client = t.client();
      const withCode = await client.send('POST', '/api/v1/auth/login', {
        email: officer.email,
        password: 'test-password-2026',
        totpCode: codeAt(t.now.value),
      });
      assert.equal(withCode.status, 200);
      const replay = await t.client().send<ErrorBody>('POST', '/api/v1/auth/login', {
        email: officer.email,
        password: 'test-password-2026',
        totpCode: codeAt(t.now.value),
      });
      assert.equal(replay.status, 401, 'a code signs in once');
      assert.equal(replay.body.error.code, 'unauthenticated');

      // recovery: an admin turns it off, audited
      const reset = await admin.client.send<UserResponse>('POST', `/api/v1/users/${officer.id}/totp/reset`);
      assert.equal(reset.status, 200);
      assert.equal(reset.body.user.totpEnabled, false);
      assert.equal((await t.client().login(officer.email)).status, 200);
      const entries = await auditOf(database, officer.id);
      assert.ok(entries.some((e) => e.action === 'user.totp.reset' && e.actor_name === admin.name));
    });

    it('keeps two-factor enrolment for government roles', async () => {
      const applicant = await buildUser(t, { role: 'applicant' });
      assert.equal((await applicant.client.send('POST', '/api/v1/account/totp/enrolment')).status, 403);
    });
  });
}
