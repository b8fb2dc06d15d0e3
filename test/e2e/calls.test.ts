import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/start-test-server.ts';
import { describeViolations, seriousViolations } from './axe.ts';
import { openBrowserPage, skipReason } from './browser.ts';

const logIn = async (page: Page, url: string, email: string) => {
  await page.goto(`${url}/login`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('demo-password-2026');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((address) => !address.pathname.startsWith('/login'));
};

const expectNoSeriousViolations = async (page: Page) => {
  const violations = await seriousViolations(page);
  assert.equal(violations.length, 0, describeViolations(violations));
};

describe('calls for proposals journey (program officer, visitor, applicant)', { skip: skipReason() }, () => {
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

  it('shows a visitor the open demo call, from the menu', async () => {
    await page.goto(`${server.url}/catalog`);
    await page.getByRole('heading', { level: 2, name: 'Calls for proposals' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Calls' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calls for proposals' }).waitFor();
    const row = page.getByRole('row', { name: /Call for Proposals for Pre-Set Consortia/ });
    await row.getByText('Open', { exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'New call' }).count(), 0);
    await expectNoSeriousViolations(page);
  });

  it('lets the program officer publish a call, naming each field that is wrong first', async () => {
    await logIn(page, server.url, 'program@demo.aiexports.local');
    await page.goto(`${server.url}/calls`);
    await page.getByRole('button', { name: 'New call' }).click();
    await page.getByRole('button', { name: 'Publish the call' }).click();
    await page.getByText('a title of at least 3 characters').first().waitFor();
    await expectNoSeriousViolations(page);
    await page.getByLabel('Title').fill('Second call: Sub-Saharan data centres');
    await page.getByLabel('Reference').fill('FR Doc 2027-00001');
    await page.getByLabel('Opens (UTC)').fill('2026-11-01T00:00');
    await page.getByLabel('Closes (UTC)').fill('2027-03-31T21:00');
    await page.getByLabel('Link to the notice').fill('https://www.federalregister.gov/d/2027-00001');
    await page.locator('label', { hasText: 'Sub-Saharan Africa' }).click();
    await page.locator('label', { hasText: /^State$/ }).click();
    await page.getByRole('button', { name: 'Publish the call' }).click();
    await page.getByText('The call “Second call: Sub-Saharan data centres” is published.').waitFor();
    await page
      .getByRole('row', { name: /Second call: Sub-Saharan data centres/ })
      .getByText('Sub-Saharan Africa')
      .waitFor();
  });

  it('extends a deadline only with a reason', async () => {
    const row = page.getByRole('row', { name: /Second call: Sub-Saharan data centres/ });
    await row.getByRole('button', { name: /Extend deadline/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('New closing time (UTC)').fill('2027-04-30T21:00');
    await dialog.getByRole('button', { name: 'Extend' }).click();
    await dialog.getByText(/Give a reason/).waitFor();
    await expectNoSeriousViolations(page);
    await dialog.getByRole('textbox', { name: /Reason/ }).fill('Extension notice published in the Federal Register');
    await dialog.getByRole('button', { name: 'Extend' }).click();
    await page.getByText(/now closes Apr 30, 2027/).waitFor();
  });

  it('makes the applicant choose between two open calls when starting a proposal', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await logIn(page, server.url, 'applicant@demo.aiexports.local');
    await page.getByRole('heading', { level: 2, name: 'Calls for proposals' }).waitFor();
    await page.getByRole('link', { name: 'Start a proposal' }).click();
    await page.getByLabel('Consortium').selectOption({ index: 1 });
    await page.getByRole('textbox', { name: 'Title' }).fill('Lagos inference cluster');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByText('choose the call this proposal answers').first().waitFor();
    const select = page.getByLabel('Call for proposals');
    const second = await select.locator('option', { hasText: 'Second call' }).getAttribute('value');
    await select.selectOption(second ?? '');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lagos inference cluster' }).waitFor();
  });
});
