import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { createSha256 } from '../../core/kernel/sha256.ts';
import type { ListFormat } from '../../core/screening/lists/list-entry.ts';
import { listMalformed } from '../../core/screening/lists/list-error.ts';
import { isGzipped, type ListFiles, resolveListFiles } from './resolve-list-files.ts';

/** The bytes of a list file as imported: a `.gz` file's decompressed content. */
const bytesOf = (file: string): Readable =>
  isGzipped(file) ? pipeline(createReadStream(file), createGunzip(), () => {}) : createReadStream(file);

/** A file's name as the hash sees it: without a `.gz`, so a compressed copy hashes like the plain file. */
const plainName = (file: string): string => basename(file).replace(/\.gz$/i, '');

const digest = async (files: ListFiles): Promise<string> => {
  const hash = createSha256();
  if (files.format !== 'ofac') {
    for await (const chunk of bytesOf(files.file)) hash.update(chunk as Uint8Array);
    return hash.digestHex();
  }
  for (const set of files.sets) {
    for (const file of [set.primary, set.aliases, set.addresses, set.comments]) {
      if (file === undefined) continue;
      hash.update(`${plainName(file)}\0`);
      for await (const chunk of bytesOf(file)) hash.update(chunk as Uint8Array);
      hash.update('\0');
    }
  }
  return hash.digestHex();
};

/**
 * The SHA-256 (hex) of the bytes a list import reads: for one file its plain digest (equal to
 * `sha256sum`); for an OFAC set the digest over each file's base name, a NUL, its bytes and a NUL, in
 * role order. A `.gz` file counts as its decompressed bytes under its name without `.gz`, so compressing a
 * list keeps its hash. Identical content gives the same hash, so a re-import can be recognised.
 */
export const hashListContent = async (format: ListFormat, path: string): Promise<Result<string>> => {
  const resolved = await resolveListFiles(format, path);
  if (!resolved.ok) return resolved;
  try {
    return ok(await digest(resolved.value));
  } catch (error) {
    // a truncated or non-gzip `.gz` file is bad input; anything else (a disk error) stays an exception
    const code = (error as { code?: unknown } | undefined)?.code;
    if (!(error instanceof Error) || typeof code !== 'string' || !code.startsWith('Z_')) throw error;
    return err(listMalformed({ file: path }, `not a readable gzip file (${error.message})`));
  }
};
