import type { Kysely } from 'kysely';
import type { OutboxMail } from '../../core/accounts/user-admin.ts';
import type { Database } from '../schema.ts';

/** A mail the platform wrote instead of sending it. */
export type OutboxRecord = OutboxMail & { id: string; createdAt: Date };

export const insertOutboxMail = async (db: Kysely<Database>, mail: OutboxRecord): Promise<void> => {
  await db
    .insertInto('mail_outbox')
    .values({
      id: mail.id,
      to_address: mail.to,
      subject: mail.subject,
      body: mail.body,
      kind: mail.kind,
      created_at: mail.createdAt,
    })
    .execute();
};

/** The latest mails first, optionally to one address. */
export const listOutboxMails = async (
  db: Kysely<Database>,
  filter: { to?: string; limit: number },
): Promise<OutboxRecord[]> => {
  let query = db.selectFrom('mail_outbox').selectAll();
  if (filter.to) query = query.where('to_address', '=', filter.to.toLowerCase());
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    body: r.body,
    kind: r.kind as OutboxMail['kind'],
    createdAt: new Date(r.created_at),
  }));
};
