import { parseArgs } from 'node:util';
import { writeAuditCheckpoint } from '../../../services/audit/write-audit-checkpoint.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_OK } from '../../exit-codes.ts';
import { fail } from '../../fail.ts';

export const auditCheckpointCommand: CliCommand = {
  name: 'audit checkpoint',
  summary: 'Sign the audit trail as it stands with the audit key (exit 0 written, 8 no key, 7 trail broken)',
  usage: `Usage: aiexports audit checkpoint [--format text|json]

Verifies the audit trail, then stores a checkpoint: the entry count and the last entry's hash, signed
(HMAC-SHA256) with the key of AIEXPORTS_AUDIT_KEY or AIEXPORTS_AUDIT_KEY_FILE, which the database does not
hold. The checkpoint is itself audited. Keep a copy of the printed line outside the database.
Exit code 0 when written, 8 when no key is configured, 7 when the trail does not verify (nothing is signed).`,
  run: async (argv, io, runtime) => {
    const parsed = parseArgs({ args: argv, options: { format: { type: 'string', default: 'text' } }, strict: true });
    const opened = await runtime.openDatabase();
    if (!opened.ok) return fail(io, 'audit checkpoint', opened.error);
    const database = opened.value;
    const result = await writeAuditCheckpoint(database.services, null).finally(() => database.close());
    if (!result.ok) return fail(io, 'audit checkpoint', result.error);
    const c = result.value;
    if (parsed.values.format === 'json') io.stdout(`${JSON.stringify(c)}\n`);
    else
      io.stdout(
        `Checkpoint ${c.id} written: ${c.entryCount} entries, last hash ${c.lastHash}, at ${c.at}, key ${c.keyId}, signature ${c.mac}.\n`,
      );
    return EXIT_OK;
  },
};
