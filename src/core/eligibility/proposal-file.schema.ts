import { z } from 'zod';
import { CompanyInputSchema, ControlRelationSchema, OwnershipEdgeSchema } from '../consortium/company.schema.ts';
import { ConsortiumMemberSchema } from '../consortium/consortium.schema.ts';
import { ProposalContentSchema } from '../package/proposal.schema.ts';

/**
 * A proposal file for `aiexports check`: the consortium, its companies (members and owners) with ids, the
 * members and their roles, who owns what directly, who controls what without equity, and the proposal content. Published as JSON Schema at
 * schemas/proposal-file.schema.json (scripts/build-json-schema.ts).
 */
export const ProposalFileSchema = z
  .object({
    $schema: z.string().optional(),
    consortium: z.object({
      name: z.string().trim().min(3, 'name must be at least 3 characters').max(200),
      description: z.string().trim().max(4000).default(''),
    }),
    companies: z
      .array(CompanyInputSchema.extend({ id: z.string().trim().min(1, 'an id is required').max(100) }))
      .min(1, 'at least one company')
      .max(2000),
    members: z.array(ConsortiumMemberSchema).min(1, 'at least one member').max(500),
    ownership: z.array(OwnershipEdgeSchema).max(10000).default([]),
    /** control without equity: board seats, voting agreements, veto rights */
    controls: z.array(ControlRelationSchema).max(10000).default([]),
    content: ProposalContentSchema,
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.companies.forEach((company, index) => {
      if (seen.has(company.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['companies', index, 'id'],
          message: `duplicate company id "${company.id}"`,
        });
      }
      seen.add(company.id);
    });
    file.ownership.forEach((edge, index) => {
      if (edge.ownerId === edge.ownedId) {
        ctx.addIssue({ code: 'custom', path: ['ownership', index], message: 'a company cannot own itself' });
      }
    });
  });
