import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCslJson } from './csl-json.ts';
import { assertMalformed, expectOk } from './list-test-support.ts';

const record = {
  id: '52291',
  source: 'Specially Designated Nationals (SDN) - Treasury Department',
  entity_number: 52291,
  type: 'Individual',
  programs: ['NPWMD'],
  name: 'RIM, Ryong Nam',
  addresses: [
    { address: null, city: 'Shenyang', country: 'CN' },
    { address: null, city: 'Pyongyang', country: 'KP' },
  ],
  alt_names: ['RIM Ryong-nam'],
  citizenships: [],
  nationalities: ['KP'],
  remarks: null,
};

describe('parseCslJson', () => {
  it('reads the API shape with results, id, alias and address arrays', async () => {
    const entries = expectOk(await parseCslJson(JSON.stringify({ total: 1, results: [record] })));
    assert.deepEqual(entries, [
      {
        list: 'csl',
        source: 'Specially Designated Nationals (SDN) - Treasury Department',
        entryId: '52291',
        type: 'person',
        primaryName: 'RIM, Ryong Nam',
        aliases: ['RIM Ryong-nam'],
        countries: ['CN', 'KP'],
        programs: ['NPWMD'],
        addresses: ['Shenyang, CN', 'Pyongyang, KP'],
      },
    ]);
  });

  it('accepts a bare array, _id, and "; "-joined strings for multi-valued fields', async () => {
    const { id: _drop, ...rest } = record;
    const text = JSON.stringify([{ ...rest, _id: 'abc', alt_names: 'A ONE; A TWO', programs: 'X; Y' }]);
    const [entry] = expectOk(await parseCslJson(text));
    assert.equal(entry?.entryId, 'abc');
    assert.deepEqual(entry?.aliases, ['A ONE', 'A TWO']);
    assert.deepEqual(entry?.programs, ['X', 'Y']);
  });

  it('fails naming the line when the JSON is cut off', async () => {
    const text = JSON.stringify({ results: [record] }, null, 2);
    const result = await parseCslJson(text.slice(0, text.length - 40), { file: 'csl.json' });
    assertMalformed(result, { file: 'csl.json', message: /not valid JSON/ });
    if (!result.ok) assert.ok(((result.error.details as { line: number }).line ?? 0) > 1);
  });

  it('fails naming the record path when a required field is missing', async () => {
    const { name: _drop, ...nameless } = record;
    assertMalformed(await parseCslJson(JSON.stringify({ results: [record, nameless] })), { field: 'results[1].name' });
  });

  it('fails naming the id when a record has none', async () => {
    const { id: _drop, ...idless } = record;
    assertMalformed(await parseCslJson(JSON.stringify({ results: [idless] })), { field: 'results[0].id' });
  });

  it('keeps a party repeated under its id at another address, and fails when the id names another party', async () => {
    const elsewhere = { ...record, addresses: [{ address: null, city: 'Dandong', country: 'CN' }] };
    assert.equal(expectOk(await parseCslJson(JSON.stringify({ results: [record, elsewhere] }))).length, 2);
    const other = { ...record, name: 'KIM, Chol' };
    assertMalformed(await parseCslJson(JSON.stringify({ results: [record, other] })), {
      field: 'results[1].id',
      message: /duplicate id "52291" \(results\[0\]\) for another party/,
    });
  });

  it('fails when the top level is neither results nor an array', async () => {
    assertMalformed(await parseCslJson('{"items": []}'), { field: 'results' });
  });

  it('fails when the file is empty', async () => {
    assertMalformed(await parseCslJson('  \n'), { line: 1, message: /empty/ });
  });
});
