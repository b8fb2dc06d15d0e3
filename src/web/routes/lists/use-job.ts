import { useEffect, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Job } from '../../api/types.ts';

const POLL_MS = 1000;

/** Follows a background job by polling GET /api/v1/jobs/{id} until it is done or failed. */
export const useJob = (jobId: string | null): { job: Job | null; error: ApiError | null } => {
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    setJob(null);
    setError(null);
    if (jobId === null) return;
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const { job: next } = await api.job(jobId);
        if (!active) return;
        setJob(next);
        if (next.status === 'queued' || next.status === 'running') timer = setTimeout(poll, POLL_MS);
      } catch (caught) {
        if (active)
          setError(
            caught instanceof ApiError ? caught : new ApiError({ status: 0, code: 'error', message: String(caught) }),
          );
      }
    };
    void poll();
    return () => {
      active = false;
      if (timer) clearTimeout(timer);
    };
  }, [jobId]);

  return { job, error };
};
