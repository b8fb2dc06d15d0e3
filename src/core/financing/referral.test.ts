import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AGENCY_INSTRUMENTS,
  checkAgencyInstrument,
  checkStageMove,
  FINANCING_AGENCIES,
  instrumentForRequest,
  isOpenStage,
  REFERRAL_STAGES,
  type ReferralStage,
  STAGE_MOVES,
} from './referral.ts';

const move = (from: ReferralStage, to: ReferralStage, date = '2026-05-02') =>
  checkStageMove({ from, fromDate: '2026-05-01', to, date, today: '2026-06-01' });

describe('referral stage machine', () => {
  it('moves forward one stage at a time to a final commitment', () => {
    assert.equal(move('referred', 'letter_of_interest').ok, true);
    assert.equal(move('letter_of_interest', 'preliminary_commitment').ok, true);
    assert.equal(move('preliminary_commitment', 'final_commitment').ok, true);
  });

  it('refuses skipping a stage, going back, or moving a final referral, as invalid_transition', () => {
    for (const [from, to] of [
      ['referred', 'preliminary_commitment'],
      ['referred', 'final_commitment'],
      ['preliminary_commitment', 'letter_of_interest'],
      ['final_commitment', 'withdrawn'],
      ['declined', 'referred'],
      ['withdrawn', 'letter_of_interest'],
      ['referred', 'referred'],
    ] as const) {
      const result = move(from, to);
      assert.equal(result.ok, false, `${from} → ${to}`);
      if (!result.ok) assert.equal(result.error.code, 'invalid_transition');
    }
  });

  it('lets every open stage be declined or withdrawn, and nothing leave a final one', () => {
    for (const stage of REFERRAL_STAGES) {
      if (isOpenStage(stage)) {
        assert.equal(move(stage, 'declined').ok, true);
        assert.equal(move(stage, 'withdrawn').ok, true);
      } else {
        assert.deepEqual(STAGE_MOVES[stage], []);
      }
    }
  });

  it('refuses a date before the current stage, after today, or not a date, on the date field', () => {
    for (const date of ['2026-04-30', '2026-06-02', '2026-02-30', 'soon']) {
      const result = move('referred', 'letter_of_interest', date);
      assert.equal(result.ok, false, date);
      if (!result.ok) {
        assert.equal(result.error.code, 'invalid_input');
        assert.deepEqual(
          (result.error.details as { path: string }[]).map((d) => d.path),
          ['date'],
        );
      }
    }
    assert.equal(move('referred', 'letter_of_interest', '2026-05-01').ok, true);
    assert.equal(move('referred', 'letter_of_interest', '2026-06-01').ok, true);
  });
});

describe('referral instruments', () => {
  it('maps request lines to instruments, leaving "other" to the officer', () => {
    assert.equal(instrumentForRequest({ agency: 'EXIM', instrument: 'direct-loan', amountUsd: 1 }), 'direct-loan');
    assert.equal(instrumentForRequest({ agency: 'EXIM', instrument: 'insurance', amountUsd: 1 }), 'credit-insurance');
    assert.equal(
      instrumentForRequest({ agency: 'DFC', instrument: 'insurance', amountUsd: 1 }),
      'political-risk-insurance',
    );
    assert.equal(instrumentForRequest({ agency: 'SBA', instrument: 'other', amountUsd: 1 }), null);
  });

  it('accepts what an agency offers and refuses the rest on the instrument field', () => {
    for (const agency of FINANCING_AGENCIES) {
      for (const instrument of AGENCY_INSTRUMENTS[agency])
        assert.equal(checkAgencyInstrument(agency, instrument).ok, true);
    }
    const refused = checkAgencyInstrument('USTDA', 'equity');
    assert.equal(refused.ok, false);
    if (!refused.ok) assert.equal((refused.error.details as { path: string }[])[0]?.path, 'instrument');
  });
});
