import type { ProposalContent } from '../../src/core/package/proposal.schema.ts';
import type { ProposalStatus, TransitionAction } from '../../src/core/proposal/proposal-status.ts';
import { createProposal } from '../../src/services/proposals/create-proposal.ts';
import type { ProposalView } from '../../src/services/proposals/proposal-view.ts';
import { submitProposal } from '../../src/services/proposals/submit-proposal.ts';
import { transitionProposal } from '../../src/services/proposals/transition-proposal.ts';
import { withdrawProposal } from '../../src/services/proposals/withdraw-proposal.ts';
import type { TestApp } from '../support/test-app.ts';
import { openCallId } from './build-call.ts';
import type { BuiltConsortium } from './build-consortium.ts';
import { buildFreshScreening } from './build-fresh-screening.ts';
import { buildProposalContent } from './build-proposal-content.ts';
import { buildSubmittedReviews } from './build-submitted-reviews.ts';
import { type BuiltUser, buildUser } from './build-user.ts';
import { expectOk } from './expect-ok.ts';

type Step = 'submit' | 'withdraw' | TransitionAction;

/** The way from a new draft to each status. */
const PATHS: Record<ProposalStatus, Step[]> = {
  draft: [],
  submitted: ['submit'],
  under_review: ['submit', 'start_review'],
  designated: ['submit', 'start_review', 'designate'],
  declined: ['submit', 'start_review', 'decline'],
  returned: ['submit', 'start_review', 'return'],
  suspended: ['submit', 'start_review', 'designate', 'suspend'],
  revoked: ['submit', 'start_review', 'designate', 'revoke'],
  withdrawn: ['submit', 'withdraw'],
};

export type BuildProposalOptions = {
  consortium: BuiltConsortium;
  /** default draft */
  status?: ProposalStatus;
  /** overrides of buildProposalContent() */
  content?: Partial<ProposalContent>;
  /** who starts the review; default a new program officer when the status needs one */
  programOfficer?: BuiltUser;
  /** who decides; default a new decision maker when the status needs one */
  decisionMaker?: BuiltUser;
  /** the call it answers; default an open call (one is published when none is open) */
  callId?: string;
};

/**
 * A proposal of the consortium brought to the given status through the proposal services: created and
 * submitted by the consortium's anchor applicant, moved on by officers, each step with its audit entry
 * (and, on submission, its queued screening job). Before a designation it screens the parties against a fresh list
 * (buildFreshScreening) and adds the submitted reviews the gate requires (buildSubmittedReviews). Returns the
 * proposal as the last actor saw it.
 */
export const buildProposal = async (t: TestApp, options: BuildProposalOptions): Promise<ProposalView> => {
  const { consortium, status = 'draft' } = options;
  const applicant = consortium.anchor.actor;
  let proposal = expectOk(
    await createProposal(t.deps, applicant, {
      consortiumId: consortium.id,
      callId: options.callId ?? (await openCallId(t)),
      content: buildProposalContent(options.content),
    }),
    'buildProposal',
  );
  let programOfficer = options.programOfficer;
  let decisionMaker = options.decisionMaker;
  for (const step of PATHS[status]) {
    if (step === 'submit') {
      proposal = expectOk(await submitProposal(t.deps, applicant, proposal.id), 'buildProposal: submit');
      continue;
    }
    if (step === 'withdraw') {
      const input = { proposalId: proposal.id, reason: 'Test: withdraw' };
      proposal = expectOk(await withdrawProposal(t.deps, applicant, input), 'buildProposal: withdraw');
      continue;
    }
    if (step === 'designate') {
      // the designation gate: every party screened against a fresh list, and the reviews the program requires
      await buildFreshScreening(t, proposal.id);
      await buildSubmittedReviews(t, { proposalId: proposal.id });
    }
    let officer: BuiltUser;
    if (step === 'start_review') {
      programOfficer = programOfficer ?? (await buildUser(t, { role: 'program_officer' }));
      officer = programOfficer;
    } else {
      decisionMaker = decisionMaker ?? (await buildUser(t, { role: 'decision_maker' }));
      officer = decisionMaker;
    }
    proposal = expectOk(
      await transitionProposal(t.deps, officer.actor, {
        proposalId: proposal.id,
        action: step,
        reason: `Test: ${step.replace('_', ' ')}`,
      }),
      `buildProposal: ${step}`,
    );
  }
  return proposal;
};
