import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { checkProposalFindings } from '../../../services/eligibility/check-proposal-findings.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { errorResponses, jsonContent, respond } from '../../route-helpers.ts';
import { IdParamSchema } from '../../schemas.ts';
import { unauthenticated } from '../../session.ts';

const CitationSchema = z.object({ source: z.string(), section: z.string(), url: z.string().optional() });
const FindingSchema = z
  .object({
    code: z.string(),
    severity: z.enum(['blocker', 'needs_review', 'info']),
    title: z.string(),
    explanation: z.string(),
    citations: z.array(CitationSchema),
    rulesVersion: z.string(),
    subject: z.object({ path: z.string(), label: z.string() }).optional(),
  })
  .openapi('Finding');

const findings = createRoute({
  method: 'get',
  path: '/api/v1/proposals/{id}/findings',
  tags: ['eligibility'],
  summary: 'Eligibility and export-control findings, each with its rule, citation and rules version',
  request: {
    params: IdParamSchema,
    query: z.object({
      asOf: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
        .optional()
        .openapi({ description: 'replay the rules in force on this date (default today)' }),
    }),
  },
  responses: {
    200: jsonContent(
      z.object({
        findings: z.array(FindingSchema),
        rulesVersion: z.string(),
        asOf: z.string(),
        counts: z.record(z.string(), z.number()),
        settingsVersion: z.number(),
        checked: z.string(),
      }),
      'The report',
    ),
    ...errorResponses,
  },
});

export const registerFindingsRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(findings, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const now = deps.services.clock();
    const asOf = c.req.valid('query').asOf ?? now.toISOString().slice(0, 10);
    const at = asOf === now.toISOString().slice(0, 10) ? now : new Date(`${asOf}T23:59:59.999Z`);
    const result = await checkProposalFindings(deps.services.db, actor, {
      proposalId: c.req.valid('param').id,
      asOf,
      at,
    });
    return respond(c, result, (report) => report);
  });
};
