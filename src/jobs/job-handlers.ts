import { appError } from '../core/kernel/errors.ts';
import type { Result } from '../core/kernel/result.ts';
import { err } from '../core/kernel/result.ts';
import type { JobKind, JobPayload } from '../services/jobs/job-payloads.ts';
import type { JobRecord } from '../services/jobs/job-queue.ts';
import { deltaRescreenParties } from '../services/screening/delta-rescreen-parties.ts';
import {
  DEFAULT_FETCH_TIMEOUT_MS,
  type FetchFunction,
  type ListSourceConfig,
  refreshList,
} from '../services/screening/refresh-list.ts';
import { screenProposalParties } from '../services/screening/screen-proposal-parties.ts';
import type { ServiceDeps } from '../services/service-deps.ts';

export type JobProgress = (progress: { done: number; total: number }) => Promise<void>;

/** A claimed job of kind K, its payload parsed by the kind's schema. */
export type TypedJob<K extends JobKind> = Omit<JobRecord, 'kind' | 'payload'> & { kind: K; payload: JobPayload<K> };

/**
 * Runs one job; a failed Result (or a throw) is recorded on the job and retried with backoff. The signal aborts
 * when the worker stops or another worker took the job over: long work should pass it on (fetch) and stop.
 */
export type JobHandler<K extends JobKind> = (
  deps: ServiceDeps,
  job: TypedJob<K>,
  progress: JobProgress,
  signal: AbortSignal,
) => Promise<Result<unknown>>;

/** Handlers by kind; a kind without one fails its jobs. */
export type JobHandlers = { [K in JobKind]?: JobHandler<K> };

/**
 * The handlers of every job kind; refresh-list fetches through the given fetch from the configured URLs, giving
 * up after fetchTimeoutMs (AIEXPORTS_FETCH_TIMEOUT_SECONDS; 60 s when absent).
 */
export const createJobHandlers = (options: {
  fetch: FetchFunction;
  listSources: ListSourceConfig;
  fetchTimeoutMs?: number;
}): Required<JobHandlers> => ({
  'screen-proposal': async (deps, job) => screenProposalParties(deps, job.payload.proposalId),
  'delta-rescreen': async (deps, job, progress) => deltaRescreenParties(deps, job.payload, progress),
  'refresh-list': async (deps, job, _progress, signal) => {
    const { source } = job.payload;
    const config = options.listSources[source];
    if (!config) return err(appError('invalid_input', `No refresh URL configured for source ${source}`));
    return refreshList(deps, {
      source,
      url: config.url,
      format: config.format,
      fetch: options.fetch,
      timeoutMs: options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
      signal,
    });
  },
});
