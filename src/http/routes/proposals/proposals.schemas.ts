import { z } from '@hono/zod-openapi';
import { ProposalContentSchema } from '../../../core/package/proposal.schema.ts';
import { CHANGE_KINDS } from '../../../core/proposal/diff-content.ts';
import { PROPOSAL_STATUSES, TRANSITION_ACTIONS } from '../../../core/proposal/proposal-status.ts';
import { IdParamSchema } from '../../route-helpers.ts';
import { AuditEntrySchema } from '../audit/audit.schemas.ts';

/** Wire schemas of proposals, their versions and their history. */
export const ProposalSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    consortiumId: z.string(),
    consortiumName: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    currentVersion: z.number().nullable(),
    updatedAt: z.string(),
    targets: z.array(z.string()),
  })
  .openapi('ProposalSummary');

export const ProposalSchema = ProposalSummarySchema.extend({
  draft: ProposalContentSchema,
  versions: z.array(z.object({ number: z.number(), submittedAt: z.string() })),
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  canWithdraw: z.boolean(),
  canDelete: z.boolean(),
  allowedActions: z.array(z.enum(TRANSITION_ACTIONS)),
}).openapi('Proposal');

export const ProposalVersionSchema = z.object({
  number: z.number(),
  submittedAt: z.string(),
  submittedBy: z.string().nullable(),
  content: ProposalContentSchema,
});

export const ContentChangeSchema = z.object({
  path: z.string(),
  kind: z.enum(CHANGE_KINDS),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

export const ProposalListQuerySchema = z.object({ status: z.enum(PROPOSAL_STATUSES).optional() });
export const ProposalCreateRequestSchema = z.object({
  consortiumId: z.string().min(1, 'pick a consortium'),
  content: ProposalContentSchema,
});
export const DraftSaveRequestSchema = z.object({ content: ProposalContentSchema });
export const TransitionRequestSchema = z.object({
  action: z.enum(TRANSITION_ACTIONS),
  reason: z.string().trim().max(4000).default(''),
});
export const WithdrawRequestSchema = z.object({
  reason: z
    .string({ error: 'give the reason for withdrawing' })
    .trim()
    .min(3, 'give a reason of at least 3 characters')
    .max(4000, 'at most 4000 characters'),
});
export const DeletedResponseSchema = z.object({ deleted: z.object({ id: z.string() }) });
export const VersionParamsSchema = IdParamSchema.extend({ number: z.coerce.number().int().min(1) });
export const DiffQuerySchema = z.object({
  from: z.coerce.number().int().min(1),
  to: z.union([z.literal('draft'), z.coerce.number().int().min(1)]),
});

export const ProposalsResponseSchema = z.object({ proposals: z.array(ProposalSummarySchema) });
export const ProposalResponseSchema = z.object({ proposal: ProposalSchema });
export const ProposalVersionResponseSchema = z.object({ version: ProposalVersionSchema });
export const DiffResponseSchema = z.object({ changes: z.array(ContentChangeSchema) });
export const HistoryResponseSchema = z.object({ entries: z.array(AuditEntrySchema) });

export type ProposalSummary = z.infer<typeof ProposalSummarySchema>;
export type Proposal = z.infer<typeof ProposalSchema>;
export type ProposalVersion = z.infer<typeof ProposalVersionSchema>;
export type ContentChange = z.infer<typeof ContentChangeSchema>;
export type ProposalCreateRequest = z.input<typeof ProposalCreateRequestSchema>;
export type TransitionRequest = z.input<typeof TransitionRequestSchema>;
export type ProposalsResponse = z.infer<typeof ProposalsResponseSchema>;
export type ProposalResponse = z.infer<typeof ProposalResponseSchema>;
export type ProposalVersionResponse = z.infer<typeof ProposalVersionResponseSchema>;
export type DiffResponse = z.infer<typeof DiffResponseSchema>;
export type HistoryResponse = z.infer<typeof HistoryResponseSchema>;
export type WithdrawRequest = z.input<typeof WithdrawRequestSchema>;
export type DeletedResponse = z.infer<typeof DeletedResponseSchema>;
export type DraftSaveRequest = z.input<typeof DraftSaveRequestSchema>;
