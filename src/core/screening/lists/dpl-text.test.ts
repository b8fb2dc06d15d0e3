import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DPL_SOURCE, parseDplText } from './dpl-text.ts';
import { assertMalformed, expectOk } from './list-test-support.ts';

const row = (...fields: string[]) => fields.map((field) => `"${field}"`).join('\t');
const HEADER = row(
  'Name',
  'Street_Address',
  'City',
  'State',
  'Country',
  'Postal_Code',
  'Effective_Date',
  'Expiration_Date',
  'Standard_Order',
  'Last_Update',
  'Action',
  'FR_Citation',
);
const ASH = row(
  ' I. ASH',
  'FCI SEAGOVILLE',
  'SEAGOVILLE',
  'TX',
  'US',
  '75159',
  '06/19/2003',
  '06/29/2056',
  'Y',
  '2007-01-31',
  'FEDERAL REGISTER NOTICE UPDATED',
  '68 F.R. 38290 6/27/03',
);
const SUN = row(
  'FUYI SUN A/K/A FRANK SUN',
  'ROOM 1',
  'BEIJING',
  '',
  'CN',
  '',
  '01/01/2020',
  '',
  'Y',
  '2020-01-01',
  'F.R. NOTICE ADDED',
  '85 F.R. 1',
);
const S7 = row(
  'SIBERIAN AIRLINES D/B/A S7 AIRLINES',
  '',
  'OB',
  '',
  'RU',
  '',
  '04/07/2022',
  '',
  'Y',
  '2022-04-07',
  'F.R. NOTICE ADDED',
  '87 F.R. 2',
);
const PEARL = row('PEARL (A.K.A. NEI-CHIEN CHU) LI', '', '', '', '', '', '01/01/1999', '', 'Y', '1999-01-01', '', '');

describe('parseDplText', () => {
  it('reads names, ISO-2 country, citation and a stable row key', async () => {
    const text = `${HEADER}\n${ASH}\n`;
    const [entry] = expectOk(await parseDplText(text));
    assert.deepEqual(
      { ...entry, entryId: undefined },
      {
        list: 'dpl',
        source: DPL_SOURCE,
        entryId: undefined,
        type: 'unknown',
        primaryName: 'I. ASH',
        aliases: [],
        countries: ['US'],
        programs: [],
        remarks: '68 F.R. 38290 6/27/03',
      },
    );
    assert.match(entry?.entryId ?? '', /^dpl-[0-9a-f]{16}$/);
    const changedAction = ASH.replace('FEDERAL REGISTER NOTICE UPDATED', 'F.R. NOTICE ADDED');
    const [again] = expectOk(await parseDplText(`${HEADER}\n${changedAction}\n`));
    assert.equal(again?.entryId, entry?.entryId);
  });

  it('adds the names written into a DPL name as aliases', async () => {
    const entries = expectOk(await parseDplText(`${HEADER}\n${SUN}\n${S7}\n${PEARL}\n`));
    assert.deepEqual(
      entries.map((entry) => entry.aliases),
      [
        ['FUYI SUN', 'FRANK SUN'],
        ['SIBERIAN AIRLINES', 'S7 AIRLINES'],
        ['NEI-CHIEN CHU', 'PEARL LI'],
      ],
    );
    assert.deepEqual(entries[2]?.countries, []);
  });

  it('fails naming the line when a row is truncated', async () => {
    const truncated = ASH.split('\t').slice(0, 5).join('\t');
    assertMalformed(await parseDplText(`${HEADER}\n${SUN}\n${truncated}\n`, { file: 'dpl.txt' }), {
      file: 'dpl.txt',
      line: 3,
      message: /expected 12 columns/,
    });
  });

  it('fails naming Name when it is empty', async () => {
    assertMalformed(await parseDplText(`${HEADER}\n${ASH.replace('" I. ASH"', '""')}\n`), { line: 2, field: 'Name' });
  });

  it('fails naming the column when the header lacks one', async () => {
    assertMalformed(await parseDplText(`${HEADER.replace('"Country"', '"Land"')}\n`), { line: 1, field: 'Country' });
  });

  it('fails when a quoted field is not closed', async () => {
    assertMalformed(await parseDplText(`${HEADER}\n"ASH\t"X"\n`), { line: 2 });
  });

  it('fails when the file is empty', async () => {
    assertMalformed(await parseDplText(''), { line: 1, message: /empty/ });
  });
});
