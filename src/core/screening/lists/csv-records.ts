import { type TextSource, textChunks } from './text-source.ts';

/** One record of a delimited file: its fields and the physical line (1-based) where it starts. */
export type CsvRecord = { kind: 'record'; fields: string[]; line: number };
/** The tokenizer stops at the first syntax error and yields it as its last item. */
export type CsvSyntaxError = { kind: 'error'; message: string; line: number };
export type CsvItem = CsvRecord | CsvSyntaxError;

export type CsvOptions = { delimiter?: string };

const QUOTE = 34;
const CR = 13;
const LF = 10;
/** DOS end-of-file marker; OFAC files end with it. A line holding only it is skipped like a blank line. */
const CTRL_Z = '\x1a';

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

/**
 * An RFC 4180 tokenizer over streamed text: quoted fields with doubled quotes, CRLF, LF or CR line
 * ends, newlines inside quoted fields. Lenient where real lists need it: a quote inside an unquoted
 * field is literal, and blank lines (or a lone Ctrl-Z) are skipped. Strict where data would be lost: text after a
 * closing quote and a quote left open at the end are errors. Holds at most one record in memory.
 */
export async function* csvRecords(source: TextSource, options: CsvOptions = {}): AsyncGenerator<CsvItem> {
  const delimiter = (options.delimiter ?? ',').charCodeAt(0);
  let state = 'fieldStart' as State;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let fieldLine = 1;
  let skipLf = false;
  let quotedRecord = false;
  const out: CsvRecord[] = [];

  const endRecord = (): void => {
    fields.push(field);
    field = '';
    const blank = fields.length === 1 && !quotedRecord && (fields[0] === '' || fields[0] === CTRL_Z);
    if (!blank) out.push({ kind: 'record', fields, line: recordLine });
    fields = [];
    quotedRecord = false;
    state = 'fieldStart';
  };

  for await (const chunk of textChunks(source)) {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (skipLf) {
        skipLf = false;
        if (c === LF) {
          start = i + 1;
          continue;
        }
      }
      if (state === 'fieldStart') {
        if (fields.length === 0) recordLine = line;
        fieldLine = line;
        if (c === QUOTE) {
          state = 'quoted';
          quotedRecord = true;
          start = i + 1;
        } else if (c === delimiter) {
          fields.push('');
          start = i + 1;
        } else if (c === CR || c === LF) {
          endRecord();
          line++;
          skipLf = c === CR;
          start = i + 1;
        } else {
          state = 'unquoted';
          start = i;
        }
      } else if (state === 'unquoted') {
        if (c === delimiter) {
          fields.push(field + chunk.slice(start, i));
          field = '';
          state = 'fieldStart';
          start = i + 1;
        } else if (c === CR || c === LF) {
          field += chunk.slice(start, i);
          endRecord();
          line++;
          skipLf = c === CR;
          start = i + 1;
        }
      } else if (state === 'quoted') {
        if (c === QUOTE) {
          field += chunk.slice(start, i);
          state = 'quoteInQuoted';
          start = i + 1;
        } else if (c === LF) {
          line++;
        }
      } else if (c === QUOTE) {
        field += '"';
        state = 'quoted';
        start = i + 1;
      } else if (c === delimiter) {
        fields.push(field);
        field = '';
        state = 'fieldStart';
        start = i + 1;
      } else if (c === CR || c === LF) {
        endRecord();
        line++;
        skipLf = c === CR;
        start = i + 1;
      } else {
        yield* out.splice(0);
        yield { kind: 'error', message: 'unexpected text after a closing quote', line };
        return;
      }
    }
    if (state === 'unquoted' || state === 'quoted') field += chunk.slice(start);
    if (out.length > 0) yield* out.splice(0);
  }
  if (state === 'quoted') {
    yield { kind: 'error', message: 'a quoted field is not closed before the end of the file', line: fieldLine };
    return;
  }
  if (state !== 'fieldStart' || fields.length > 0) endRecord();
  yield* out.splice(0);
}
