/** Text handed to a parser: the whole text, or its chunks in order (e.g. a decoded file stream). */
export type TextSource = string | Iterable<string> | AsyncIterable<string>;

/** Iterates the chunks of a text source; a plain string is one chunk. */
export async function* textChunks(source: TextSource): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield source;
    return;
  }
  for await (const chunk of source) yield chunk;
}
