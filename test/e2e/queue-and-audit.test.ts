import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';
import { axeProblems } from './axe.ts';
import { ensureWebBuilt, launchChromium, skipReason } from './browser.ts';

const PASSWORD = 'demo-password-2026';

describe('the officer filters the queue and the auditor pages and exports the trail', { skip: skipReason() }, () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    await ensureWebBuilt();
    server = await startTestServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const signedIn = async (email: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
    page.setDefaultTimeout(10_000);
    const login = await page.request.post(`${server.url}/api/v1/auth/login`, { data: { email, password: PASSWORD } });
    assert.equal(login.status(), 200);
    return page;
  };

  it('filters the queue with the filters kept in the URL, with no serious accessibility problem', async () => {
    const page = await signedIn('program@demo.aiexports.local');
    await page.goto(`${server.url}/queue`);
    await page.getByRole('heading', { name: 'Proposal queue' }).waitFor();
    await page.getByRole('link', { name: /^All \(\d+\)$/ }).click();
    await page.getByLabel('Sort by').selectOption('title');
    await page.getByLabel('Order').selectOption('asc');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/tab=all.*sort=title.*dir=asc/);
    await page.getByText(/proposals — page 1 of \d+\./).waitFor();
    assert.equal(await axeProblems(page), '');
    // a search that matches nothing says so, and the URL can be shared
    await page.getByLabel('Search title, consortium or company').fill('no proposal is called this');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('No proposals match.').waitFor();
    const shared = page.url();
    const other = await signedIn('program@demo.aiexports.local');
    await other.goto(shared);
    await other.getByText('No proposals match.').waitFor();
    assert.equal(
      await other.getByLabel('Search title, consortium or company').inputValue(),
      'no proposal is called this',
    );
  });

  it('shows the trail in words, filters it, pages it and links the export', async () => {
    const page = await signedIn('auditor@demo.aiexports.local');
    await page.goto(`${server.url}/audit`);
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
    await page
      .getByText(/newest first/)
      .first()
      .waitFor({ state: 'attached' });
    assert.equal(await axeProblems(page), '');
    await page.getByLabel(/^Action/).fill('proposal.*');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.waitForURL(/action=proposal/);
    // the address changes before the filtered page arrives: wait for the table to show it (fails after 10 s if never)
    await page.waitForFunction(() =>
      / proposal /.test(document.querySelector('tbody th[scope="row"]')?.textContent ?? ''),
    );
    const firstCell = page.locator('tbody th[scope="row"]').first();
    assert.match((await firstCell.textContent()) ?? '', / proposal /);
    const exportLink = page.getByRole('link', { name: 'JSON Lines with the chain hashes' });
    assert.match(
      (await exportLink.getAttribute('href')) ?? '',
      /\/api\/v1\/audit\/export\?action=proposal.*format=jsonl/,
    );
    await page.locator('details summary').first().click();
    assert.equal(await axeProblems(page), '');
  });
});
