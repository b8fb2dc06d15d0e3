import type { Kysely } from 'kysely';
import type { AccountTokenKind } from '../../core/accounts/user-admin.ts';
import type { Database } from '../schema.ts';

/** A one-time token (invitation, password reset), known only by its SHA-256 hash. */
export type AccountTokenRecord = {
  tokenHash: string;
  kind: AccountTokenKind;
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
};

export const insertAccountToken = async (db: Kysely<Database>, token: Omit<AccountTokenRecord, 'usedAt'>) => {
  await db
    .insertInto('account_tokens')
    .values({ token_hash: token.tokenHash, kind: token.kind, user_id: token.userId, expires_at: token.expiresAt })
    .execute();
};

/** The token with this hash, locked until the end of the transaction (so it is used once even in a race). */
export const lockAccountToken = async (db: Kysely<Database>, tokenHash: string): Promise<AccountTokenRecord | null> => {
  const row = await db
    .selectFrom('account_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .forUpdate()
    .executeTakeFirst();
  return row
    ? {
        tokenHash: row.token_hash,
        kind: row.kind as AccountTokenKind,
        userId: row.user_id,
        expiresAt: new Date(row.expires_at),
        usedAt: row.used_at === null ? null : new Date(row.used_at),
      }
    : null;
};

export const markAccountTokenUsed = async (db: Kysely<Database>, tokenHash: string, at: Date): Promise<void> => {
  await db.updateTable('account_tokens').set({ used_at: at }).where('token_hash', '=', tokenHash).execute();
};

/** Marks every unused token of a kind of a user as used (a new one replaces them; a reset ends invitations too). */
export const retireAccountTokens = async (
  db: Kysely<Database>,
  input: { userId: string; kinds: readonly AccountTokenKind[]; at: Date },
): Promise<void> => {
  await db
    .updateTable('account_tokens')
    .set({ used_at: input.at })
    .where('user_id', '=', input.userId)
    .where('kind', 'in', input.kinds)
    .where('used_at', 'is', null)
    .execute();
};
