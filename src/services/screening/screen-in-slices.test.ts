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

describe('screenInSlices with several batches in flight', () => {
  it('gives each event-loop turn to one batch at a time, taking turns, with the same hits', async () => {
    let turn = 0;
    let running = true;
    const tick = (): void => {
      turn++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    // which batch read a query's name on which turn (screening reads the name as it starts on the query)
    const seen: string[] = [];
    const watched = (batch: string) =>
      queries.map(({ name }) => ({
        get name() {
          seen.push(`${batch}@${turn}`);
          return name;
        },
      }));
    const [a, b] = await Promise.all([screenInSlices(index, watched('a'), 0), screenInSlices(index, watched('b'), 0)]);
    running = false;
    const expected = queries.map((query) => screenName(index, query));
    assert.deepEqual(a, expected);
    assert.deepEqual(b, expected);
    const batchesByTurn = new Map<string, Set<string>>();
    for (const mark of seen) {
      const [batch, at] = mark.split('@') as [string, string];
      batchesByTurn.set(at, (batchesByTurn.get(at) ?? new Set()).add(batch));
    }
    for (const [at, batches] of batchesByTurn) assert.equal(batches.size, 1, `turn ${at}: ${[...batches]}`);
    // both batches progressed, alternately: every query of each on a turn of its own
    assert.equal(batchesByTurn.size, queries.length * 2);
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
