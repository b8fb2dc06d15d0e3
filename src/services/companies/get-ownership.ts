import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import type { Company } from '../../core/consortium/company.schema.ts';
import { type OwnershipNode, ownershipGraphOf } from '../../core/consortium/ownership-graph.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { findCompanyRecord, listAllOwnershipEdges, listCompanies } from '../../db/repos/companies.repo.ts';
import { companyHasUsers } from '../../db/repos/users.repo.ts';
import { companyResource, notFound } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { visibleCompanyIds } from './list-companies.ts';

export type OwnershipView = {
  companyId: string;
  nodes: (OwnershipNode & { name: string; kind: Company['kind']; country: string })[];
  edges: { ownerId: string; ownedId: string; sharePercent: number }[];
  /** the sum of the company's direct shares, in percent */
  directTotalPercent: number;
  /** whether the caller may add, change or remove the company's direct owners */
  canEdit: boolean;
};

/** The ownership graph above a company the caller sees: owners direct and indirect, with their shares. */
export const getOwnership = async (
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor,
  companyId: string,
): Promise<Result<OwnershipView>> => {
  const visible = await visibleCompanyIds(deps.db, actor);
  if (visible !== 'all' && !visible.includes(companyId)) return notFound('Company');
  const record = await findCompanyRecord(deps.db, companyId);
  if (!record) return notFound('Company');
  const graph = ownershipGraphOf(companyId, await listAllOwnershipEdges(deps.db));
  const companies = new Map(
    (
      await listCompanies(
        deps.db,
        graph.nodes.map((n) => n.companyId),
      )
    ).map((c) => [c.id, c]),
  );
  const represented = await companyHasUsers(deps.db, companyId);
  return ok({
    companyId,
    nodes: graph.nodes.map((node) => {
      const company = companies.get(node.companyId);
      return {
        ...node,
        name: company?.legalName ?? node.companyId,
        kind: company?.kind ?? 'company',
        country: company?.countryOfIncorporation ?? '',
      };
    }),
    edges: graph.edges,
    directTotalPercent:
      Math.round(graph.edges.filter((e) => e.ownedId === companyId).reduce((s, e) => s + e.sharePercent, 0) * 1e6) /
      1e6,
    canEdit: can(actor, 'company.owner.set', companyResource(record, represented)),
  });
};
