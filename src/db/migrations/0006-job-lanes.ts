import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `ALTER TABLE jobs ADD COLUMN lane text NOT NULL DEFAULT 'default'`,
  `ALTER TABLE jobs ADD COLUMN heartbeat_at timestamptz`,
  `UPDATE jobs SET lane = 'lists' WHERE kind = 'refresh-list'`,
  `UPDATE jobs SET heartbeat_at = locked_at WHERE status = 'running'`,
  `CREATE INDEX jobs_lane_ready ON jobs (lane, status, run_after)`,
];

/** Job lanes (one worker loop per lane) and the heartbeat of running jobs (a stale one is taken over). */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DROP INDEX jobs_lane_ready`.execute(db);
  await sql`ALTER TABLE jobs DROP COLUMN heartbeat_at, DROP COLUMN lane`.execute(db);
};
