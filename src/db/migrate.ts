import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import * as initial from './migrations/0001-initial.ts';
import * as programSettings from './migrations/0002-program-settings.ts';
import * as screening from './migrations/0003-screening.ts';
import * as listShrinkAlerts from './migrations/0004-list-shrink-alerts.ts';
import * as auditCheckpoints from './migrations/0005-audit-checkpoints.ts';
import * as jobLanes from './migrations/0006-job-lanes.ts';
import * as loginAttempts from './migrations/0007-login-attempts.ts';
import * as consortiumInvitations from './migrations/0008-consortium-invitations.ts';
import * as listSchedule from './migrations/0009-list-schedule.ts';
import * as hitGroups from './migrations/0010-hit-groups.ts';
import * as userAdmin from './migrations/0011-user-admin.ts';
import * as queueAndAuditPages from './migrations/0014-queue-and-audit-pages.ts';
import * as notifications from './migrations/0015-notifications.ts';
import * as queueAndAuditSpeed from './migrations/0016-queue-and-audit-speed.ts';
import * as reviewFoundation from './migrations/0017-review-foundation.ts';
import * as calls from './migrations/0018-calls.ts';
import * as decisionRecords from './migrations/0021-decision-records.ts';
import * as financingReferrals from './migrations/0023-financing-referrals.ts';
import * as controlWithoutEquity from './migrations/0024-control-without-equity.ts';

/** Migrations in order; the same list runs on PGlite and PostgreSQL. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-program-settings': programSettings,
  '0003-screening': screening,
  '0004-list-shrink-alerts': listShrinkAlerts,
  '0005-audit-checkpoints': auditCheckpoints,
  '0006-job-lanes': jobLanes,
  '0007-login-attempts': loginAttempts,
  '0008-consortium-invitations': consortiumInvitations,
  '0009-list-schedule': listSchedule,
  '0010-hit-groups': hitGroups,
  '0011-user-admin': userAdmin,
  '0014-queue-and-audit-pages': queueAndAuditPages,
  '0015-notifications': notifications,
  '0016-queue-and-audit-speed': queueAndAuditSpeed,
  '0017-review-foundation': reviewFoundation,
  '0018-calls': calls,
  '0021-decision-records': decisionRecords,
  '0023-financing-referrals': financingReferrals,
  '0024-control-without-equity': controlWithoutEquity,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export type MigrationReport = { applied: string[] };

/** Brings the schema up to date; throws (infrastructure failure) with the failing migration's name. */
export const migrateToLatest = async <DB>(db: Kysely<DB>): Promise<MigrationReport> => {
  // migrations run on the database whatever its typed schema; Kysely's Migrator takes the untyped handle
  const migrator = new Migrator({ db: db as Kysely<unknown>, provider });
  const { error, results } = await migrator.migrateToLatest();
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (error) {
    const failed = (results ?? []).find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { applied };
};
