import { z } from '@hono/zod-openapi';
import { JOB_STATUSES } from '../../../core/jobs/job-status.ts';

/** Wire schemas of background jobs. */
export const JobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(JOB_STATUSES),
  attempts: z.number(),
  progress: z.unknown(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export const JobResponseSchema = z.object({ job: JobSchema });
export const JobQueuedSchema = z.object({ jobId: z.string() });

export type Job = z.infer<typeof JobSchema>;
export type JobResponse = z.infer<typeof JobResponseSchema>;
export type JobQueued = z.infer<typeof JobQueuedSchema>;
