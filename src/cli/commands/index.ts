import type { CliCommand } from '../command.ts';

/** A command known by name and summary; its module loads only when it runs, so every command starts fast. */
export type CommandEntry = { name: string; summary: string; load: () => Promise<CliCommand> };

/**
 * Every `aiexports` command, in the order `--help` lists them. Add one line per command:
 * `{ name, summary, load: async () => (await import('./area/verb-noun.ts')).verbNounCommand }`.
 */
export const COMMANDS: CommandEntry[] = [
  { name: 'serve', summary: 'Start the web UI and the API (migrates; seeds demo data on first start)', load: async () => (await import('./platform/serve.ts')).serveCommand },
  { name: 'migrate', summary: 'Bring the database schema up to date', load: async () => (await import('./platform/migrate.ts')).migrateCommand },
  { name: 'seed', summary: 'Load demo data into an empty database (--demo)', load: async () => (await import('./platform/seed.ts')).seedCommand },
  { name: 'audit verify', summary: 'Check the audit trail hash chain', load: async () => (await import('./platform/audit-verify.ts')).auditVerifyCommand },
];
