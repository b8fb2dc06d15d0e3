import { parseArgs } from 'node:util';
import { AGENCIES, ROLES } from '../../../core/accounts/roles.ts';
import { createUser } from '../../../services/users/create-user.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_OK } from '../../exit-codes.ts';
import { fail, failUsage } from '../../fail.ts';

const OPTIONS = {
  email: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  agency: { type: 'string' },
  company: { type: 'string', multiple: true },
  'password-stdin': { type: 'boolean' },
} as const;

const COMMAND = 'users add';

export const usersAddCommand: CliCommand = {
  name: COMMAND,
  summary: 'Create an active user with a password read from standard input (how the first admin is made)',
  usage: `Usage: aiexports users add --email EMAIL --role ROLE [--name NAME] [--agency AGENCY]
                         [--company ID]... --password-stdin

Creates an active user. The password (at least 12 characters) is read from standard input (one line; the
trailing newline is dropped) and stored only as its argon2 hash. Works on an empty database, outside demo
mode: this is how the first admin is made (e.g. printf '%s' "$PW" | aiexports users add --email a@x.gov
--role admin --password-stdin). ROLE is one of ${ROLES.join(', ')}; AGENCY (government roles only) one of
${AGENCIES.join(', ')}; --company (applicants only, repeatable) names a company id. NAME defaults to the part of
the email before @. Audited with the actor "cli". Prints the new user's id.
Exit code 0 created, 2 a bad or missing option, 4 an unknown company, 12 a user with this email exists.`,
  run: async (argv, io, runtime) => {
    let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, strict: true });
    } catch (error) {
      return failUsage(io, COMMAND, error instanceof Error ? error.message : String(error));
    }
    const { email, role, name, agency, company } = parsed.values;
    if (!email) return failUsage(io, COMMAND, 'give --email EMAIL.');
    if (!role) return failUsage(io, COMMAND, `give --role ROLE (one of ${ROLES.join(', ')}).`);
    if (!(ROLES as readonly string[]).includes(role))
      return failUsage(io, COMMAND, `--role: unknown role "${role}"; choose one of ${ROLES.join(', ')}.`);
    if (agency !== undefined && !(AGENCIES as readonly string[]).includes(agency))
      return failUsage(io, COMMAND, `--agency: unknown agency "${agency}"; choose one of ${AGENCIES.join(', ')}.`);
    if (parsed.values['password-stdin'] !== true)
      return failUsage(io, COMMAND, 'give --password-stdin and the password on standard input.');
    const password = (await io.readStdin()).replace(/\r?\n$/, '');
    if (password.length === 0) return failUsage(io, COMMAND, '--password-stdin: standard input is empty.');
    const opened = await runtime.openDatabase();
    if (!opened.ok) return fail(io, COMMAND, opened.error);
    const database = opened.value;
    try {
      const result = await createUser(database.services, {
        email,
        role,
        ...(name === undefined ? {} : { name }),
        agency: agency ?? null,
        companyIds: company ?? [],
        password,
        actorName: 'cli',
      });
      if (!result.ok) {
        const error = result.error;
        // name the option behind a field error
        const flags: Record<string, string> = { companyIds: '--company', password: '--password-stdin' };
        const fields = Array.isArray(error.details) ? error.details : [];
        const message =
          fields.length > 0
            ? fields.map((f) => `${flags[f.path] ?? `--${f.path}`}: ${f.message}`).join('; ')
            : error.message;
        const unknownCompany = fields.some((f) => f.path === 'companyIds' && f.message.startsWith('no company'));
        return fail(
          io,
          COMMAND,
          { ...error, code: unknownCompany ? 'not_found' : error.code, message: `${message}.` },
          {
            usageHint: error.code === 'invalid_input' && !unknownCompany,
          },
        );
      }
      io.stdout(`${result.value.id}\n`);
      return EXIT_OK;
    } finally {
      await database.close();
    }
  },
};
