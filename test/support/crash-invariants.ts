/**
 * What must hold in a database after a crash (kill -9) and a restart, as lists of problems (empty when all
 * holds), and `aiexports audit verify` run as an operator would.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { runCli } from '../../src/main/cli.ts';
import { captureIo } from './capture-io.ts';
import type { ServerDatabase } from './server-process.ts';

/** Every list version whole (as many entries stored as it counts), and exactly one current version per source. */
export const listVersionProblems = async (db: Kysely<Database>): Promise<string[]> => {
  const versions = await db.selectFrom('list_versions').select(['id', 'source', 'entry_count', 'is_current']).execute();
  const stored = await db
    .selectFrom('list_entries')
    .select(['list_version_id', (eb) => eb.fn.countAll<string>().as('count')])
    .groupBy('list_version_id')
    .execute();
  const counts = new Map(stored.map((row) => [row.list_version_id, Number(row.count)]));
  const problems = versions.flatMap((v) =>
    (counts.get(v.id) ?? 0) === v.entry_count
      ? []
      : [`version ${v.id} of ${v.source} counts ${v.entry_count} entries but stores ${counts.get(v.id) ?? 0}`],
  );
  for (const source of new Set(versions.map((v) => v.source))) {
    const current = versions.filter((v) => v.source === source && v.is_current).length;
    if (current !== 1) problems.push(`${source} has ${current} current versions`);
  }
  for (const id of counts.keys()) {
    if (!versions.some((v) => v.id === id)) problems.push(`entries stored for a version that does not exist: ${id}`);
  }
  return problems;
};

/**
 * For each proposal: either still a draft with nothing of a submission, or submitted whole: its version, its
 * `proposal.submit` audit entry and its `screen-proposal` job.
 */
export const submissionProblems = async (db: Kysely<Database>, proposalIds: string[]): Promise<string[]> => {
  const problems: string[] = [];
  for (const id of proposalIds) {
    const proposal = await db
      .selectFrom('proposals')
      .select(['status', 'current_version'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!proposal) {
      problems.push(`proposal ${id} is gone`);
      continue;
    }
    const versions = await db.selectFrom('proposal_versions').select('number').where('proposal_id', '=', id).execute();
    const audits = await db
      .selectFrom('audit_entries')
      .select('seq')
      .where('object_id', '=', id)
      .where('action', '=', 'proposal.submit')
      .execute();
    const jobs = (
      await db.selectFrom('jobs').select(['payload']).where('kind', '=', 'screen-proposal').execute()
    ).filter((job) => (job.payload as { proposalId?: string }).proposalId === id);
    const found = { versions: versions.length, audits: audits.length, jobs: jobs.length };
    const expected =
      proposal.status === 'draft'
        ? { versions: 0, audits: 0, jobs: 0 }
        : { versions: proposal.current_version ?? -1, audits: 1, jobs: 1 };
    if (JSON.stringify(found) !== JSON.stringify(expected)) {
      problems.push(
        `proposal ${id} (${proposal.status}) has ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`,
      );
    }
  }
  return problems;
};

/** Runs `aiexports audit verify --format json` on the database; its exit code and verdict. */
export const auditVerifyCli = async (
  database: ServerDatabase,
): Promise<{ exitCode: number; verdict: unknown; output: string }> => {
  const env =
    database.kind === 'postgres'
      ? { DATABASE_URL: database.url, LOG_LEVEL: 'silent' }
      : { AIEXPORTS_DATA_DIR: database.dataDir, LOG_LEVEL: 'silent' };
  const io = captureIo({ env });
  const exitCode = await runCli(['audit', 'verify', '--format', 'json'], io);
  let verdict: unknown = null;
  try {
    verdict = JSON.parse(io.out());
  } catch {
    verdict = null;
  }
  return { exitCode, verdict, output: `${io.out()}${io.err()}` };
};
