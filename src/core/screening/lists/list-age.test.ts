import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listAge } from './list-age.ts';

describe('listAge', () => {
  it('counts whole days from the list date and is stale only past the maximum', () => {
    const now = new Date('2026-08-08T12:00:00Z');
    assert.deepEqual(listAge('2026-08-01', now, 7), { ageDays: 7, stale: false });
    assert.deepEqual(listAge('2026-07-31', now, 7), { ageDays: 8, stale: true });
  });

  it('reads a month-only date from its first day, and a future date as age 0', () => {
    const now = new Date('2026-08-03T00:00:00Z');
    assert.deepEqual(listAge('2026-08', now, 7), { ageDays: 2, stale: false });
    assert.deepEqual(listAge('2026-09-01', now, 7), { ageDays: 0, stale: false });
  });
});
