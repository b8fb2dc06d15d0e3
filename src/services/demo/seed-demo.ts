import type { Actor } from '../../core/accounts/roles.ts';
import { CallInputSchema } from '../../core/calls/call.ts';
import { DEFAULT_PROGRAM_SETTINGS, type ProgramSettings } from '../../core/eligibility/program-settings.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { insertCompany, upsertOwnershipEdge } from '../../db/repos/companies.repo.ts';
import { addMember, insertConsortium } from '../../db/repos/consortia.repo.ts';
import { decideInvitation, insertInvitation } from '../../db/repos/consortium-invitations.repo.ts';
import { saveReviewerProfile } from '../../db/repos/reviewers.repo.ts';
import { countUsers, insertUser } from '../../db/repos/users.repo.ts';
import { createCall } from '../calls/create-call.ts';
import { createProposal } from '../proposals/create-proposal.ts';
import { submitProposal } from '../proposals/submit-proposal.ts';
import { transitionProposal } from '../proposals/transition-proposal.ts';
import { recordAudit } from '../record-audit.ts';
import { type ImportedSnapshot, importListSnapshots } from '../screening/import-list-snapshots.ts';
import { screenProposalParties } from '../screening/screen-proposal-parties.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { updateProgramSettings } from '../settings/program-settings.ts';
import {
  DEMO_CALL,
  DEMO_COMPANIES,
  DEMO_CONSORTIA,
  DEMO_OWNERSHIP,
  DEMO_PASSWORD,
  DEMO_PROPOSALS,
  DEMO_REVIEWER_PROFILES,
  DEMO_USERS,
} from './demo-data.ts';
import { seedDemoReviews } from './seed-demo-reviews.ts';

export type SeedReport = {
  seeded: boolean;
  users: { email: string; role: string }[];
  password: string;
  /** the list snapshots imported (none when no snapshot folder was given, or on a database already seeded) */
  lists: ImportedSnapshot[];
};

/** Days a list may age before it counts as stale in the demo, beyond the age of its oldest snapshot. */
const DEMO_LIST_AGE_MARGIN_DAYS = 30;

/**
 * The repository's list snapshots are months old, older than the program's default maximum list age: with it, every
 * demo party would be "not screened". The demo saves a settings version (as its admin, audited, with the reason)
 * whose maximum list age covers the snapshots; a real deployment keeps the default and refreshes its lists.
 */
const snapshotAgeAllowance = (
  lists: readonly ImportedSnapshot[],
  now: Date,
): { settings: ProgramSettings; reason: string } | null => {
  if (lists.length === 0) return null;
  const oldest = lists.reduce((a, b) => (a.asOf <= b.asOf ? a : b));
  const ageDays = Math.floor((now.getTime() - Date.parse(`${oldest.asOf.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
  const maxListAgeDays = Math.max(DEFAULT_PROGRAM_SETTINGS.maxListAgeDays, ageDays + DEMO_LIST_AGE_MARGIN_DAYS);
  if (maxListAgeDays === DEFAULT_PROGRAM_SETTINGS.maxListAgeDays) return null;
  const dated = lists.map((list) => `${list.source} of ${list.asOf.slice(0, 10)}`).join(', ');
  return {
    settings: { ...DEFAULT_PROGRAM_SETTINGS, maxListAgeDays },
    reason: `Demo data: the bundled list snapshots (${dated}) are older than the default maximum list age of ${DEFAULT_PROGRAM_SETTINGS.maxListAgeDays} days; the demo allows ${maxListAgeDays} days so its parties are screened. A deployment keeps the default and refreshes its lists.`,
  };
};

const must = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`demo seed failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
};

/**
 * Fills an empty database with demo companies, consortia, proposals in several states and one user per role.
 * With listSnapshots (a folder, the repository's data/lists/), its dated CSL and UN snapshots are imported first
 * as list versions, so the demo proposals are screened against real lists on submission.
 */
export const seedDemo = async (
  deps: ServiceDeps,
  options: { listSnapshots?: string | null } = {},
): Promise<Result<SeedReport>> => {
  const report = { users: DEMO_USERS.map((u) => ({ email: u.email, role: u.role })), password: DEMO_PASSWORD };
  if ((await countUsers(deps.db)) > 0) return ok({ ...report, seeded: false, lists: [] });
  const lists = options.listSnapshots ? await importListSnapshots(deps, options.listSnapshots) : ok([]);
  if (!lists.ok) return lists;
  const companyIds = new Map<string, string>();
  const userActors = new Map<string, Actor>();
  const passwordHash = await deps.passwords.hash(DEMO_PASSWORD);
  await deps.db.transaction().execute(async (trx) => {
    for (const { key, ...company } of DEMO_COMPANIES) {
      const id = deps.newId();
      companyIds.set(key, id);
      await insertCompany(trx, { ...company, id, createdBy: null });
    }
    for (const edge of DEMO_OWNERSHIP) {
      await upsertOwnershipEdge(trx, {
        ownerId: companyIds.get(edge.owner)!,
        ownedId: companyIds.get(edge.owned)!,
        sharePercent: edge.sharePercent,
      });
    }
    for (const user of DEMO_USERS) {
      const id = deps.newId();
      const ids = user.companies.map((key) => companyIds.get(key)!);
      await insertUser(trx, {
        id,
        email: user.email,
        name: user.name,
        role: user.role,
        agency: user.agency,
        passwordHash,
        companyIds: ids,
      });
      userActors.set(user.key, { userId: id, name: user.name, role: user.role, companyIds: ids });
    }
    for (const [key, profile] of Object.entries(DEMO_REVIEWER_PROFILES)) {
      await saveReviewerProfile(trx, {
        userId: userActors.get(key)!.userId,
        expertise: profile.expertise,
        capacity: profile.capacity,
        affiliations: profile.affiliations.map((a) => ({ ...a, id: deps.newId() })),
        now: deps.clock(),
      });
    }
    for (const [key, c] of Object.entries(DEMO_CONSORTIA)) {
      const anchorUser = [...userActors.values()].find((a) => a.companyIds.includes(companyIds.get(c.anchor)!))!;
      companyIds.set(key, deps.newId());
      await insertConsortium(trx, {
        id: companyIds.get(key)!,
        name: c.name,
        description: c.description,
        createdBy: anchorUser.userId,
        anchorCompanyId: companyIds.get(c.anchor)!,
      });
      for (const member of c.members) {
        // invited by the anchor's applicant, accepted by one of the member's users (if the demo has one)
        const consortiumId = companyIds.get(key)!;
        const companyId = companyIds.get(member)!;
        const invitationId = deps.newId();
        await insertInvitation(trx, {
          id: invitationId,
          consortiumId,
          companyId,
          invitedBy: anchorUser.userId,
          invitedAt: deps.clock(),
        });
        const accepter = [...userActors.values()].find((a) => a.companyIds.includes(companyId));
        await decideInvitation(trx, invitationId, {
          status: 'accepted',
          decidedBy: accepter?.userId ?? null,
          decidedAt: deps.clock(),
        });
        await addMember(trx, consortiumId, companyId, 'member');
      }
    }
    await recordAudit(trx, deps, {
      actor: null,
      action: 'demo.seed',
      objectType: 'system',
      objectId: 'demo',
      summary: { companies: DEMO_COMPANIES.length, users: DEMO_USERS.length },
    });
  });
  const actorFor = (role: string) => [...userActors.entries()].find(([key]) => key === role)![1];
  const allowance = snapshotAgeAllowance(lists.value, deps.clock());
  if (allowance) must(await updateProgramSettings(deps, actorFor('admin'), allowance));
  const { openForDays, ...call } = DEMO_CALL;
  const closesAt = new Date(deps.clock().getTime() + openForDays * 86_400_000).toISOString();
  must(await createCall(deps, actorFor('program'), CallInputSchema.parse({ ...call, closesAt })));
  for (const demo of DEMO_PROPOSALS) {
    const anchorKey = DEMO_CONSORTIA[demo.consortium].anchor;
    const applicant = [...userActors.values()].find((a) => a.companyIds.includes(companyIds.get(anchorKey)!));
    if (!applicant) return err(appError('internal_error', 'demo data has a consortium without an applicant'));
    const proposal = must(
      await createProposal(deps, applicant, { consortiumId: companyIds.get(demo.consortium)!, content: demo.content }),
    );
    for (const step of demo.steps) {
      if (step === 'submit') must(await submitProposal(deps, applicant, proposal.id));
      else {
        const actor = step === 'start_review' ? actorFor('program') : actorFor('decision');
        // the designation gate fails closed: without any list to screen against, the package stays under review
        if (step === 'designate' && lists.value.length === 0) continue;
        if (step === 'designate') {
          // the designation gate: the parties screened against the bundled lists, the demo reviewers' reviews in
          must(await screenProposalParties(deps, proposal.id));
          await seedDemoReviews(deps, {
            proposalId: proposal.id,
            // three reviewers of three agencies; the Energy reviewer declares an interest in a member (a conflict)
            reviewerIds: ['reviewer', 'reviewer-commerce', 'reviewer-ostp'].map((key) => actorFor(key).userId),
            assignedBy: actorFor('program').userId,
          });
        }
        must(
          await transitionProposal(deps, actor, {
            proposalId: proposal.id,
            action: step,
            reason: `Demo: ${step.replace('_', ' ')}`,
          }),
        );
      }
    }
  }
  return ok({ ...report, seeded: true, lists: lists.value });
};
