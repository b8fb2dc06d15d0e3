import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/start-test-server.ts';
import { axeProblems } from './axe.ts';
import { openBrowserPage, skipReason } from './browser.ts';

const PASSWORD = 'demo-password-2026';
const WATCHLIST = 'id,name,aliases,type,countries,source\nW1,Gulf Digital Infrastructure PJSC,,company,AE,test\n';

type HitRow = { id: string; status: string; party: { name: string }; matchedName: string };

describe('compliance officer adjudicates a screening hit', { skip: skipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let csrf = '';
  let hit: HitRow;

  before(async () => {
    ({ server, browser, page } = await openBrowserPage());
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const openHits = async (): Promise<HitRow[]> => {
    const response = await page.request.get(`${server.url}/api/v1/screening/hits?status=open`);
    assert.equal(response.status(), 200);
    return ((await response.json()) as { hits: HitRow[] }).hits;
  };

  it('imports a watchlist naming a consortium member and waits for the hit', async () => {
    // logging in through the page's request context shares the session cookie with the browser
    const login = await page.request.post(`${server.url}/api/v1/auth/login`, {
      data: { email: 'compliance@demo.aiexports.local', password: PASSWORD },
    });
    assert.equal(login.status(), 200);
    csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const imported = await page.request.post(`${server.url}/api/v1/lists/import`, {
      headers: { 'x-csrf-token': csrf },
      data: { source: 'watchlist:test', format: 'watchlist', content: WATCHLIST },
    });
    assert.equal(imported.status(), 201, await imported.text());

    const deadline = Date.now() + 20_000;
    let found: HitRow | undefined;
    while (!found && Date.now() < deadline) {
      found = (await openHits()).find((h) => h.party.name === 'Gulf Digital Infrastructure PJSC');
      if (!found) await delay(250);
    }
    assert.ok(found, 'a hit on Gulf Digital Infrastructure PJSC within 20 s');
    hit = found;
  });

  it('lists the open hit, shows both sides and records a false positive', async () => {
    await page.goto(`${server.url}/compliance/hits`);
    await page.getByRole('heading', { level: 1, name: 'Screening hits' }).waitFor();
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Screening hits' }).waitFor();
    const link = page.locator(`a[href="/compliance/hits/${hit.id}"]`);
    await link.waitFor();
    assert.equal(await axeProblems(page), '');
    await link.click();
    await page.getByRole('heading', { level: 1, name: /Screening hit: Gulf Digital/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Why it matched' }).waitFor();
    assert.equal(await axeProblems(page), '');

    const party = page.getByRole('region', { name: 'Screened party' });
    const entry = page.getByRole('region', { name: 'List entry' });
    assert.match((await party.textContent()) ?? '', /Gulf Digital Infrastructure PJSC/);
    assert.match((await entry.textContent()) ?? '', /Gulf Digital Infrastructure PJSC/);
    assert.match((await entry.textContent()) ?? '', /W1/);

    await page.getByRole('button', { name: 'False positive' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark as false positive' });
    await dialog.waitFor();
    // an empty reason is refused and focus goes to the reason box
    await dialog.getByRole('button', { name: 'Record false positive' }).click();
    await dialog.getByRole('alert').waitFor();
    assert.equal(await dialog.getByLabel('Reason').evaluate((el) => el === document.activeElement), true);
    await dialog.getByLabel('Reason').fill('Same name, but the listed entity is a test fixture; not our member.');
    await dialog.getByRole('button', { name: 'Record false positive' }).click();
    await page.getByRole('heading', { name: 'Decision recorded' }).waitFor();

    await page.getByRole('link', { name: 'Back to the open hits' }).click();
    await page.getByRole('heading', { level: 1, name: 'Screening hits' }).waitFor();
    // the list loads afresh: wait for its table or its empty message before looking for the hit
    await page.locator('table caption, p:text("No open hits.")').first().waitFor({ state: 'attached' });
    assert.equal(await page.locator(`a[href="/compliance/hits/${hit.id}"]`).count(), 0);
    assert.ok(!(await openHits()).some((h) => h.id === hit.id));

    await page.getByRole('link', { name: 'Decided' }).click();
    await page.locator(`a[href="/compliance/hits/${hit.id}"]`).first().waitFor();
  });

  it('warns above the hits when a list version removing most entries was allowed', async () => {
    const shrunk = await page.request.post(`${server.url}/api/v1/lists/import`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        source: 'watchlist:test',
        format: 'watchlist',
        content: 'id,name,aliases,type,countries,source\nW2,Northwind Relay Systems,,company,DE,test\n',
        allowShrink: true,
        reason: 'The issuer withdrew W1; checked against its notice of 2026-12-01.',
      },
    });
    assert.equal(shrunk.status(), 201, await shrunk.text());
    await page.goto(`${server.url}/compliance/hits`);
    const alerts = page.getByRole('region', { name: 'List alerts' });
    await alerts.getByRole('heading', { name: 'A list version removing many entries was allowed' }).waitFor();
    assert.match((await alerts.textContent()) ?? '', /watchlist:test/);
    assert.equal(await axeProblems(page), '');
  });
});
