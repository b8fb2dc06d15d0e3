import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { EntityType, ListEntry, ListFormat } from '../../../core/screening/lists/list-entry.ts';
import {
  buildScreeningIndex,
  DEFAULT_MATCH_PARAMS,
  entityTypeOf,
  type ScreeningHit,
  type ScreeningIndex,
  type ScreeningQuery,
  screenName,
} from '../../../core/screening/matching/index.ts';
import { loadListFile } from '../../../services/screening/load-list-file.ts';
import { requireCurrentIndex } from '../../../services/screening/require-current-index.ts';
import type { CliRuntime } from '../../cli-runtime.ts';
import type { CliCommand, CliIo } from '../../command.ts';
import { EXIT_OK } from '../../exit-codes.ts';
import { fail, failUsage } from '../../fail.ts';
import { csvCell, readInput } from './match.ts';

const FORMATS: readonly ListFormat[] = ['csl', 'ofac', 'un', 'dpl', 'watchlist'];
const PROGRESS_EVERY = 1000;

const usage = `Usage: aiexports screen [--list FORMAT:PATH …] --input FILE
                        [--limit N] [--threshold T] [--format jsonl|csv|table]

Screens names against denied-party lists: the files given with --list, or without --list the current list
versions in the database (fail-closed: with none loaded it refuses with lists_unavailable, exit 11, and says
how to load one). FORMAT is one of csl, ofac (a folder holding sdn/alt/add), un, dpl, watchlist. FILE is a CSV whose name (or full_name) column holds the queries, with optional
type and country columns, or a text file with one name a line ("-" reads standard input).

  --limit N        at most N matches per query (default 10)
  --threshold T    only matches scoring at least T, 0–1 (default ${DEFAULT_MATCH_PARAMS.threshold})
  --format jsonl   (default) one line per query, in order:
                   {"query":…,"matches":[{"list","source","entryId","name","matchedName","score","explanation"}]}
  --format csv     one row per match: query,list,source,entryId,name,matchedName,score,explanation
  --format table   a readable table

Progress goes to standard error for inputs of more than ${PROGRESS_EVERY} names.
Exit codes: 0 done (whether or not anything matched), 2 invalid arguments, list or input file,
9 the embedded database is held by the running server (screen through POST /api/v1/screen), 11 no list
version loaded in the database.
`;

type Options = {
  lists: { format: ListFormat; path: string }[];
  input: string;
  limit: number;
  threshold: number;
  format: string;
};

const parseOptions = (argv: string[]): { ok: true; value: Options } | { ok: false; message: string } => {
  let values: { list?: string[]; input?: string; limit?: string; threshold?: string; format?: string };
  try {
    values = parseArgs({
      args: argv,
      options: {
        list: { type: 'string', multiple: true },
        input: { type: 'string' },
        limit: { type: 'string' },
        threshold: { type: 'string' },
        format: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const lists: Options['lists'] = [];
  for (const spec of values.list ?? []) {
    const colon = spec.indexOf(':');
    const format = spec.slice(0, colon) as ListFormat;
    if (colon < 1 || !FORMATS.includes(format) || colon === spec.length - 1) {
      return { ok: false, message: `--list "${spec}" must be FORMAT:PATH with FORMAT one of ${FORMATS.join(', ')}` };
    }
    lists.push({ format, path: spec.slice(colon + 1) });
  }
  if (values.input === undefined) return { ok: false, message: '--input FILE is required' };
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    return { ok: false, message: `--limit must be a whole number ≥ 1, not "${values.limit}"` };
  const threshold = values.threshold === undefined ? DEFAULT_MATCH_PARAMS.threshold : Number(values.threshold);
  if (values.threshold !== undefined && (values.threshold.trim() === '' || !(threshold >= 0 && threshold <= 1))) {
    return { ok: false, message: `--threshold must be a number from 0 to 1, not "${values.threshold}"` };
  }
  const format = values.format ?? 'jsonl';
  if (!['jsonl', 'csv', 'table'].includes(format))
    return { ok: false, message: `--format must be jsonl, csv or table, not "${format}"` };
  return { ok: true, value: { lists, input: values.input, limit, threshold, format } };
};

/** The queries of an input file: a CSV with a name or full_name column, or one name a line. */
export const parseQueries = (text: string): { ok: true; value: ScreeningQuery[] } | { ok: false; message: string } => {
  const firstLine = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').trim();
  const header = firstLine.split(',').map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
  const nameColumn = header.includes('name') ? 'name' : header.includes('full_name') ? 'full_name' : undefined;
  if (nameColumn === undefined || !firstLine.includes(',')) {
    if (nameColumn !== undefined) {
      // a one-column CSV: the header line names the column
      return {
        ok: true,
        value: text
          .split(/\r?\n/)
          .slice(1)
          .map((l) => l.trim())
          .filter(Boolean)
          .map((name) => ({ name })),
      };
    }
    return {
      ok: true,
      value: text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .map((name) => ({ name })),
    };
  }
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      columns: (names: string[]) => names.map((n) => n.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as Record<string, string>[];
  } catch (error) {
    return { ok: false, message: `not valid CSV: ${(error as Error).message}` };
  }
  return {
    ok: true,
    value: rows.map((row) => {
      const type: EntityType = entityTypeOf(row.type);
      const country = row.country?.trim();
      return {
        name: row[nameColumn] ?? '',
        ...(type !== 'unknown' ? { type } : {}),
        ...(country ? { country } : {}),
      };
    }),
  };
};

const matchFields = (hit: ScreeningHit) => ({
  list: hit.list,
  source: hit.source,
  entryId: hit.entryId,
  name: hit.name,
  matchedName: hit.matchedName,
  score: hit.score,
  explanation: hit.explanation,
});

const render = (format: string, query: string, hits: ScreeningHit[]): string => {
  if (format === 'jsonl') return `${JSON.stringify({ query, matches: hits.map(matchFields) })}\n`;
  if (format === 'csv') {
    return hits
      .map((h) =>
        [query, h.list, h.source, h.entryId, h.name, h.matchedName, h.score.toFixed(3), h.explanation]
          .map(csvCell)
          .join(','),
      )
      .map((line) => `${line}\n`)
      .join('');
  }
  const lines = [`${query}`];
  if (hits.length === 0) lines.push('  (no match)');
  for (const h of hits) {
    lines.push(`  ${h.score.toFixed(3)}  ${h.list.padEnd(9)} ${h.entryId.slice(0, 24).padEnd(24)} ${h.matchedName}`);
    lines.push(`         ${h.name === h.matchedName ? '' : `primary name: ${h.name}; `}${h.explanation}`);
  }
  return `${lines.join('\n')}\n`;
};

const loadLists = async (
  io: CliIo,
  lists: Options['lists'],
): Promise<{ ok: true; value: ListEntry[] } | { ok: false; message: string }> => {
  const entries: ListEntry[] = [];
  for (const { format, path } of lists) {
    const absolute = path.startsWith('/') ? path : `${io.cwd}/${path}`;
    const loaded = await loadListFile(format, absolute);
    if (!loaded.ok) return { ok: false, message: `--list ${format}:${path}: ${loaded.error.message}` };
    entries.push(...loaded.value);
  }
  return { ok: true, value: entries };
};

type Loaded = { ok: true; index: ScreeningIndex } | { ok: false; exitCode: number };

/** The index over the --list files, or (without --list) over the database's current list versions, fail-closed. */
const loadIndex = async (io: CliIo, runtime: CliRuntime, lists: Options['lists']): Promise<Loaded> => {
  if (lists.length > 0) {
    const entries = await loadLists(io, lists);
    if (!entries.ok) return { ok: false, exitCode: failUsage(io, 'screen', entries.message) };
    return { ok: true, index: buildScreeningIndex(entries.value) };
  }
  const opened = await runtime.openDatabase();
  if (!opened.ok) return { ok: false, exitCode: fail(io, 'screen', opened.error) };
  try {
    const current = await requireCurrentIndex(opened.value.services);
    if (!current.ok) return { ok: false, exitCode: fail(io, 'screen', current.error) };
    const listed = current.value.versions.map((v) => `${v.source} as of ${v.asOf}`).join(', ');
    io.stderr(`screening against ${listed} in ${opened.value.description}\n`);
    return { ok: true, index: current.value.index };
  } finally {
    await opened.value.close();
  }
};

export const screenCommand: CliCommand = {
  name: 'screen',
  summary: 'Screen names against denied-party lists (CSL, OFAC, UN, DPL, watchlist)',
  usage,
  run: async (argv, io, runtime) => {
    const options = parseOptions(argv);
    if (!options.ok) return failUsage(io, 'screen', options.message);
    const { lists, input, limit, threshold, format } = options.value;
    const file = await readInput(io, input);
    if (!file.ok) return failUsage(io, 'screen', file.message);
    const queries = parseQueries(file.text);
    if (!queries.ok) return failUsage(io, 'screen', `${input}: ${queries.message}`);
    const loaded = await loadIndex(io, runtime, lists);
    if (!loaded.ok) return loaded.exitCode;
    const { index } = loaded;
    const total = queries.value.length;
    if (total > PROGRESS_EVERY) io.stderr(`screening ${total} names against ${index.names.length} list names\n`);
    if (format === 'csv') io.stdout('query,list,source,entryId,name,matchedName,score,explanation\n');
    let chunk = '';
    queries.value.forEach((query, i) => {
      chunk += render(format, query.name, screenName(index, query, { limit, threshold }));
      if ((i + 1) % PROGRESS_EVERY === 0) {
        io.stdout(chunk);
        chunk = '';
        if (total > PROGRESS_EVERY) io.stderr(`  ${i + 1}/${total}\n`);
      }
    });
    if (chunk) io.stdout(chunk);
    return EXIT_OK;
  },
};
