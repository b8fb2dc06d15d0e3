import type { Kysely } from 'kysely';
import { insertJob } from '../../db/repos/jobs.repo.ts';
import type { Database } from '../../db/schema.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { JOB_LANE_OF_KIND, JOB_PAYLOAD_SCHEMAS, type JobKind, type JobPayload } from './job-payloads.ts';

export type { JobKind, JobPayload };

/**
 * Queues a job inside the caller's transaction, so it exists exactly when the caller's writes do; returns its id.
 * The payload is typed by the kind (job-payloads.ts) and stored as its schema parses it, in its kind's lane.
 */
export const enqueueJob = async <K extends JobKind>(
  trx: Kysely<Database>,
  deps: Pick<ServiceDeps, 'clock' | 'newId'>,
  job: { kind: K; payload: JobPayload<K> },
): Promise<string> => {
  const id = deps.newId();
  const payload = JOB_PAYLOAD_SCHEMAS[job.kind].parse(job.payload) as Record<string, unknown>;
  await insertJob(trx, { id, kind: job.kind, lane: JOB_LANE_OF_KIND[job.kind], payload, now: deps.clock() });
  return id;
};
