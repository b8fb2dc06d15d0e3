import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_RUBRIC } from '../../src/core/review/rubric.ts';
import type { TestServer } from '../support/start-test-server.ts';
import { describeViolations, seriousViolations } from './axe.ts';
import { openBrowserPage, skipReason } from './browser.ts';

const PASSWORD = 'demo-password-2026';

describe('a reviewer reviews an assigned proposal (Chromium)', { skip: skipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let proposalId: string;

  const logIn = async (email: string) => {
    await page.goto(`${server.url}/login`, { timeout: 60_000 });
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
  };
  const logOut = async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
  };
  const expectNoViolations = async () => {
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
  };

  before(async () => {
    ({ server, browser, page } = await openBrowserPage());
    const { db } = server;
    const proposal = await db
      .selectFrom('proposals')
      .select('id')
      .where('status', '=', 'under_review')
      .where('title_key', '=', 'classroom ai for southeast asia')
      .executeTakeFirstOrThrow();
    proposalId = proposal.id;
    const officer = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'program@demo.aiexports.local')
      .executeTakeFirstOrThrow();
    const reviewer = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'reviewer@demo.aiexports.local')
      .executeTakeFirstOrThrow();
    // a second reviewer (Energy) who has already submitted; the assignment pages are built beside this one
    const colleague = randomUUID();
    await db
      .insertInto('users')
      .values({
        id: colleague,
        email: 'energy-reviewer@test.aiexports.local',
        name: 'Erin Energy',
        role: 'reviewer',
        agency: 'Energy',
        password_hash: null,
        totp_secret: null,
      })
      .execute();
    const now = new Date();
    for (const reviewerId of [reviewer.id, colleague])
      await db
        .insertInto('review_assignments')
        .values({
          id: randomUUID(),
          proposal_id: proposalId,
          reviewer_id: reviewerId,
          source: 'manual',
          score: null,
          assigned_by: officer.id,
          assigned_at: now,
          published_at: now,
          certification: 'certified',
          certified_at: now,
          recusal_reason: null,
          waived_by: null,
          waiver_reason: null,
          waived_at: null,
        })
        .execute();
    await db
      .insertInto('reviews')
      .values({
        id: randomUUID(),
        proposal_id: proposalId,
        reviewer_id: colleague,
        rubric_version: DEFAULT_RUBRIC.version,
        scores: JSON.stringify(Object.fromEntries(DEFAULT_RUBRIC.criteria.map((c) => [c.key, 2]))),
        recommendation: 'return',
        summary: 'The financing plan needs co-financing before designation.',
        status: 'submitted',
        updated_at: now,
        submitted_at: now,
      })
      .execute();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('autosaves the draft, survives a reload, and submits after a confirmation', async () => {
    await logIn('reviewer@demo.aiexports.local');
    await page.goto(`${server.url}/assignments/${proposalId}/review`);
    await page.getByRole('heading', { level: 1, name: 'Review: Classroom AI for Southeast Asia' }).waitFor();
    const status = page.getByTestId('save-status');
    await status.getByText('Changes are saved as you go.').waitFor();
    await expectNoViolations();

    const stack = page.getByRole('group', { name: /Completeness of the full stack/ });
    // USWDS draws its own radio tiles: the reviewer clicks the level's label
    const level = (group: ReturnType<Page['getByRole']>, score: number) =>
      group.locator('label').filter({ hasText: new RegExp(`^${score}`) });
    await level(stack, 4).click();
    await status.getByText(/Saved at \d\d:\d\d UTC/).waitFor();
    // the rest of the rubric, then a reload: the draft was kept
    for (const criterion of DEFAULT_RUBRIC.criteria.slice(1))
      await level(page.getByRole('group', { name: new RegExp(criterion.title) }), 5).click();
    const summarySaved = page.waitForResponse(
      (response) =>
        response.request().method() === 'PUT' &&
        response.url().endsWith('/reviews/mine') &&
        (response.request().postData() ?? '').includes('Viet Nam'),
    );
    await page.getByLabel('Summary').fill('A strong package; the classroom pilots in Viet Nam are convincing.');
    assert.equal((await summarySaved).status(), 200);
    await status.getByText(/Saved at/).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Review:/ }).waitFor();
    assert.equal(await stack.getByLabel(/^4/).isChecked(), true);
    assert.equal(
      await page.getByLabel('Summary').inputValue(),
      'A strong package; the classroom pilots in Viet Nam are convincing.',
    );

    // submitting without a recommendation names it
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit review' }).click();
    await page.getByRole('alert').filter({ hasText: 'One field needs attention' }).waitFor();
    await page.getByRole('alert').getByRole('link', { name: 'Recommendation' }).waitFor();
    await expectNoViolations();

    await page.locator('label', { hasText: /^Designate$/ }).click();
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit review' }).click();
    await page.getByRole('heading', { name: 'Review submitted' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Submit review' }).count(), 0, 'frozen');
  });

  it('shows the others’ reviews, the aggregates with disagreement flags, and takes a message', async () => {
    const summary = page.getByTestId('reviews-summary');
    await summary.getByRole('heading', { name: 'Erin Energy, Energy' }).waitFor();
    await summary.getByText('The financing plan needs co-financing before designation.').waitFor();
    await summary.getByText(/2 submitted reviews/).waitFor();
    await page.getByText(/The reviewers disagree/).waitFor();
    assert.ok((await summary.getByText('Disagreement').count()) >= 4, 'a 2 against a 4 or 5 on every criterion');
    await expectNoViolations();

    await page.getByLabel('Your message').fill('Erin, the co-financing is in section 6: does that change your view?');
    await page.getByRole('button', { name: 'Post message' }).click();
    await page
      .getByTestId('review-comments')
      .getByText('Erin, the co-financing is in section 6: does that change your view?')
      .waitFor();
    await expectNoViolations();
    await logOut();
  });

  it('shows the program officer the reviews panel on the proposal page', async () => {
    await logIn('program@demo.aiexports.local');
    await page.goto(`${server.url}/proposals/${proposalId}`);
    const panel = page.getByTestId('reviews-panel');
    await panel.getByRole('heading', { name: 'Reviews' }).waitFor();
    await panel.getByText(/Designate 1, Decline 0, Return for revision 1/).waitFor();
    await panel
      .getByRole('listitem')
      .filter({ hasText: /Riley Reviewer \(State\).*submitted/ })
      .waitFor();
    await panel.getByText('Erin, the co-financing is in section 6: does that change your view?').waitFor();
    await expectNoViolations();
  });
});
