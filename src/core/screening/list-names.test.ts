import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readableListName } from './list-names.ts';

describe('readableListName', () => {
  it('names every CSL source of the 2026-07-31 list readably', () => {
    const cases: [string, string][] = [
      ['Entity List (EL) - Bureau of Industry and Security', 'Entity List'],
      ['Specially Designated Nationals (SDN) - Treasury Department', 'Specially Designated Nationals (SDN)'],
      ['Denied Persons List (DPL) - Bureau of Industry and Security', 'Denied Persons List'],
      ['Unverified List (UVL) - Bureau of Industry and Security', 'Unverified List'],
      ['Military End User (MEU) List - Bureau of Industry and Security', 'Military End User List'],
      ['Nonproliferation Sanctions (ISN) - State Department', 'Nonproliferation Sanctions'],
      ['Foreign Sanctions Evaders (FSE) - Treasury Department', 'Foreign Sanctions Evaders'],
      ['Sectoral Sanctions Identifications List (SSI) - Treasury Department', 'Sectoral Sanctions'],
      ['ITAR Debarred (DTC) - State Department', 'ITAR Debarred'],
      [
        'Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department',
        'Chinese Military-Industrial Complex Companies (CMIC)',
      ],
      ['Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department', 'Menu-Based Sanctions (NS-MBS)'],
      ['Palestinian Legislative Council List (PLC) - Treasury Department', 'Palestinian Legislative Council List'],
    ];
    for (const [source, name] of cases) assert.equal(readableListName('csl', source), name, source);
  });

  it('names whole-list formats and OFAC sources, and keeps unknown sources without the agency', () => {
    assert.equal(
      readableListName('un', 'UN Security Council Consolidated List'),
      'UN Security Council Consolidated List',
    );
    assert.equal(readableListName('dpl', 'anything'), 'Denied Persons List');
    assert.equal(readableListName('ofac', 'SDN'), 'Specially Designated Nationals (SDN)');
    assert.equal(readableListName('csl', 'Some New List - Commerce Department'), 'Some New List');
    assert.equal(readableListName('watchlist', 'Agency watchlist'), 'Agency watchlist');
    assert.equal(readableListName('watchlist', ''), 'watchlist');
  });
});
