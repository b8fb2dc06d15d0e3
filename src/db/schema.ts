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
  /** null while the user is pending (invited, no password set yet) */
  password_hash: string | null;
  status: ColumnType<string, string | undefined, string>;
  /** the TOTP secret (base32), set at enrolment; used for sign-in once totp_enabled */
  totp_secret: string | null;
  totp_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  /** the last TOTP time step accepted (a code is used once) */
  totp_last_step: ColumnType<string | null, number | null | undefined, number | null>;
  created_at: CreatedAt;
};

export type AccountTokensTable = {
  token_hash: string;
  kind: string;
  user_id: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: CreatedAt;
};

export type MailOutboxTable = {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  kind: string;
  created_at: Timestamp;
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

/** Control without equity (0024): controller controls controlled through basis, described in detail. */
export type ControlRelationsTable = {
  controller_id: string;
  controlled_id: string;
  basis: string;
  detail: string;
  recorded_by: string | null;
  recorded_at: Timestamp;
};

export type ConsortiaTable = {
  id: string;
  name: string;
  description: string;
  created_by: string | null;
  created_at: CreatedAt;
};

export type ConsortiumMembersTable = { consortium_id: string; company_id: string; role: string };

export type ConsortiumInvitationsTable = {
  id: string;
  consortium_id: string;
  company_id: string;
  status: string;
  invited_by: string | null;
  invited_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
};

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
  /** blocker findings at the last check (0014); null before the first screening checked them */
  blocker_count: ColumnType<number | null, number | null | undefined, number | null>;
  blockers_checked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** lower(draft->>'title'), stored by the database (0016): what the queue searches and sorts by title */
  title_key: ColumnType<string | null, never, never>;
  /** the call the proposal answers (0018); null only for proposals started before calls were recorded */
  call_id: ColumnType<string | null, string | null | undefined, string | null>;
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

export type AuditCheckpointsTable = {
  id: string;
  entry_count: number;
  last_hash: string;
  signed_at: string;
  key_id: string;
  mac: string;
  created_by: string | null;
};

export type ProgramSettingsTable = {
  version: number;
  settings: Json<unknown>;
  reason: string;
  changed_by: string | null;
  changed_at: Timestamp;
};

export type ListVersionsTable = {
  id: string;
  source: string;
  format: string;
  content_hash: string;
  as_of: string;
  entry_count: number;
  imported_at: Timestamp;
  imported_by: string | null;
  is_current: boolean;
  files: Json<string[]>;
  etag: string | null;
};

export type ListEntriesTable = {
  list_version_id: string;
  position: number;
  entry_id: string;
  fingerprint: string;
  entry: Json<unknown>;
};

export type ScreenedPartiesTable = {
  id: string;
  proposal_id: string | null;
  kind: string;
  party_key: string;
  name: string;
  type: string;
  country: string | null;
  company_id: string | null;
  created_at: Timestamp;
  /** 'screened', or 'not_screened': no current list version, or only ones older than maxListAgeDays (a blocker) */
  screening_status: ColumnType<string, string | undefined, string>;
  /** the list versions of the last screening of this party */
  list_version_ids: ColumnType<string[], string | undefined, string>;
  /** when the party was last screened; null before the first screening recorded it */
  screened_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
};

export type ScreeningHitsTable = {
  id: string;
  party_id: string;
  list_source: string;
  entry_id: string;
  entry_fingerprint: string;
  list_version_id: string;
  score: number;
  matched_name: string;
  explanation: Json<unknown>;
  status: string;
  reused_from: string | null;
  created_at: Timestamp;
};

export type AdjudicationsTable = {
  id: string;
  hit_id: string;
  decision: string;
  reason: string;
  decided_by: string | null;
  decided_at: Timestamp;
  reused_from: string | null;
};

export type AlertsTable = {
  id: string;
  /** 'hit' (a screening hit; hit_id set), 'list_shrink_allowed', 'list_refresh_refused' or 'list_stale' (list alerts) */
  kind: ColumnType<string, string | undefined, string>;
  hit_id: string | null;
  list_source: string | null;
  list_version_id: string | null;
  message: string | null;
  proposal_id: string | null;
  created_at: Timestamp;
  acknowledged_at: Timestamp | null;
  /** who acknowledged the alert (0010) */
  acknowledged_by: ColumnType<string | null, string | null | undefined, string | null>;
  acknowledgement_note: ColumnType<string | null, string | null | undefined, string | null>;
};

export type JobsTable = {
  id: string;
  kind: string;
  payload: Json<unknown>;
  status: string;
  attempts: number;
  progress: ColumnType<unknown, string | null, string | null>;
  last_error: string | null;
  run_after: Timestamp;
  locked_at: Timestamp | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
  /** the worker loop that runs it: 'default' or 'lists' (JOB_LANES) */
  lane: ColumnType<string, string | undefined, string>;
  /** when its worker last said it is still running it; null unless running */
  heartbeat_at: Timestamp | null;
};

/** Login attempts let through and not (yet) succeeded: the shared memory of the login limiter. */
export type LoginAttemptsTable = {
  id: Generated<string>;
  account_hash: string;
  address: string;
  attempted_at: Timestamp;
};

/** A reviewer's expertise tags and capacity (0017); the agency is `users.agency`. */
export type ReviewerProfilesTable = {
  user_id: string;
  /** JSON array of tags: layer keys, sectors, ISO country codes or region names */
  expertise: ColumnType<unknown, string | undefined, string>;
  capacity: ColumnType<number, number | undefined, number>;
  updated_at: Timestamp;
};

/** A reviewer's declared affiliation (0017), compared with a proposal's companies for conflicts of interest. */
export type ReviewerAffiliationsTable = {
  id: string;
  user_id: string;
  company_name: string;
  country: string | null;
  relationship: string;
  /** ISO date (YYYY-MM-DD) */
  start_date: string;
  /** ISO date (YYYY-MM-DD), null while the affiliation continues */
  end_date: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
};

/** Who reviews which proposal (0017), how the pair was made, and the reviewer's conflict certification. */
export type ReviewAssignmentsTable = {
  id: string;
  proposal_id: string;
  reviewer_id: string;
  /** 'solver' | 'manual' | 'forced' */
  source: string;
  /** the pair's affinity when it was assigned */
  score: number | null;
  assigned_by: string;
  assigned_at: Timestamp;
  /** null while the program officer has not yet published the assignment to the reviewer */
  published_at: Timestamp | null;
  /** 'pending' | 'certified' | 'recused' */
  certification: ColumnType<string, string | undefined, string>;
  certified_at: Timestamp | null;
  recusal_reason: string | null;
  waived_by: string | null;
  waiver_reason: string | null;
  waived_at: Timestamp | null;
};

/** A reviewer's review of a proposal (0017): a draft until submitted, scored on one rubric version. */
export type ReviewsTable = {
  id: string;
  proposal_id: string;
  reviewer_id: string;
  rubric_version: number;
  /** JSON object: criterion key → score 1–5 (a draft may leave criteria out) */
  scores: ColumnType<unknown, string | undefined, string>;
  /** 'designate' | 'decline' | 'return', null in a draft that has not chosen */
  recommendation: string | null;
  summary: ColumnType<string, string | undefined, string>;
  /** 'draft' | 'submitted' */
  status: ColumnType<string, string | undefined, string>;
  updated_at: Timestamp;
  submitted_at: Timestamp | null;
};

/** One message in a proposal's review discussion (0017). */
export type ReviewCommentsTable = {
  id: string;
  proposal_id: string;
  author_id: string;
  body: string;
  created_at: Timestamp;
};

/** A call for proposals (0018). */
export type CallsTable = {
  id: string;
  reference: string;
  title: string;
  opens_at: Timestamp;
  closes_at: Timestamp;
  /** JSON arrays: region names, layer keys, agencies */
  regions: ColumnType<unknown, string, string>;
  layers: ColumnType<unknown, string, string>;
  rubric_version: number;
  reviewers_per_proposal: number;
  required_agencies: ColumnType<unknown, string, string>;
  notice_url: string;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
};

/** In-app notifications (0015): one row per recipient and event. */
export type NotificationsTable = {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  object_type: string;
  object_id: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
};

/** 0023: a financing request referred to an agency (from a proposal's financing line, or later an inquiry). */
export type FinancingReferralsTable = {
  id: string;
  proposal_id: string | null;
  inquiry_id: string | null;
  consortium_id: string;
  financing_line: number | null;
  agency: string;
  instrument: string;
  /** bigint: read back as a string or a number depending on the engine */
  amount_cents: ColumnType<string | number | bigint, number, number>;
  stage: string;
  stage_date: string;
  contact_name: string;
  contact_email: string;
  notes: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
};

export type FinancingReferralStagesTable = {
  id: string;
  referral_id: string;
  stage: string;
  stage_date: string;
  note: string;
  recorded_by: string | null;
  recorded_at: Timestamp;
};

export type FinancingTermSheetsTable = {
  id: string;
  referral_id: string;
  input: Json<unknown>;
  premium_bp: number;
  settings_version: number;
  settings: Json<unknown>;
  sheet: Json<unknown>;
  created_by: string | null;
  created_at: Timestamp;
};

/** A decision maker's decision on a proposal (0021): immutable, hashed into its audit entry. */
export type DecisionRecordsTable = {
  id: string;
  proposal_id: string;
  version: number | null;
  /** 'designate' | 'decline' | 'return' */
  action: string;
  /** the national-interest determination (designate) or the reasons (decline, return) */
  determination: string;
  /** JSON array of strings */
  conditions: ColumnType<unknown, string, never>;
  term_months: number | null;
  /** JSON array of strings */
  reporting_duties: ColumnType<unknown, string, never>;
  /** JSON: the gate's verdict when the decision was taken */
  gate: ColumnType<unknown, string, never>;
  decided_by: string;
  decided_at: Timestamp;
  /** SHA-256 of the record's canonical JSON */
  hash: string;
};

/** A blocker finding overridden at a decision (0021), with its written justification; immutable. */
export type DecisionOverridesTable = {
  id: string;
  decision_id: string;
  proposal_id: string;
  finding_code: string;
  finding_title: string;
  justification: string;
  created_at: Timestamp;
};

export type Database = {
  users: UsersTable;
  user_companies: UserCompaniesTable;
  sessions: SessionsTable;
  companies: CompaniesTable;
  ownership_edges: OwnershipEdgesTable;
  consortia: ConsortiaTable;
  consortium_members: ConsortiumMembersTable;
  consortium_invitations: ConsortiumInvitationsTable;
  proposals: ProposalsTable;
  proposal_versions: ProposalVersionsTable;
  audit_entries: AuditEntriesTable;
  audit_head: AuditHeadTable;
  audit_checkpoints: AuditCheckpointsTable;
  program_settings: ProgramSettingsTable;
  list_versions: ListVersionsTable;
  list_entries: ListEntriesTable;
  screened_parties: ScreenedPartiesTable;
  screening_hits: ScreeningHitsTable;
  adjudications: AdjudicationsTable;
  alerts: AlertsTable;
  jobs: JobsTable;
  login_attempts: LoginAttemptsTable;
  account_tokens: AccountTokensTable;
  mail_outbox: MailOutboxTable;
  notifications: NotificationsTable;
  reviewer_profiles: ReviewerProfilesTable;
  reviewer_affiliations: ReviewerAffiliationsTable;
  review_assignments: ReviewAssignmentsTable;
  reviews: ReviewsTable;
  review_comments: ReviewCommentsTable;
  calls: CallsTable;
  control_relations: ControlRelationsTable;
  financing_referrals: FinancingReferralsTable;
  financing_referral_stages: FinancingReferralStagesTable;
  financing_term_sheets: FinancingTermSheetsTable;
  decision_records: DecisionRecordsTable;
  decision_overrides: DecisionOverridesTable;
};

/** Generated is re-exported for repos that insert into identity columns. */
export type { Generated };
