import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';
import { ensureWebBuilt, launchChromium, skipReason } from './browser.ts';

const PASSWORD = 'demo-password-2026';
const HEADER = 'id,name,aliases,type,countries,source\n';
const FIRST = `${HEADER}L1,Caspian Relay Networks LLC,,company,AE,test\n`;
const SHRUNK = `${HEADER}L2,Boreal Photonics AG,,company,CH,test\n`;

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations (WCAG 2.x A and AA), as text; '' when none. */
const axeProblems = async (page: Page): Promise<string> => {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    .join('\n');
};

const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

describe('compliance officer manages the lists and screens names', { skip: skipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    await ensureWebBuilt();
    server = await startTestServer();
    browser = await launchChromium();
    // the server's Content-Security-Policy forbids inline scripts; axe is injected as one, so the test bypasses it
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
    page.setDefaultTimeout(10_000);
    const login = await page.request.post(`${server.url}/api/v1/auth/login`, {
      data: { email: 'compliance@demo.aiexports.local', password: PASSWORD },
    });
    assert.equal(login.status(), 200);
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
});
