import { appError } from '../core/kernel/errors.ts';
import type { Result } from '../core/kernel/result.ts';
import { err } from '../core/kernel/result.ts';
import type { JobRecord } from '../services/jobs/job-queue.ts';
import { deltaRescreenParties } from '../services/screening/delta-rescreen-parties.ts';
import { type FetchFunction, type ListSourceConfig, refreshList } from '../services/screening/refresh-list.ts';
import { screenProposalParties } from '../services/screening/screen-proposal-parties.ts';
import type { ServiceDeps } from '../services/service-deps.ts';

export type JobProgress = (progress: { done: number; total: number }) => Promise<void>;

/** Runs one job; a failed Result (or a throw) is recorded on the job and retried with backoff. */
export type JobHandler = (deps: ServiceDeps, job: JobRecord, progress: JobProgress) => Promise<Result<unknown>>;

export type JobHandlers = Record<string, JobHandler>;

const text = (payload: Record<string, unknown>, key: string): string | null =>
  typeof payload[key] === 'string' ? (payload[key] as string) : null;

/** The handlers of every job kind; refresh-list fetches through the given fetch from the configured URLs. */
export const createJobHandlers = (options: { fetch: FetchFunction; listSources: ListSourceConfig }): JobHandlers => ({
  'screen-proposal': async (deps, job) => {
    const proposalId = text(job.payload, 'proposalId');
    if (!proposalId) return err(appError('invalid_input', 'screen-proposal job without proposalId'));
    return screenProposalParties(deps, proposalId);
  },
  'delta-rescreen': async (deps, job, progress) => {
    const listVersionId = text(job.payload, 'listVersionId');
    if (!listVersionId) return err(appError('invalid_input', 'delta-rescreen job without listVersionId'));
    return deltaRescreenParties(
      deps,
      { listVersionId, previousVersionId: text(job.payload, 'previousVersionId') },
      progress,
    );
  },
  'refresh-list': async (deps, job) => {
    const source = text(job.payload, 'source');
    const config = source ? options.listSources[source] : undefined;
    if (!source || !config) return err(appError('invalid_input', `No refresh URL configured for source ${source}`));
    return refreshList(deps, { source, url: config.url, format: config.format, fetch: options.fetch });
  },
});
