import { z } from '@hono/zod-openapi';
import { JOB_STATUSES } from '../../../core/jobs/job-status.ts';
import { ALERT_KINDS } from '../../../core/screening/alert-kind.ts';
import { ALERT_STATUSES } from '../../../core/screening/alert-status.ts';
import { HIT_DECISIONS, HIT_STATUSES, SCREENED_NAME_TYPES } from '../../../core/screening/hit-status.ts';
import { LIST_FORMATS } from '../../../core/screening/lists/list-entry.ts';
import { MAX_BULK_HITS } from '../../../services/screening/adjudicate-hits.ts';
import { MAX_LIST_FILES } from '../../../services/screening/import-list-content.ts';

/** Wire schemas of screening: names, hits, decisions, alerts and list versions. */
export const MAX_SCREEN_BATCH = 1000;

const CountryCodeSchema = z.string().regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code');

export const HitStatusSchema = z.enum(HIT_STATUSES);

export const ScreenRequestSchema = z.object({
  names: z
    .array(
      z.object({
        name: z.string().trim().min(1, 'a name is required').max(500),
        type: z.enum(SCREENED_NAME_TYPES).optional(),
        country: CountryCodeSchema.optional(),
      }),
    )
    .min(1, 'give at least one name')
    .max(MAX_SCREEN_BATCH, `at most ${MAX_SCREEN_BATCH} names per request; split the batch`),
});

export const NameHitSchema = z.object({
  list: z.string(),
  listSource: z.string(),
  source: z.string(),
  entryId: z.string(),
  name: z.string(),
  matchedName: z.string(),
  score: z.number(),
  explanation: z.string(),
  /** readable list name, e.g. "Entity List", "Specially Designated Nationals (SDN)" */
  listName: z.string(),
  programs: z.array(z.string()),
  /** the source's page for the entry or its list, when it gives one */
  entryUrl: z.string().nullable(),
  /** every address of the entity (its rows differing only by address are one hit) */
  addresses: z.array(z.string()),
});

export const ScreenResponseSchema = z.object({
  results: z.array(z.object({ query: z.string(), hits: z.array(NameHitSchema) })),
  lists: z.array(
    z.object({
      id: z.string(),
      source: z.string(),
      /** the list's own date */
      asOf: z.string(),
      importedAt: z.string(),
      /** whole days since asOf */
      ageDays: z.number(),
      /** older than the program setting maxListAgeDays */
      stale: z.boolean(),
      /** the program setting maxListAgeDays in force */
      maxAgeDays: z.number(),
      contentHash: z.string(),
      entryCount: z.number(),
    }),
  ),
});

export const PartySchema = z.object({
  id: z.string(),
  proposalId: z.string().nullable(),
  kind: z.string(),
  name: z.string(),
  type: z.string(),
  country: z.string().nullable(),
  companyId: z.string().nullable(),
  /** 'not_screened': at its last screening no list version was loaded, or only ones older than maxListAgeDays */
  screeningStatus: z.enum(['screened', 'not_screened']),
  /** the list versions of its last screening */
  listVersionIds: z.array(z.string()),
  screenedAt: z.string().nullable(),
});

export const AdjudicationSchema = z.object({
  id: z.string(),
  decision: z.enum(HIT_DECISIONS),
  reason: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string(),
  reusedFrom: z.string().nullable(),
});

/** One token pairing of a hit's explanation: the query's token against the list entry's. */
export const TokenMatchSchema = z.object({
  kind: z.string(),
  query: z.string(),
  candidate: z.string(),
  similarity: z.number(),
});
/** Why a hit scored as it did, as stored with the hit. */
export const HitExplanationSchema = z.object({
  text: z.string().optional(),
  tokens: z.array(TokenMatchSchema).optional(),
  list: z.string().optional(),
  source: z.string().optional(),
  name: z.string().optional(),
  listName: z.string().optional(),
  programs: z.array(z.string()).optional(),
  entryUrl: z.string().nullable().optional(),
  addresses: z.array(z.string()).optional(),
  entryIds: z.array(z.string()).optional(),
});

export const HitSchema = z.object({
  id: z.string(),
  party: PartySchema,
  listSource: z.string(),
  listVersionId: z.string(),
  entryId: z.string(),
  entryFingerprint: z.string(),
  score: z.number(),
  matchedName: z.string(),
  explanation: z.union([HitExplanationSchema, z.string(), z.null()]),
  status: HitStatusSchema,
  reusedFrom: z.string().nullable(),
  createdAt: z.string(),
  /** readable list name, e.g. "Entity List" (from the list's own source text) */
  listName: z.string(),
  programs: z.array(z.string()),
  entryUrl: z.string().nullable(),
  /** every address of the list entity (rows differing only by address are grouped into this one hit) */
  addresses: z.array(z.string()),
  /** the entry ids of the grouped rows */
  entryIds: z.array(z.string()),
});

/** The full list entry as the importers store it; any field may be missing. */
export const ListEntrySchema = z
  .object({
    list: z.string().optional(),
    source: z.string().optional(),
    entryId: z.string().optional(),
    type: z.string().optional(),
    primaryName: z.string().optional(),
    aliases: z.array(z.string()).optional(),
    countries: z.array(z.string()).optional(),
    programs: z.array(z.string()).optional(),
    remarks: z.string().optional(),
  })
  .catchall(z.unknown());

export const HitsQuerySchema = z.object({ status: HitStatusSchema.optional() });
export const HitsResponseSchema = z.object({ hits: z.array(HitSchema) });
export const HitDetailSchema = z.object({
  hit: HitSchema,
  party: PartySchema,
  entry: ListEntrySchema.nullable(),
  adjudications: z.array(AdjudicationSchema),
});
export const AdjudicateRequestSchema = z.object({
  decision: z.enum(HIT_DECISIONS),
  reason: z.string().trim().min(1, 'give a reason').max(4000),
});
export const AdjudicatedSchema = z.object({ hit: z.object({ id: z.string(), status: HitStatusSchema }) });
/** Several open hits decided at once with one reason: all or none. */
export const BulkAdjudicateRequestSchema = z.object({
  hitIds: z
    .array(z.string().min(1).max(100))
    .min(1, 'give at least one hit')
    .max(MAX_BULK_HITS, `at most ${MAX_BULK_HITS} hits per decision`),
  decision: z.enum(HIT_DECISIONS),
  reason: z.string().trim().min(1, 'give a reason').max(4000),
});
export const BulkAdjudicatedSchema = z.object({
  hits: z.array(z.object({ id: z.string(), status: HitStatusSchema })),
});

/** A list version a proposal's parties were screened against, with its age as of now (government roles). */
export const UsedListVersionSchema = z.object({
  id: z.string(),
  source: z.string(),
  asOf: z.string(),
  entryCount: z.number(),
  isCurrent: z.boolean(),
  /** whole days since asOf, and whether older than the program setting maxListAgeDays */
  ageDays: z.number(),
  stale: z.boolean(),
  maxAgeDays: z.number(),
});
export const ProposalScreeningSchema = z.object({
  /** applicants: without listVersionIds (which lists were used is not theirs to see) */
  parties: z.array(PartySchema.extend({ listVersionIds: z.array(z.string()).optional() })),
  /** government roles only: the list versions of the parties' last screening, with their age */
  lists: z.array(UsedListVersionSchema).optional(),
  hits: z.array(
    z.object({
      id: z.string(),
      partyId: z.string(),
      /** government roles only: which list entry, the matched name, the score and the decisions */
      listSource: z.string().optional(),
      /** readable list name, e.g. "Entity List" */
      listName: z.string().optional(),
      entryId: z.string().optional(),
      matchedName: z.string().optional(),
      score: z.number().optional(),
      status: HitStatusSchema,
      adjudications: z.array(AdjudicationSchema).optional(),
    }),
  ),
});

export const AlertSchema = z.object({
  id: z.string(),
  /** 'hit': a re-screening hit (hitId); 'list_shrink_allowed', 'list_refresh_refused': a list (listSource) */
  kind: z.enum(ALERT_KINDS),
  hitId: z.string().nullable(),
  proposalId: z.string().nullable(),
  listSource: z.string().nullable(),
  listVersionId: z.string().nullable(),
  message: z.string().nullable(),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  /** the user who acknowledged it, and their note (null while open) */
  acknowledgedBy: z.string().nullable(),
  acknowledgementNote: z.string().nullable(),
});
export const AlertsResponseSchema = z.object({ alerts: z.array(AlertSchema) });
export const AlertsQuerySchema = z.object({ status: z.enum(ALERT_STATUSES).optional() });
export const AcknowledgeAlertRequestSchema = z.object({ note: z.string().trim().max(2000).optional() });
export const AcknowledgedAlertSchema = z.object({ alert: AlertSchema });

export const ListVersionSchema = z.object({
  id: z.string(),
  source: z.string(),
  format: z.string(),
  contentHash: z.string(),
  asOf: z.string(),
  entryCount: z.number(),
  importedAt: z.string(),
  importedBy: z.string().nullable(),
  isCurrent: z.boolean(),
  files: z.array(z.string()),
  /** GET /api/v1/lists: whole days since asOf, and whether older than the program setting maxListAgeDays */
  ageDays: z.number().optional(),
  stale: z.boolean().optional(),
  maxAgeDays: z.number().optional(),
});
/** One refresh job of a list source and what came of it. */
export const RefreshRunSchema = z.object({
  jobId: z.string(),
  /** 'schedule' or 'request' (a user's "refresh now"); null for jobs queued before this was recorded */
  trigger: z.enum(['schedule', 'request']).nullable(),
  status: z.enum(JOB_STATUSES),
  attempts: z.number(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** not_modified (HTTP 304), unchanged (identical content), imported, refused (current version kept), or the job's state */
  outcome: z.enum(['queued', 'running', 'retrying', 'failed', 'not_modified', 'unchanged', 'imported', 'refused']),
  /** the error, the refusal, or the version imported */
  detail: z.string().nullable(),
});
export const SourceScheduleSchema = z.object({
  source: z.string(),
  lastRefresh: RefreshRunSchema.nullable(),
  lastScheduled: RefreshRunSchema.nullable(),
  /** when the schedule queues the next refresh; null without a schedule or while a refresh is queued or running */
  nextDueAt: z.string().nullable(),
  pending: z.boolean(),
});
export const ListVersionsResponseSchema = z.object({
  versions: z.array(ListVersionSchema),
  /** the refresh schedule: the sources refreshed from a URL, every refreshHours (0: no schedule, e.g. demo mode) */
  schedule: z.object({
    refreshHours: z.number(),
    sources: z.array(z.string()),
    /** per source: the latest refresh, the latest scheduled one, and when the next is due */
    status: z.array(SourceScheduleSchema),
  }),
});
export const ListImportRequestSchema = z
  .object({
    source: z.string().min(1).max(80),
    format: z.enum(LIST_FORMATS),
    /** one file's text (every format but OFAC) */
    content: z.string().min(1, 'the list is empty').max(50_000_000).optional(),
    fileName: z.string().max(200).optional(),
    /** the files by name: OFAC's sdn.csv, alt.csv, add.csv, sdn_comments.csv and/or cons_* (or one file) */
    files: z
      .array(
        z.object({
          name: z.string().min(1).max(200),
          content: z.string().min(1, 'the file is empty').max(50_000_000),
        }),
      )
      .min(1)
      .max(MAX_LIST_FILES)
      .optional(),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'YYYY-MM-DD or YYYY-MM')
      .optional(),
    /** import a version that removes more than maxListShrinkPercent of the current entries (with a reason) */
    allowShrink: z.boolean().optional(),
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .refine((body) => (body.content === undefined) !== (body.files === undefined), {
    message: 'send content (one file) or files, not both',
    path: ['content'],
  })
  .refine((body) => !body.allowShrink || body.reason !== undefined, {
    message: 'allowing a shrink needs a reason',
    path: ['reason'],
  });
const ListShrinkSchema = z.object({
  removed: z.number(),
  current: z.number(),
  percent: z.number(),
  maxPercent: z.number(),
  excessive: z.boolean(),
});
export const ListImportResultSchema = z.object({
  version: ListVersionSchema,
  duplicate: z.boolean(),
  diff: z.object({ added: z.number(), removed: z.number(), changed: z.number(), unchanged: z.number() }).nullable(),
  jobId: z.string().nullable(),
  /** the removals measured against the current version; null for a first version or identical content */
  shrink: ListShrinkSchema.nullable(),
});
const EntrySchema = z.record(z.string(), z.unknown());
export const ListDiffQuerySchema = z.object({ against: z.string().min(1).max(100) });
export const ListDiffSchema = z.object({
  from: ListVersionSchema,
  to: ListVersionSchema,
  added: z.array(EntrySchema),
  removed: z.array(EntrySchema),
  changed: z.array(z.object({ before: EntrySchema, after: EntrySchema, fields: z.array(z.string()) })),
  unchanged: z.number(),
});
export const ListSourceParamSchema = z.object({ source: z.string().min(1).max(60) });

export type ScreenRequest = z.input<typeof ScreenRequestSchema>;
export type ScreenResponse = z.infer<typeof ScreenResponseSchema>;
export type Party = z.infer<typeof PartySchema>;
export type Adjudication = z.infer<typeof AdjudicationSchema>;
export type TokenMatch = z.infer<typeof TokenMatchSchema>;
export type HitExplanation = z.infer<typeof HitExplanationSchema>;
export type Hit = z.infer<typeof HitSchema>;
export type ListEntryView = z.infer<typeof ListEntrySchema>;
export type HitDetail = z.infer<typeof HitDetailSchema>;
export type ProposalScreening = z.infer<typeof ProposalScreeningSchema>;
export type UsedListVersion = z.infer<typeof UsedListVersionSchema>;
export type ScreeningAlert = z.infer<typeof AlertSchema>;
export type ListVersion = z.infer<typeof ListVersionSchema>;
export type ListImportResult = z.infer<typeof ListImportResultSchema>;
export type HitsResponse = z.infer<typeof HitsResponseSchema>;
export type AdjudicatedResponse = z.infer<typeof AdjudicatedSchema>;
export type AlertsResponse = z.infer<typeof AlertsResponseSchema>;
export type ListVersionsResponse = z.infer<typeof ListVersionsResponseSchema>;
export type SourceSchedule = z.infer<typeof SourceScheduleSchema>;
export type RefreshRun = z.infer<typeof RefreshRunSchema>;
export type ListDiff = z.infer<typeof ListDiffSchema>;
export type AdjudicateRequest = z.input<typeof AdjudicateRequestSchema>;
export type BulkAdjudicateRequest = z.input<typeof BulkAdjudicateRequestSchema>;
export type BulkAdjudicatedResponse = z.infer<typeof BulkAdjudicatedSchema>;
export type AlertsQuery = z.input<typeof AlertsQuerySchema>;
export type AcknowledgeAlertRequest = z.input<typeof AcknowledgeAlertRequestSchema>;
export type AcknowledgedAlertResponse = z.infer<typeof AcknowledgedAlertSchema>;
export type NameHit = z.infer<typeof NameHitSchema>;
