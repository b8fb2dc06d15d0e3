import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRefreshDue, nextRefreshDue, refreshOutcome } from './refresh-schedule.ts';

const now = new Date('2026-12-02T06:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe('nextRefreshDue', () => {
  it('is due now for a source never refreshed, and a full interval after the latest refresh otherwise', () => {
    assert.equal(nextRefreshDue(undefined, 24, now)?.toISOString(), now.toISOString());
    assert.equal(
      nextRefreshDue({ pending: false, lastCreatedAt: hoursAgo(20) }, 24, now)?.toISOString(),
      '2026-12-02T10:00:00.000Z',
    );
    assert.equal(isRefreshDue({ pending: false, lastCreatedAt: hoursAgo(20) }, 24, now), false);
    assert.equal(isRefreshDue({ pending: false, lastCreatedAt: hoursAgo(24) }, 24, now), true);
    assert.equal(isRefreshDue(undefined, 24, now), true);
  });

  it('waits while a refresh is queued or running, and has no date without a schedule', () => {
    assert.equal(nextRefreshDue({ pending: true, lastCreatedAt: hoursAgo(48) }, 24, now), null);
    assert.equal(isRefreshDue({ pending: true, lastCreatedAt: hoursAgo(48) }, 24, now), false);
    assert.equal(nextRefreshDue(undefined, 0, now), null);
    assert.equal(isRefreshDue(undefined, 0, now), false);
  });
});

describe('refreshOutcome', () => {
  const job = (status: string, result: unknown = null, attempts = 1, lastError: string | null = null) => ({
    status,
    attempts,
    lastError,
    result,
  });

  it('tells a 304, identical content, a new version and a refusal apart', () => {
    assert.deepEqual(refreshOutcome(job('done', { notModified: true })), { outcome: 'not_modified', detail: null });
    assert.deepEqual(
      refreshOutcome(
        job('done', { notModified: false, refused: null, duplicate: true, version: { asOf: '2026-12-01' } }),
      ),
      { outcome: 'unchanged', detail: 'version as of 2026-12-01' },
    );
    assert.deepEqual(
      refreshOutcome(
        job('done', {
          notModified: false,
          refused: null,
          duplicate: false,
          version: { asOf: '2026-12-01', entryCount: 12 },
        }),
      ),
      { outcome: 'imported', detail: 'version as of 2026-12-01, 12 entries' },
    );
    assert.deepEqual(
      refreshOutcome(job('done', { notModified: false, refused: { code: 'list_empty', message: 'no entries' } })),
      { outcome: 'refused', detail: 'no entries' },
    );
  });

  it('reports a job waiting, running, retrying after an error or failed for good with its error', () => {
    assert.deepEqual(refreshOutcome(job('queued', null, 0)), { outcome: 'queued', detail: null });
    assert.deepEqual(refreshOutcome(job('queued', null, 1, 'Fetching failed')), {
      outcome: 'retrying',
      detail: 'Fetching failed',
    });
    assert.deepEqual(refreshOutcome(job('running')), { outcome: 'running', detail: null });
    assert.deepEqual(refreshOutcome(job('failed', null, 5, 'timed out')), { outcome: 'failed', detail: 'timed out' });
  });
});
