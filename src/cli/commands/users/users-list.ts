import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../../core/accounts/roles.ts';
import { listUsersForOperator } from '../../../services/users/list-users.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_OK } from '../../exit-codes.ts';
import { fail, failUsage } from '../../fail.ts';

const OPTIONS = {
  role: { type: 'string' },
  search: { type: 'string' },
  format: { type: 'string', default: 'text' },
} as const;
const COMMAND = 'users list';

export const usersListCommand: CliCommand = {
  name: COMMAND,
  summary: 'List users: email, role, agency, status, id',
  usage: `Usage: aiexports users list [--role ROLE] [--search TEXT] [--format text|json]

Lists users by email (at most 1000): email, role, agency, status (pending, active, deactivated), two-factor
sign-in and id. --search matches name or email. Exit code 0, 2 a bad option.`,
  run: async (argv, io, runtime) => {
    let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, strict: true });
    } catch (error) {
      return failUsage(io, COMMAND, error instanceof Error ? error.message : String(error));
    }
    const { role, search, format } = parsed.values;
    if (role !== undefined && !(ROLES as readonly string[]).includes(role))
      return failUsage(io, COMMAND, `--role: unknown role "${role}"; choose one of ${ROLES.join(', ')}.`);
    if (format !== 'text' && format !== 'json') return failUsage(io, COMMAND, '--format: text or json.');
    const opened = await runtime.openDatabase();
    if (!opened.ok) return fail(io, COMMAND, opened.error);
    const database = opened.value;
    try {
      const rows = await listUsersForOperator(database.services, {
        ...(role ? { role: role as Role } : {}),
        ...(search ? { search } : {}),
        limit: 1000,
      });
      if (format === 'json') io.stdout(`${JSON.stringify(rows)}\n`);
      else
        for (const u of rows)
          io.stdout(`${u.email}\t${u.role}\t${u.agency ?? '-'}\t${u.status}${u.totpEnabled ? '\t2fa' : ''}\t${u.id}\n`);
      return EXIT_OK;
    } finally {
      await database.close();
    }
  },
};
