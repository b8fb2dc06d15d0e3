import { z } from '@hono/zod-openapi';
import {
  ConsortiumInputSchema,
  InvitationStatusSchema,
  MemberRoleSchema,
} from '../../../core/consortium/consortium.schema.ts';

/** Wire schemas of consortia and their members. */
export const ConsortiumMemberSchema = z.object({
  companyId: z.string(),
  legalName: z.string(),
  country: z.string(),
  role: MemberRoleSchema,
});
export const PendingInvitationSchema = z.object({ id: z.string(), companyId: z.string(), legalName: z.string() });
export const ConsortiumSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    members: z.array(ConsortiumMemberSchema),
    /** companies invited by the anchor, members once one of their users accepts */
    pendingInvitations: z.array(PendingInvitationSchema),
  })
  .openapi('Consortium');
export const ConsortiumSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  memberCount: z.number(),
  anchorName: z.string(),
});
export const ConsortiumCreateRequestSchema = ConsortiumInputSchema.extend({
  anchorCompanyId: z.string().min(1, 'pick the anchor company'),
});
export const MemberAddRequestSchema = z.object({ companyId: z.string().min(1, 'pick a company') });
export const InvitationSchema = z
  .object({
    id: z.string(),
    consortiumId: z.string(),
    consortiumName: z.string(),
    companyId: z.string(),
    companyName: z.string(),
    status: InvitationStatusSchema,
    invitedAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .openapi('ConsortiumInvitation');
export const InvitationsResponseSchema = z.object({ invitations: z.array(InvitationSchema) });
export const InvitationResponseSchema = z.object({ invitation: InvitationSchema });
export const ConsortiumResponseSchema = z.object({ consortium: ConsortiumSchema });
export const ConsortiaResponseSchema = z.object({ consortia: z.array(ConsortiumSummarySchema) });

export type ConsortiumMember = z.infer<typeof ConsortiumMemberSchema>;
export type Consortium = z.infer<typeof ConsortiumSchema>;
export type ConsortiumSummary = z.infer<typeof ConsortiumSummarySchema>;
export type ConsortiumCreateRequest = z.input<typeof ConsortiumCreateRequestSchema>;
export type ConsortiumResponse = z.infer<typeof ConsortiumResponseSchema>;
export type ConsortiaResponse = z.infer<typeof ConsortiaResponseSchema>;
export type MemberAddRequest = z.input<typeof MemberAddRequestSchema>;
export type PendingInvitation = z.infer<typeof PendingInvitationSchema>;
export type Invitation = z.infer<typeof InvitationSchema>;
export type InvitationsResponse = z.infer<typeof InvitationsResponseSchema>;
export type InvitationResponse = z.infer<typeof InvitationResponseSchema>;
