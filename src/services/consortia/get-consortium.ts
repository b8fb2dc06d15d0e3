import type { Kysely } from 'kysely';
import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import {
  type ConsortiumSummary,
  type ConsortiumView,
  findConsortium,
  listConsortia,
} from '../../db/repos/consortia.repo.ts';
import type { Database } from '../../db/schema.ts';
import { mayOnConsortium, notFound, visibleConsortiumIds } from '../access.ts';

export const getConsortium = async (
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<Result<ConsortiumView>> => {
  if (!(await mayOnConsortium(db, actor, 'consortium.read', id))) return notFound('Consortium');
  const consortium = await findConsortium(db, id);
  return consortium ? ok(consortium) : notFound('Consortium');
};

export const listVisibleConsortia = async (db: Kysely<Database>, actor: Actor): Promise<ConsortiumSummary[]> => {
  const ids = await visibleConsortiumIds(db, actor);
  return listConsortia(db, ids === 'all' ? undefined : ids);
};
