import type { Job } from '../../api/types.ts';
import { Alert } from '../../components/alert.tsx';
import { formatSummary } from '../../components/format.ts';

const HEADINGS: Record<Job['status'], string> = {
  queued: 'Queued',
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
};

/** A job's status and progress as a status message (announced politely as it changes). */
export const JobStatus = ({ label, job }: { label: string; job: Job | null }) => {
  if (job === null)
    return (
      <Alert type="info" slim>
        {label}: waiting for the job…
      </Alert>
    );
  const type = job.status === 'failed' ? 'error' : job.status === 'done' ? 'success' : 'info';
  const progress = job.progress === null || job.progress === undefined ? '' : ` · ${formatSummary(job.progress)}`;
  return (
    <Alert type={type} slim>
      {label}: <strong>{HEADINGS[job.status]}</strong>
      {job.attempts > 1 ? ` (attempt ${job.attempts})` : ''}
      {progress}
      {job.lastError ? ` · ${job.lastError}` : ''}
    </Alert>
  );
};
