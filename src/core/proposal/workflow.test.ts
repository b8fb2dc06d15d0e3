import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowedActions, applyTransition, checkSubmittable, PROPOSAL_STATUSES, TRANSITIONS } from './workflow.ts';

describe('applyTransition', () => {
  it('moves a submitted proposal into review when a program officer starts it', () => {
    assert.deepEqual(
      applyTransition({ status: 'submitted', action: 'start_review', role: 'program_officer', reason: '' }),
      {
        ok: true,
        value: 'under_review',
      },
    );
  });

  it('lets only the decision maker designate, decline or return', () => {
    for (const action of ['designate', 'decline', 'return'] as const) {
      const byOfficer = applyTransition({ status: 'under_review', action, role: 'program_officer', reason: 'because' });
      assert.equal(byOfficer.ok ? 'ok' : byOfficer.error.code, 'forbidden');
      const byDecider = applyTransition({ status: 'under_review', action, role: 'decision_maker', reason: 'because' });
      assert.equal(byDecider.ok, true);
    }
  });

  it('refuses every transition from a state its rule does not list', () => {
    for (const status of PROPOSAL_STATUSES) {
      for (const [action, rule] of Object.entries(TRANSITIONS)) {
        const result = applyTransition({
          status,
          action: action as keyof typeof TRANSITIONS,
          role: rule.role,
          reason: 'a reason',
        });
        assert.equal(result.ok, rule.from.includes(status), `${action} from ${status}`);
        if (!result.ok) assert.equal(result.error.code, 'invalid_transition');
      }
    }
  });

  it('requires a reason for decisions', () => {
    const result = applyTransition({ status: 'designated', action: 'revoke', role: 'decision_maker', reason: '  ' });
    assert.equal(result.ok ? null : result.error.code, 'invalid_input');
  });
});

describe('checkSubmittable', () => {
  it('accepts drafts and returned proposals only', () => {
    assert.deepEqual(
      PROPOSAL_STATUSES.filter((status) => checkSubmittable(status).ok),
      ['draft', 'returned'],
    );
  });
});

describe('allowedActions', () => {
  it('lists the actions of the role in the current status', () => {
    assert.deepEqual(allowedActions('under_review', 'decision_maker'), ['designate', 'decline', 'return']);
    assert.deepEqual(allowedActions('under_review', 'program_officer'), []);
    assert.deepEqual(allowedActions('suspended', 'decision_maker'), ['reinstate', 'revoke']);
    assert.deepEqual(allowedActions('designated', 'applicant'), []);
  });
});
