import type { Actor } from '../../core/accounts/roles.ts';
import { canonicalJson } from '../../core/audit/audit-chain.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import type { DesignationVerdict, GateOverride } from '../../core/proposal/designation-gate.ts';
import type { TransitionAction } from '../../core/proposal/proposal-status.ts';
import { applyTransition } from '../../core/proposal/workflow.ts';
import { insertDecisionRecord } from '../../db/repos/decisions.repo.ts';
import { findProposal, updateStatus } from '../../db/repos/proposals.repo.ts';
import { loadVisibleProposal, notFound } from '../access.ts';
import { type NotificationEvent, notify, proposalLabel } from '../notifications/notify.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { gateVerdict, loadDesignationGate } from './load-designation-gate.ts';
import { type ProposalView, toProposalView } from './proposal-view.ts';

/** The decisions of the decision maker that leave a decision record (and the gate's verdict at the time). */
const DECISIONS: readonly TransitionAction[] = ['designate', 'decline', 'return'];

/** The decision record's fields beside `reason` (the determination text); designation only. */
export type DecisionTerms = {
  conditions?: string[] | undefined;
  termMonths?: number | undefined;
  reportingDuties?: string[] | undefined;
  overrides?: GateOverride[] | undefined;
};

const termsOnlyForDesignation = (action: TransitionAction, terms: DecisionTerms) => {
  if (action === 'designate') return null;
  const given = (['conditions', 'termMonths', 'reportingDuties', 'overrides'] as const).filter(
    (key) => terms[key] !== undefined && !(Array.isArray(terms[key]) && terms[key].length === 0),
  );
  return given.length === 0
    ? null
    : err(
        appError(
          'invalid_input',
          'Conditions, term, reporting duties and overrides belong to a designation only.',
          given.map((path) => ({ path, message: `only with the action "designate", not "${action}"` })),
        ),
      );
};

/**
 * An officer's move: start review, designate, decline, return, suspend, reinstate, revoke. A designation passes the
 * designation gate first (409 designation_blocked with every blocker otherwise). Designate, decline and return store
 * an immutable decision record (the reason is its determination text) whose SHA-256 goes into the audit entry.
 */
export const transitionProposal = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { proposalId: string; action: TransitionAction; reason: string } & DecisionTerms,
): Promise<Result<ProposalView>> => {
  const misplaced = termsOnlyForDesignation(input.action, input);
  if (misplaced) return misplaced;
  const saved = await inTransaction(deps.db, async (trx) => {
    const loaded = await loadVisibleProposal(trx, actor, input.proposalId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    const proposal = loaded.value;
    const next = applyTransition({
      status: proposal.status,
      action: input.action,
      actor,
      reason: input.reason,
    });
    if (!next.ok) return next;
    const now = deps.clock();
    let verdict: DesignationVerdict | null = null;
    if (DECISIONS.includes(input.action)) {
      const state = await loadDesignationGate(trx, proposal, now);
      if (!state.ok) return state;
      const decided = gateVerdict(state.value, input.action === 'designate' ? (input.overrides ?? []) : []);
      if (!decided.ok) return decided;
      verdict = decided.value;
      if (input.action === 'designate' && !verdict.designatable) {
        const count = verdict.blockers.length;
        return err(
          appError(
            'designation_blocked',
            `This package cannot be designated: ${count} blocker${count === 1 ? '' : 's'} remain${count === 1 ? 's' : ''}. See the decision brief.`,
            { blockers: verdict.blockers },
          ),
        );
      }
    }
    const decision = verdict
      ? {
          id: deps.newId(),
          proposalId: proposal.id,
          version: proposal.currentVersion,
          action: input.action,
          determination: input.reason.trim(),
          conditions: (input.conditions ?? []).map((c) => c.trim()).filter((c) => c !== ''),
          termMonths: input.termMonths ?? null,
          reportingDuties: (input.reportingDuties ?? []).map((d) => d.trim()).filter((d) => d !== ''),
          gate: { designatable: verdict.designatable, blockers: verdict.blockers, overridden: verdict.overridden },
          decidedBy: actor.userId,
          decidedAt: now.toISOString(),
        }
      : null;
    const decisionHash = decision ? deps.sha256(canonicalJson(decision)) : null;
    if (decision && decisionHash && verdict) {
      await insertDecisionRecord(trx, {
        ...decision,
        decidedAt: now,
        hash: decisionHash,
        overrides: verdict.overridden.map((o) => ({
          id: deps.newId(),
          findingCode: o.findingCode,
          findingTitle: o.title,
          justification: o.justification,
        })),
      });
    }
    await updateStatus(trx, proposal.id, {
      status: next.value,
      now,
      ...(input.action === 'designate' ? { designatedAt: now } : {}),
    });
    await recordAudit(trx, deps, {
      actor,
      action: `proposal.${input.action}`,
      objectType: 'proposal',
      objectId: proposal.id,
      summary: {
        from: proposal.status,
        to: next.value,
        reason: input.reason,
        version: proposal.currentVersion,
        ...(decision && decisionHash
          ? {
              decisionId: decision.id,
              decisionHash,
              ...(decision.conditions.length > 0 ? { conditions: decision.conditions } : {}),
              ...(decision.termMonths !== null ? { termMonths: decision.termMonths } : {}),
              ...(decision.reportingDuties.length > 0 ? { reportingDuties: decision.reportingDuties } : {}),
              ...(verdict && verdict.overridden.length > 0
                ? {
                    overrides: verdict.overridden.map((o) => ({
                      findingCode: o.findingCode,
                      justification: o.justification,
                    })),
                  }
                : {}),
            }
          : {}),
      },
    });
    const event = transitionNotice(input.action, {
      id: proposal.id,
      title: proposalLabel(proposal.draft.title),
      consortiumId: proposal.consortiumId,
    });
    if (event) await notify(trx, deps, { ...event, actorUserId: actor.userId });
    return ok(null);
  });
  if (!saved.ok) return saved;
  const proposal = await findProposal(deps.db, input.proposalId);
  return proposal ? ok(await toProposalView(deps.db, actor, proposal)) : notFound('Proposal');
};

/** Who must act after the move: decision makers once review starts; the applicant when returned or decided. */
const transitionNotice = (
  action: TransitionAction,
  p: { id: string; title: string; consortiumId: string },
): NotificationEvent | null => {
  const base = { link: `/proposals/${p.id}`, object: { type: 'proposal', id: p.id }, consortiumId: p.consortiumId };
  switch (action) {
    case 'start_review':
      return { ...base, kind: 'decision_ready', title: `${p.title} is under review and awaits a decision`, body: '' };
    case 'return':
      return {
        ...base,
        kind: 'proposal_returned',
        title: `${p.title} was returned for revision`,
        // officers' reasons reach applicants only as the program settings allow (the proposal's history says it)
        body: 'Open the proposal to see what to revise, then submit the draft again.',
      };
    case 'designate':
      return { ...base, kind: 'proposal_designated', title: `${p.title} was designated a priority package`, body: '' };
    case 'decline':
      return {
        ...base,
        kind: 'proposal_declined',
        title: `${p.title} was declined`,
        body: 'Open the proposal for its history.',
      };
    default:
      return null;
  }
};
