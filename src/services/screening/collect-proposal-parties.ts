import type { Kysely } from 'kysely';
import type { ProposalContent } from '../../core/package/proposal.schema.ts';
import type { EntityType } from '../../core/screening/lists/list-entry.ts';
import { normalizeName } from '../../core/screening/matching/index.ts';
import { listAllOwnershipEdges, listCompanies } from '../../db/repos/companies.repo.ts';
import { findConsortium } from '../../db/repos/consortia.repo.ts';
import { findVersion, type ProposalRecord } from '../../db/repos/proposals.repo.ts';
import type { Database } from '../../db/schema.ts';

export type PartyKind = 'member' | 'owner' | 'operator' | 'end-user' | 'buyer' | 'builder';

export type ProposalParty = {
  kind: PartyKind;
  partyKey: string;
  name: string;
  type: EntityType;
  country: string | null;
  companyId: string | null;
};

const byName = (name: string, country: string | null) => `name:${normalizeName(name)}|${country ?? ''}`;

/**
 * Every party of a proposal: consortium members, their owners up the ownership graph, the operating
 * model's builder, owner and operator, and the end users, read from the submitted version (the draft when
 * none). A party is keyed by its company, else by normalized name and country.
 */
export const collectProposalParties = async (
  db: Kysely<Database>,
  proposal: ProposalRecord,
): Promise<ProposalParty[]> => {
  const version = proposal.currentVersion === null ? null : await findVersion(db, proposal.id, proposal.currentVersion);
  const content: ProposalContent = version?.content ?? proposal.draft;
  const consortium = await findConsortium(db, proposal.consortiumId);
  const memberIds = consortium?.members.map((m) => m.companyId) ?? [];
  const edges = await listAllOwnershipEdges(db);
  const ownerIds = new Set<string>();
  const queue = [...memberIds];
  while (queue.length > 0) {
    const owned = queue.shift()!;
    for (const edge of edges) {
      if (edge.ownedId !== owned || ownerIds.has(edge.ownerId) || memberIds.includes(edge.ownerId)) continue;
      ownerIds.add(edge.ownerId);
      queue.push(edge.ownerId);
    }
  }
  const companies = new Map((await listCompanies(db, [...memberIds, ...ownerIds])).map((c) => [c.id, c]));
  const parties = new Map<string, ProposalParty>();
  const add = (party: ProposalParty) => parties.set(`${party.kind}|${party.partyKey}`, party);
  const fromCompany = (kind: PartyKind, id: string) => {
    const company = companies.get(id);
    if (!company) return;
    add({
      kind,
      partyKey: `company:${id}`,
      name: company.legalName,
      type: company.kind === 'person' ? 'person' : 'company',
      country: company.countryOfIncorporation,
      companyId: id,
    });
  };
  for (const id of memberIds) fromCompany('member', id);
  for (const id of ownerIds) fromCompany('owner', id);
  const model = content.operatingModel;
  const named: [PartyKind, { name: string; country: string; companyId?: string | undefined } | undefined][] = [
    ['builder', model?.builder],
    ['owner', model?.owner],
    ['operator', model?.operator],
    ...(content.endUsers ?? []).map((party) => ['end-user', party] as [PartyKind, typeof party]),
  ];
  for (const [kind, party] of named) {
    if (!party) continue;
    add({
      kind,
      partyKey: party.companyId ? `company:${party.companyId}` : byName(party.name, party.country),
      name: party.name,
      type: party.companyId ? 'company' : 'unknown',
      country: party.country,
      companyId: party.companyId ?? null,
    });
  }
  return [...parties.values()];
};
