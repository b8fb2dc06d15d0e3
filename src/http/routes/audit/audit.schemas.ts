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
export type AuditEntriesResponse = z.infer<typeof AuditEntriesResponseSchema>;
export type AuditCheckpointResponse = z.infer<typeof AuditCheckpointResponseSchema>;
export type AuditCheckpointsResponse = z.infer<typeof AuditCheckpointsResponseSchema>;
