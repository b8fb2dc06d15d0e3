import { parseArgs } from 'node:util';
import type { ListFormat } from '../../../core/screening/lists/list-entry.ts';
import { describeTarget, openDatabase } from '../../../main/open-database.ts';
import { nodeServiceDeps } from '../../../main/service-deps.node.ts';
import { importListVersion } from '../../../services/screening/import-list-version.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_USAGE, exitCodeFor } from '../../exit-codes.ts';
import { settingsFromIo } from '../../settings-from-io.ts';

const FORMATS: readonly ListFormat[] = ['csl', 'ofac', 'un', 'dpl', 'watchlist'];

export const listsImportCommand: CliCommand = {
  name: 'lists import',
  summary: 'Import a screening list file as a new list version (recognises identical content)',
  usage: `Usage: aiexports lists import --source KEY --format FORMAT [--as-of YYYY-MM-DD] PATH

Imports PATH into the database as a new version of the list KEY (csl, ofac, un, dpl, or watchlist:NAME)
and queues the delta re-screening of stored parties. FORMAT is csl (.csv or .json), ofac (a folder or the
sdn file with its alt/add/comments companions), un (.xml), dpl (.txt) or watchlist (.csv); any file may be
gzip-compressed (name ending in .gz, e.g. data/lists/un_2026-02-27.xml.gz). Content identical to the current
version is recognised and not stored again; a malformed file changes nothing.`,
  run: async (argv, io) => {
    let parsed: ReturnType<typeof parseArgs<{ options: Record<string, { type: 'string' }>; allowPositionals: true }>>;
    try {
      parsed = parseArgs({
        args: argv,
        options: { source: { type: 'string' }, format: { type: 'string' }, 'as-of': { type: 'string' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      io.stderr(`aiexports lists import: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_USAGE;
    }
    const { source, format } = parsed.values;
    const asOf = parsed.values['as-of'];
    const path = parsed.positionals[0];
    if (!source || !format || !path || !FORMATS.includes(format as ListFormat)) {
      io.stderr(`aiexports lists import: give --source, --format (${FORMATS.join('|')}) and a PATH.\n`);
      return EXIT_USAGE;
    }
    const settings = settingsFromIo(io);
    if (!settings) return EXIT_USAGE;
    const database = await openDatabase(settings, io.cwd);
    try {
      const deps = nodeServiceDeps(database.db, { sessionTtlHours: settings.SESSION_TTL_HOURS });
      const result = await importListVersion(deps, null, {
        source,
        format: format as ListFormat,
        path: path.startsWith('/') ? path : `${io.cwd}/${path}`,
        ...(typeof asOf === 'string' ? { asOf } : {}),
      });
      if (!result.ok) {
        io.stderr(`aiexports lists import: ${result.error.message}\n`);
        return exitCodeFor[result.error.code];
      }
      const { version, duplicate, diff } = result.value;
      io.stdout(
        duplicate
          ? `${source}: identical to the current version ${version.id} (${version.entryCount} entries); nothing imported.\n`
          : `${source}: imported version ${version.id} into ${describeTarget(database)}: ${version.entryCount} entries, as of ${version.asOf}, sha256 ${version.contentHash}` +
              (diff ? `; +${diff.added} added, ${diff.changed} changed, -${diff.removed} removed` : '') +
              '. Delta re-screening queued.\n',
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};
