import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestServer } from '../support/start-test-server.ts';
import { axeProblems } from './axe.ts';
import { openBrowserPage, skipReason } from './browser.ts';

const PASSWORD = 'demo-password-2026';
const HEADER = 'id,name,aliases,type,countries,source\n';
const DAY_MS = 86_400_000;
const REASON = 'Gulf Digital is the demo operator, registered in Dubai; the watchlist entry is a test fixture.';

type HitRow = {
  id: string;
  status: string;
  entryId: string;
  party: { name: string; kind: string; proposalId: string | null };
};

describe('compliance screening pages: bulk decisions, list ages and schedule, screening panel', {
  skip: skipReason(),
}, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let csrf = '';
  const contexts: BrowserContext[] = [];
  // older than the demo's allowance for its bundled snapshots (their age plus a margin), so stale there too
  const staleAsOf = new Date(Date.now() - 730 * DAY_MS).toISOString().slice(0, 10);
  let proposalPath = '';
  let gulfHits: HitRow[] = [];

  const asUser = async (email: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
    contexts.push(context);
    const other = await context.newPage();
    other.setDefaultTimeout(10_000);
    const login = await other.request.post(`${server.url}/api/v1/auth/login`, { data: { email, password: PASSWORD } });
    assert.equal(login.status(), 200);
    return other;
  };
  const openHits = async (): Promise<HitRow[]> => {
    const response = await page.request.get(`${server.url}/api/v1/screening/hits?status=open`);
    assert.equal(response.status(), 200);
    return ((await response.json()) as { hits: HitRow[] }).hits;
  };
  const importList = async (data: Record<string, unknown>) => {
    const response = await page.request.post(`${server.url}/api/v1/lists/import`, {
      headers: { 'x-csrf-token': csrf },
      data,
    });
    assert.equal(response.status(), 201, await response.text());
  };

  before(async () => {
    ({ server, browser, page } = await openBrowserPage());
    const login = await page.request.post(`${server.url}/api/v1/auth/login`, {
      data: { email: 'compliance@demo.aiexports.local', password: PASSWORD },
    });
    assert.equal(login.status(), 200);
    csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('imports a fresh watchlist naming a demo party, and a stale one, and waits for the hits', async () => {
    await importList({
      source: 'watchlist:gulf',
      format: 'watchlist',
      content: `${HEADER}G1,Gulf Digital Infrastructure PJSC,,company,AE,test\n`,
    });
    await importList({
      source: 'watchlist:old',
      format: 'watchlist',
      asOf: staleAsOf,
      content: `${HEADER}O1,Quillfeather Obscure Avionics Trust,,company,NZ,test\n`,
    });
    const applicant = await asUser('applicant@demo.aiexports.local');
    const deadline = Date.now() + 20_000;
    // a proposal of the demo applicant's consortium whose owner and operator (both Gulf Digital) got a hit each
    while (!proposalPath && Date.now() < deadline) {
      const hits = (await openHits()).filter((h) => h.entryId === 'G1' && h.party.proposalId !== null);
      const byProposal = new Map<string, HitRow[]>();
      for (const h of hits)
        byProposal.set(h.party.proposalId as string, [...(byProposal.get(h.party.proposalId as string) ?? []), h]);
      for (const [proposalId, group] of byProposal) {
        if (proposalPath || group.length < 2) continue;
        const own = await applicant.request.get(`${server.url}/api/v1/proposals/${proposalId}`);
        if (own.status() === 200) {
          proposalPath = `/proposals/${proposalId}`;
          gulfHits = group.slice(0, 2);
        }
      }
      if (!proposalPath) await delay(250);
    }
    assert.ok(proposalPath, 'two hits on one proposal of the applicant within 20 s');
  });

  it('shows the program officer each party’s status and the list versions used, with their age', async () => {
    const officer = await asUser('program@demo.aiexports.local');
    await officer.goto(`${server.url}${proposalPath}`);
    const panel = officer.getByRole('region', { name: 'Screening', exact: true });
    await panel
      .getByRole('heading', { level: 3, name: /Gulf Digital Infrastructure PJSC/ })
      .first()
      .waitFor();
    await panel.getByRole('heading', { level: 3, name: 'List versions used' }).waitFor();
    const text = (await panel.textContent()) ?? '';
    assert.match(text, /Open hits/);
    assert.match(text, /watchlist:gulf as of \d{4}-\d{2}-\d{2}/);
    assert.match(text, /dated today|1 day old/);
    assert.match(text, new RegExp(`watchlist:old.*${staleAsOf}`));
    assert.match(text, /stale/);
    assert.equal(await axeProblems(officer), '');
  });

  it('shows the applicant only a verdict per party, with no list, version or entry', async () => {
    const applicant = await asUser('applicant@demo.aiexports.local');
    const api = await applicant.request.get(`${server.url}/api/v1${proposalPath}/screening`);
    assert.equal(api.status(), 200);
    const body = (await api.json()) as { lists?: unknown; parties: Record<string, unknown>[] };
    assert.equal(body.lists, undefined);
    assert.ok(body.parties.every((p) => !('listVersionIds' in p)));
    await applicant.goto(`${server.url}${proposalPath}`);
    const panel = applicant.getByRole('region', { name: 'Screening', exact: true });
    await panel
      .getByRole('heading', { level: 3, name: /Gulf Digital Infrastructure PJSC/ })
      .first()
      .waitFor();
    const text = (await panel.textContent()) ?? '';
    assert.match(text, /Under compliance review/);
    assert.doesNotMatch(text, /watchlist|G1|%|as of|List versions used|Open hits|stale/);
    assert.equal(await axeProblems(applicant), '');
  });

  it('decides two hits at once with one reason, keeping the reason when a refusal decides nothing', async () => {
    const [first, second] = gulfHits;
    assert.ok(first && second);
    await page.goto(`${server.url}/compliance/hits`);
    await page.getByRole('heading', { level: 1, name: 'Screening hits' }).waitFor();
    await page.getByLabel('Party name contains').fill('gulf digital');
    const row = (hit: HitRow) => page.locator('tr', { has: page.locator(`a[href="/compliance/hits/${hit.id}"]`) });
    await row(first).waitFor();
    assert.equal(
      await page.locator('tbody tr').count(),
      (await openHits()).filter((h) => /Gulf Digital/.test(h.party.name)).length,
    );
    // select all on this page, then none, then the two hits of the proposal
    const selectAll = page.getByLabel('Select all on this page');
    await selectAll.check();
    assert.equal(
      await page.locator('tbody input[type=checkbox]:checked').count(),
      await page.locator('tbody tr').count(),
    );
    await selectAll.uncheck();
    await row(first).getByRole('checkbox').check();
    await row(second).getByRole('checkbox').check();
    await page.getByText('2 hits selected').waitFor();
    assert.equal(await axeProblems(page), '');

    // no decision and no reason: field-level errors, focus on the first
    await page.getByRole('button', { name: 'Record the decision for 2 hits' }).click();
    await page.getByText('Choose a decision.').waitFor();
    await page.getByText('Give the reason for the decision; it is kept with every hit.').waitFor();
    assert.equal(await page.getByLabel(/^False positive/).evaluate((el) => el === document.activeElement), true);
    assert.equal(await axeProblems(page), '');

    // one of them is decided elsewhere meanwhile: nothing is decided, the refusal names it, the reason stays
    const single = await page.request.post(`${server.url}/api/v1/screening/hits/${second.id}/adjudicate`, {
      headers: { 'x-csrf-token': csrf },
      data: { decision: 'true_match', reason: 'Decided on its own page first.' },
    });
    assert.equal(single.status(), 200);
    // USWDS draws the radio on its label (the input itself is off screen)
    await page.locator('label.usa-radio__label', { hasText: 'False positive' }).click();
    await page.getByLabel('Reason', { exact: true }).fill(REASON);
    await page.getByRole('button', { name: 'Record the decision for 2 hits' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Nothing was decided' });
    await refusal.waitFor();
    assert.match((await refusal.textContent()) ?? '', new RegExp(`${second.id}.*already decided`, 's'));
    assert.equal(await page.getByLabel('Reason', { exact: true }).inputValue(), REASON);
    assert.equal(await axeProblems(page), '');
    assert.ok(
      (await openHits()).some((h) => h.id === first.id),
      'the other hit is still open',
    );

    // the refreshed list no longer offers the decided hit; another open one joins the first, same reason
    await row(second).waitFor({ state: 'detached' });
    const third = (await openHits()).find((h) => h.id !== first.id && /Gulf Digital/.test(h.party.name));
    assert.ok(third, 'a third open Gulf Digital hit');
    await row(third).getByRole('checkbox').check();
    await page.getByText('2 hits selected').waitFor();
    await page.getByRole('button', { name: 'Record the decision for 2 hits' }).click();
    const success = page.getByRole('status').filter({ hasText: 'Decision recorded for 2 hits' });
    await success.waitFor();
    assert.match((await success.textContent()) ?? '', /False positive/);
    await row(first).waitFor({ state: 'detached' });
    assert.equal(await page.getByLabel('Reason', { exact: true }).inputValue(), '');
    assert.equal(await axeProblems(page), '');

    for (const hit of [first, third]) {
      const detail = await page.request.get(`${server.url}/api/v1/screening/hits/${hit.id}`);
      const body = (await detail.json()) as { hit: { status: string }; adjudications: { reason: string }[] };
      assert.equal(body.hit.status, 'false_positive');
      assert.equal(body.adjudications.at(-1)?.reason, REASON);
    }
  });

  it('filters the hits by list', async () => {
    await page.goto(`${server.url}/compliance/hits?show=decided`);
    await page.getByLabel('List', { exact: true }).selectOption({ index: 1 });
    await page.getByText(/decided hits match the filters|decided hits\./).waitFor();
    assert.ok((await page.locator('tbody tr').count()) >= 3);
    assert.equal(await axeProblems(page), '');
  });

  it('shows each list’s age with a warning past the maximum, and the refresh schedule', async () => {
    await page.goto(`${server.url}/compliance/lists`);
    await page.getByRole('heading', { level: 1, name: 'Screening lists' }).waitFor();
    const current = page.getByRole('region', { name: 'Current list versions' });
    await current.getByRole('rowheader', { name: 'watchlist:old' }).waitFor();
    const old = current.locator('tr', { has: page.getByRole('rowheader', { name: 'watchlist:old' }) });
    assert.match((await old.textContent()) ?? '', /7\d\d days old · stale \(maximum \d+ days\)/);
    const fresh = current.locator('tr', { has: page.getByRole('rowheader', { name: 'watchlist:gulf' }) });
    assert.doesNotMatch((await fresh.textContent()) ?? '', /stale/);
    await page.getByRole('heading', { name: 'A list in use is older than the maximum list age' }).waitFor();

    await page.getByRole('heading', { level: 2, name: 'Refresh schedule' }).waitFor();
    const schedule = page.getByRole('region', { name: 'Refresh schedule per source' });
    for (const source of ['csl', 'un', 'dpl']) await schedule.getByRole('rowheader', { name: source }).waitFor();
    // demo data: no scheduled refresh; each source says so, and offers a refresh now
    assert.match((await page.locator('#lists-schedule + p').textContent()) ?? '', /No scheduled refresh/);
    assert.match((await schedule.textContent()) ?? '', /not scheduled/);
    await schedule.getByRole('button', { name: 'Refresh now csl' }).waitFor();
    assert.equal(await axeProblems(page), '');
  });

  it('screens names for a government role and shows each list’s as-of date and age', async () => {
    const officer = await asUser('program@demo.aiexports.local');
    await officer.goto(`${server.url}/screen`);
    await officer.getByLabel('Names to screen').fill('Gulf Digital Infrastructure PJSC, AE');
    await officer.getByRole('button', { name: 'Screen', exact: true }).click();
    await officer.getByRole('heading', { level: 2, name: 'Results' }).waitFor();
    const lists = officer.locator('table', { has: officer.locator('caption', { hasText: 'Lists screened against' }) });
    const old = lists.locator('tr', { has: officer.getByRole('rowheader', { name: 'watchlist:old' }) });
    assert.match((await old.textContent()) ?? '', new RegExp(`${staleAsOf}.*stale`));
    await officer.getByRole('heading', { name: 'Stale list in use' }).waitFor();
    const result = officer.getByRole('region', { name: 'Result for Gulf Digital Infrastructure PJSC' });
    assert.match((await result.textContent()) ?? '', /watchlist:gulf\)as of \d{4}-\d{2}-\d{2}, dated today|1 day old/);
    assert.equal(await axeProblems(officer), '');
  });
});
