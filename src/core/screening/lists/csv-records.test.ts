import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type CsvItem, csvRecords } from './csv-records.ts';
import { chunked } from './list-test-support.ts';

const items = async (source: string | Iterable<string>, delimiter?: string): Promise<CsvItem[]> => {
  const out: CsvItem[] = [];
  for await (const item of csvRecords(source, delimiter === undefined ? {} : { delimiter })) out.push(item);
  return out;
};
const fieldsOf = (list: CsvItem[]) => list.map((item) => (item.kind === 'record' ? item.fields : item));

describe('csvRecords', () => {
  it('splits plain and quoted fields when quotes hold commas and doubled quotes', async () => {
    const result = await items('a,"b, c","say ""hi"""\n1,,3\n');
    assert.deepEqual(fieldsOf(result), [
      ['a', 'b, c', 'say "hi"'],
      ['1', '', '3'],
    ]);
  });

  it('keeps newlines inside quoted fields and reports the starting line of each record', async () => {
    const result = await items('x,"line one\r\nline two"\r\ny,z\r\n');
    assert.deepEqual(result, [
      { kind: 'record', fields: ['x', 'line one\r\nline two'], line: 1 },
      { kind: 'record', fields: ['y', 'z'], line: 3 },
    ]);
  });

  it('accepts CRLF, LF and CR line ends and a last line without one', async () => {
    assert.deepEqual(fieldsOf(await items('a\r\nb\nc\rd')), [['a'], ['b'], ['c'], ['d']]);
  });

  it('skips blank lines and a trailing Ctrl-Z when the file ends like an OFAC file', async () => {
    const result = await items('1,"A"\r\n\r\n2,"B"\r\n\x1a');
    assert.deepEqual(result, [
      { kind: 'record', fields: ['1', 'A'], line: 1 },
      { kind: 'record', fields: ['2', 'B'], line: 3 },
    ]);
  });

  it('keeps a trailing empty field when a line ends with the delimiter', async () => {
    assert.deepEqual(fieldsOf(await items('a,b,\n')), [['a', 'b', '']]);
  });

  it('treats a quote inside an unquoted field as text', async () => {
    assert.deepEqual(fieldsOf(await items('5 " tall,x\n')), [['5 " tall', 'x']]);
  });

  it('splits on tabs when the delimiter is a tab', async () => {
    assert.deepEqual(fieldsOf(await items('"a b"\t"c,d"\n', '\t')), [['a b', 'c,d']]);
  });

  it('reports the line where a quoted field opens when the file ends inside it', async () => {
    const result = await items('a,b\n1,"never closed\nmore\n');
    assert.deepEqual(result.at(-1), {
      kind: 'error',
      message: 'a quoted field is not closed before the end of the file',
      line: 2,
    });
  });

  it('reports an error when text follows a closing quote', async () => {
    const result = await items('a,b\n"x"y,2\n');
    assert.deepEqual(result, [
      { kind: 'record', fields: ['a', 'b'], line: 1 },
      { kind: 'error', message: 'unexpected text after a closing quote', line: 2 },
    ]);
  });

  it('yields nothing when the text is empty', async () => {
    assert.deepEqual(await items(''), []);
  });

  it('gives the same records whatever the chunk boundaries are', async () => {
    const field = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', 'é') }),
      fc.constantFrom('', '-0-'),
    );
    const record = fc.array(field, { minLength: 1, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }),
        async (records, sizes) => {
          const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
          const text = `${records.map((fields) => fields.map(quote).join(',')).join('\r\n')}\r\n`;
          const whole = await items(text);
          const pieces = await items(chunked(text, sizes));
          assert.deepEqual(pieces, whole);
          assert.deepEqual(fieldsOf(whole), records);
        },
      ),
      { numRuns: 200 },
    );
  });
});
