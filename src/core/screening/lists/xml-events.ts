import { type TextSource, textChunks } from './text-source.ts';

/** What the XML reader reports: element starts and ends, decoded text, or the first well-formedness error. */
export type XmlEvent =
  | { kind: 'open'; name: string; line: number }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; text: string }
  | { kind: 'error'; message: string; line: number };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric character references; undefined if one is unknown. */
const decode = (text: string): string | undefined => {
  if (!text.includes('&')) return text;
  let bad = false;
  const decoded = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (match, ref: string | undefined) => {
    if (ref === undefined) {
      bad = true;
      return match;
    }
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    const named = ENTITIES[ref];
    if (named === undefined) bad = true;
    return named ?? match;
  });
  return bad ? undefined : decoded;
};

const countLines = (text: string): number => {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
};

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;

/** Where a markup construct starting with `<` ends, or -1 if the buffer does not hold its end yet. */
const markupEnd = (buffer: string, start: number): number => {
  if (buffer.startsWith('<!--', start)) {
    const end = buffer.indexOf('-->', start + 4);
    return end === -1 ? -1 : end + 3;
  }
  if (buffer.startsWith('<![CDATA[', start)) {
    const end = buffer.indexOf(']]>', start + 9);
    return end === -1 ? -1 : end + 3;
  }
  if (buffer.startsWith('<?', start)) {
    const end = buffer.indexOf('?>', start + 2);
    return end === -1 ? -1 : end + 2;
  }
  let quote = '';
  for (let i = start + 1; i < buffer.length; i++) {
    const c = buffer[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return -1;
};

/**
 * A small streaming XML reader for list files: elements, text, CDATA, comments, processing instructions,
 * the predefined entities and character references. It checks that tags nest and close, and stops at the
 * first error. Attributes are read past but not reported; DTDs are not supported.
 */
export async function* xmlEvents(source: TextSource): AsyncGenerator<XmlEvent> {
  let buffer = '';
  let line = 1;
  const stack: string[] = [];
  let sawRoot = false;
  for await (const chunk of textChunks(source)) {
    buffer += chunk;
    let position = 0;
    for (;;) {
      const lt = buffer.indexOf('<', position);
      if (lt === -1) break;
      if (lt > position) {
        const raw = buffer.slice(position, lt);
        const text = decode(raw);
        if (text === undefined) {
          yield { kind: 'error', message: 'an unknown or unterminated entity reference', line };
          return;
        }
        if (stack.length === 0 && raw.trim() !== '') {
          yield { kind: 'error', message: 'text outside the root element', line };
          return;
        }
        yield { kind: 'text', text };
        line += countLines(raw);
        position = lt;
      }
      const end = markupEnd(buffer, lt);
      if (end === -1) break;
      const markup = buffer.slice(lt, end);
      position = end;
      const markupLine = line;
      line += countLines(markup);
      if (markup.startsWith('<![CDATA[')) {
        yield { kind: 'text', text: markup.slice(9, -3) };
        continue;
      }
      if (markup.startsWith('<!--') || markup.startsWith('<?')) continue;
      if (markup.startsWith('<!')) {
        yield { kind: 'error', message: 'DOCTYPE declarations are not supported', line: markupLine };
        return;
      }
      const closing = markup.startsWith('</');
      const name = NAME.exec(markup.slice(closing ? 2 : 1))?.[0];
      if (name === undefined) {
        yield { kind: 'error', message: 'a tag without a valid name', line: markupLine };
        return;
      }
      if (closing) {
        const open = stack.pop();
        if (open !== name) {
          const expected = open === undefined ? 'no open element' : `</${open}>`;
          yield { kind: 'error', message: `</${name}> does not match ${expected}`, line: markupLine };
          return;
        }
        yield { kind: 'close', name, line: markupLine };
        continue;
      }
      if (stack.length === 0 && sawRoot) {
        yield { kind: 'error', message: 'a second root element', line: markupLine };
        return;
      }
      sawRoot = true;
      yield { kind: 'open', name, line: markupLine };
      if (markup.endsWith('/>')) yield { kind: 'close', name, line: markupLine };
      else stack.push(name);
    }
    buffer = buffer.slice(position);
  }
  if (buffer.trim() !== '') {
    yield { kind: 'error', message: 'the document ends inside markup or with stray text', line };
    return;
  }
  if (!sawRoot) {
    yield { kind: 'error', message: 'the document has no root element', line };
    return;
  }
  const open = stack.at(-1);
  if (open !== undefined) yield { kind: 'error', message: `the document ends before </${open}>`, line };
}
