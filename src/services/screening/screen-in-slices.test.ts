import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import {
  buildScreeningIndex,
  DEFAULT_MATCH_PARAMS,
  screeningIndexSteps,
  screenName,
} from '../../core/screening/matching/index.ts';
import { buildIndexInSlices, screenInSlices } from './screen-in-slices.ts';

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

describe('buildIndexInSlices', () => {
  const many = Array.from({ length: 700 }, (_v, i) => entry(`e${i}`, `Trading House ${i} Number${i}`));

  it('builds the index buildScreeningIndex builds, pausing along the way', async () => {
    let pauses = 0;
    const steps = screeningIndexSteps(many);
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++;
    assert.ok(pauses >= 2, `paused ${pauses} times over 700 entries`);
    const whole = buildScreeningIndex(many);
    const sliced = await buildIndexInSlices(many, DEFAULT_MATCH_PARAMS, 0);
    assert.deepEqual(sliced.names, whole.names);
    assert.deepEqual([...sliced.weights], [...whole.weights]);
    for (const name of ['Trading House 5 Number5', 'Tradng Hous 699 Number699', 'Acme'])
      assert.deepEqual(screenName(sliced, { name }), screenName(whole, { name }));
    assert.ok(screenName(sliced, { name: 'Trading House 5 Number5' }).length > 0);
  });

  it('lets the event loop run while it builds', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other work'));
    await buildIndexInSlices(many, DEFAULT_MATCH_PARAMS, 0).then(() => order.push('index built'));
    assert.deepEqual(order, ['other work', 'index built']);
  });
});
