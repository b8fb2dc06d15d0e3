import { z } from '@hono/zod-openapi';
import { AGENCIES } from '../../../core/accounts/roles.ts';
import { CALL_REGIONS } from '../../../core/calls/call.ts';
import { LAYER_KEYS } from '../../../core/package/proposal.schema.ts';

/** Wire schemas of calls for proposals. */
export const CallSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    reference: z.string(),
    opensAt: z.string(),
    closesAt: z.string(),
    /** where the call stands now: upcoming, open or closed */
    phase: z.enum(['upcoming', 'open', 'closed']),
    regions: z.array(z.enum(CALL_REGIONS)),
    layers: z.array(z.enum(LAYER_KEYS)),
    rubricVersion: z.number().int(),
    reviewersPerProposal: z.number().int(),
    requiredAgencies: z.array(z.enum(AGENCIES)),
    noticeUrl: z.string(),
    /** how many proposals answer it */
    proposalCount: z.number().int(),
  })
  .openapi('Call');

export const CallsResponseSchema = z.object({ calls: z.array(CallSchema) });
export const CallResponseSchema = z.object({ call: CallSchema });

export type CallItem = z.infer<typeof CallSchema>;
export type CallsResponse = z.infer<typeof CallsResponseSchema>;
export type CallResponse = z.infer<typeof CallResponseSchema>;
