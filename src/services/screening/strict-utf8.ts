import { utf8Problem } from '../../core/kernel/utf8.ts';

/** Bytes of a list file that are not UTF-8: where (line 1-based, offset 0-based into the file's bytes) and what. */
export class Utf8Error extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly offset: number,
    problem: string,
  ) {
    super(problem);
  }
}

const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** How many bytes at the end of `bytes` begin a sequence that the next chunk has to complete. */
const incompleteTail = (bytes: Uint8Array): number => {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? back : 0;
    }
  }
  return 0;
};

const countNewlines = (bytes: Uint8Array, end: number): number => {
  let count = 0;
  for (let index = 0; index < end; index++) if (bytes[index] === 0x0a) count++;
  return count;
};

/**
 * Decodes a stream of bytes as UTF-8 with a strict decoder (TextDecoder, fatal: true), chunk by chunk. Bytes that
 * are not UTF-8 throw a Utf8Error naming the line and the byte; nothing is replaced by U+FFFD.
 */
export async function* strictUtf8(chunks: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let line = 1;
  let offset = 0;
  let tail: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    const bytes = tail.length === 0 ? chunk : Buffer.concat([tail, chunk]);
    const start = offset - tail.length;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const { invalidAt } = utf8Problem(bytes);
      const at = invalidAt === -1 ? 0 : invalidAt;
      const where = start + at;
      throw new Utf8Error(
        file,
        line + countNewlines(bytes, at),
        where,
        `byte ${hex(bytes[at] ?? 0)} at offset ${where}`,
      );
    }
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) line++;
    offset += chunk.length;
    tail = bytes.subarray(bytes.length - incompleteTail(bytes));
    if (text !== '') yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } catch {
    const where = offset - tail.length;
    throw new Utf8Error(
      file,
      line,
      where,
      `byte ${hex(tail[0] ?? 0)} at offset ${where} starts a sequence the end cuts off`,
    );
  }
}
