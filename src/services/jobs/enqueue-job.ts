import type { Kysely } from 'kysely';
import { insertJob } from '../../db/repos/jobs.repo.ts';
import type { Database } from '../../db/schema.ts';
import type { ServiceDeps } from '../service-deps.ts';

/** The kinds of background job the worker runs. */
export type JobKind = 'screen-proposal' | 'delta-rescreen' | 'refresh-list';

/** Queues a job inside the caller's transaction, so it exists exactly when the caller's writes do; returns its id. */
export const enqueueJob = async (
  trx: Kysely<Database>,
  deps: Pick<ServiceDeps, 'clock' | 'newId'>,
  job: { kind: JobKind; payload: Record<string, unknown> },
): Promise<string> => {
  const id = deps.newId();
  await insertJob(trx, { id, kind: job.kind, payload: job.payload, now: deps.clock() });
  return id;
};
