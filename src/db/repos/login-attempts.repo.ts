import { type Kysely, sql } from 'kysely';
import type { FailureCount, LoginFailureHistory, LoginLimit } from '../../core/accounts/login-throttle.ts';
import type { Database } from '../schema.ts';

/** The advisory-lock class of the login limiter (the first key of the two-key form): "LOGN". */
const LOGIN_LOCK_CLASS = 0x4c4f474e;

/**
 * Serializes the check-and-record of login attempts from one address until the end of the transaction, on every
 * instance: concurrent attempts from one address then each see the others' rows. `key` is any 32-bit integer
 * derived from the address (collisions only serialize two addresses).
 */
export const lockLoginAddress = async (trx: Kysely<Database>, key: number): Promise<void> => {
  await sql`SELECT pg_advisory_xact_lock(${LOGIN_LOCK_CLASS}::int, ${key | 0}::int)`.execute(trx);
};

type Scope = { accountHash: string; address: string };

/** The failures of each scope of one attempt, recorded after `now` minus the scope's window (in seconds). */
export const countLoginFailures = async (
  db: Kysely<Database>,
  scope: Scope & { now: Date; windows: Record<LoginLimit, number> },
): Promise<LoginFailureHistory> => {
  const since = (limit: LoginLimit) => new Date(scope.now.getTime() - scope.windows[limit] * 1000);
  const count = async (limit: LoginLimit): Promise<FailureCount> => {
    let query = db
      .selectFrom('login_attempts')
      .select((eb) => [
        eb.fn.countAll<string>().as('count'),
        eb.fn.min('attempted_at').as('oldest'),
        eb.fn.max('attempted_at').as('latest'),
      ])
      .where('attempted_at', '>', since(limit));
    if (limit === 'account_address' || limit === 'account') query = query.where('account_hash', '=', scope.accountHash);
    if (limit === 'account_address' || limit === 'address') query = query.where('address', '=', scope.address);
    const row = await query.executeTakeFirstOrThrow();
    return {
      count: Number(row.count),
      oldestAt: row.oldest === null ? null : new Date(row.oldest),
      latestAt: row.latest === null ? null : new Date(row.latest),
    };
  };
  return {
    account_address: await count('account_address'),
    address: await count('address'),
    account: await count('account'),
    global: await count('global'),
  };
};

/** Records an attempt that is let through; it stays as a failure unless the login succeeds. */
export const insertLoginAttempt = async (db: Kysely<Database>, attempt: Scope & { at: Date }): Promise<void> => {
  await db
    .insertInto('login_attempts')
    .values({ account_hash: attempt.accountHash, address: attempt.address, attempted_at: attempt.at })
    .execute();
};

/** Forgets one account and address's failures (after a successful login): nobody else's. */
export const deleteLoginFailures = async (db: Kysely<Database>, scope: Scope): Promise<void> => {
  await db
    .deleteFrom('login_attempts')
    .where('account_hash', '=', scope.accountHash)
    .where('address', '=', scope.address)
    .execute();
};

/** Deletes the attempts recorded before `before`; returns how many. */
export const deleteLoginAttemptsBefore = async (db: Kysely<Database>, before: Date): Promise<number> => {
  const result = await db.deleteFrom('login_attempts').where('attempted_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
};
