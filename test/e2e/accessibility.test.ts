import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/start-test-server.ts';
import { describeViolations, seriousViolations } from './axe.ts';
import { openBrowserPage, skipReason } from './browser.ts';

describe('accessibility (axe-core): public pages, the editor, the queue', { skip: skipReason() }, () => {
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

  it('finds no serious or critical violation on the login page', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
  });

  it('finds no serious or critical violation on the login page showing errors', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByText('Enter your email address').waitFor();
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
  });

  it('finds no serious or critical violation on the catalog', async () => {
    await page.goto(`${server.url}/catalog`);
    await page.getByRole('heading', { level: 1, name: 'Priority AI export packages' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /package/ }).waitFor();
    await page.getByRole('heading', { level: 3 }).first().waitFor();
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
  });

  it('finds no serious or critical violation on a catalog package', async () => {
    await page.goto(`${server.url}/catalog`);
    await page.getByRole('heading', { level: 3 }).first().getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: '1. Hardware and infrastructure' }).waitFor();
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
  });
  it('finds no serious or critical violation in the proposal editor showing errors', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email address').fill('applicant@demo.aiexports.local');
    await page.getByLabel('Password').fill('demo-password-2026');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('link', { name: 'Start a proposal' }).click();
    await page.getByLabel('Consortium').selectOption({ index: 1 });
    await page.getByRole('textbox', { name: 'Title' }).fill('Accessibility check package');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility check package' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Proposal sections' })
      .getByRole('button', { name: 'Hardware and infrastructure' })
      .click();
    await page.getByRole('button', { name: 'Add hardware item' }).click();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('alert').filter({ hasText: 'need attention' }).waitFor();
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
  });

  it('finds no serious or critical violation in the program officer queue', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await page.getByLabel('Email address').fill('program@demo.aiexports.local');
    await page.getByLabel('Password').fill('demo-password-2026');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proposal queue' }).waitFor();
    await page.getByRole('table').waitFor();
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
  });
});
