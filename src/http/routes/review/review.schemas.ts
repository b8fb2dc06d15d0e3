import { z } from '@hono/zod-openapi';
import { AGENCIES } from '../../../core/accounts/roles.ts';
import { PROPOSAL_STATUSES } from '../../../core/proposal/proposal-status.ts';
import { ASSIGNMENT_SOURCES, CERTIFICATIONS } from '../../../core/review/assignment.ts';
import { AFFILIATION_RELATIONSHIPS, ReviewerProfileInputSchema } from '../../../core/review/reviewer-profile.ts';

/** Wire schemas of reviewer profiles, conflicts of interest and review assignments. */

export const AffiliationSchema = z
  .object({
    id: z.string(),
    companyName: z.string(),
    country: z.string().nullable(),
    relationship: z.enum(AFFILIATION_RELATIONSHIPS),
    startDate: z.string(),
    endDate: z.string().nullable(),
  })
  .openapi('ReviewerAffiliation');

export const ReviewerProfileSchema = z
  .object({
    userId: z.string(),
    name: z.string(),
    agency: z.enum(AGENCIES).nullable(),
    expertise: z.array(z.string()),
    capacity: z.number().int(),
    updatedAt: z.string().nullable(),
    affiliations: z.array(AffiliationSchema),
  })
  .openapi('ReviewerProfile');

export const ReviewerProfileRequestSchema = ReviewerProfileInputSchema;

export const ReviewerListSchema = z.object({
  reviewers: z.array(ReviewerProfileSchema.extend({ status: z.string(), load: z.number().int() })),
});

export const ConflictSchema = z
  .object({
    affiliationId: z.string(),
    affiliationCompany: z.string(),
    relationship: z.enum(AFFILIATION_RELATIONSHIPS),
    partyName: z.string(),
    partyKind: z.enum(['member', 'owner', 'operator', 'end-user', 'buyer', 'builder']),
    partyCountry: z.string().nullable(),
    score: z.number(),
    reason: z.string(),
  })
  .openapi('ConflictOfInterest');

export const AssignmentSchema = z
  .object({
    proposalId: z.string(),
    reviewerId: z.string(),
    source: z.enum(ASSIGNMENT_SOURCES),
    score: z.number().nullable(),
    assignedAt: z.string(),
    publishedAt: z.string().nullable(),
    certification: z.enum(CERTIFICATIONS),
    certifiedAt: z.string().nullable(),
    recusalReason: z.string().nullable(),
    waivedBy: z.string().nullable(),
    waiverReason: z.string().nullable(),
    waivedAt: z.string().nullable(),
  })
  .openapi('ReviewAssignment');

export const ReviewPanelSchema = z
  .object({
    proposalId: z.string(),
    title: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    assignable: z.boolean(),
    unpublished: z.number().int(),
    reviewers: z.array(
      z.object({
        userId: z.string(),
        name: z.string(),
        agency: z.enum(AGENCIES).nullable(),
        expertise: z.array(z.string()),
        capacity: z.number().int(),
        load: z.number().int(),
        conflicts: z.array(ConflictSchema),
        assignment: AssignmentSchema.nullable(),
      }),
    ),
  })
  .openapi('ReviewPanel');

export const PublishResponseSchema = ReviewPanelSchema.extend({ published: z.array(z.string()) });

const reason = z.string().trim().min(10, 'a written reason of at least 10 characters').max(2000);

export const AssignRequestSchema = z.object({
  reviewerId: z.string().min(1).max(100),
  /** waives the pair's computed conflict of interest, with a written reason */
  waiverReason: reason.optional(),
});
export const WaiverRequestSchema = z.object({ reason });

export const ReviewerParamSchema = z.object({
  id: z.string().min(1).max(100),
  reviewerId: z.string().min(1).max(100),
});
export const ProposalIdParamSchema = z.object({ proposalId: z.string().min(1).max(100) });

export const MyAssignmentSchema = AssignmentSchema.extend({
  title: z.string(),
  consortiumName: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  parties: z.array(
    z.object({
      kind: z.enum(['member', 'owner', 'operator', 'end-user', 'buyer', 'builder']),
      name: z.string(),
      country: z.string().nullable(),
    }),
  ),
  conflicts: z.array(ConflictSchema),
  reviewLink: z.string().nullable(),
}).openapi('MyAssignment');
export const MyAssignmentsSchema = z.object({ assignments: z.array(MyAssignmentSchema) });

export const CertifyRequestSchema = z.object({});
export const RecuseRequestSchema = z.object({
  reason: z.string().trim().min(5, 'say why (at least 5 characters)').max(2000),
});

export type ReviewerProfileResponse = z.infer<typeof ReviewerProfileSchema>;
export type ReviewerProfileRequest = z.input<typeof ReviewerProfileRequestSchema>;
export type ReviewerListResponse = z.infer<typeof ReviewerListSchema>;
export type ReviewPanelResponse = z.infer<typeof ReviewPanelSchema>;
export type PublishResponse = z.infer<typeof PublishResponseSchema>;
export type ConflictOfInterest = z.infer<typeof ConflictSchema>;
export type MyAssignmentResponse = z.infer<typeof MyAssignmentSchema>;
export type MyAssignmentsResponse = z.infer<typeof MyAssignmentsSchema>;
