import type { CliCommand } from '../command.ts';

/** A command known by name and summary; its module loads only when it runs, so every command starts fast. */
export type CommandEntry = { name: string; summary: string; load: () => Promise<CliCommand> };

/**
 * Every `aiexports` command, in the order `--help` lists them. Add one line per command:
 * `{ name, summary, load: async () => (await import('./area/verb-noun.ts')).verbNounCommand }`.
 */
export const COMMANDS: CommandEntry[] = [
  {
    name: 'serve',
    summary: 'Start the web UI and the API (migrates; seeds demo data on first start)',
    load: async () => (await import('./platform/serve.ts')).serveCommand,
  },
  {
    name: 'migrate',
    summary: 'Bring the database schema up to date',
    load: async () => (await import('./platform/migrate.ts')).migrateCommand,
  },
  {
    name: 'seed',
    summary: 'Load demo data into an empty database (--demo)',
    load: async () => (await import('./platform/seed.ts')).seedCommand,
  },
  {
    name: 'audit verify',
    summary: 'Check the audit trail: hash chain, head and signed checkpoints',
    load: async () => (await import('./platform/audit-verify.ts')).auditVerifyCommand,
  },
  {
    name: 'audit checkpoint',
    summary: 'Sign the audit trail as it stands with the audit key',
    load: async () => (await import('./platform/audit-checkpoint.ts')).auditCheckpointCommand,
  },
  {
    name: 'check',
    summary: 'Check a proposal file: eligibility and export controls, with citations',
    load: async () => (await import('./export-control/check.ts')).checkCommand,
  },
  {
    name: 'determine',
    summary: 'Export-control determination for one item (ECCN) to one destination',
    load: async () => (await import('./export-control/determine.ts')).determineCommand,
  },
  {
    name: 'classify',
    summary: 'Classify a chip under ECCN 3A090 from its TPP and performance density',
    load: async () => (await import('./export-control/classify.ts')).classifyCommand,
  },
  {
    name: 'term-sheet',
    summary: 'Compute an export-credit term sheet: down payment, financed amount, semi-annual schedule, warnings',
    load: async () => (await import('./financing/term-sheet.ts')).termSheetCommand,
  },
  {
    name: 'match',
    summary: 'Score name pairs from a CSV with the screening matcher',
    load: async () => (await import('./screening/match.ts')).matchCommand,
  },
  {
    name: 'screen',
    summary: 'Screen names against denied-party lists (CSL, OFAC, UN, DPL, watchlist)',
    load: async () => (await import('./screening/screen.ts')).screenCommand,
  },
  {
    name: 'assign',
    summary: 'Assign reviewers to proposals: maximum affinity under loads, agencies, conflicts (HiGHS)',
    load: async () => (await import('./review/assign.ts')).assignCommand,
  },
  {
    name: 'lists import',
    summary: 'Import a screening list file as a new list version (recognises identical content)',
    load: async () => (await import('./lists/lists-import.ts')).listsImportCommand,
  },
  {
    name: 'users add',
    summary: 'Create an active user with a password read from standard input (how the first admin is made)',
    load: async () => (await import('./users/users-add.ts')).usersAddCommand,
  },
  {
    name: 'users list',
    summary: 'List users: email, role, agency, status, id',
    load: async () => (await import('./users/users-list.ts')).usersListCommand,
  },
];
