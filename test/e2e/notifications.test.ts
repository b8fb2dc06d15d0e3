import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/start-test-server.ts';
import { describeViolations, seriousViolations } from './axe.ts';
import { openBrowserPage, skipReason } from './browser.ts';

const PASSWORD = 'demo-password-2026';

describe('notifications and a clean console (Chromium)', { skip: skipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  const logIn = async (email: string) => {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
  };
  const logOut = async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
  };

  before(async () => {
    ({ server, browser, page } = await openBrowserPage());
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('logs no console error on the public pages of a visitor', async () => {
    consoleErrors.length = 0;
    // the first request of each file compresses it (once per build): allow a slow first load
    await page.goto(`${server.url}/`, { timeout: 60_000 });
    await page.getByRole('heading', { level: 1, name: 'Priority AI export packages' }).waitFor();
    await page.getByRole('heading', { level: 3 }).first().getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: '1. Hardware and infrastructure' }).waitFor();
    await page.goto(`${server.url}/login`);
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    // a page that needs a session sends the visitor to the login page, still without an error
    await page.goto(`${server.url}/queue`);
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    assert.equal(await page.getByRole('link', { name: /^Notifications/ }).count(), 0, 'no bell for a visitor');
    assert.deepEqual(consoleErrors, []);
  });

  it('shows the program officer a bell with the unread count, lists the notifications and marks them read', async () => {
    consoleErrors.length = 0;
    await logIn('program@demo.aiexports.local');
    const bell = page.getByRole('link', { name: /^Notifications, \d+ unread$/ });
    await bell.waitFor();
    const unread = Number((await bell.getAttribute('aria-label'))?.match(/(\d+) unread/)?.[1]);
    assert.ok(unread > 0, 'the demo submissions notified the program officer');
    await bell.click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByText(`${unread} unread.`).waitFor();
    const first = page
      .getByRole('listitem')
      .filter({ hasText: /submitted/ })
      .first();
    await first.getByRole('link').waitFor();
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));

    // one marked read: the bell counts one fewer
    await page
      .getByRole('button', { name: /^Mark as read/ })
      .first()
      .click();
    await page.getByRole('link', { name: `Notifications, ${unread - 1} unread` }).waitFor();
    if (unread > 1) await page.getByText(`${unread - 1} unread.`).waitFor();

    // opening a notification goes to its proposal
    await page
      .getByRole('listitem')
      .filter({ hasText: /submitted/ })
      .first()
      .getByRole('link')
      .click();
    await page.waitForURL(/\/proposals\/[^/]+$/);
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.goto(`${server.url}/notifications`);
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByText('No unread notifications.').waitFor();
    await page.getByRole('link', { name: 'Notifications, none unread' }).waitFor();
    await page.getByText('Unread only').click();
    await page.getByText('You have no unread notifications.').waitFor();
    const empty = await seriousViolations(page);
    assert.equal(empty.length, 0, describeViolations(empty));
    await logOut();
    assert.deepEqual(consoleErrors, []);
  });

  it('logs no console error on the main pages of an applicant, a compliance officer and an auditor', async () => {
    consoleErrors.length = 0;
    await logIn('applicant@demo.aiexports.local');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.goto(`${server.url}/notifications`);
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.goto(`${server.url}/catalog`);
    await page.getByRole('heading', { level: 1, name: 'Priority AI export packages' }).waitFor();
    await logOut();
    await logIn('compliance@demo.aiexports.local');
    await page.goto(`${server.url}/compliance/alerts`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await logOut();
    await logIn('auditor@demo.aiexports.local');
    await page.goto(`${server.url}/audit`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await logOut();
    assert.deepEqual(consoleErrors, []);
  });
});
