import { z } from '@hono/zod-openapi';
import { ROLES } from '../core/accounts/roles.ts';
import { CompanyInputSchema } from '../core/consortium/company.schema.ts';
import { ProposalContentSchema } from '../core/package/proposal.schema.ts';
import { PROPOSAL_STATUSES, TRANSITION_ACTIONS } from '../core/proposal/proposal-status.ts';

/** Wire schemas of the API: they validate requests and generate /api/openapi.json. */
export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    agency: z.string().nullable(),
    companyIds: z.array(z.string()),
  })
  .openapi('User');

export const CompanySchema = CompanyInputSchema.extend({ id: z.string() }).openapi('Company');

export const ConsortiumSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    members: z.array(
      z.object({
        companyId: z.string(),
        legalName: z.string(),
        country: z.string(),
        role: z.enum(['anchor', 'member']),
      }),
    ),
  })
  .openapi('Consortium');

export const ProposalSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    consortiumId: z.string(),
    consortiumName: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    currentVersion: z.number().nullable(),
    updatedAt: z.string(),
    targets: z.array(z.string()),
  })
  .openapi('ProposalSummary');

export const ProposalSchema = ProposalSummarySchema.extend({
  draft: ProposalContentSchema,
  versions: z.array(z.object({ number: z.number(), submittedAt: z.string() })),
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  allowedActions: z.array(z.enum(TRANSITION_ACTIONS)),
}).openapi('Proposal');

export const AuditEntrySchema = z
  .object({
    seq: z.number(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string(),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string(),
    summary: z.record(z.string(), z.unknown()),
    prevHash: z.string(),
    hash: z.string(),
  })
  .openapi('AuditEntry');

export const IdParamSchema = z.object({ id: z.string().min(1).max(100) });
