import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunked } from './list-test-support.ts';
import { type XmlEvent, xmlEvents } from './xml-events.ts';

const events = async (source: string | Iterable<string>): Promise<XmlEvent[]> => {
  const out: XmlEvent[] = [];
  for await (const event of xmlEvents(source)) out.push(event);
  return out;
};
const DOCUMENT =
  '<?xml version="1.0"?>\n<!-- list -->\n<A x="1>2">\n  <B>Tom &amp; Jerry &#233;&#x41;</B>\n  <C/>\n  <D><![CDATA[<raw> & text]]></D>\n</A>\n';

describe('xmlEvents', () => {
  it('reports elements, decoded text, CDATA and self-closing tags with line numbers', async () => {
    const result = (await events(DOCUMENT)).filter((event) => event.kind !== 'text' || event.text.trim() !== '');
    assert.deepEqual(result, [
      { kind: 'open', name: 'A', line: 3 },
      { kind: 'open', name: 'B', line: 4 },
      { kind: 'text', text: 'Tom & Jerry éA' },
      { kind: 'close', name: 'B', line: 4 },
      { kind: 'open', name: 'C', line: 5 },
      { kind: 'close', name: 'C', line: 5 },
      { kind: 'open', name: 'D', line: 6 },
      { kind: 'text', text: '<raw> & text' },
      { kind: 'close', name: 'D', line: 6 },
      { kind: 'close', name: 'A', line: 7 },
    ]);
  });

  it('gives the same elements when the document arrives in small chunks', async () => {
    const joinText = (list: XmlEvent[]) =>
      list.reduce<XmlEvent[]>((out, event) => {
        const last = out.at(-1);
        if (event.kind === 'text' && last?.kind === 'text')
          out[out.length - 1] = { kind: 'text', text: last.text + event.text };
        else out.push(event);
        return out;
      }, []);
    for (const sizes of [[1], [2, 3], [7, 1, 13]]) {
      assert.deepEqual(joinText(await events(chunked(DOCUMENT, sizes))), joinText(await events(DOCUMENT)));
    }
  });

  it('reports a mismatched closing tag with its line', async () => {
    const result = await events('<A>\n<B>\n</A>');
    assert.deepEqual(result.at(-1), { kind: 'error', message: '</A> does not match </B>', line: 3 });
  });

  it('reports a document that ends before its root closes', async () => {
    const result = await events('<A><B>text</B>');
    assert.deepEqual(result.at(-1), { kind: 'error', message: 'the document ends before </A>', line: 1 });
  });

  it('reports a document cut inside a tag', async () => {
    const result = await events('<A><B attr="x');
    assert.equal(result.at(-1)?.kind, 'error');
  });

  it('reports an unknown entity', async () => {
    const result = await events('<A>&nbsp;</A>');
    assert.equal(result.at(-1)?.kind, 'error');
  });

  it('reports an empty document', async () => {
    assert.deepEqual(await events(''), [{ kind: 'error', message: 'the document has no root element', line: 1 }]);
  });
});
