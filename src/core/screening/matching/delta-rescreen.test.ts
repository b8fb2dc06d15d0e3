import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ListEntry } from '../lists/list-entry.ts';
import { deltaRescreen } from './delta-rescreen.ts';

const changed: ListEntry[] = [
  {
    list: 'ofac',
    source: 'SDN',
    entryId: '36001',
    type: 'company',
    primaryName: 'NEW HORIZON SHIPPING LLC',
    aliases: [],
    countries: ['AE'],
    programs: ['IRAN'],
  },
];

describe('deltaRescreen', () => {
  it('returns only the stored parties that meet a changed entry, with the hit', () => {
    const result = deltaRescreen(
      [
        { id: 'p1', name: 'Acme Robotics Inc.' },
        { id: 'p2', name: 'New Horizon Shipping L.L.C.', country: 'AE' },
        { id: 'p3', name: 'Horizon Bakery' },
      ],
      changed,
    );
    assert.deepEqual(
      result.map((r) => r.partyId),
      ['p2'],
    );
    assert.equal(result[0]?.hits[0]?.entryId, '36001');
  });
  it('does nothing when no entry changed', () => {
    assert.deepEqual(deltaRescreen([{ id: 'p1', name: 'New Horizon Shipping' }], []), []);
  });
});
