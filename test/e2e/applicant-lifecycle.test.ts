import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/start-test-server.ts';
import { describeViolations, seriousViolations } from './axe.ts';
import { openBrowserPage, skipReason } from './browser.ts';

const PASSWORD = 'demo-password-2026';

const logIn = async (page: Page, url: string, email: string) => {
  await page.goto(`${url}/login`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((address) => !address.pathname.startsWith('/login'));
};

const expectNoSeriousViolations = async (page: Page) => {
  const violations = await seriousViolations(page);
  assert.equal(violations.length, 0, describeViolations(violations));
};

const openProposal = async (page: Page, url: string, title: string) => {
  await page.goto(`${url}/dashboard`);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
};

describe('the applicant’s own moves: unsaved guard, owners, withdraw, delete, print', { skip: skipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    ({ server, browser, page } = await openBrowserPage());
    await logIn(page, server.url, 'applicant@demo.aiexports.local');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks before leaving the editor with unsaved changes, and not once they are saved', async () => {
    await openProposal(page, server.url, 'Draft: Latin America data centers');
    await page.getByRole('textbox', { name: 'Summary' }).fill('Edited and not yet saved.');
    await page.getByText('Unsaved changes').waitFor();
    await page.getByRole('link', { name: 'My proposals' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.waitFor();
    await expectNoSeriousViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.match(page.url(), /\/proposals\/[^/?]+/, 'still on the proposal');
    assert.equal(await page.getByRole('textbox', { name: 'Summary' }).inputValue(), 'Edited and not yet saved.');
    // another tab of the same proposal would also drop the edits
    await page.getByRole('link', { name: /^Activity/ }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('All changes saved').waitFor();
    await page.getByRole('link', { name: 'My proposals' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'My proposals' }).waitFor();
    assert.equal(await dialog.count(), 0);
  });

  it('leaves without saving when the applicant confirms', async () => {
    await openProposal(page, server.url, 'Draft: Latin America data centers');
    await page.getByRole('textbox', { name: 'Summary' }).fill('Thrown away.');
    await page.getByRole('link', { name: 'My proposals' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await page.getByRole('heading', { level: 1, name: 'My proposals' }).waitFor();
    await openProposal(page, server.url, 'Draft: Latin America data centers');
    assert.equal(await page.getByRole('textbox', { name: 'Summary' }).inputValue(), 'Edited and not yet saved.');
  });

  it('starts every new select empty and requires a choice', async () => {
    await page
      .getByRole('navigation', { name: 'Proposal sections' })
      .getByRole('button', { name: 'AI models and systems' })
      .click();
    await page.getByRole('button', { name: 'Add model' }).click();
    const weights = page.getByRole('combobox', { name: 'Weights' });
    assert.equal(await weights.inputValue(), '');
    assert.equal(await weights.locator('option').first().textContent(), '— Select —');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('link', { name: 'Model 1 — weights' }).waitFor();
    assert.match((await page.locator('#field-layers-models-0-weights-error').textContent()) ?? '', /select one/);
    await page.getByRole('button', { name: 'Remove model 1' }).click();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('All changes saved').waitFor();
  });

  it('records, changes and removes an owner on the owners page, with the graph and its table', async () => {
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('link', { name: 'Owners of Gulf Digital Infrastructure PJSC' }).click();
    await page.getByRole('heading', { level: 1, name: 'Owners of Gulf Digital Infrastructure PJSC' }).waitFor();
    // the demo chain: Pearl River 40% → Lion City 70% → Gulf Digital: 28% indirect (multiplied through)
    const table = page.getByRole('table', { name: /Owners of Gulf Digital/ });
    const pearl = table.getByRole('row').filter({ hasText: 'Pearl River' });
    assert.match((await pearl.textContent()) ?? '', /Indirect.*—.*28%/);
    await page.getByRole('img', { name: /Ownership graph of Gulf Digital/ }).waitFor();
    await expectNoSeriousViolations(page);
  });

  it('lets the applicant edit the owners of its own company, field by field', async () => {
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('link', { name: /^Owners of Atlas/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Owners of Atlas/ }).waitFor();
    await page.getByText('No owners recorded yet.').waitFor();

    await page.getByRole('button', { name: 'Add owner' }).click();
    await page.locator('#field-owner-ownerId-error').getByText('select the owner').waitFor();
    await page
      .locator('#field-owner-sharePercent-error')
      .getByText(/enter a share/)
      .waitFor();

    await page.getByRole('button', { name: 'Register a new owner' }).click();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('person');
    await page.getByRole('textbox', { name: 'Legal name' }).fill('Jordan Founder');
    await page.getByRole('textbox', { name: 'Country of incorporation' }).fill('US');
    await page.getByRole('textbox', { name: 'Principal place of business' }).fill('US');
    await page.getByRole('button', { name: 'Register owner' }).click();
    await page.getByText('Jordan Founder registered').waitFor();
    await page.getByRole('textbox', { name: 'Share (%)' }).fill('120');
    await page.getByRole('button', { name: 'Add owner' }).click();
    await page.locator('#field-owner-sharePercent-error').getByText('a share cannot exceed 100%').waitFor();
    await page.getByRole('textbox', { name: 'Share (%)' }).fill('55');
    await page.getByRole('button', { name: 'Add owner' }).click();
    await page.getByText('Jordan Founder recorded as an owner.').waitFor();
    const row = page
      .getByRole('table', { name: /^Owners of Atlas/ })
      .getByRole('row')
      .filter({ hasText: 'Jordan Founder' });
    assert.match((await row.textContent()) ?? '', /Direct owner.*55%.*55%/);
    await expectNoSeriousViolations(page);

    await row.getByRole('button', { name: 'Change share of Jordan Founder' }).click();
    await page.getByRole('textbox', { name: 'Share (%)' }).fill('40');
    await page.getByRole('button', { name: 'Save share' }).click();
    await page.getByText('Share of Jordan Founder changed to 40%.').waitFor();

    await row.getByRole('button', { name: 'Remove Jordan Founder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Jordan Founder?' });
    await dialog.getByRole('button', { name: 'Remove owner' }).click();
    await page.getByText('No owners recorded yet.').waitFor();
  });

  it('withdraws a submitted proposal with a written reason', async () => {
    await openProposal(page, server.url, 'Kenya Agriculture Intelligence');
    await page.getByRole('button', { name: 'Withdraw proposal' }).click();
    const dialog = page.getByRole('dialog', { name: /^Withdraw Kenya Agriculture Intelligence/ });
    await dialog.getByRole('button', { name: 'Withdraw proposal' }).click();
    await dialog.getByText(/Give a reason/).waitFor();
    await expectNoSeriousViolations(page);
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('The buyer postponed the tender to next year.');
    await dialog.getByRole('button', { name: 'Withdraw proposal' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Withdrawn', { exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Withdraw proposal' }).count(), 0);
    await page.goto(`${server.url}/dashboard`);
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Kenya Agriculture Intelligence' }) });
    assert.match((await row.textContent()) ?? '', /Withdrawn/);
  });

  it('deletes a never-submitted draft after confirming', async () => {
    await openProposal(page, server.url, 'Draft: Latin America data centers');
    assert.equal(await page.getByRole('button', { name: 'Withdraw proposal' }).count(), 0);
    await page.getByRole('button', { name: 'Delete draft' }).click();
    const dialog = page.getByRole('dialog', { name: /^Delete the draft/ });
    await expectNoSeriousViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Delete draft' }).click();
    await dialog.getByRole('button', { name: 'Delete draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'My proposals' }).waitFor();
    await page.getByText('Draft “Draft: Latin America data centers” deleted.').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Draft: Latin America data centers' }).count(), 0);
  });

  it('prints a version with its content, findings and dates', async () => {
    await openProposal(page, server.url, 'Gulf Health AI Stack');
    await page.getByRole('link', { name: /^Versions/ }).click();
    await page.getByRole('link', { name: 'Print version 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gulf Health AI Stack: version 1' }).waitFor();
    await page.getByRole('button', { name: 'Print / save as PDF' }).waitFor();
    await page.getByRole('heading', { name: 'Findings of the automatic checks' }).waitFor();
    await page.getByText('Submitted', { exact: false }).first().waitFor();
    await expectNoSeriousViolations(page);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: 'Print / save as PDF' }).isVisible(), false);
    assert.equal(await page.locator('header.usa-header').isVisible(), false);
    await page.emulateMedia({ media: 'screen' });
  });
});
