import { z } from 'zod';
import type { JobLane } from '../../core/jobs/job-policy.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';

/** Every kind of background job, with the schema of its payload: one entry per kind, nothing else decides. */
export const JOB_PAYLOAD_SCHEMAS = {
  /** screen the parties of a submitted proposal against the current lists */
  'screen-proposal': z.object({ proposalId: z.string().min(1) }),
  /** re-screen stored parties against what changed between two versions of a list */
  'delta-rescreen': z.object({ listVersionId: z.string().min(1), previousVersionId: z.string().min(1).nullable() }),
  /** fetch a list from its configured URL and import it when it changed */
  'refresh-list': z.object({
    source: z.string().min(1),
    /** who queued it: the list schedule, or a user's "refresh now" (absent on jobs queued before this was recorded) */
    trigger: z.enum(['schedule', 'request']).optional(),
  }),
} as const;

export type JobKind = keyof typeof JOB_PAYLOAD_SCHEMAS;

/** The lane each kind runs in: list downloads in their own, so they never hold up a proposal's screening. */
export const JOB_LANE_OF_KIND: Record<JobKind, JobLane> = {
  'screen-proposal': 'default',
  'delta-rescreen': 'default',
  'refresh-list': 'lists',
};

/** The payload a job of kind K carries. */
export type JobPayload<K extends JobKind> = z.infer<(typeof JOB_PAYLOAD_SCHEMAS)[K]>;

export const isJobKind = (kind: string): kind is JobKind => Object.hasOwn(JOB_PAYLOAD_SCHEMAS, kind);

/** A stored payload checked against its kind's schema; `invalid_input` naming the fields otherwise. */
export const parseJobPayload = <K extends JobKind>(kind: K, payload: unknown): Result<JobPayload<K>> => {
  const parsed = JOB_PAYLOAD_SCHEMAS[kind].safeParse(payload);
  if (parsed.success) return ok(parsed.data as JobPayload<K>);
  const details = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  return err(
    appError(
      'invalid_input',
      `${kind} job payload does not match its schema: ${details.map((d) => `${d.path || '(payload)'}: ${d.message}`).join('; ')}`,
      details,
    ),
  );
};
