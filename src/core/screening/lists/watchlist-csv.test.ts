import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertMalformed, expectOk } from './list-test-support.ts';
import { parseWatchlistCsv } from './watchlist-csv.ts';

const HEADER = 'id,name,aliases,type,countries,source';

describe('parseWatchlistCsv', () => {
  it('reads ids, names, ;-separated aliases and countries, type and source', async () => {
    const text = `${HEADER}\nW-1,Acme Trading LLC,ACME TRADING; Acme Trdg,company,AE; Iran,Agency watchlist\nW-2,John Roe,,person,,\n`;
    assert.deepEqual(expectOk(await parseWatchlistCsv(text)), [
      {
        list: 'watchlist',
        source: 'Agency watchlist',
        entryId: 'W-1',
        type: 'company',
        primaryName: 'Acme Trading LLC',
        aliases: ['ACME TRADING', 'Acme Trdg'],
        countries: ['AE', 'IR'],
        programs: [],
      },
      {
        list: 'watchlist',
        source: 'watchlist',
        entryId: 'W-2',
        type: 'person',
        primaryName: 'John Roe',
        aliases: [],
        countries: [],
        programs: [],
      },
    ]);
  });

  it('accepts the columns in another order and without the optional ones', async () => {
    const [entry] = expectOk(await parseWatchlistCsv('name,id\n"Roe, John",7\n'));
    assert.equal(entry?.entryId, '7');
    assert.equal(entry?.primaryName, 'Roe, John');
    assert.equal(entry?.type, 'unknown');
  });

  it('fails naming the line when a row has the wrong column count', async () => {
    assertMalformed(await parseWatchlistCsv(`${HEADER}\nW-1,Acme\n`, { file: 'w.csv' }), { file: 'w.csv', line: 2 });
  });

  it('fails naming the field when a required value is missing', async () => {
    assertMalformed(await parseWatchlistCsv(`${HEADER}\n,Acme,,,,\n`), { line: 2, field: 'id' });
    assertMalformed(await parseWatchlistCsv(`${HEADER}\nW-1,,,,,\n`), { line: 2, field: 'name' });
  });

  it('fails naming the field when type, country or id is invalid', async () => {
    assertMalformed(await parseWatchlistCsv(`${HEADER}\nW-1,Acme,,robot,,\n`), { line: 2, field: 'type' });
    assertMalformed(await parseWatchlistCsv(`${HEADER}\nW-1,Acme,,,Atlantis,\n`), { line: 2, field: 'countries' });
    assertMalformed(await parseWatchlistCsv(`${HEADER}\nW-1,Acme,,,,\nW-1,Other,,,,\n`), { line: 3, field: 'id' });
  });

  it('fails naming the column when the header lacks id or name', async () => {
    assertMalformed(await parseWatchlistCsv('identifier,name\n1,x\n'), { line: 1, field: 'id' });
  });

  it('fails when a quoted field is not closed', async () => {
    assertMalformed(await parseWatchlistCsv(`${HEADER}\nW-1,"Acme,,,,\n`), { line: 2 });
  });

  it('fails when the file is empty', async () => {
    assertMalformed(await parseWatchlistCsv(''), { line: 1, message: /empty/ });
  });
});
