import { type Kysely, sql } from 'kysely';

/**
 * The officer's queue and the auditor's trail, served a page at a time with 10,000 proposals and 100,000
 * entries: the blocker count of a proposal's last check is stored (so the queue can filter and sort on it), and
 * indexes serve the queue's default order, the open-hit counts and the trail's filters (each ends in seq, the
 * keyset of the trail's pages).
 */
const UP = [
  `ALTER TABLE proposals ADD COLUMN blocker_count integer`,
  `ALTER TABLE proposals ADD COLUMN blockers_checked_at timestamptz`,
  `CREATE INDEX proposals_status_updated ON proposals (status, updated_at, id)`,
  `CREATE INDEX screening_hits_open_party ON screening_hits (party_id) WHERE status = 'open'`,
  `CREATE INDEX audit_entries_actor_seq ON audit_entries (actor_id, seq)`,
  `CREATE INDEX audit_entries_action_seq ON audit_entries (action, seq)`,
  `CREATE INDEX audit_entries_object_seq ON audit_entries (object_type, object_id, seq)`,
  `CREATE INDEX audit_entries_at ON audit_entries (at)`,
];

export const up = async (db: Kysely<unknown>): Promise<void> => {
  for (const statement of UP) await sql.raw(statement).execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  for (const index of [
    'audit_entries_at',
    'audit_entries_object_seq',
    'audit_entries_action_seq',
    'audit_entries_actor_seq',
    'screening_hits_open_party',
    'proposals_status_updated',
  ]) {
    await sql.raw(`DROP INDEX ${index}`).execute(db);
  }
  await sql`ALTER TABLE proposals DROP COLUMN blockers_checked_at, DROP COLUMN blocker_count`.execute(db);
};
