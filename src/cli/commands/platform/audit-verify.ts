import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createExportVerifier, type ExportVerdict } from '../../../core/audit/audit-export.ts';
import type { AuditTrailVerdict } from '../../../core/audit/audit-verdict.ts';
import { sha256Hex } from '../../../core/kernel/sha256.ts';
import { verifyAuditTrail } from '../../../services/audit/audit-trail.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_OK, exitCodeFor } from '../../exit-codes.ts';
import { fail, failUsage } from '../../fail.ts';

/** Verifies an export file line by line (any size), without a database. */
const verifyExportFile = async (path: string): Promise<ExportVerdict> => {
  const verifier = createExportVerifier(sha256Hex);
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (verifier.line(line)) {
      lines.close();
      break;
    }
  }
  return verifier.finish();
};

const describeExportVerdict = (verdict: ExportVerdict, path: string): string =>
  verdict.ok
    ? `Audit export intact: ${verdict.entries} entries verified in ${path}${
        verdict.entries > 0 ? ` (entries ${verdict.firstSeq}–${verdict.lastSeq})` : ''
      }${verdict.filtered ? ", a filtered export: each entry's hash and every link between neighbouring entries checked" : ', the whole trail up to the head recorded at export'}.\n`
    : `Audit export BROKEN at line ${verdict.line}${verdict.seq === null ? '' : ` (entry ${verdict.seq})`}: ${verdict.reason}.\n`;

const describeVerdict = (verdict: AuditTrailVerdict, where: string): string => {
  const lines = verdict.ok
    ? [`Audit trail intact: ${verdict.count} entries verified in ${where}.`]
    : [`Audit trail BROKEN at entry ${verdict.brokenAt ?? '?'}: ${verdict.reason} (${verdict.count} entries).`];
  lines.push(
    `Head: ${verdict.head.matches ? 'matches' : 'does NOT match'} (${verdict.head.entryCount} entries recorded).`,
    `Checkpoints: ${verdict.checkpoints.note}.`,
  );
  for (const finding of verdict.findings.slice(1)) lines.push(`Also: ${finding}`);
  return `${lines.join('\n')}\n`;
};

export const auditVerifyCommand: CliCommand = {
  name: 'audit verify',
  summary: 'Check the audit trail: hash chain, head and signed checkpoints (exit 0 intact, 7 broken)',
  usage: `Usage: aiexports audit verify [--format text|json] [--file EXPORT.jsonl]

Recomputes the hash of every audit entry and checks that each links to the one before it; compares the
trail with the head recorded on every append (so a deleted tail is found); and, when AIEXPORTS_AUDIT_KEY or
AIEXPORTS_AUDIT_KEY_FILE is set, checks every signed checkpoint (so a rewrite of the trail is found back to
the last checkpoint). Without a key the checkpoints are not checked, and the output says so.
Exit code 0 when the trail is intact, 7 when it is not (every finding is named).

With --file, checks a JSON Lines export (GET /api/v1/audit/export, or the audit page's export) offline,
without a database: every entry's hash, the link between neighbouring entries, the order, the header's
head and the end line's count; an unfiltered export must also hold every entry from 1 to the head.
Exit code 0 when the export verifies, 7 naming the first broken line and entry, 2 when the file cannot be read.`,
  run: async (argv, io, runtime) => {
    const parsed = parseArgs({
      args: argv,
      options: { format: { type: 'string', default: 'text' }, file: { type: 'string' } },
      strict: true,
    });
    const file = parsed.values.file;
    if (file !== undefined) {
      const found = await stat(file).catch(() => null);
      if (!found?.isFile()) return failUsage(io, 'audit verify', `--file: cannot read ${file}`);
      const verdict = await verifyExportFile(file);
      if (parsed.values.format === 'json') io.stdout(`${JSON.stringify(verdict)}\n`);
      else io.stdout(describeExportVerdict(verdict, file));
      return verdict.ok ? EXIT_OK : exitCodeFor.audit_broken;
    }
    const opened = await runtime.openDatabase();
    if (!opened.ok) return fail(io, 'audit verify', opened.error);
    const database = opened.value;
    const result = await verifyAuditTrail(database.services, null);
    await database.close();
    if (!result.ok) return fail(io, 'audit verify', result.error);
    const verdict = result.value;
    if (parsed.values.format === 'json') io.stdout(`${JSON.stringify(verdict)}\n`);
    else io.stdout(describeVerdict(verdict, database.description));
    // a broken trail is reported on stdout (the verdict) and exits with audit_broken's code
    return verdict.ok ? EXIT_OK : exitCodeFor.audit_broken;
  },
};
