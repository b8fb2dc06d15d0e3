import { z } from 'zod';

export const MemberRoleSchema = z.enum(['anchor', 'member']);
export type MemberRole = z.infer<typeof MemberRoleSchema>;

export const ConsortiumMemberSchema = z.object({ companyId: z.string().min(1), role: MemberRoleSchema });
export type ConsortiumMember = z.infer<typeof ConsortiumMemberSchema>;

export const ConsortiumInputSchema = z.object({
  name: z.string().trim().min(3, 'name must be at least 3 characters').max(200),
  description: z.string().trim().max(4000).default(''),
});
export type ConsortiumInput = z.infer<typeof ConsortiumInputSchema>;

export type Consortium = ConsortiumInput & { id: string; members: ConsortiumMember[] };

/** A consortium invitation: pending until a user of the invited company accepts or declines it. */
export const InvitationStatusSchema = z.enum(['pending', 'accepted', 'declined', 'withdrawn']);
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;
