import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { strictUtf8, Utf8Error } from './strict-utf8.ts';

async function* chunksOf(...parts: number[][]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield Uint8Array.from(part);
}
const read = async (chunks: AsyncIterable<Uint8Array>): Promise<string | Utf8Error> => {
  let text = '';
  try {
    for await (const chunk of strictUtf8(chunks, 'list.csv')) text += chunk;
    return text;
  } catch (error) {
    if (error instanceof Utf8Error) return error;
    throw error;
  }
};
const bytes = (text: string): number[] => [...Buffer.from(text, 'utf8')];

describe('strictUtf8', () => {
  it('decodes characters split across chunks', async () => {
    const all = bytes('a\nCafé 中\n😀');
    const parts = all.map((byte) => [byte]);
    assert.equal(await read(chunksOf(...parts)), 'a\nCafé 中\n😀');
  });

  it('names the line and offset of a Latin-1 byte, also when the bad sequence starts in the previous chunk', async () => {
    const one = await read(chunksOf(bytes('ab\ncd\nCaf'), [0xe9, 0x20], bytes('x\n')));
    assert.ok(one instanceof Utf8Error);
    assert.deepEqual([one.line, one.offset, one.message], [3, 9, 'byte 0xE9 at offset 9']);
    const split = await read(chunksOf([...bytes('x\n'), 0xe4, 0xb8], [0x41]));
    assert.ok(split instanceof Utf8Error);
    assert.deepEqual([split.line, split.offset], [2, 2]);
  });

  it('refuses overlong forms, surrogates and a sequence the end cuts off', async () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      const error = await read(chunksOf(bytes('ok '), bad));
      assert.ok(error instanceof Utf8Error, `${bad} is refused`);
      assert.equal(error.offset, 3);
    }
    const cut = await read(chunksOf(bytes('ok\n'), [0xe4, 0xb8]));
    assert.ok(cut instanceof Utf8Error);
    assert.equal(cut.line, 2);
    assert.match(cut.message, /byte 0xE4 at offset 3 starts a sequence the end cuts off/);
  });
});
