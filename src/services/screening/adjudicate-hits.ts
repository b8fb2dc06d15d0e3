import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import type { HitDecision } from '../../core/screening/hit-status.ts';
import { insertAdjudication } from '../../db/repos/adjudications.repo.ts';
import { findHitsForUpdate, type HitRecord } from '../../db/repos/screening-hits.repo.ts';
import { refused } from '../access.ts';
import { recommendSuspension } from '../proposals/recommend-suspension.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';

/** The most hits one bulk decision may take. */
export const MAX_BULK_HITS = 500;

export type AdjudicateManyInput = { hitIds: readonly string[]; decision: HitDecision; reason: string };

/**
 * A compliance officer decides several open hits at once with one reason: all or none, in one transaction,
 * one adjudication and one audit entry per hit. Unknown hits and hits already decided are refused, each named
 * in a field-level detail (`hitIds[i]`); a decided hit is changed one at a time (`adjudicateHit`).
 */
export const adjudicateHits = async (
  deps: ServiceDeps,
  actor: Actor,
  input: AdjudicateManyInput,
): Promise<Result<HitRecord[]>> => {
  if (!can(actor, 'screening.hits.adjudicate')) return refused('screening.hits.adjudicate');
  const reason = input.reason.trim();
  if (reason.length === 0) {
    return err(appError('invalid_input', 'Give a reason for the decision.', [{ path: 'reason', message: 'required' }]));
  }
  const ids = [...new Set(input.hitIds)];
  if (ids.length === 0 || ids.length > MAX_BULK_HITS) {
    return err(
      appError('invalid_input', `Give between 1 and ${MAX_BULK_HITS} hits.`, [
        { path: 'hitIds', message: `1 to ${MAX_BULK_HITS} hit ids` },
      ]),
    );
  }
  return inTransaction(deps.db, async (trx) => {
    const found = new Map((await findHitsForUpdate(trx, ids)).map((hit) => [hit.id, hit]));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) {
      return err(
        appError(
          'not_found',
          `Hit not found: ${missing.join(', ')}. Nothing was decided.`,
          missing.map((id) => ({ path: `hitIds[${input.hitIds.indexOf(id)}]`, message: `no hit ${id}` })),
        ),
      );
    }
    const decided = ids.flatMap((id) => {
      const hit = found.get(id);
      return hit && hit.status !== 'open' ? [hit] : [];
    });
    if (decided.length > 0) {
      return err(
        appError(
          'conflict',
          `Already decided: ${decided.map((h) => `${h.id} (${h.status})`).join(', ')}. Nothing was decided; change a decided hit on its own.`,
          decided.map((h) => ({
            path: `hitIds[${input.hitIds.indexOf(h.id)}]`,
            message: `hit ${h.id} is already decided (${h.status})`,
          })),
        ),
      );
    }
    const decidedAt = deps.clock();
    for (const id of ids) {
      const hit = found.get(id)!;
      const adjudicationId = deps.newId();
      await insertAdjudication(trx, {
        id: adjudicationId,
        hitId: id,
        decision: input.decision,
        reason,
        decidedBy: actor.userId,
        decidedAt,
        reusedFrom: null,
      });
      await recordAudit(trx, deps, {
        actor,
        action: 'screening.adjudicate',
        objectType: 'screening_hit',
        objectId: id,
        summary: { decision: input.decision, from: hit.status, adjudicationId, entryId: hit.entryId, bulk: ids.length },
      });
      if (input.decision === 'true_match') {
        await recommendSuspension(trx, deps, { partyId: hit.partyId, hitId: id, matchedName: hit.matchedName, actor });
      }
    }
    const updated = await findHitsForUpdate(trx, ids);
    return ok(ids.flatMap((id) => updated.filter((hit) => hit.id === id)));
  });
};
