import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import type { HitDecision } from '../../core/screening/hit-status.ts';
import { insertAdjudication } from '../../db/repos/adjudications.repo.ts';
import { findHit, type HitRecord } from '../../db/repos/screening-hits.repo.ts';
import { notFound, refused } from '../access.ts';
import { recommendSuspension } from '../proposals/recommend-suspension.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';

export type AdjudicateInput = { hitId: string; decision: HitDecision; reason: string };

/** A compliance officer decides a hit; the decision is appended (a later one supersedes) and audited. */
export const adjudicateHit = async (
  deps: ServiceDeps,
  actor: Actor,
  input: AdjudicateInput,
): Promise<Result<HitRecord>> => {
  if (!can(actor, 'screening.hits.adjudicate')) return refused('screening.hits.adjudicate');
  const reason = input.reason.trim();
  if (reason.length === 0) {
    return err(appError('invalid_input', 'Give a reason for the decision.', [{ path: 'reason', message: 'required' }]));
  }
  return inTransaction(deps.db, async (trx) => {
    const hit = await findHit(trx, input.hitId);
    if (!hit) return notFound('Hit');
    const id = deps.newId();
    await insertAdjudication(trx, {
      id,
      hitId: hit.id,
      decision: input.decision,
      reason,
      decidedBy: actor.userId,
      decidedAt: deps.clock(),
      reusedFrom: null,
    });
    await recordAudit(trx, deps, {
      actor,
      action: 'screening.adjudicate',
      objectType: 'screening_hit',
      objectId: hit.id,
      summary: { decision: input.decision, from: hit.status, adjudicationId: id, entryId: hit.entryId },
    });
    if (input.decision === 'true_match') {
      await recommendSuspension(trx, deps, {
        partyId: hit.partyId,
        hitId: hit.id,
        matchedName: hit.matchedName,
        actor,
      });
    }
    const updated = await findHit(trx, hit.id);
    return updated ? ok(updated) : notFound('Hit');
  });
};
