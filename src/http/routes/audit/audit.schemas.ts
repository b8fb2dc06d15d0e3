import { z } from '@hono/zod-openapi';

/** Wire schemas of the audit trail. */
export const AuditEntrySchema = z
  .object({
    seq: z.number(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string(),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string(),
    summary: z.record(z.string(), z.unknown()),
    prevHash: z.string(),
    hash: z.string(),
  })
  .openapi('AuditEntry');
const day = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what}: a date as YYYY-MM-DD`)
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), `${what}: not a calendar date`)
    .optional();
const cursor = z.coerce.number().int('a whole entry number').min(1, 'entry numbers start at 1').optional();

/** Filters of the trail; `from`/`to` are whole days (UTC), both inclusive. */
export const AuditFilterQuerySchema = z.object({
  actorId: z.string().max(100).optional(),
  actor: z.string().trim().min(1).max(200, 'at most 200 characters').optional(),
  action: z.string().trim().min(1).max(100, 'at most 100 characters').optional(),
  objectType: z.string().trim().min(1).max(60).optional(),
  objectId: z.string().trim().min(1).max(100).optional(),
  from: day('from'),
  to: day('to'),
});
export const AuditQuerySchema = AuditFilterQuerySchema.extend({
  before: cursor,
  after: cursor,
  limit: z.coerce.number().int().min(1, 'at least 1').max(200, 'at most 200').default(50),
});
export const AuditExportQuerySchema = AuditFilterQuerySchema.extend({
  format: z.enum(['jsonl', 'csv']).default('jsonl'),
});
export const AuditChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export const AuditPageEntrySchema = AuditEntrySchema.extend({
  actorRole: z.string().nullable(),
  description: z.string(),
  objectHref: z.string().nullable(),
  changes: z.array(AuditChangeSchema),
}).openapi('AuditPageEntry');
export const AuditEntriesResponseSchema = z.object({
  entries: z.array(AuditPageEntrySchema),
  olderCursor: z.number().nullable(),
  newerCursor: z.number().nullable(),
});
export const AuditVerdictSchema = z.object({
  ok: z.boolean(),
  count: z.number(),
  brokenAt: z.number().nullable(),
  reason: z.string().nullable(),
  head: z.object({ entryCount: z.number(), lastHash: z.string(), matches: z.boolean() }),
  checkpoints: z.object({
    checked: z.boolean(),
    total: z.number(),
    verified: z.number(),
    otherKey: z.number(),
    vouchedUpTo: z.number().nullable(),
    note: z.string(),
  }),
  findings: z.array(z.string()),
});
export const AuditCheckpointSchema = z
  .object({
    id: z.string(),
    entryCount: z.number(),
    lastHash: z.string(),
    at: z.string(),
    keyId: z.string(),
    mac: z.string(),
  })
  .openapi('AuditCheckpoint');
export const AuditCheckpointResponseSchema = z.object({ checkpoint: AuditCheckpointSchema });
export const AuditCheckpointsResponseSchema = z.object({ checkpoints: z.array(AuditCheckpointSchema) });

export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditVerdict = z.infer<typeof AuditVerdictSchema>;
export type AuditPageEntry = z.infer<typeof AuditPageEntrySchema>;
export type AuditEntriesResponse = z.infer<typeof AuditEntriesResponseSchema>;
export type AuditCheckpointResponse = z.infer<typeof AuditCheckpointResponseSchema>;
export type AuditCheckpointsResponse = z.infer<typeof AuditCheckpointsResponseSchema>;
