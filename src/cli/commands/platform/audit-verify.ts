import { parseArgs } from 'node:util';
import { verifyAuditTrail } from '../../../services/audit/audit-trail.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_OK, exitCodeFor } from '../../exit-codes.ts';
import { fail } from '../../fail.ts';

export const auditVerifyCommand: CliCommand = {
  name: 'audit verify',
  summary: 'Check the audit trail hash chain (exit 0 intact, 7 broken)',
  usage: `Usage: aiexports audit verify [--format text|json]

Recomputes the hash of every audit entry and checks that each links to the one before it.
Exit code 0 when the chain is intact, 7 when it is broken (the first bad entry is named).`,
  run: async (argv, io, runtime) => {
    const parsed = parseArgs({ args: argv, options: { format: { type: 'string', default: 'text' } }, strict: true });
    const opened = await runtime.openDatabase();
    if (!opened.ok) return fail(io, 'audit verify', opened.error);
    const database = opened.value;
    const result = await verifyAuditTrail(database.services.db, null, runtime.sha256);
    await database.close();
    if (!result.ok) return fail(io, 'audit verify', result.error);
    const verdict = result.value;
    if (parsed.values.format === 'json') io.stdout(`${JSON.stringify(verdict)}\n`);
    else if (verdict.ok)
      io.stdout(`Audit chain intact: ${verdict.count} entries verified in ${database.description}.\n`);
    else io.stdout(`Audit chain BROKEN at entry ${verdict.brokenAt}: ${verdict.reason} (${verdict.count} entries).\n`);
    // a broken chain is reported on stdout (the verdict) and exits with audit_broken's code
    return verdict.ok ? EXIT_OK : exitCodeFor.audit_broken;
  },
};
