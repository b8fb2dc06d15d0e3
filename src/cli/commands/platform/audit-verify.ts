import { parseArgs } from 'node:util';
import type { AuditTrailVerdict } from '../../../core/audit/audit-verdict.ts';
import { verifyAuditTrail } from '../../../services/audit/audit-trail.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_OK, exitCodeFor } from '../../exit-codes.ts';
import { fail } from '../../fail.ts';

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
  usage: `Usage: aiexports audit verify [--format text|json]

Recomputes the hash of every audit entry and checks that each links to the one before it; compares the
trail with the head recorded on every append (so a deleted tail is found); and, when AIEXPORTS_AUDIT_KEY or
AIEXPORTS_AUDIT_KEY_FILE is set, checks every signed checkpoint (so a rewrite of the trail is found back to
the last checkpoint). Without a key the checkpoints are not checked, and the output says so.
Exit code 0 when the trail is intact, 7 when it is not (every finding is named).`,
  run: async (argv, io, runtime) => {
    const parsed = parseArgs({ args: argv, options: { format: { type: 'string', default: 'text' } }, strict: true });
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
