/** The lanes jobs run in: one worker loop per lane, so a slow list download never delays a proposal's screening. */
export const JOB_LANES = ['default', 'lists'] as const;
export type JobLane = (typeof JOB_LANES)[number];

/**
 * Every timing and retry constant of the job queue, in one place. A running job heartbeats every
 * `heartbeatIntervalMs`; one whose heartbeat is older than `staleAfterMs` has lost its worker and is taken over
 * by the next claim of its lane (counting an attempt). Workers poll each lane every `pollIntervalMs`, so a
 * dead worker's job is taken over within staleAfterMs + pollIntervalMs (well under a minute).
 */
export const JOB_POLICY = {
  heartbeatIntervalMs: 10_000,
  staleAfterMs: 30_000,
  pollIntervalMs: 1_000,
  maxAttempts: 3,
  /** the first retry waits this long, each later one twice as long as the one before */
  retryBaseMs: 30_000,
} as const;
export type JobPolicy = typeof JOB_POLICY;

/** How long a job waits before its next attempt, after `attempts` failed ones (30 s, 60 s, …). */
export const retryDelayMs = (attempts: number, policy: Pick<JobPolicy, 'retryBaseMs'> = JOB_POLICY): number =>
  policy.retryBaseMs * 2 ** Math.max(0, attempts - 1);

/** A running job whose last heartbeat is before this instant has lost its worker. */
export const staleBefore = (now: Date, policy: Pick<JobPolicy, 'staleAfterMs'> = JOB_POLICY): Date =>
  new Date(now.getTime() - policy.staleAfterMs);
