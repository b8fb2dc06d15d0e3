import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/start-test-server.ts';
import { axeProblems } from './axe.ts';
import { openBrowserPage, skipReason } from './browser.ts';

const PASSWORD = 'demo-password-2026';

const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

describe('admin changes the program settings and the list schedule', { skip: skipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  const loginAs = async (target: Page, email: string) => {
    const login = await target.request.post(`${server.url}/api/v1/auth/login`, { data: { email, password: PASSWORD } });
    assert.equal(login.status(), 200);
  };

  before(async () => {
    ({ server, browser, page } = await openBrowserPage());
    await loginAs(page, 'admin@demo.aiexports.local');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the administration page from the menu, with its four areas', async () => {
    await page.goto(`${server.url}/catalog`);
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    for (const name of ['Users', 'Program settings', 'List sources and schedule', 'Audit']) {
      await page.getByRole('heading', { level: 2, name }).getByRole('link', { name }).waitFor();
    }
    assert.equal(await axeProblems(page), '');
  });

  it('refuses a bad value beside its field, keeps what was typed, then saves with a reason and shows the change', async () => {
    await page.goto(`${server.url}/admin/settings`);
    await page.getByRole('heading', { level: 1, name: 'Program settings' }).waitFor();
    assert.equal(await axeProblems(page), '');
    const lists = page.getByRole('region', { name: 'Screening lists', exact: true });
    const maxAge = lists.getByLabel('Maximum list age (days)');
    const save = lists.getByRole('button', { name: 'Save screening lists' });

    // no reason: refused before anything is sent, focus on the summary
    await maxAge.fill('0.5');
    await save.click();
    await lists.getByText('Say why the settings change').first().waitFor();
    assert.ok(await isFocused(page, '.aiex-settings-group .usa-alert--error'), 'focus moves to the summary');

    // the server's message for the field, beside it; the typed value and the reason stay
    await lists.getByLabel('Reason for the change').fill('CSL publishes weekly; allow two weeks');
    await save.click();
    await lists.locator('.usa-error-message', { hasText: 'must be a whole number of days' }).waitFor();
    assert.equal(await maxAge.inputValue(), '0.5');
    assert.equal(await lists.getByLabel('Reason for the change').inputValue(), 'CSL publishes weekly; allow two weeks');
    assert.equal(await axeProblems(page), '');

    await maxAge.fill('14');
    await save.click();
    const saved = lists.getByRole('heading', { name: /^Version \d+ saved$/ });
    await saved.waitFor();
    const version = Number(/\d+/.exec((await saved.textContent()) ?? '')?.[0]);

    const history = page.getByRole('region', { name: `Changes in version ${version}` });
    await history.getByRole('rowheader', { name: 'Maximum list age (days)' }).waitFor();
    assert.match((await history.textContent()) ?? '', /14 days/);
    assert.match(
      (await page.getByRole('region', { name: 'History' }).textContent()) ?? '',
      /CSL publishes weekly; allow two weeks/,
    );
    assert.equal(await axeProblems(page), '');
  });

  it('shows the settings in force on a chosen date, and says none were before the program', async () => {
    await page.goto(`${server.url}/admin/settings`);
    const onDate = page.getByRole('region', { name: 'Settings in force on a date' });
    await onDate.getByLabel('Date').fill('2026-01-01');
    await onDate.getByRole('button', { name: 'Show the settings on this date' }).click();
    await onDate.getByRole('heading', { name: 'No settings were in force' }).waitFor();

    await onDate.getByLabel('Date').fill(new Date().toISOString().slice(0, 10));
    await onDate.getByRole('button', { name: 'Show the settings on this date' }).click();
    const table = onDate.getByRole('region', { name: /^Settings on / });
    await table.getByRole('rowheader', { name: 'Maximum list age (days)' }).waitFor();
    assert.match((await table.textContent()) ?? '', /14 days/);
    assert.equal(await axeProblems(page), '');
  });

  it('shows each list source with its schedule and disables one with a reason', async () => {
    await page.goto(`${server.url}/admin/lists`);
    await page.getByRole('heading', { level: 1, name: 'List sources and schedule' }).waitFor();
    const sources = page.getByRole('region', { name: 'List sources' });
    await sources.getByRole('rowheader', { name: 'csl', exact: true }).waitFor();
    await sources.getByRole('link', { name: /scsanctions\.un\.org/ }).waitFor();
    assert.match((await page.getByRole('region', { name: 'Schedule in force' }).textContent()) ?? '', /demo mode/);
    await page.getByRole('link', { name: /Screening lists \(versions/ }).waitFor();
    assert.equal(await axeProblems(page), '');

    const form = page.getByRole('region', { name: 'Change the schedule' });
    // USWDS draws the box on the label; the input itself is visually hidden
    await form.locator('label', { hasText: 'Refresh un on schedule' }).click();
    assert.equal(await form.getByLabel('Refresh un on schedule').isChecked(), false);
    await form.getByLabel('Refresh interval (hours)').fill('12');
    await form.getByRole('button', { name: 'Save the schedule' }).click();
    await form.getByText('Say why the settings change').first().waitFor();
    await form.getByLabel('Reason for the change').fill('UN server under maintenance this week');
    await form.getByRole('button', { name: 'Save the schedule' }).click();
    await form.getByRole('heading', { name: /^Version \d+ saved$/ }).waitFor();
    const un = sources.getByRole('row', { name: /^un / });
    await un.getByText('Disabled', { exact: true }).waitFor();
    assert.match((await un.textContent()) ?? '', /this source is disabled/);
    assert.equal(await axeProblems(page), '');
  });

  it('keeps the administration pages and menu entry from other roles', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const other = await context.newPage();
    other.setDefaultTimeout(10_000);
    await loginAs(other, 'compliance@demo.aiexports.local');
    await other.goto(`${server.url}/admin/settings`);
    await other.getByRole('heading', { name: 'Not available for your role' }).waitFor();
    assert.equal(
      await other.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Administration' }).count(),
      0,
    );
    await context.close();
  });
});
