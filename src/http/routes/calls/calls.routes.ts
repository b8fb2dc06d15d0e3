import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { CallInputSchema, callPhase, ExtendCallInputSchema } from '../../../core/calls/call.ts';
import type { CallRecord } from '../../../db/repos/calls.repo.ts';
import { createCall } from '../../../services/calls/create-call.ts';
import { extendCall } from '../../../services/calls/extend-call.ts';
import { readCall, readCalls } from '../../../services/calls/read-calls.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard, publicRoute } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import { type CallItem, CallResponseSchema, CallsResponseSchema } from './calls.schemas.ts';

const list = createRoute({
  ...publicRoute('calls.read'),
  method: 'get',
  path: '/api/v1/calls',
  tags: ['calls'],
  summary: 'The calls for proposals, the latest closing first, each with where it stands now (no login)',
  responses: { 200: jsonContent(CallsResponseSchema, 'Calls'), ...errorResponses },
});
const get = createRoute({
  ...publicRoute('calls.read'),
  method: 'get',
  path: '/api/v1/calls/{id}',
  tags: ['calls'],
  summary: 'One call for proposals',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(CallResponseSchema, 'The call'), ...errorResponses },
});
const create = createRoute({
  ...guard('calls.manage'),
  method: 'post',
  path: '/api/v1/calls',
  tags: ['calls'],
  summary: 'Publish a call for proposals (program office; audited)',
  request: jsonBody(CallInputSchema),
  responses: { 201: jsonContent(CallResponseSchema, 'The new call'), ...errorResponses },
});
const extend = createRoute({
  ...guard('calls.manage'),
  method: 'post',
  path: '/api/v1/calls/{id}/extend',
  tags: ['calls'],
  summary: 'Move a call’s closing time later, with a reason (audited with the old and new times)',
  request: { params: IdParamSchema, ...jsonBody(ExtendCallInputSchema) },
  responses: { 200: jsonContent(CallResponseSchema, 'The extended call'), ...errorResponses },
});

export const registerCallRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const present = (call: CallRecord): CallItem => ({
    id: call.id,
    title: call.title,
    reference: call.reference,
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    phase: callPhase(call, deps.services.clock()),
    regions: call.regions,
    layers: call.layers,
    rubricVersion: call.rubricVersion,
    reviewersPerProposal: call.reviewersPerProposal,
    requiredAgencies: call.requiredAgencies,
    noticeUrl: call.noticeUrl,
    proposalCount: call.proposalCount,
  });
  const one = (call: CallRecord) => ({ call: present(call) });
  app.openapi(list, async (c) =>
    respond(c, await readCalls(deps.services, c.get('actor')), (calls) => ({ calls: calls.map(present) })),
  );
  app.openapi(get, async (c) =>
    respond(c, await readCall(deps.services, c.get('actor'), c.req.valid('param').id), one),
  );
  app.openapi(create, async (c) =>
    respond(c, await createCall(deps.services, c.get('actor'), c.req.valid('json')), one, 201),
  );
  app.openapi(extend, async (c) => {
    const input = { callId: c.req.valid('param').id, ...c.req.valid('json') };
    return respond(c, await extendCall(deps.services, c.get('actor'), input), one);
  });
};
