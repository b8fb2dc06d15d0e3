import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { ok, type Result } from '../../core/kernel/result.ts';
import { createSha256 } from '../../core/kernel/sha256.ts';
import type { ListFormat } from '../../core/screening/lists/list-entry.ts';
import { resolveListFiles } from './resolve-list-files.ts';

/**
 * The SHA-256 (hex) of the bytes a list import reads: for one file its plain digest (equal to
 * `sha256sum`); for an OFAC set the digest over each file's base name, a NUL, its bytes and a NUL, in
 * role order. Identical content gives the same hash, so a re-import can be recognised.
 */
export const hashListContent = async (format: ListFormat, path: string): Promise<Result<string>> => {
  const resolved = await resolveListFiles(format, path);
  if (!resolved.ok) return resolved;
  const files = resolved.value;
  const hash = createSha256();
  if (files.format !== 'ofac') {
    for await (const chunk of createReadStream(files.file)) hash.update(chunk as Uint8Array);
    return ok(hash.digestHex());
  }
  for (const set of files.sets) {
    for (const file of [set.primary, set.aliases, set.addresses, set.comments]) {
      if (file === undefined) continue;
      hash.update(`${basename(file)}\0`);
      for await (const chunk of createReadStream(file)) hash.update(chunk as Uint8Array);
      hash.update('\0');
    }
  }
  return ok(hash.digestHex());
};
