import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/start-test-server.ts';
import { openBrowserPage, skipReason } from './browser.ts';

const PASSWORD = 'demo-password-2026';

const logIn = async (page: Page, url: string, email: string) => {
  await page.goto(`${url}/login`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((address) => !address.pathname.startsWith('/login'));
};

/** Fills text boxes by their accessible name (the visible label). */
const fill = async (page: Page, values: Record<string, string>) => {
  for (const [name, value] of Object.entries(values))
    await page.getByRole('textbox', { name, exact: true }).fill(value);
};

const openStep = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Proposal sections' }).getByRole('button', { name }).click();

describe('applicant submits a proposal; the program officer sees it', { skip: skipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const title = `Andes Sovereign AI Cloud ${Date.now().toString(36)}`;

  before(async () => {
    ({ server, browser, page } = await openBrowserPage({ enforceCsp: true }));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the applicant log in and start a draft', async () => {
    await logIn(page, server.url, 'applicant@demo.aiexports.local');
    await page.getByRole('heading', { level: 1, name: 'My proposals' }).waitFor();
    await page.getByRole('link', { name: 'Start a proposal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Start a proposal' }).waitFor();
    const consortium = page.getByLabel('Consortium');
    await consortium.locator('option', { hasText: 'Atlas' }).first().waitFor({ state: 'attached' });
    await consortium.selectOption({ index: 1 });
    await page.getByRole('textbox', { name: 'Title' }).fill(title);
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/\/proposals\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  });

  it('fills the overview and all five layers, with inline validation', async () => {
    await page.getByRole('textbox', { name: 'Summary' }).fill('Sovereign AI cloud for Chile and Peru.');
    await page.getByRole('textbox', { name: 'Target countries or regional blocs' }).fill('CL, PE');

    await openStep(page, 'Hardware and infrastructure');
    await page.getByRole('button', { name: 'Add hardware item' }).click();
    // no prefilled choice: the category starts empty
    assert.equal(await page.getByRole('combobox', { name: 'Category' }).inputValue(), '');
    await page.getByRole('combobox', { name: 'Category' }).selectOption('server');
    await fill(page, { Product: 'Atlas H-8 GPU server', Maker: 'Atlas Compute Inc.', ECCN: 'not-an-eccn' });
    await page.getByRole('textbox', { name: 'Country of origin' }).focus();
    // leaving the ECCN field shows its error inline
    assert.match((await page.locator('#field-layers-hardware-0-eccn-error').textContent()) ?? '', /ECCN/);
    await fill(page, {
      ECCN: '4A090.a',
      'Country of origin': 'US',
      'Value (USD)': '12000000',
      'U.S.-origin share of value (%)': '80',
      'Total Processing Performance (TPP) (optional)': '38400',
    });
    assert.equal(await page.locator('#field-layers-hardware-0-eccn-error').count(), 0);
    await page.getByText('Business confidential: Hardware item 1, Value (USD)').click();

    await openStep(page, 'Data pipelines and labeling systems');
    await page.getByRole('button', { name: 'Add data pipeline' }).click();
    await fill(page, {
      'Pipeline or labeling system': 'Spanish-language labeling',
      Provider: 'Harvest Data Systems GmbH',
      'Provider country': 'DE',
    });

    await openStep(page, 'AI models and systems');
    await page.getByRole('button', { name: 'Add model' }).click();
    await fill(page, {
      'Model or system': 'Meridian-70B',
      Developer: 'Meridian Models LLC',
      'Developer country': 'US',
    });
    assert.equal(await page.getByRole('combobox', { name: 'Weights' }).inputValue(), '');
    await page.getByRole('combobox', { name: 'Weights' }).selectOption('closed');

    await openStep(page, 'Security and cybersecurity measures');
    await page.getByRole('button', { name: 'Add security measure' }).click();
    await fill(page, {
      'Security measure': 'Confidential computing',
      Provider: 'Sentinel Cyber Corp.',
      'Provider country': 'US',
    });

    await openStep(page, 'Applications');
    await page.getByRole('button', { name: 'Add application' }).click();
    await fill(page, {
      Application: 'Mining safety assistant',
      Provider: 'Meridian Models LLC',
      'Provider country': 'US',
    });
    await page.getByRole('combobox', { name: 'Sector' }).selectOption('manufacturing');

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    await page.getByText('All changes saved').waitFor();
  });

  it('submits the proposal', async () => {
    await openStep(page, 'Review and submit');
    assert.equal(await page.getByText('Missing:').count(), 0, 'every layer and the targets are filled');
    await page.getByRole('button', { name: 'Submit proposal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Submit this proposal?' });
    await dialog.getByRole('button', { name: 'Submit', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Submitted', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Versions (1)' }).waitFor();
  });

  it('shows the proposal in the program officer’s queue', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(/\/login$/);
    await logIn(page, server.url, 'program@demo.aiexports.local');
    await page.getByRole('heading', { level: 1, name: 'Proposal queue' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Submitted/);
    assert.match((await row.textContent()) ?? '', /Chile \(CL\), Peru \(PE\)/);
  });

  it('lets the program officer start the review', async () => {
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // the officer sees the business-confidential value, tagged as such
    await page.getByRole('cell', { name: /\$12,000,000\s*BCI/ }).waitFor();
    await page.getByRole('button', { name: 'Start review' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Start review' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Under review', { exact: true }).waitFor();
  });
});
