import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, type Result } from '../../core/kernel/result.ts';
import type { ListFormat } from '../../core/screening/lists/list-entry.ts';
import { refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { type ImportListResult, importListVersion } from './import-list-version.ts';
import { withoutFolder } from './without-folder.ts';

const DEFAULT_NAMES: Record<Exclude<ListFormat, 'ofac'>, string> = {
  csl: 'consolidated.csv',
  un: 'consolidated.xml',
  dpl: 'dpl.txt',
  watchlist: 'watchlist.csv',
};

/** The most files one upload may hold: OFAC's two sets of four (sdn, alt, add, sdn_comments; cons_*). */
export const MAX_LIST_FILES = 8;

/** One file of an upload: the name the user gave it and its text. */
export type ListFileContent = { name: string; content: string };

export type ImportListContentInput = {
  source: string;
  format: ListFormat;
  /** one file's text (every format but OFAC) … */
  content?: string;
  fileName?: string;
  /** … or the files by name (OFAC: sdn.csv with alt.csv, add.csv, sdn_comments.csv and/or the cons_* files) */
  files?: ListFileContent[];
  asOf?: string;
  allowShrink?: boolean;
  reason?: string;
};

/** The bare name of a file as the user's system wrote it (a Windows path too). */
const bareName = (name: string): string => name.split(/[\\/]/).pop()?.trim() ?? '';

const invalid = (path: string, message: string): Result<never> =>
  err(appError('invalid_input', message, [{ path, message }]));

/** The files to write, by their bare names; an error when the input gives none, too many, or clashing names. */
const filesOf = (input: ImportListContentInput): Result<ListFileContent[]> => {
  if (input.files !== undefined && input.content !== undefined) {
    return invalid('files', 'send either content (one file) or files, not both');
  }
  if (input.files === undefined) {
    if (input.content === undefined) return invalid('content', 'send content (one file) or files');
    if (input.format === 'ofac') {
      return invalid('files', 'OFAC lists are several files: send them as files [{ name, content }]');
    }
    const cslJson = input.format === 'csl' && /^\s*[[{]/.test(input.content);
    const fallback = cslJson ? 'consolidated.json' : DEFAULT_NAMES[input.format];
    return {
      ok: true,
      value: [{ name: input.fileName ? bareName(input.fileName) || fallback : fallback, content: input.content }],
    };
  }
  if (input.files.length === 0 || input.files.length > MAX_LIST_FILES) {
    return invalid('files', `send 1 to ${MAX_LIST_FILES} files`);
  }
  if (input.format !== 'ofac' && input.files.length !== 1) {
    return invalid('files', `a ${input.format} list is one file`);
  }
  const named = input.files.map((file) => ({ name: bareName(file.name), content: file.content }));
  const names = new Set(named.map((file) => file.name.toLowerCase()));
  if (names.size !== named.length) return invalid('files', 'two files have the same name');
  if (named.some((file) => file.name === '' || file.name === '.' || file.name === '..')) {
    return invalid('files', 'every file needs a name');
  }
  return { ok: true, value: named };
};

/**
 * Imports a list sent as text (the API's upload): one file's `content`, or `files` by name (OFAC's set of
 * files). They are written to a private temporary folder under their own names and imported like files; errors
 * name the files as sent, never the temporary folder.
 */
export const importListContent = async (
  deps: ServiceDeps,
  actor: Actor,
  input: ImportListContentInput,
): Promise<Result<ImportListResult>> => {
  if (!can(actor, 'lists.import')) return refused('lists.import');
  const files = filesOf(input);
  if (!files.ok) return files;
  const folder = await mkdtemp(join(tmpdir(), 'aiex-list-'));
  try {
    for (const file of files.value) await writeFile(join(folder, file.name), file.content, 'utf8');
    const path = input.format === 'ofac' ? folder : join(folder, files.value[0]!.name);
    const imported = await importListVersion(deps, actor, {
      source: input.source,
      format: input.format,
      path,
      ...(input.format === 'ofac' ? {} : { fileNames: [files.value[0]!.name] }),
      ...(input.asOf ? { asOf: input.asOf } : {}),
      ...(input.allowShrink ? { allowShrink: true } : {}),
      ...(input.reason !== undefined ? { reason: input.reason } : {}),
    });
    return withoutFolder(imported, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};
