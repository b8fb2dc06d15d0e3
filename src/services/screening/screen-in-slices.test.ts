import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import { buildScreeningIndex, screenName } from '../../core/screening/matching/index.ts';
import { screenInSlices } from './screen-in-slices.ts';

const entry = (entryId: string, primaryName: string): ListEntry => ({
  list: 'watchlist',
  source: 'Test',
  entryId,
  type: 'company',
  primaryName,
  aliases: [],
  countries: [],
  programs: [],
});
const index = buildScreeningIndex([
  entry('1', 'Horizon Maritime Logistics'),
  entry('2', 'Quantum Sky Avionics'),
  entry('3', 'Red Star Trading Company'),
]);
const queries = [
  'Horizon Maritme Logistics',
  'Acme Robotics',
  'Quantum Sky Avionix',
  'Red Star Trading Co',
  'Blue River',
].map((name) => ({ name }));

describe('screenInSlices', () => {
  it('gives the same hits, in order, as screening each name in turn', async () => {
    const expected = queries.map((query) => screenName(index, query));
    assert.deepEqual(await screenInSlices(index, queries, 0), expected);
    assert.ok(expected.filter((hits) => hits.length > 0).length >= 3);
  });

  it('lets the event loop run between slices', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other work'));
    const done = screenInSlices(index, queries, 0).then(() => order.push('batch done'));
    await done;
    assert.deepEqual(order, ['other work', 'batch done']);
  });
});
