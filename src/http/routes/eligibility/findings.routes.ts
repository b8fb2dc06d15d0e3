import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { checkProposalFindings } from '../../../services/eligibility/check-proposal-findings.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonContent, respond } from '../../route-helpers.ts';
import { FindingsQuerySchema, FindingsReportSchema } from './eligibility.schemas.ts';

const findings = createRoute({
  ...guard('proposal.read'),
  method: 'get',
  path: '/api/v1/proposals/{id}/findings',
  tags: ['eligibility'],
  summary: 'Eligibility and export-control findings, each with its rule, citation and rules version',
  request: { params: IdParamSchema, query: FindingsQuerySchema },
  responses: { 200: jsonContent(FindingsReportSchema, 'The report'), ...errorResponses },
});

export const registerFindingsRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(findings, async (c) => {
    const now = deps.services.clock();
    const asOf = c.req.valid('query').asOf ?? now.toISOString().slice(0, 10);
    const at = asOf === now.toISOString().slice(0, 10) ? now : new Date(`${asOf}T23:59:59.999Z`);
    const input = { proposalId: c.req.valid('param').id, asOf, at };
    return respond(
      c,
      await checkProposalFindings(deps.services.db, c.get('actor'), input, deps.services.screeningCache),
      (report) => report,
    );
  });
};
