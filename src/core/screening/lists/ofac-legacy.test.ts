import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertMalformed, chunked, expectOk } from './list-test-support.ts';
import { type OfacLegacyFiles, parseOfacLegacy } from './ofac-legacy.ts';

const lines = (...rows: string[]): string => `${rows.join('\r\n')}\r\n\x1a`;
const SDN = lines(
  '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
  '2674,"HAWATMA, Nayif",individual,"SDT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1933; Secretary General."',
  '15036,"ARTAVIL",vessel,"SDGT] [IRGC] [IFSR",-0- ,"9HA3","Crude Oil Tanker",-0- ,"2,000","Malta",-0- ,"Vessel Registration"',
);
const ALT = lines(
  '36,12,"aka","AERO-CARIBBEAN",-0- ',
  '2674,1000,"aka","HAWATMEH, Nayif",-0- ',
  '99999,5,"aka","NOBODY",-0- ',
);
const ADD = lines(
  '36,25,-0- ,"Havana","Cuba",-0- ',
  '2674,1001,-0- ,-0- ,"Syria",-0- ',
  '2674,1002,-0- ,-0- ,"Region: Gaza",-0- ',
  '777,5,-0- ,-0- ,"Cuba",-0- ',
);
const COMMENTS = lines('15036," Number 12345."');
const set = (overrides: Partial<OfacLegacyFiles> = {}): OfacLegacyFiles => ({
  source: 'SDN',
  primary: { text: SDN, file: 'sdn.csv' },
  aliases: { text: ALT, file: 'alt.csv' },
  addresses: { text: ADD, file: 'add.csv' },
  comments: { text: COMMENTS, file: 'sdn_comments.csv' },
  ...overrides,
});

describe('parseOfacLegacy', () => {
  it('links aliases, addresses and comments to the primary record by ent_num', async () => {
    const { entries } = expectOk(await parseOfacLegacy(set()));
    assert.deepEqual(entries[0], {
      list: 'ofac',
      source: 'SDN',
      entryId: '36',
      type: 'company',
      primaryName: 'AEROCARIBBEAN AIRLINES',
      aliases: ['AERO-CARIBBEAN'],
      countries: ['CU'],
      programs: ['CUBA'],
    });
    assert.deepEqual(entries[1], {
      list: 'ofac',
      source: 'SDN',
      entryId: '2674',
      type: 'person',
      primaryName: 'HAWATMA, Nayif',
      aliases: ['HAWATMEH, Nayif'],
      countries: ['SY', 'PS'],
      programs: ['SDT'],
      remarks: 'DOB 1933; Secretary General.',
    });
  });

  it('splits joined programmes, maps the vessel flag and appends the comments to the remarks', async () => {
    const { entries } = expectOk(await parseOfacLegacy(set()));
    assert.equal(entries[2]?.type, 'vessel');
    assert.deepEqual(entries[2]?.programs, ['SDGT', 'IRGC', 'IFSR']);
    assert.deepEqual(entries[2]?.countries, ['MT']);
    assert.equal(entries[2]?.remarks, 'Vessel Registration Number 12345.');
  });

  it('skips and counts linked rows whose ent_num the primary file lacks', async () => {
    const { entries, skipped } = expectOk(await parseOfacLegacy(set()));
    assert.equal(entries.length, 3);
    assert.deepEqual(skipped, { aliases: 1, addresses: 1, comments: 0 });
  });

  it('reads the primary file alone and in small chunks', async () => {
    const { entries } = expectOk(
      await parseOfacLegacy({ source: 'Non-SDN', primary: { text: chunked(SDN, [1, 2, 5]), file: 'cons_prim.csv' } }),
    );
    assert.deepEqual(
      entries.map((entry) => [entry.entryId, entry.source, entry.aliases.length]),
      [
        ['36', 'Non-SDN', 0],
        ['2674', 'Non-SDN', 0],
        ['15036', 'Non-SDN', 0],
      ],
    );
  });

  it('fails naming the file and line when a row is truncated', async () => {
    const truncated = lines('36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"');
    assertMalformed(await parseOfacLegacy(set({ primary: { text: truncated, file: 'sdn.csv' } })), {
      file: 'sdn.csv',
      line: 1,
      message: /expected 12 columns, found 4/,
    });
  });

  it('fails naming the linked file when it has the wrong column count', async () => {
    const bad = lines('36,12,"aka","AERO-CARIBBEAN",-0- ', '36,13,"aka"');
    assertMalformed(await parseOfacLegacy(set({ aliases: { text: bad, file: 'alt.csv' } })), {
      file: 'alt.csv',
      line: 2,
    });
  });

  it('fails naming ent_num when it is not a number', async () => {
    const bad = lines('X1,"NAME",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ');
    assertMalformed(await parseOfacLegacy(set({ primary: { text: bad } })), { line: 1, field: 'ent_num' });
  });

  it('fails naming SDN_Name when the name is missing', async () => {
    const bad = lines('36,-0- ,-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ');
    assertMalformed(await parseOfacLegacy(set({ primary: { text: bad } })), { line: 1, field: 'SDN_Name' });
  });

  it('fails naming SDN_Type when the type is unknown', async () => {
    const bad = lines('36,"X",robot,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ');
    assertMalformed(await parseOfacLegacy(set({ primary: { text: bad } })), { line: 1, field: 'SDN_Type' });
  });

  it('fails when an ent_num repeats in the primary file', async () => {
    const row = '36,"X",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ';
    assertMalformed(await parseOfacLegacy(set({ primary: { text: lines(row, row) } })), { line: 2, field: 'ent_num' });
  });

  it('fails when a quoted field is never closed', async () => {
    const bad = '36,"AEROCARIBBEAN AIRLINES,-0- ,"CUBA",-0- \r\n';
    assertMalformed(await parseOfacLegacy(set({ primary: { text: bad } })), { line: 1 });
  });

  it('fails when the primary file is empty', async () => {
    assertMalformed(await parseOfacLegacy(set({ primary: { text: '\x1a', file: 'sdn.csv' } })), {
      file: 'sdn.csv',
      message: /empty/,
    });
  });
});
