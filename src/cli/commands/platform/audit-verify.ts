import { parseArgs } from 'node:util';
import { describeTarget, openDatabase } from '../../../main/open-database.ts';
import { sha256Hex } from '../../../main/service-deps.node.ts';
import { verifyAuditTrail } from '../../../services/audit/audit-trail.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_USAGE, exitCodeFor } from '../../exit-codes.ts';
import { settingsFromIo } from '../../settings-from-io.ts';

export const auditVerifyCommand: CliCommand = {
  name: 'audit verify',
  summary: 'Check the audit trail hash chain (exit 0 intact, 7 broken)',
  usage: `Usage: aiexports audit verify [--format text|json]

Recomputes the hash of every audit entry and checks that each links to the one before it.
Exit code 0 when the chain is intact, 7 when it is broken (the first bad entry is named).`,
  run: async (argv, io) => {
    const parsed = parseArgs({ args: argv, options: { format: { type: 'string', default: 'text' } }, strict: true });
    const settings = settingsFromIo(io);
    if (!settings) return EXIT_USAGE;
    const database = await openDatabase(settings, io.cwd);
    const result = await verifyAuditTrail(database.db, null, sha256Hex);
    await database.close();
    if (!result.ok) {
      io.stderr(`aiexports audit verify: ${result.error.message}\n`);
      return exitCodeFor[result.error.code];
    }
    const verdict = result.value;
    if (parsed.values.format === 'json') io.stdout(`${JSON.stringify(verdict)}\n`);
    else if (verdict.ok)
      io.stdout(`Audit chain intact: ${verdict.count} entries verified in ${describeTarget(database)}.\n`);
    else io.stdout(`Audit chain BROKEN at entry ${verdict.brokenAt}: ${verdict.reason} (${verdict.count} entries).\n`);
    return verdict.ok ? 0 : exitCodeFor.audit_broken;
  },
};
