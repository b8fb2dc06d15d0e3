import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor, Role } from '../accounts/roles.ts';
import { PROPOSAL_STATUSES } from './proposal-status.ts';
import { allowedActions, applyTransition, checkSubmittable, TRANSITIONS } from './workflow.ts';

const as = (role: Role): Actor => ({ userId: `u-${role}`, name: role, role, companyIds: [] });

describe('applyTransition', () => {
  it('moves a submitted proposal into review when a program officer starts it', () => {
    assert.deepEqual(
      applyTransition({ status: 'submitted', action: 'start_review', actor: as('program_officer'), reason: '' }),
      {
        ok: true,
        value: 'under_review',
      },
    );
  });

  it('lets only the decision maker designate, decline or return', () => {
    for (const action of ['designate', 'decline', 'return'] as const) {
      const byOfficer = applyTransition({
        status: 'under_review',
        action,
        actor: as('program_officer'),
        reason: 'because',
      });
      assert.equal(byOfficer.ok ? 'ok' : byOfficer.error.code, 'forbidden');
      const byDecider = applyTransition({
        status: 'under_review',
        action,
        actor: as('decision_maker'),
        reason: 'because',
      });
      assert.equal(byDecider.ok, true);
    }
  });

  it('refuses every transition from a state its rule does not list', () => {
    for (const status of PROPOSAL_STATUSES) {
      for (const [action, rule] of Object.entries(TRANSITIONS)) {
        const result = applyTransition({
          status,
          action: action as keyof typeof TRANSITIONS,
          actor: as(action === 'start_review' ? 'program_officer' : 'decision_maker'),
          reason: 'a reason',
        });
        assert.equal(result.ok, rule.from.includes(status), `${action} from ${status}`);
        if (!result.ok) assert.equal(result.error.code, 'invalid_transition');
      }
    }
  });

  it('requires a reason for decisions', () => {
    const result = applyTransition({
      status: 'designated',
      action: 'revoke',
      actor: as('decision_maker'),
      reason: '  ',
    });
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
    assert.deepEqual(allowedActions('under_review', as('decision_maker')), ['designate', 'decline', 'return']);
    assert.deepEqual(allowedActions('under_review', as('program_officer')), []);
    assert.deepEqual(allowedActions('suspended', as('decision_maker')), ['reinstate', 'revoke']);
    assert.deepEqual(allowedActions('designated', as('applicant')), []);
  });

  it('gives an admin no workflow decision in any status (admins administer, officers decide)', () => {
    for (const status of PROPOSAL_STATUSES) assert.deepEqual(allowedActions(status, as('admin')), [], status);
    const byAdmin = applyTransition({ status: 'under_review', action: 'designate', actor: as('admin'), reason: 'ok!' });
    assert.equal(byAdmin.ok ? 'ok' : byAdmin.error.code, 'forbidden');
  });
});
