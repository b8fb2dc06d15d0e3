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
export const AuditQuerySchema = z.object({ objectId: z.string().max(100).optional() });
export const AuditEntriesResponseSchema = z.object({ entries: z.array(AuditEntrySchema) });
export const AuditVerdictSchema = z.object({
  ok: z.boolean(),
  count: z.number(),
  brokenAt: z.number().nullable(),
  reason: z.string().nullable(),
});

export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditVerdict = z.infer<typeof AuditVerdictSchema>;
export type AuditEntriesResponse = z.infer<typeof AuditEntriesResponseSchema>;
