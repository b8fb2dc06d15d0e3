import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { TRANSITION_ACTIONS } from '../../../core/proposal/proposal-status.ts';
import { transitionPermission } from '../../../core/proposal/workflow.ts';
import { createProposal } from '../../../services/proposals/create-proposal.ts';
import { deleteDraft } from '../../../services/proposals/delete-draft.ts';
import { readProposalQueue } from '../../../services/proposals/proposal-queue.ts';
import type { ProposalView } from '../../../services/proposals/proposal-view.ts';
import { getProposal, listVisibleProposals } from '../../../services/proposals/read-proposals.ts';
import { submitProposal } from '../../../services/proposals/submit-proposal.ts';
import { transitionProposal } from '../../../services/proposals/transition-proposal.ts';
import { updateProposalDraft } from '../../../services/proposals/update-draft.ts';
import { withdrawProposal } from '../../../services/proposals/withdraw-proposal.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import {
  DeletedResponseSchema,
  DraftSaveRequestSchema,
  ProposalCreateRequestSchema,
  ProposalListQuerySchema,
  ProposalResponseSchema,
  ProposalsResponseSchema,
  QueueQuerySchema,
  QueueResponseSchema,
  TransitionRequestSchema,
  WithdrawRequestSchema,
} from './proposals.schemas.ts';

const list = createRoute({
  ...guard('proposal.read'),
  method: 'get',
  path: '/api/v1/proposals',
  tags: ['proposals'],
  summary: 'Proposals the caller may see, newest change first',
  request: { query: ProposalListQuerySchema },
  responses: { 200: jsonContent(ProposalsResponseSchema, 'Proposals'), ...errorResponses },
});
const queue = createRoute({
  ...guard('proposal.read'),
  method: 'get',
  path: '/api/v1/proposals/queue',
  tags: ['proposals'],
  summary:
    'The officer queue: submitted proposals (never drafts) searched, filtered, sorted and paged, with tab counts',
  request: { query: QueueQuerySchema },
  responses: { 200: jsonContent(QueueResponseSchema, 'A page of the queue'), ...errorResponses },
});
const create = createRoute({
  ...guard('proposal.create'),
  method: 'post',
  path: '/api/v1/proposals',
  tags: ['proposals'],
  summary: 'Start a draft proposal for one of your consortia',
  request: jsonBody(ProposalCreateRequestSchema),
  responses: { 201: jsonContent(ProposalResponseSchema, 'Created'), ...errorResponses },
});
const get = createRoute({
  ...guard('proposal.read'),
  method: 'get',
  path: '/api/v1/proposals/{id}',
  tags: ['proposals'],
  summary: 'A proposal with its versions and the actions the caller may take',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ProposalResponseSchema, 'The proposal'), ...errorResponses },
});
const saveDraft = createRoute({
  ...guard('proposal.edit'),
  method: 'put',
  path: '/api/v1/proposals/{id}/draft',
  tags: ['proposals'],
  summary: 'Replace the working draft (draft or returned proposals only)',
  request: { params: IdParamSchema, ...jsonBody(DraftSaveRequestSchema) },
  responses: { 200: jsonContent(ProposalResponseSchema, 'Saved'), ...errorResponses },
});
const submit = createRoute({
  ...guard('proposal.submit'),
  method: 'post',
  path: '/api/v1/proposals/{id}/submit',
  tags: ['proposals'],
  summary: 'Freeze the draft as the next version and submit it (anchor member only)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ProposalResponseSchema, 'Submitted'), ...errorResponses },
});
const transition = createRoute({
  // the caller needs one of the transition permissions; which one is checked per action by the workflow
  ...guard(TRANSITION_ACTIONS.map(transitionPermission)),
  method: 'post',
  path: '/api/v1/proposals/{id}/transition',
  tags: ['proposals'],
  summary: 'Move the proposal through review and designation',
  request: { params: IdParamSchema, ...jsonBody(TransitionRequestSchema) },
  responses: { 200: jsonContent(ProposalResponseSchema, 'Moved'), ...errorResponses },
});

const withdraw = createRoute({
  ...guard('proposal.withdraw'),
  method: 'post',
  path: '/api/v1/proposals/{id}/withdraw',
  tags: ['proposals'],
  summary: 'Withdraw a submitted proposal, with a reason (anchor member only)',
  request: { params: IdParamSchema, ...jsonBody(WithdrawRequestSchema) },
  responses: { 200: jsonContent(ProposalResponseSchema, 'Withdrawn'), ...errorResponses },
});
const remove = createRoute({
  ...guard('proposal.delete'),
  method: 'delete',
  path: '/api/v1/proposals/{id}',
  tags: ['proposals'],
  summary: 'Delete a draft that was never submitted (anchor member only)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(DeletedResponseSchema, 'Deleted'), ...errorResponses },
});

const one = (proposal: ProposalView) => ({ proposal });

export const registerProposalRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const { db } = deps.services;
  app.openapi(list, async (c) => {
    const { status } = c.req.valid('query');
    const proposals = await listVisibleProposals(db, c.get('actor'), status ? { statuses: [status] } : {});
    return c.json({ proposals }, 200);
  });
  app.openapi(queue, async (c) => {
    const { status, targets, minAge, maxAge, minHits, maxHits, minBlockers, maxBlockers, q, ...order } =
      c.req.valid('query');
    const defined = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });
    const query = {
      ...order,
      ...defined('q', q),
      ...defined('statuses', status),
      ...defined('targets', targets),
      ...defined('minAgeDays', minAge),
      ...defined('maxAgeDays', maxAge),
      ...defined('minOpenHits', minHits),
      ...defined('maxOpenHits', maxHits),
      ...defined('minBlockers', minBlockers),
      ...defined('maxBlockers', maxBlockers),
    };
    return respond(c, await readProposalQueue(db, c.get('actor'), query, deps.services.clock()), (page) => page);
  });
  app.openapi(create, async (c) =>
    respond(c, await createProposal(deps.services, c.get('actor'), c.req.valid('json')), one, 201),
  );
  app.openapi(get, async (c) => respond(c, await getProposal(db, c.get('actor'), c.req.valid('param').id), one));
  app.openapi(saveDraft, async (c) => {
    const input = { proposalId: c.req.valid('param').id, content: c.req.valid('json').content };
    return respond(c, await updateProposalDraft(deps.services, c.get('actor'), input), one);
  });
  app.openapi(submit, async (c) =>
    respond(c, await submitProposal(deps.services, c.get('actor'), c.req.valid('param').id), one),
  );
  app.openapi(transition, async (c) => {
    const input = { proposalId: c.req.valid('param').id, ...c.req.valid('json') };
    return respond(c, await transitionProposal(deps.services, c.get('actor'), input), one);
  });
  app.openapi(withdraw, async (c) => {
    const input = { proposalId: c.req.valid('param').id, reason: c.req.valid('json').reason };
    return respond(c, await withdrawProposal(deps.services, c.get('actor'), input), one);
  });
  app.openapi(remove, async (c) =>
    respond(c, await deleteDraft(deps.services, c.get('actor'), c.req.valid('param').id), (deleted) => ({ deleted })),
  );
};
