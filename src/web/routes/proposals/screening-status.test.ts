import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applicantVerdict, partyScreeningStatus } from './screening-status.ts';

const screened = { screeningStatus: 'screened' as const, screenedAt: '2026-12-01T10:00:00Z' };
const notScreened = { screeningStatus: 'not_screened' as const, screenedAt: '2026-12-01T10:00:00Z' };

describe('partyScreeningStatus', () => {
  it('clears a screened party only when every hit is a false positive', () => {
    assert.equal(partyScreeningStatus(screened, []), 'cleared');
    assert.equal(partyScreeningStatus(screened, [{ status: 'false_positive' }]), 'cleared');
    assert.equal(partyScreeningStatus(screened, [{ status: 'false_positive' }, { status: 'open' }]), 'open_hits');
    assert.equal(partyScreeningStatus(screened, [{ status: 'open' }, { status: 'true_match' }]), 'true_match');
  });

  it('never clears a party screened against no list or only stale ones, nor one not yet screened', () => {
    assert.equal(partyScreeningStatus(notScreened, []), 'not_screened');
    assert.equal(partyScreeningStatus({ screeningStatus: 'screened', screenedAt: null }, []), 'not_screened');
    assert.equal(partyScreeningStatus(notScreened, [{ status: 'open' }]), 'open_hits');
  });

  it('tells the applicant only cleared or under compliance review', () => {
    assert.equal(applicantVerdict('cleared').label, 'Cleared');
    for (const status of ['not_screened', 'open_hits', 'true_match'] as const) {
      assert.equal(applicantVerdict(status).label, 'Under compliance review');
    }
  });
});
