import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { DEFAULT_MATCH_PARAMS, entityTypeOf, scoreNames } from '../../../core/screening/matching/index.ts';
import type { CliCommand, CliIo } from '../../command.ts';
import { EXIT_OK } from '../../exit-codes.ts';
import { failUsage } from '../../fail.ts';

const usage = `Usage: aiexports match --pairs FILE.csv [--format csv|jsonl]

Scores pairs of names with the screening matcher. FILE has a header with name1, name2 and optionally
schema (Person, Company, Organization, LegalEntity, Vessel, Airplane). One output row per pair, in order,
with score (0–1) and match (true when score ≥ the default threshold ${DEFAULT_MATCH_PARAMS.threshold}).

  --pairs FILE     the CSV of pairs ("-" reads standard input)
  --format csv     (default) the input columns, then score,match
  --format jsonl   one JSON object per line: the input columns, score, match, explanation

Exit codes: 0 done, 2 invalid arguments or file.
`;

/** Quotes a CSV field when it needs it (RFC 4180). */
export const csvCell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Reads a file named on the command line (relative to the working directory; "-" is standard input). */
export const readInput = async (
  io: CliIo,
  path: string,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> => {
  if (path === '-') return { ok: true, text: await io.readStdin() };
  try {
    return { ok: true, text: await readFile(resolve(io.cwd, path), 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `cannot read ${path}${code ? ` (${code})` : ''}` };
  }
};

const parseOptions = (argv: string[]) => {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { pairs: { type: 'string' }, format: { type: 'string' } },
      strict: true,
    });
    return { ok: true as const, values };
  } catch (error) {
    return { ok: false as const, message: (error as Error).message };
  }
};

export const matchCommand: CliCommand = {
  name: 'match',
  summary: 'Score name pairs from a CSV with the screening matcher',
  usage,
  run: async (argv, io) => {
    const options = parseOptions(argv);
    if (!options.ok) return failUsage(io, 'match', options.message);
    const { pairs, format = 'csv' } = options.values;
    if (pairs === undefined) return failUsage(io, 'match', '--pairs FILE is required');
    if (format !== 'csv' && format !== 'jsonl')
      return failUsage(io, 'match', `--format must be csv or jsonl, not "${format}"`);
    const input = await readInput(io, pairs);
    if (!input.ok) return failUsage(io, 'match', input.message);
    let rows: Record<string, string>[];
    let header: string[] = [];
    try {
      rows = parse(input.text, {
        columns: (names: string[]) => {
          header = names.map((n) => n.trim());
          return header;
        },
        bom: true,
        skip_empty_lines: true,
      }) as Record<string, string>[];
    } catch (error) {
      return failUsage(io, 'match', `${pairs} is not valid CSV: ${(error as Error).message}`);
    }
    if (!header.includes('name1') || !header.includes('name2')) {
      return failUsage(
        io,
        'match',
        `${pairs} needs a header with name1 and name2 (found: ${header.join(', ') || 'nothing'})`,
      );
    }
    const out: string[] = [];
    if (format === 'csv') out.push([...header, 'score', 'match'].map(csvCell).join(','));
    for (const row of rows) {
      const { score, explanation } = scoreNames(row.name1 ?? '', row.name2 ?? '', entityTypeOf(row.schema));
      const match = score >= DEFAULT_MATCH_PARAMS.threshold;
      if (format === 'csv') {
        out.push([...header.map((h) => row[h] ?? ''), score.toFixed(3), String(match)].map(csvCell).join(','));
      } else {
        out.push(JSON.stringify({ ...row, score, match, explanation }));
      }
    }
    io.stdout(`${out.join('\n')}\n`);
    return EXIT_OK;
  },
};
