import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import type { JobStatus } from '../../core/jobs/job-status.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { findJob } from '../../db/repos/jobs.repo.ts';
import { notFound } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';

export type JobView = {
  id: string;
  kind: string;
  status: JobStatus;
  attempts: number;
  progress: unknown;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
};

/** A background job's status and progress; for those who may read jobs (others get not_found). */
export const getJob = async (deps: Pick<ServiceDeps, 'db'>, actor: Actor, id: string): Promise<Result<JobView>> => {
  if (!can(actor, 'jobs.read')) return notFound('Job');
  const job = await findJob(deps.db, id);
  if (!job) return notFound('Job');
  return ok({
    id: job.id,
    kind: job.kind,
    status: job.status,
    attempts: job.attempts,
    progress: job.progress,
    lastError: job.lastError,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  });
};
