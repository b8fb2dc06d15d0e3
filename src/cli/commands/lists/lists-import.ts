import { parseArgs } from 'node:util';
import type { ListFormat } from '../../../core/screening/lists/list-entry.ts';
import { importListVersion } from '../../../services/screening/import-list-version.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_OK } from '../../exit-codes.ts';
import { fail, failUsage } from '../../fail.ts';

const FORMATS: readonly ListFormat[] = ['csl', 'ofac', 'un', 'dpl', 'watchlist'];
const OPTIONS = {
  source: { type: 'string' },
  format: { type: 'string' },
  'as-of': { type: 'string' },
  'allow-shrink': { type: 'boolean' },
  reason: { type: 'string' },
} as const;

export const listsImportCommand: CliCommand = {
  name: 'lists import',
  summary: 'Import a screening list file as a new list version (recognises identical content)',
  usage: `Usage: aiexports lists import --source KEY --format FORMAT [--as-of YYYY-MM-DD]
                             [--allow-shrink --reason TEXT] PATH

Imports PATH into the database as a new version of the list KEY (csl, ofac, un, dpl, or watchlist:NAME)
and queues the delta re-screening of stored parties. FORMAT is csl (.csv or .json), ofac (a folder or the
sdn file with its alt/add/comments companions), un (.xml), dpl (.txt) or watchlist (.csv); any file may be
gzip-compressed (name ending in .gz, e.g. data/lists/un_2026-02-27.xml.gz). Content identical to the current
version is recognised and not stored again; a malformed file, or one without entries, changes nothing.
A version that removes more than the program setting maxListShrinkPercent (default 20%) of the current
entries is refused (exit 5) unless --allow-shrink is given with --reason; an allowed shrink is audited and
raises an alert. With the embedded database (no DATABASE_URL), a running server holds the data folder: the
command then refuses (exit 9); import through the API (POST /api/v1/lists/import) or stop the server.`,
  run: async (argv, io, runtime) => {
    let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      return failUsage(io, 'lists import', error instanceof Error ? error.message : String(error));
    }
    const { source, format } = parsed.values;
    const asOf = parsed.values['as-of'];
    const path = parsed.positionals[0];
    if (!source || !format || !path || !FORMATS.includes(format as ListFormat)) {
      return failUsage(io, 'lists import', `give --source, --format (${FORMATS.join('|')}) and a PATH.`);
    }
    const allowShrink = parsed.values['allow-shrink'] === true;
    const reason = parsed.values.reason;
    if (allowShrink && !reason?.trim()) return failUsage(io, 'lists import', 'give --reason "…" with --allow-shrink.');
    const opened = await runtime.openDatabase();
    if (!opened.ok) return fail(io, 'lists import', opened.error);
    const database = opened.value;
    try {
      const result = await importListVersion(database.services, null, {
        source,
        format: format as ListFormat,
        path: path.startsWith('/') ? path : `${io.cwd}/${path}`,
        ...(typeof asOf === 'string' ? { asOf } : {}),
        ...(allowShrink ? { allowShrink, reason } : {}),
      });
      if (!result.ok) return fail(io, 'lists import', result.error);
      const { version, duplicate, diff, shrink } = result.value;
      if (shrink?.excessive) {
        io.stderr(
          `aiexports lists import: ${source} shrank by ${shrink.removed} of ${shrink.current} entries (${shrink.percent}%, over the ${shrink.maxPercent}% allowed): allowed, audited and alerted.\n`,
        );
      }
      io.stdout(
        duplicate
          ? `${source}: identical to the current version ${version.id} (${version.entryCount} entries); nothing imported.\n`
          : `${source}: imported version ${version.id} into ${database.description}: ${version.entryCount} entries, as of ${version.asOf}, sha256 ${version.contentHash}` +
              (diff ? `; +${diff.added} added, ${diff.changed} changed, -${diff.removed} removed` : '') +
              '. Delta re-screening queued.\n',
      );
      return EXIT_OK;
    } finally {
      await database.close();
    }
  },
};
