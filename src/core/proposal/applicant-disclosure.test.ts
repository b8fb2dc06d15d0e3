import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AuditRecord } from '../audit/audit-chain.ts';
import { discloseHistoryToApplicant, OFFICER_PLACEHOLDER } from './applicant-disclosure.ts';

const entry = (
  actorId: string | null,
  actorName: string,
  summary: Record<string, unknown>,
  action = 'proposal.decline',
): AuditRecord => ({
  seq: 1,
  at: '2026-12-01T00:00:00.000Z',
  actorId,
  actorName,
  action,
  objectType: 'proposal',
  objectId: 'p1',
  summary,
  prevHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
});

const officers = new Set(['officer-1']);
const isOfficer = (id: string) => officers.has(id);
const hidden = { applicantHistoryShowsOfficers: false, applicantHistoryShowsInternalReasons: false };

describe('discloseHistoryToApplicant', () => {
  it('withholds officers’ names and reasons when the settings do not disclose them', () => {
    const [shown] = discloseHistoryToApplicant(
      [entry('officer-1', 'Olivia Officer', { from: 'under_review', to: 'declined', reason: 'Sanctions concern' })],
      { isOfficer, disclosure: hidden },
    );
    assert.equal(shown?.actorName, OFFICER_PLACEHOLDER);
    assert.equal(shown?.actorId, null);
    assert.deepEqual(shown?.summary, { from: 'under_review', to: 'declined' });
    assert.doesNotMatch(JSON.stringify(shown), /Olivia|Sanctions|officer-1/);
    assert.equal(shown?.hash, '', 'no hash to test a guessed reason against');
  });

  it('keeps the reason of a return for revision, which is addressed to the applicant', () => {
    const returned = entry('officer-1', 'Olivia Officer', { reason: 'Add the end users' }, 'proposal.return');
    const [shown] = discloseHistoryToApplicant([returned], { isOfficer, disclosure: hidden });
    assert.deepEqual(shown?.summary, { reason: 'Add the end users' });
    assert.equal(shown?.actorName, OFFICER_PLACEHOLDER);
  });

  it('leaves applicants’ own entries and the system’s untouched', () => {
    const own = entry('applicant-1', 'Ann Applicant', { reason: 'our words' });
    const system = entry(null, 'system', { parties: 3 });
    assert.deepEqual(discloseHistoryToApplicant([own, system], { isOfficer, disclosure: hidden }), [own, system]);
  });

  it('discloses names, reasons or both as the program settings say', () => {
    const returned = entry('officer-1', 'Olivia Officer', { reason: 'Fix section 4' });
    const names = discloseHistoryToApplicant([returned], {
      isOfficer,
      disclosure: { applicantHistoryShowsOfficers: true, applicantHistoryShowsInternalReasons: false },
    })[0];
    assert.equal(names?.actorName, 'Olivia Officer');
    assert.deepEqual(names?.summary, {});
    const reasons = discloseHistoryToApplicant([returned], {
      isOfficer,
      disclosure: { applicantHistoryShowsOfficers: false, applicantHistoryShowsInternalReasons: true },
    })[0];
    assert.equal(reasons?.actorName, OFFICER_PLACEHOLDER);
    assert.deepEqual(reasons?.summary, { reason: 'Fix section 4' });
    const both = discloseHistoryToApplicant([returned], {
      isOfficer,
      disclosure: { applicantHistoryShowsOfficers: true, applicantHistoryShowsInternalReasons: true },
    });
    assert.deepEqual(both, [returned]);
  });
});
