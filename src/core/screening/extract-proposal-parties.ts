import type { Company } from '../consortium/company.schema.ts';
import type { OwnershipWalk } from '../consortium/walk-ownership-graph.ts';
import type { ProposalContent } from '../package/proposal.schema.ts';
import type { EntityType } from './lists/list-entry.ts';
import { normalizeName } from './matching/normalize.ts';

export type PartyKind = 'member' | 'owner' | 'operator' | 'end-user' | 'buyer' | 'builder';

/** One party of a proposal to screen, keyed by its company, else by normalized name and country. */
export type ProposalParty = {
  kind: PartyKind;
  partyKey: string;
  name: string;
  type: EntityType;
  country: string | null;
  companyId: string | null;
};

export type ProposalPartiesInput = {
  /** the content screened: the submitted version's, the draft's when there is none */
  content: ProposalContent;
  /** the consortium's member companies */
  memberIds: readonly string[];
  /** the ownership graph walked upward from the members */
  ownership: Pick<OwnershipWalk, 'owners'>;
  /** the registered companies and persons among the members and owners (others are left out) */
  companies: readonly Pick<Company, 'id' | 'legalName' | 'kind' | 'countryOfIncorporation'>[];
};

const byName = (name: string, country: string | null): string => `name:${normalizeName(name)}|${country ?? ''}`;

/**
 * Every party of a proposal that gets screened: the consortium members, their owners up the ownership
 * graph, the operating model's builder, owner and operator, and the end users. A party appears once per
 * kind and key (the same company may be both a member and the operator); members come first, then owners
 * in the order the walk reached them, then the named parties in the order of the content.
 */
export const extractProposalParties = (input: ProposalPartiesInput): ProposalParty[] => {
  const companies = new Map(input.companies.map((c) => [c.id, c]));
  const parties = new Map<string, ProposalParty>();
  const add = (party: ProposalParty): void => {
    parties.set(`${party.kind}|${party.partyKey}`, party);
  };
  const fromCompany = (kind: PartyKind, id: string): void => {
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
  for (const id of input.memberIds) fromCompany('member', id);
  for (const owner of input.ownership.owners) fromCompany('owner', owner.companyId);
  const model = input.content.operatingModel;
  const named: [PartyKind, { name: string; country: string; companyId?: string | undefined } | undefined][] = [
    ['builder', model?.builder],
    ['owner', model?.owner],
    ['operator', model?.operator],
    ...(input.content.endUsers ?? []).map((party) => ['end-user', party] as [PartyKind, typeof party]),
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
