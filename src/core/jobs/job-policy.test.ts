import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JOB_POLICY, retryDelayMs, staleBefore } from './job-policy.ts';

describe('JOB_POLICY', () => {
  it('takes a dead worker’s job over within a minute, and never one that heartbeats on time', () => {
    assert.ok(JOB_POLICY.staleAfterMs + JOB_POLICY.pollIntervalMs < 60_000);
    assert.ok(JOB_POLICY.heartbeatIntervalMs * 2 < JOB_POLICY.staleAfterMs, 'a late heartbeat still counts');
  });

  it('waits 30 s, then 60 s, before the retries', () => {
    assert.deepEqual(
      [1, 2].map((attempts) => retryDelayMs(attempts)),
      [30_000, 60_000],
    );
  });

  it('calls a heartbeat stale after 30 s of silence', () => {
    assert.equal(staleBefore(new Date('2026-12-02T03:00:30Z')).toISOString(), '2026-12-02T03:00:00.000Z');
  });
});
