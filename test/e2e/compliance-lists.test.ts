import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/start-test-server.ts';
import { axeProblems } from './axe.ts';
import { openBrowserPage, skipReason } from './browser.ts';

const PASSWORD = 'demo-password-2026';
const HEADER = 'id,name,aliases,type,countries,source\n';
const FIRST = `${HEADER}L1,Caspian Relay Networks LLC,,company,AE,test\n`;
const SHRUNK = `${HEADER}L2,Boreal Photonics AG,,company,CH,test\n`;

const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

describe('compliance officer manages the lists and screens names', { skip: skipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let csrf = '';

  before(async () => {
    ({ server, browser, page } = await openBrowserPage());
    const login = await page.request.post(`${server.url}/api/v1/auth/login`, {
      data: { email: 'compliance@demo.aiexports.local', password: PASSWORD },
    });
    assert.equal(login.status(), 200);
    csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const importFile = async (name: string, content: string) => {
    await page.getByLabel('Format', { exact: true }).selectOption('watchlist');
    await page.getByLabel('Source', { exact: true }).fill('watchlist:e2e');
    await page
      .getByLabel('List file', { exact: true })
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
  };

  it('never clears typed names against no list', async () => {
    const lists = await page.request.get(`${server.url}/api/v1/lists`);
    const loaded = ((await lists.json()) as { versions: { isCurrent: boolean }[] }).versions.some((v) => v.isCurrent);
    // with demo lists loaded at first start there is nothing to show here
    if (loaded) return;
    await page.goto(`${server.url}/screen`);
    await page.getByLabel('Names to screen').fill('Huawei Technologies Co., Ltd., CN');
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    await page.getByRole('heading', { name: 'No screening list is loaded' }).waitFor();
    assert.ok(await isFocused(page, '.usa-alert--error'), 'focus moves to the message');
    assert.equal(await page.getByText('No match').count(), 0);
    assert.equal(await axeProblems(page), '');
  });

  it('imports a list file, is refused a shrink, allows it with a reason and opens the diff', async () => {
    await page.goto(`${server.url}/compliance/lists`);
    await page.getByRole('heading', { level: 1, name: 'Screening lists' }).waitFor();
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Screening lists' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Import a list file' }).waitFor();
    assert.equal(await axeProblems(page), '');

    await importFile('first.csv', FIRST);
    await page.getByRole('heading', { name: 'List imported' }).waitFor();
    const current = page.getByRole('region', { name: 'Current list versions' });
    await current.getByRole('rowheader', { name: 'watchlist:e2e' }).waitFor();
    assert.match((await current.textContent()) ?? '', /today|day/);

    // the second file drops the only entry: refused with the server's message, and the override is offered
    await importFile('shrunk.csv', SHRUNK);
    await page.getByRole('heading', { name: 'The list was not imported' }).waitFor();
    assert.ok(await isFocused(page, '.usa-alert--error'), 'focus moves to the refusal');
    const allow = page.getByRole('button', { name: 'Allow the shrink and import' });
    await allow.click();
    // an empty reason is refused and focus goes to the reason box
    await page.getByText('Give the reason for allowing this version.').waitFor();
    assert.ok(await isFocused(page, 'textarea'), 'focus moves to the reason');
    assert.equal(await axeProblems(page), '');
    await page.getByLabel('Reason for allowing the shrink').fill('The issuer withdrew L1 on 2026-12-01.');
    await allow.click();
    await page.getByRole('heading', { name: 'List imported' }).waitFor();

    const history = page.getByRole('region', { name: 'All list versions' });
    await history
      .getByRole('link', { name: /Changes/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Changes to watchlist:e2e' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Added (1)' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Removed (1)' }).waitFor();
    assert.match((await page.getByRole('region', { name: 'Entries removed' }).textContent()) ?? '', /Caspian Relay/);
    assert.equal(await axeProblems(page), '');
  });

  it('screens typed names and shows the possible matches with their list and explanation', async () => {
    await page.goto(`${server.url}/screen`);
    await page.getByRole('heading', { level: 1, name: 'Screen names' }).waitFor();
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Screen names' }).waitFor();
    assert.equal(await axeProblems(page), '');

    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    await page.getByText('Type at least one name.').waitFor();
    assert.ok(await isFocused(page, 'textarea'), 'focus moves to the names');

    await page.getByLabel('Names to screen').fill('Boreal Photonics AG, CH\nMargaret Okonkwo-Lindqvist');
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
    const match = page.getByRole('region', { name: 'Result for Boreal Photonics AG' });
    await match
      .getByRole('rowheader', { name: /Boreal Photonics/ })
      .first()
      .waitFor();
    assert.match((await match.textContent()) ?? '', /watchlist:e2e/);
    assert.match((await match.textContent()) ?? '', /%/);
    const none = page.getByRole('region', { name: 'Result for Margaret Okonkwo-Lindqvist' });
    assert.match((await none.textContent()) ?? '', /No match/);
    assert.equal(await axeProblems(page), '');
  });

  it('opens the alerts inbox with the allowed shrink', async () => {
    await page.goto(`${server.url}/compliance/alerts`);
    await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor();
    await page.getByRole('rowheader', { name: 'List shrink allowed' }).first().waitFor();
    assert.equal(await axeProblems(page), '');
  });

  it('shows each party’s screening on the proposal: details to officers, only a verdict to the applicant', async () => {
    const imported = await page.request.post(`${server.url}/api/v1/lists/import`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        source: 'watchlist:gulf',
        format: 'watchlist',
        content: `${HEADER}G1,Gulf Digital Infrastructure PJSC,,company,AE,test\n`,
      },
    });
    assert.equal(imported.status(), 201, await imported.text());
    const asUser = async (email: string) => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
      const other = await context.newPage();
      other.setDefaultTimeout(10_000);
      const login = await other.request.post(`${server.url}/api/v1/auth/login`, {
        data: { email, password: PASSWORD },
      });
      assert.equal(login.status(), 200);
      return { context, page: other };
    };

    type HitRow = { id: string; entryId: string; party: { name: string; proposalId: string | null } };
    const deadline = Date.now() + 20_000;
    const applicant = await asUser('applicant@demo.aiexports.local');
    // a hit on a proposal of the demo applicant's consortium (the company is a party of several proposals)
    let hit: HitRow | undefined;
    while (!hit && Date.now() < deadline) {
      const response = await page.request.get(`${server.url}/api/v1/screening/hits?status=open`);
      for (const h of ((await response.json()) as { hits: HitRow[] }).hits) {
        if (hit || h.entryId !== 'G1' || h.party.proposalId === null) continue;
        const own = await applicant.page.request.get(`${server.url}/api/v1/proposals/${h.party.proposalId}`);
        if (own.status() === 200) hit = h;
      }
      if (!hit) await delay(250);
    }
    assert.ok(hit?.party.proposalId, 'a hit on a party of the applicant’s proposal within 20 s');
    const proposalPath = `/proposals/${hit.party.proposalId}`;

    const officer = await asUser('decision@demo.aiexports.local');
    await officer.page.goto(`${server.url}${proposalPath}`);
    const officerPanel = officer.page.getByRole('region', { name: 'Screening', exact: true });
    await officerPanel
      .getByRole('heading', { level: 3, name: /Gulf Digital Infrastructure PJSC/ })
      .first()
      .waitFor();
    await officerPanel.getByText('watchlist:gulf').first().waitFor();
    // officers see the party's status itself: the hit is open
    assert.match((await officerPanel.textContent()) ?? '', /Open hits/);
    assert.equal(await axeProblems(officer.page), '');
    await officer.context.close();

    await applicant.page.goto(`${server.url}${proposalPath}`);
    const panel = applicant.page.getByRole('region', { name: 'Screening', exact: true });
    await panel
      .getByRole('heading', { level: 3, name: /Gulf Digital Infrastructure PJSC/ })
      .first()
      .waitFor();
    const text = (await panel.textContent()) ?? '';
    assert.match(text, /Under compliance review/);
    assert.doesNotMatch(text, /watchlist:gulf|G1|%/);
    assert.equal(await axeProblems(applicant.page), '');
    await applicant.context.close();
  });
});
