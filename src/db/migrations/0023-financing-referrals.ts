import { type Kysely, sql } from 'kysely';

/**
 * Financing referrals (EO 14320 §4, EDAG): a financing officer refers a proposal's financing request line (or,
 * later, a buyer's inquiry: inquiry_id, no foreign key until inquiries exist) to EXIM, DFC, USTDA or SBA. Each
 * referral keeps its current stage and the day of it; every stage change is a row of financing_referral_stages;
 * term sheets computed for it are kept with their input and the financing settings they used. Amounts in cents,
 * days as YYYY-MM-DD text (the day the agency acted, the same on every engine).
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`CREATE TABLE financing_referrals (
    id text PRIMARY KEY,
    proposal_id text REFERENCES proposals(id),
    inquiry_id text,
    consortium_id text NOT NULL REFERENCES consortia(id),
    financing_line integer,
    agency text NOT NULL CHECK (agency IN ('EXIM', 'DFC', 'USTDA', 'SBA')),
    instrument text NOT NULL,
    amount_cents bigint NOT NULL CHECK (amount_cents > 0),
    stage text NOT NULL,
    stage_date text NOT NULL CHECK (stage_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    contact_name text NOT NULL DEFAULT '',
    contact_email text NOT NULL DEFAULT '',
    notes text NOT NULL DEFAULT '',
    created_by text REFERENCES users(id),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CHECK (proposal_id IS NOT NULL OR inquiry_id IS NOT NULL),
    CHECK (proposal_id IS NULL OR financing_line IS NOT NULL)
  )`.execute(db);
  await sql`CREATE INDEX financing_referrals_board ON financing_referrals (agency, stage, updated_at DESC)`.execute(db);
  await sql`CREATE INDEX financing_referrals_proposal ON financing_referrals (proposal_id, financing_line)`.execute(db);
  await sql`CREATE INDEX financing_referrals_inquiry ON financing_referrals (inquiry_id) WHERE inquiry_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE TABLE financing_referral_stages (
    id text PRIMARY KEY,
    referral_id text NOT NULL REFERENCES financing_referrals(id),
    stage text NOT NULL,
    stage_date text NOT NULL,
    note text NOT NULL DEFAULT '',
    recorded_by text REFERENCES users(id),
    recorded_at timestamptz NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX financing_referral_stages_referral ON financing_referral_stages (referral_id, recorded_at)`.execute(
    db,
  );
  await sql`CREATE TABLE financing_term_sheets (
    id text PRIMARY KEY,
    referral_id text NOT NULL REFERENCES financing_referrals(id),
    input jsonb NOT NULL,
    premium_bp double precision NOT NULL,
    settings_version integer NOT NULL,
    settings jsonb NOT NULL,
    sheet jsonb NOT NULL,
    created_by text REFERENCES users(id),
    created_at timestamptz NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX financing_term_sheets_referral ON financing_term_sheets (referral_id, created_at)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DROP TABLE financing_term_sheets`.execute(db);
  await sql`DROP TABLE financing_referral_stages`.execute(db);
  await sql`DROP TABLE financing_referrals`.execute(db);
};
