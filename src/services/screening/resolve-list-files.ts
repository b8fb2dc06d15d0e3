import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { type AppError, appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import type { ListFormat } from '../../core/screening/lists/list-entry.ts';

/** The files of one OFAC legacy list (SDN or non-SDN consolidated), by role. */
export type OfacFileSet = {
  source: 'SDN' | 'Non-SDN';
  primary: string;
  aliases?: string;
  addresses?: string;
  comments?: string;
};

/** The files a `FORMAT:PATH` names: one file, or for OFAC one or two linked sets. */
export type ListFiles = { format: 'ofac'; sets: OfacFileSet[] } | { format: Exclude<ListFormat, 'ofac'>; file: string };

type Role = 'primary' | 'aliases' | 'addresses' | 'comments';
const ROLE_PATTERNS: Record<OfacFileSet['source'], Record<Role, RegExp>> = {
  SDN: {
    primary: /^sdn(?:_(?!comments).*?)?\.csv(?:\.gz)?$/i,
    aliases: /^alt(?:_.*?)?\.csv(?:\.gz)?$/i,
    addresses: /^add(?:_.*?)?\.csv(?:\.gz)?$/i,
    comments: /^sdn_comments(?:_.*?)?\.csv(?:\.gz)?$/i,
  },
  'Non-SDN': {
    primary: /^cons_prim(?:_.*?)?\.csv(?:\.gz)?$/i,
    aliases: /^cons_alt(?:_.*?)?\.csv(?:\.gz)?$/i,
    addresses: /^cons_add(?:_.*?)?\.csv(?:\.gz)?$/i,
    comments: /^cons_comments(?:_.*?)?\.csv(?:\.gz)?$/i,
  },
};
const EXTENSIONS: Record<Exclude<ListFormat, 'ofac'>, string[]> = {
  csl: ['.csv', '.json'],
  un: ['.xml'],
  dpl: ['.txt', '.tsv'],
  watchlist: ['.csv'],
};

/** The dated suffix of a legacy name: "sdn_2024-05-03.csv" → "_2024-05-03". */
const suffixOf = (name: string, pattern: RegExp): string =>
  pattern.exec(name) === null
    ? ''
    : name.replace(/^(sdn_comments|cons_[a-z]+|sdn|alt|add)/i, '').replace(/\.csv(?:\.gz)?$/i, '');

/**
 * Picks a companion file for a role: the one with the same dated suffix as the primary file if present,
 * else the last by name (dated names sort by date, so the newest).
 */
const companion = (names: string[], pattern: RegExp, suffix: string): string | undefined => {
  const candidates = names.filter((name) => pattern.test(name)).sort();
  return candidates.find((name) => suffixOf(name, pattern) === suffix) ?? candidates.at(-1);
};

const ofacSet = (folder: string, names: string[], source: OfacFileSet['source'], primary: string): OfacFileSet => {
  const patterns = ROLE_PATTERNS[source];
  const suffix = suffixOf(primary, patterns.primary);
  const set: OfacFileSet = { source, primary: join(folder, primary) };
  for (const role of ['aliases', 'addresses', 'comments'] as const) {
    const name = companion(names, patterns[role], suffix);
    if (name !== undefined) set[role] = join(folder, name);
  }
  return set;
};

const kind = async (path: string): Promise<'file' | 'folder' | undefined> => {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
};

const fileNames = async (folder: string): Promise<string[]> => {
  const dirents = await readdir(folder, { withFileTypes: true });
  return dirents.filter((dirent) => dirent.isFile()).map((dirent) => dirent.name);
};

/** A gzip-compressed list file is named like the plain one with `.gz` added: `un_2026-02-27.xml.gz`. */
export const isGzipped = (path: string): boolean => path.toLowerCase().endsWith('.gz');
const withoutGzip = (path: string): string => (isGzipped(path) ? path.slice(0, -'.gz'.length) : path);

const invalid = (message: string, path: string): Result<ListFiles> =>
  err(appError('invalid_input', message, { file: path }) satisfies AppError);

/**
 * Finds the files of a list. OFAC: a folder holding `sdn.csv`/`alt.csv`/`add.csv`/`sdn_comments.csv`
 * and/or `cons_prim.csv`/`cons_alt.csv`/… (dated names such as `sdn_2024-05-03.csv` too), or one primary
 * file whose companions are looked for beside it. Other formats: one file with a fitting extension. Any file
 * may be gzip-compressed and then ends in `.gz` (`sdn_2024-05-03.csv.gz`, `un_2026-02-27.xml.gz`).
 */
export const resolveListFiles = async (format: ListFormat, path: string): Promise<Result<ListFiles>> => {
  const found = await kind(path);
  if (found === undefined) return err(appError('not_found', `${path}: no such file or folder`, { file: path }));
  if (format !== 'ofac') {
    if (found === 'folder') return invalid(`${path}: a ${format} list is one file, not a folder`, path);
    const extension = extname(withoutGzip(path)).toLowerCase();
    if (!EXTENSIONS[format].includes(extension)) {
      const endings = EXTENSIONS[format].join(' or ');
      return invalid(`${path}: a ${format} list must end in ${endings} (optionally followed by .gz)`, path);
    }
    return ok({ format, file: path });
  }
  const folder = found === 'folder' ? path : dirname(path);
  const names = await fileNames(folder);
  const sets: OfacFileSet[] = [];
  for (const source of ['SDN', 'Non-SDN'] as const) {
    const pattern = ROLE_PATTERNS[source].primary;
    if (found === 'file') {
      if (pattern.test(basename(path))) sets.push(ofacSet(folder, names, source, basename(path)));
      continue;
    }
    const primary = names
      .filter((name) => pattern.test(name))
      .sort()
      .at(-1);
    if (primary !== undefined) sets.push(ofacSet(folder, names, source, primary));
  }
  if (sets.length === 0) {
    return invalid(`${path}: no OFAC primary file (sdn*.csv or cons_prim*.csv) found`, path);
  }
  return ok({ format, sets });
};
