import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACTIONS, can, matrixCell, type Resource, roleMay, scopeOf, whoMay } from './permissions.ts';
import { type Actor, ROLES, type Role } from './roles.ts';

const as = (role: Role, companyIds: string[] = []): Actor => ({ userId: `u-${role}`, name: role, role, companyIds });
const consortium = (members: string[], anchor: string): Resource => ({
  kind: 'consortium',
  memberCompanyIds: members,
  anchorCompanyId: anchor,
});

describe('can', () => {
  it('lets nobody signed in take anything but public actions', () => {
    assert.deepEqual(
      ACTIONS.filter((action) => can(null, action)),
      ['catalog.read', 'session.probe', 'calls.read', 'account.recover'],
    );
  });

  it('lets only admins administer users and read the outbox, and government roles use two-factor sign-in', () => {
    for (const action of ['users.read', 'users.manage', 'outbox.read'] as const) {
      assert.deepEqual(
        ROLES.filter((role) => can(as(role), action)),
        ['admin'],
      );
    }
    assert.equal(can(as('applicant'), 'account.totp'), false);
    assert.equal(can(as('buyer'), 'account.totp'), false);
    assert.equal(can(as('reviewer'), 'account.totp'), true);
  });

  it('lets an applicant see a consortium only when one of its companies is a member', () => {
    const resource = consortium(['c-anchor', 'c-member'], 'c-anchor');
    assert.equal(can(as('applicant', ['c-member']), 'consortium.read', resource), true);
    assert.equal(can(as('applicant', ['c-other']), 'consortium.read', resource), false);
    assert.equal(can(as('reviewer'), 'consortium.read', resource), true);
    assert.equal(can(as('buyer'), 'consortium.read', resource), false);
  });

  it('lets only the anchor member change members and submit', () => {
    const proposal: Resource = {
      kind: 'proposal',
      status: 'draft',
      memberCompanyIds: ['a', 'm'],
      anchorCompanyId: 'a',
    };
    assert.equal(can(as('applicant', ['a']), 'proposal.submit', proposal), true);
    assert.equal(can(as('applicant', ['m']), 'proposal.submit', proposal), false);
    assert.equal(can(as('applicant', ['m']), 'proposal.edit', proposal), true);
    assert.equal(can(as('applicant', ['m']), 'consortium.members.change', consortium(['a', 'm'], 'a')), false);
  });

  it('hides drafts from every government role, admins included, and shows submitted proposals to them', () => {
    const draft: Resource = { kind: 'proposal', status: 'draft', memberCompanyIds: ['a'], anchorCompanyId: 'a' };
    const submitted: Resource = { ...draft, status: 'submitted' };
    for (const role of ROLES.filter((r) => r !== 'applicant' && r !== 'buyer' && r !== 'reviewer')) {
      assert.equal(can(as(role), 'proposal.read', draft), false, role);
      assert.equal(can(as(role), 'proposal.read', submitted), true, role);
    }
  });

  it('shows a reviewer only the submitted proposals it is certified on, content and screening alike', () => {
    const reviewer = as('reviewer');
    const base: Resource = { kind: 'proposal', status: 'submitted', memberCompanyIds: ['a'], anchorCompanyId: 'a' };
    const certified: Resource = { ...base, certifiedReviewerIds: [reviewer.userId] };
    const others: Resource = { ...base, certifiedReviewerIds: ['someone-else'] };
    for (const action of ['proposal.read', 'proposal.bci.read', 'proposal.screening.read'] as const) {
      assert.equal(can(reviewer, action, base), false, action);
      assert.equal(can(reviewer, action, others), false, action);
      assert.equal(can(reviewer, action, certified), true, action);
      assert.equal(can(reviewer, action, { ...certified, status: 'draft' }), false, action);
    }
    // other officers still read every submitted proposal
    assert.equal(can(as('program_officer'), 'proposal.read', base), true);
  });

  it('lets an applicant record owners only of its own companies or those it registered', () => {
    const applicant = { ...as('applicant', ['own']), userId: 'u-1' };
    assert.equal(can(applicant, 'company.owner.set', { kind: 'company', companyId: 'own', createdBy: null }), true);
    assert.equal(can(applicant, 'company.owner.set', { kind: 'company', companyId: 'x', createdBy: 'u-1' }), true);
    assert.equal(can(applicant, 'company.owner.set', { kind: 'company', companyId: 'x', createdBy: 'u-2' }), false);
  });

  it('lets the registering applicant record owners only until someone acts for the company, and never admins', () => {
    const applicant = { ...as('applicant', []), userId: 'u-1' };
    const registered = { kind: 'company', companyId: 'x', createdBy: 'u-1' } as const;
    assert.equal(can(applicant, 'company.owner.set', { ...registered, represented: false }), true);
    assert.equal(can(applicant, 'company.owner.set', { ...registered, represented: true }), false);
    assert.equal(can(as('admin'), 'company.owner.set', registered), false);
  });

  it('lets only a user of the invited company answer a consortium invitation', () => {
    const invited = { kind: 'company', companyId: 'invited', createdBy: 'u-anchor' } as const;
    assert.equal(can(as('applicant', ['invited']), 'consortium.invitation.answer', invited), true);
    assert.equal(
      can({ ...as('applicant', ['anchor']), userId: 'u-anchor' }, 'consortium.invitation.answer', invited),
      false,
    );
    for (const role of ROLES.filter((r) => r !== 'applicant')) {
      assert.equal(roleMay(role, 'consortium.invitation.answer'), false, role);
    }
  });

  it('shows officers’ names and internal reasons in a history to government roles only', () => {
    assert.equal(roleMay('applicant', 'proposal.history.internal.read'), false);
    assert.equal(roleMay('buyer', 'proposal.history.internal.read'), false);
    assert.equal(roleMay('decision_maker', 'proposal.history.internal.read'), true);
  });

  it('refuses a conditional grant when no resource is given (fail closed)', () => {
    assert.equal(can(as('applicant', ['a']), 'proposal.edit'), false);
    assert.equal(roleMay('applicant', 'proposal.edit'), true);
  });

  it('keeps duties apart: admins administer, officers decide', () => {
    const decisions = ACTIONS.filter(
      (a) =>
        /^proposal\.(start_review|designate|decline|return|suspend|reinstate|revoke)$/.test(a) ||
        a === 'screening.hits.adjudicate',
    );
    assert.equal(decisions.length, 8);
    for (const action of decisions) assert.equal(roleMay('admin', action), false, action);
    for (const action of ['settings.update', 'lists.import'] as const) {
      assert.equal(roleMay('admin', action), true, action);
      assert.equal(roleMay('decision_maker', action), false, action);
    }
    assert.equal(roleMay('decision_maker', 'settings.update'), false);
  });

  it('gives every action to at least one role', () => {
    for (const action of ACTIONS)
      assert.ok(
        ROLES.some((role) => roleMay(role, action)),
        action,
      );
  });
});

describe('scopeOf', () => {
  it('says whether a role lists everything, what a condition selects, or nothing', () => {
    assert.equal(scopeOf('program_officer', 'consortium.read'), 'all');
    assert.equal(scopeOf('applicant', 'consortium.read'), 'consortium_member');
    assert.equal(scopeOf('buyer', 'consortium.read'), 'none');
  });
});

describe('whoMay and matrixCell', () => {
  it('name who may, with the condition in words', () => {
    assert.equal(whoMay('proposal.submit'), 'Only applicants (anchor member) may submit a version.');
    assert.equal(matrixCell('applicant', 'proposal.read'), 'member of the consortium');
    assert.equal(matrixCell('admin', 'settings.update'), '✔');
    assert.equal(matrixCell('buyer', 'settings.update'), '');
  });

  it('names every role of any of several actions, and each action, for a route that takes one of them', () => {
    const message = whoMay(['proposal.start_review', 'proposal.designate']);
    assert.match(message, /^Only program officers, decision makers may do this \(/);
    assert.ok(message.includes('start the review') && message.includes('designate'), message);
    assert.doesNotMatch(message, /admins/);
  });
});
