import type { ColumnType, Generated } from 'kysely';

/** JSON stored in a jsonb column: written as a JSON string, read back parsed. */
export type Json<T> = ColumnType<T, string, string>;
type CreatedAt = ColumnType<Date, string | Date | undefined, never>;
type Timestamp = ColumnType<Date, string | Date, string | Date>;

export type UsersTable = {
  id: string;
  email: string;
  name: string;
  role: string;
  agency: string | null;
  password_hash: string;
  created_at: CreatedAt;
};

export type UserCompaniesTable = { user_id: string; company_id: string };

export type SessionsTable = {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  expires_at: Timestamp;
  created_at: CreatedAt;
};

export type CompaniesTable = {
  id: string;
  kind: string;
  legal_name: string;
  other_names: Json<string[]>;
  country_of_incorporation: string;
  principal_place_of_business: string;
  identifiers: Json<Record<string, string>>;
  created_by: string | null;
  created_at: CreatedAt;
};

export type OwnershipEdgesTable = { owner_id: string; owned_id: string; share_percent: number };

export type ConsortiaTable = {
  id: string;
  name: string;
  description: string;
  created_by: string | null;
  created_at: CreatedAt;
};

export type ConsortiumMembersTable = { consortium_id: string; company_id: string; role: string };

export type ProposalsTable = {
  id: string;
  consortium_id: string;
  status: string;
  draft: Json<unknown>;
  current_version: number | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  designated_at: Timestamp | null;
};

export type ProposalVersionsTable = {
  proposal_id: string;
  number: number;
  content: Json<unknown>;
  submitted_at: Timestamp;
  submitted_by: string | null;
};

export type AuditEntriesTable = {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  object_type: string;
  object_id: string;
  summary: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
};

export type AuditHeadTable = { id: number; last_seq: number; last_hash: string };

export type ProgramSettingsTable = {
  version: number;
  settings: Json<unknown>;
  reason: string;
  changed_by: string | null;
  changed_at: Timestamp;
};

export type Database = {
  users: UsersTable;
  user_companies: UserCompaniesTable;
  sessions: SessionsTable;
  companies: CompaniesTable;
  ownership_edges: OwnershipEdgesTable;
  consortia: ConsortiaTable;
  consortium_members: ConsortiumMembersTable;
  proposals: ProposalsTable;
  proposal_versions: ProposalVersionsTable;
  audit_entries: AuditEntriesTable;
  audit_head: AuditHeadTable;
  program_settings: ProgramSettingsTable;
};

/** Generated is re-exported for repos that insert into identity columns. */
export type { Generated };
