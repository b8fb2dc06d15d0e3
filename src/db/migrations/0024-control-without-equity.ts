import { type Kysely, sql } from 'kysely';

/**
 * Control without equity: a controller (a registered company or person) controls a company through board seats,
 * a voting agreement, veto rights or another basis, described in words. The eligibility check counts such control
 * held from a country of concern as control (a "controlled" finding naming the basis).
 */
const UP = [
  `CREATE TABLE control_relations (
    controller_id text NOT NULL REFERENCES companies(id),
    controlled_id text NOT NULL REFERENCES companies(id),
    basis text NOT NULL CHECK (basis IN ('board_seats', 'voting_agreement', 'veto_rights', 'other')),
    detail text NOT NULL,
    recorded_by text REFERENCES users(id),
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (controlled_id, controller_id, basis),
    CHECK (controller_id <> controlled_id)
    )`,
  `CREATE INDEX control_relations_controller ON control_relations (controller_id)`,
];

export const up = async (db: Kysely<unknown>): Promise<void> => {
  for (const statement of UP) await sql.raw(statement).execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DROP TABLE control_relations`.execute(db);
};
