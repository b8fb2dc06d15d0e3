import type { Kysely } from 'kysely';
import type { Actor } from '../../core/accounts/roles.ts';
import type { Company } from '../../core/consortium/company.schema.ts';
import { walkOwnershipGraph } from '../../core/consortium/walk-ownership-graph.ts';
import { checkProposal, type EligibilityReport } from '../../core/eligibility/check-proposal.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { listAllOwnershipEdges, listCompanies } from '../../db/repos/companies.repo.ts';
import { findConsortium } from '../../db/repos/consortia.repo.ts';
import type { Database } from '../../db/schema.ts';
import { loadVisibleProposal, notFound } from '../access.ts';
import { programSettingsAt } from '../settings/program-settings.ts';

export type ProposalFindings = EligibilityReport & { settingsVersion: number; checked: 'draft' | `version ${number}` };

/**
 * The eligibility and export-control findings of a proposal as of a date (default today), with the program
 * settings in force then. Applicants see their own proposals' findings; government roles see all.
 */
export const checkProposalFindings = async (
  db: Kysely<Database>,
  actor: Actor,
  input: { proposalId: string; asOf: string; at: Date },
): Promise<Result<ProposalFindings>> => {
  const loaded = await loadVisibleProposal(db, actor, input.proposalId);
  if (!loaded.ok) return loaded;
  const proposal = loaded.value;
  const consortium = await findConsortium(db, proposal.consortiumId);
  if (!consortium) return notFound('Consortium');
  const members = consortium.members.map((m) => ({ companyId: m.companyId, role: m.role }));
  const closure = walkOwnershipGraph(
    members.map((m) => m.companyId),
    await listAllOwnershipEdges(db),
  );
  const companies: Company[] = await listCompanies(db, closure.ids);
  const settings = await programSettingsAt(db, input.at);
  const report = checkProposal({
    content: proposal.draft,
    companies,
    members,
    ownership: closure.edges,
    settings: settings.settings,
    asOf: input.asOf,
  });
  if (!report.ok) return report;
  const checked =
    proposal.status === 'draft' || proposal.status === 'returned' || proposal.currentVersion === null
      ? 'draft'
      : (`version ${proposal.currentVersion}` as const);
  return ok({ ...report.value, settingsVersion: settings.version, checked });
};
