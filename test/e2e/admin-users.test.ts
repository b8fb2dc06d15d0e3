import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/start-test-server.ts';
import { axeProblems } from './axe.ts';
import { openBrowserPage, skipReason } from './browser.ts';

const PASSWORD = 'demo-password-2026';
const INVITED = 'e2e.reviewer@state.gov';

describe('an admin invites a user who accepts, then deactivates them', { skip: skipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    ({ server, browser, page } = await openBrowserPage());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('logs in as admin and finds Users in the menu', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Forgot password?' }).waitFor();
    await page.getByLabel('Email address').fill('admin@demo.aiexports.local');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByRole('cell', { name: 'admin@demo.aiexports.local', exact: true }).waitFor();
    assert.equal(await axeProblems(page), '');
  });

  it('shows field errors on an incomplete invitation, then invites', async () => {
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('heading', { name: '3 fields need attention' }).waitFor();
    assert.equal(await axeProblems(page), '');
    const form = page.getByRole('region', { name: 'Invite a user' });
    await form.getByLabel('Email address').fill(INVITED);
    await form.getByLabel('Name', { exact: true }).fill('Erin Reviewer');
    await form.getByLabel('Role', { exact: true }).selectOption('reviewer');
    await form.getByLabel('Agency').selectOption('State');
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invited ${INVITED}`).waitFor();
    await page.getByRole('cell', { name: INVITED, exact: true }).waitFor();
  });

  it('follows the link from the outbox to accept the invitation', async () => {
    await page.goto(`${server.url}/admin/outbox`);
    await page.getByRole('heading', { level: 1, name: 'Mail outbox' }).waitFor();
    assert.equal(await axeProblems(page), '');
    const body = (await page.locator('.aiex-mail-body').first().textContent()) ?? '';
    const token = /\?token=([\w%-]+)/.exec(body)?.[1];
    assert.ok(token, 'the invitation mail holds a one-time link');
    const visitor = await browser.newPage({ bypassCSP: true });
    try {
      await visitor.goto(`${server.url}/accept-invite?token=${token}`);
      await visitor.getByRole('heading', { level: 1, name: 'Accept your invitation' }).waitFor();
      await visitor.getByLabel('New password', { exact: true }).fill('short');
      await visitor.getByRole('button', { name: 'Set password' }).click();
      await visitor.getByText('Use at least 12 characters').waitFor();
      assert.equal(await axeProblems(visitor), '');
      await visitor.getByLabel('New password', { exact: true }).fill('erin-password-2026');
      await visitor.getByLabel('New password again').fill('erin-password-2026');
      await visitor.getByRole('button', { name: 'Set password' }).click();
      await visitor.getByRole('heading', { name: 'Password set' }).waitFor();
    } finally {
      await visitor.close();
    }
  });

  it('edits the user, then deactivates them after confirmation', async () => {
    await page.goto(`${server.url}/admin/users`);
    const row = page.getByRole('row').filter({ hasText: INVITED });
    await row.getByText('active', { exact: true }).waitFor();
    await page.getByRole('button', { name: `Edit ${INVITED}` }).click();
    const edit = page.getByRole('region', { name: `Edit ${INVITED}` });
    await edit.getByLabel('Role', { exact: true }).selectOption('auditor');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(`Saved the changes to ${INVITED}.`).waitFor();
    await row.getByText('Auditor').waitFor();

    await page.getByRole('button', { name: `Deactivate ${INVITED}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    assert.equal(await axeProblems(page), '');
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByText(`Deactivated ${INVITED}`).waitFor();
    await row.getByText('deactivated', { exact: true }).waitFor();
    // a fresh client (no admin session): the deactivated user's login is refused
    const refused = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: INVITED, password: 'erin-password-2026' }),
    });
    assert.equal(refused.status, 401);
  });
});
