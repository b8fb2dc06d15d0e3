import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { ProposalContentSchema } from '../../../core/package/proposal.schema.ts';
import { PROPOSAL_STATUSES, TRANSITION_ACTIONS } from '../../../core/proposal/proposal-status.ts';
import { createProposal } from '../../../services/proposals/create-proposal.ts';
import { getProposal, listVisibleProposals } from '../../../services/proposals/read-proposals.ts';
import { submitProposal } from '../../../services/proposals/submit-proposal.ts';
import { transitionProposal } from '../../../services/proposals/transition-proposal.ts';
import { updateProposalDraft } from '../../../services/proposals/update-draft.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { errorResponses, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import { IdParamSchema, ProposalSchema, ProposalSummarySchema } from '../../schemas.ts';
import { unauthenticated } from '../../session.ts';

const One = z.object({ proposal: ProposalSchema });

const list = createRoute({
  method: 'get',
  path: '/api/v1/proposals',
  tags: ['proposals'],
  summary: 'Proposals the caller may see, newest change first',
  request: { query: z.object({ status: z.enum(PROPOSAL_STATUSES).optional() }) },
  responses: {
    200: jsonContent(z.object({ proposals: z.array(ProposalSummarySchema) }), 'Proposals'),
    ...errorResponses,
  },
});
const create = createRoute({
  method: 'post',
  path: '/api/v1/proposals',
  tags: ['proposals'],
  summary: 'Start a draft proposal for one of your consortia',
  request: jsonBody(z.object({ consortiumId: z.string().min(1, 'pick a consortium'), content: ProposalContentSchema })),
  responses: { 201: jsonContent(One, 'Created'), ...errorResponses },
});
const get = createRoute({
  method: 'get',
  path: '/api/v1/proposals/{id}',
  tags: ['proposals'],
  summary: 'A proposal with its versions and the actions the caller may take',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(One, 'The proposal'), ...errorResponses },
});
const saveDraft = createRoute({
  method: 'put',
  path: '/api/v1/proposals/{id}/draft',
  tags: ['proposals'],
  summary: 'Replace the working draft (draft or returned proposals only)',
  request: { params: IdParamSchema, ...jsonBody(z.object({ content: ProposalContentSchema })) },
  responses: { 200: jsonContent(One, 'Saved'), ...errorResponses },
});
const submit = createRoute({
  method: 'post',
  path: '/api/v1/proposals/{id}/submit',
  tags: ['proposals'],
  summary: 'Freeze the draft as the next version and submit it (anchor member only)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(One, 'Submitted'), ...errorResponses },
});
const transition = createRoute({
  method: 'post',
  path: '/api/v1/proposals/{id}/transition',
  tags: ['proposals'],
  summary: 'Move the proposal through review and designation',
  request: {
    params: IdParamSchema,
    ...jsonBody(z.object({ action: z.enum(TRANSITION_ACTIONS), reason: z.string().trim().max(4000).default('') })),
  },
  responses: { 200: jsonContent(One, 'Moved'), ...errorResponses },
});

export const registerProposalRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const { db } = deps.services;
  app.openapi(list, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const { status } = c.req.valid('query');
    return c.json({ proposals: await listVisibleProposals(db, actor, status ? { statuses: [status] } : {}) }, 200);
  });
  app.openapi(create, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(
      c,
      await createProposal(deps.services, actor, c.req.valid('json')),
      (proposal) => ({ proposal }),
      201,
    );
  });
  app.openapi(get, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(c, await getProposal(db, actor, c.req.valid('param').id), (proposal) => ({ proposal }));
  });
  app.openapi(saveDraft, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const input = { proposalId: c.req.valid('param').id, content: c.req.valid('json').content };
    return respond(c, await updateProposalDraft(deps.services, actor, input), (proposal) => ({ proposal }));
  });
  app.openapi(submit, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(c, await submitProposal(deps.services, actor, c.req.valid('param').id), (proposal) => ({
      proposal,
    }));
  });
  app.openapi(transition, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const input = { proposalId: c.req.valid('param').id, ...c.req.valid('json') };
    return respond(c, await transitionProposal(deps.services, actor, input), (proposal) => ({ proposal }));
  });
};
