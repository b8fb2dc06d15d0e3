import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { createReferral } from '../../../services/financing/create-referral.ts';
import { createTermSheet } from '../../../services/financing/create-term-sheet.ts';
import { moveReferralStage } from '../../../services/financing/move-referral-stage.ts';
import { listProposalReferrals } from '../../../services/financing/proposal-referrals.ts';
import {
  getReferral,
  listFinancingRequests,
  listReferralBoard,
  termSheetCsv,
} from '../../../services/financing/read-referrals.ts';
import type { ReferralView } from '../../../services/financing/referral-view.ts';
import { updateReferral } from '../../../services/financing/update-referral.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { sendError } from '../../errors.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import {
  ApplicantReferralsResponseSchema,
  BoardQuerySchema,
  FinancingRequestsResponseSchema,
  ReferralCreateRequestSchema,
  ReferralResponseSchema,
  ReferralsResponseSchema,
  ReferralUpdateRequestSchema,
  StageMoveRequestSchema,
  TermSheetInputSchema,
  TermSheetResponseSchema,
} from './financing.schemas.ts';

const requests = createRoute({
  ...guard('financing.referrals.read'),
  method: 'get',
  path: '/api/v1/financing/requests',
  tags: ['financing'],
  summary:
    'The financing requested by submitted, in-review and designated proposals, line by line, with their referrals',
  responses: { 200: jsonContent(FinancingRequestsResponseSchema, 'Financing request lines'), ...errorResponses },
});
const board = createRoute({
  ...guard('financing.referrals.read'),
  method: 'get',
  path: '/api/v1/financing/referrals',
  tags: ['financing'],
  summary: 'The pipeline board: every referral (optionally of one agency), newest change first',
  request: { query: BoardQuerySchema },
  responses: { 200: jsonContent(ReferralsResponseSchema, 'Referrals'), ...errorResponses },
});
const create = createRoute({
  ...guard('financing.referrals.manage'),
  method: 'post',
  path: '/api/v1/financing/referrals',
  tags: ['financing'],
  summary: 'Refer a financing request line of a proposal to EXIM, DFC, USTDA or SBA (stage "referred")',
  request: jsonBody(ReferralCreateRequestSchema),
  responses: { 201: jsonContent(ReferralResponseSchema, 'Referred'), ...errorResponses },
});
const get = createRoute({
  ...guard('financing.referrals.read'),
  method: 'get',
  path: '/api/v1/financing/referrals/{id}',
  tags: ['financing'],
  summary: 'A referral with its notes, agency contact, stage history and term sheets',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ReferralResponseSchema, 'The referral'), ...errorResponses },
});
const update = createRoute({
  ...guard('financing.referrals.manage'),
  method: 'patch',
  path: '/api/v1/financing/referrals/{id}',
  tags: ['financing'],
  summary: 'Change a referral’s internal notes and agency contact',
  request: { params: IdParamSchema, ...jsonBody(ReferralUpdateRequestSchema) },
  responses: { 200: jsonContent(ReferralResponseSchema, 'Saved'), ...errorResponses },
});
const move = createRoute({
  ...guard('financing.referrals.manage'),
  method: 'post',
  path: '/api/v1/financing/referrals/{id}/stage',
  tags: ['financing'],
  summary:
    'Record the next stage (letter of interest, preliminary or final commitment, declined, withdrawn) with its date',
  request: { params: IdParamSchema, ...jsonBody(StageMoveRequestSchema) },
  responses: { 200: jsonContent(ReferralResponseSchema, 'Moved'), ...errorResponses },
});
const computeSheet = createRoute({
  ...guard('financing.referrals.manage'),
  method: 'post',
  path: '/api/v1/financing/referrals/{id}/term-sheets',
  tags: ['financing'],
  summary: 'Compute a term sheet with the financing settings in force and keep it with the referral',
  request: { params: IdParamSchema, ...jsonBody(TermSheetInputSchema) },
  responses: { 201: jsonContent(TermSheetResponseSchema, 'Computed and stored'), ...errorResponses },
});
const sheetCsv = createRoute({
  ...guard('financing.referrals.read'),
  method: 'get',
  path: '/api/v1/financing/term-sheets/{id}/csv',
  tags: ['financing'],
  summary: 'A stored term sheet’s schedule as CSV (as `aiexports term-sheet --format csv`)',
  request: { params: IdParamSchema },
  responses: {
    200: { description: 'The schedule (text/csv)', content: { 'text/csv': { schema: z.string() } } },
    ...errorResponses,
  },
});
const proposalReferrals = createRoute({
  ...guard('financing.referrals.stages.read'),
  method: 'get',
  path: '/api/v1/proposals/{id}/referrals',
  tags: ['financing'],
  summary: 'A proposal’s financing referrals and their stages (no internal notes or contacts)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ApplicantReferralsResponseSchema, 'Referrals'), ...errorResponses },
});

const one = (referral: ReferralView) => ({ referral });

export const registerFinancingRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const { db } = deps.services;
  app.openapi(requests, async (c) =>
    respond(c, await listFinancingRequests(db, c.get('actor')), (lines) => ({ requests: lines })),
  );
  app.openapi(board, async (c) =>
    respond(c, await listReferralBoard(db, c.get('actor'), c.req.valid('query')), (referrals) => ({ referrals })),
  );
  app.openapi(create, async (c) => {
    const { contactEmail, ...rest } = c.req.valid('json');
    const input = { ...rest, ...(contactEmail === undefined ? {} : { contactEmail }) };
    return respond(c, await createReferral(deps.services, c.get('actor'), input), one, 201);
  });
  app.openapi(get, async (c) => respond(c, await getReferral(db, c.get('actor'), c.req.valid('param').id), one));
  app.openapi(update, async (c) => {
    const input = { referralId: c.req.valid('param').id, ...c.req.valid('json') };
    return respond(c, await updateReferral(deps.services, c.get('actor'), input), one);
  });
  app.openapi(move, async (c) => {
    const input = { referralId: c.req.valid('param').id, ...c.req.valid('json') };
    return respond(c, await moveReferralStage(deps.services, c.get('actor'), input), one);
  });
  app.openapi(computeSheet, async (c) => {
    const input = { referralId: c.req.valid('param').id, terms: c.req.valid('json') };
    return respond(c, await createTermSheet(deps.services, c.get('actor'), input), (termSheet) => ({ termSheet }), 201);
  });
  app.openapi(sheetCsv, async (c) => {
    const result = await termSheetCsv(db, c.get('actor'), c.req.valid('param').id);
    if (!result.ok) return sendError(c, result.error) as never;
    return new Response(result.value.csv, {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${result.value.filename}"`,
        'cache-control': 'no-store',
      },
    }) as never;
  });
  app.openapi(proposalReferrals, async (c) =>
    respond(c, await listProposalReferrals(db, c.get('actor'), c.req.valid('param').id), (referrals) => ({
      referrals,
    })),
  );
};
