import { z } from '@hono/zod-openapi';
import { isCountryCode } from '../../../core/kernel/countries.ts';
import { ProposalContentSchema } from '../../../core/package/proposal.schema.ts';
import { CHANGE_KINDS } from '../../../core/proposal/diff-content.ts';
import {
  QUEUE_DEFAULT_PAGE_SIZE,
  QUEUE_PAGE_SIZES,
  QUEUE_SORTS,
  QUEUE_TABS,
  type QueueTab,
  SORT_DIRECTIONS,
} from '../../../core/proposal/proposal-queue.ts';
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
    /** the call it answers; null for proposals started before calls were recorded */
    callId: z.string().nullable(),
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
  /** the call it answers; may be left out when exactly one call is open */
  callId: z.string().min(1, 'pick a call').max(100).optional(),
  content: ProposalContentSchema,
});
export const DraftSaveRequestSchema = z.object({ content: ProposalContentSchema });
export const TransitionRequestSchema = z.object({
  action: z.enum(TRANSITION_ACTIONS),
  /** the reasons; for designate, decline and return, the decision record's determination text */
  reason: z.string().trim().max(4000).default(''),
  /** designate only: the conditions of the designation, one per line */
  conditions: z.array(z.string().trim().min(1, 'a condition cannot be empty').max(2000)).max(50).optional(),
  /** designate only: the term of the designation in months */
  termMonths: z.number({ error: 'enter a number of months' }).int('whole months').min(1).max(240).optional(),
  /** designate only: the reporting duties of the consortium, one per line */
  reportingDuties: z.array(z.string().trim().min(1, 'a duty cannot be empty').max(2000)).max(50).optional(),
  /** designate only: blocker findings overridden, each with a written justification */
  overrides: z
    .array(
      z.object({
        findingCode: z.string().trim().min(1, 'name the finding code').max(200),
        justification: z.string().trim().max(4000),
      }),
    )
    .max(50)
    .optional(),
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

const csvList = <T extends z.ZodType<string>>(item: T, label: string) =>
  z
    .string()
    .max(2000)
    .transform((text, ctx) => {
      const values = text
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '');
      const parsed: z.infer<T>[] = [];
      for (const value of values) {
        const one = item.safeParse(value);
        if (!one.success) {
          ctx.addIssue({ code: 'custom', message: `"${value}" is not a ${label}` });
          return z.NEVER;
        }
        parsed.push(one.data as z.infer<T>);
      }
      return parsed;
    });
const count = (what: string) =>
  z.coerce
    .number({ message: `${what} must be a whole number` })
    .int(`${what} must be a whole number`)
    .min(0, `${what} cannot be negative`)
    .max(100_000)
    .optional();

export const QueueQuerySchema = z.object({
  tab: z.enum(QUEUE_TABS).default('to_act'),
  q: z.string().trim().max(200, 'at most 200 characters').optional(),
  status: csvList(z.enum(PROPOSAL_STATUSES), 'proposal status').optional(),
  targets: csvList(
    z
      .string()
      .refine((code) => isCountryCode(code.toUpperCase()))
      .transform((code) => code.toUpperCase()),
    'country code (ISO alpha-2)',
  ).optional(),
  minAge: count('the minimum age in days'),
  maxAge: count('the maximum age in days'),
  minHits: count('the minimum of open hits'),
  maxHits: count('the maximum of open hits'),
  minBlockers: count('the minimum of blockers'),
  maxBlockers: count('the maximum of blockers'),
  sort: z.enum(QUEUE_SORTS).default('age'),
  dir: z.enum(SORT_DIRECTIONS).default('desc'),
  page: z.coerce.number().int('a whole page number').min(1, 'pages start at 1').max(100_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (QUEUE_PAGE_SIZES as readonly number[]).includes(n), `one of ${QUEUE_PAGE_SIZES.join(', ')}`)
    .default(QUEUE_DEFAULT_PAGE_SIZE),
});

export const QueueItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    consortiumId: z.string(),
    consortiumName: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    currentVersion: z.number().nullable(),
    targets: z.array(z.string()),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
    ageDays: z.number().nullable(),
    openHits: z.number(),
    blockerCount: z.number().nullable(),
    blockersCheckedAt: z.string().nullable(),
    reviewProgress: z.null(),
  })
  .openapi('QueueItem');
export const QueueResponseSchema = z.object({
  items: z.array(QueueItemSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  tabCounts: z.object(Object.fromEntries(QUEUE_TABS.map((t) => [t, z.number()])) as Record<QueueTab, z.ZodNumber>),
});
export type QueueItem = z.infer<typeof QueueItemSchema>;
export type QueueResponse = z.infer<typeof QueueResponseSchema>;
