import type { EndUserScreening } from '../../../core/export-control/end-user-lists.ts';
import { type EndUserToScreen, screenEndUsers } from '../../../services/eligibility/screen-end-users.ts';
import type { CliRuntime } from '../../cli-runtime.ts';
import type { CliIo } from '../../command.ts';

/**
 * Screens named consignees and end users against the Entity, Unverified and MEU lists of the database's current
 * list versions (the ones `aiexports screen` uses). A database that cannot be opened makes the screening
 * 'unavailable' with its reason: fail-closed, never an empty pass. No party named: nothing is opened.
 */
export const screenNamedParties = async (
  io: CliIo,
  runtime: CliRuntime,
  parties: readonly EndUserToScreen[],
): Promise<EndUserScreening> => {
  const named = parties.map(({ role, name, path }) => ({ role, name, ...(path ? { path } : {}) }));
  if (parties.length === 0) return { status: 'screened', parties: [], lists: [], hits: [] };
  const opened = await runtime.openDatabase();
  if (!opened.ok) return { status: 'unavailable', parties: named, reason: opened.error.message };
  try {
    const screening = await screenEndUsers(opened.value.services, parties);
    if (screening.status === 'screened') {
      const lists = screening.lists.map((l) => `${l.source} as of ${l.asOf}`).join(', ');
      io.stderr(
        `end users checked against the Entity, Unverified and MEU lists of ${lists} in ${opened.value.description}\n`,
      );
    }
    return screening;
  } finally {
    await opened.value.close();
  }
};
