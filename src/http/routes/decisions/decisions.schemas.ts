import { z } from '@hono/zod-openapi';
import { DESIGNATION_BLOCKER_CODES } from '../../../core/proposal/designation-gate.ts';
import { PROPOSAL_STATUSES, TRANSITION_ACTIONS } from '../../../core/proposal/proposal-status.ts';
import { HIT_STATUSES } from '../../../core/screening/hit-status.ts';
import { FindingSchema } from '../eligibility/eligibility.schemas.ts';

/** Wire schemas of the decision brief and the designation gate. */
export const DesignationBlockerSchema = z
  .object({
    code: z.enum(DESIGNATION_BLOCKER_CODES),
    message: z.string(),
    object: z.object({
      type: z.enum(['finding', 'party', 'hit', 'reviews', 'assignment', 'conflict']),
      id: z.string(),
      label: z.string(),
    }),
    overridable: z.boolean(),
    findingCode: z.string().optional(),
  })
  .openapi('DesignationBlocker');

export const DecisionBriefSchema = z
  .object({
    proposal: z.object({
      id: z.string(),
      title: z.string(),
      status: z.enum(PROPOSAL_STATUSES),
      currentVersion: z.number().nullable(),
    }),
    asOf: z.string(),
    rulesVersion: z.string(),
    findings: z.object({ blockers: z.array(FindingSchema), warnings: z.array(FindingSchema) }),
    screening: z.object({
      maxListAgeDays: z.number(),
      defaultMaxListAgeDays: z.number(),
      listAgeNote: z.string().nullable(),
      parties: z.array(
        z.object({
          id: z.string().nullable(),
          kind: z.string(),
          name: z.string(),
          state: z.enum(['not_screened', 'open_hits', 'true_match', 'cleared']),
          screenedAt: z.string().nullable(),
          lists: z.array(z.object({ source: z.string(), asOf: z.string(), ageDays: z.number(), stale: z.boolean() })),
          hits: z.array(
            z.object({ id: z.string(), status: z.enum(HIT_STATUSES), listName: z.string(), matchedName: z.string() }),
          ),
        }),
      ),
    }),
    reviews: z.object({
      required: z.number(),
      submitted: z.number(),
      meanScore: z.number().nullable(),
      recommendations: z.object({ designate: z.number(), decline: z.number(), return: z.number() }),
      items: z.array(
        z.object({
          reviewerName: z.string(),
          agency: z.string().nullable(),
          status: z.string(),
          recommendation: z.string().nullable(),
          meanScore: z.number().nullable(),
          submittedAt: z.string().nullable(),
        }),
      ),
    }),
    conflicts: z.array(
      z.object({
        reviewerName: z.string(),
        certification: z.string(),
        recusalReason: z.string().nullable(),
        waiverReason: z.string().nullable(),
        waivedAt: z.string().nullable(),
      }),
    ),
    gate: z.object({
      designatable: z.boolean(),
      blockers: z.array(DesignationBlockerSchema),
      overridden: z.array(
        z.object({ findingCode: z.string(), title: z.string(), label: z.string(), justification: z.string() }),
      ),
    }),
    decisions: z.array(
      z.object({
        id: z.string(),
        action: z.string(),
        version: z.number().nullable(),
        determination: z.string(),
        conditions: z.array(z.string()),
        termMonths: z.number().nullable(),
        reportingDuties: z.array(z.string()),
        decidedByName: z.string(),
        decidedAt: z.string(),
        hash: z.string(),
        overrides: z.array(z.object({ findingCode: z.string(), findingTitle: z.string(), justification: z.string() })),
      }),
    ),
    allowedActions: z.array(z.enum(TRANSITION_ACTIONS)),
  })
  .openapi('DecisionBrief');

export const DecisionBriefResponseSchema = z.object({ brief: DecisionBriefSchema });

export type DesignationBlocker = z.infer<typeof DesignationBlockerSchema>;
export type DecisionBrief = z.infer<typeof DecisionBriefSchema>;
export type DecisionBriefResponse = z.infer<typeof DecisionBriefResponseSchema>;
