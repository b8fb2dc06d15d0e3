import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { acknowledgeAlert } from '../../../services/screening/acknowledge-alert.ts';
import { adjudicateHit } from '../../../services/screening/adjudicate-hit.ts';
import { adjudicateHits } from '../../../services/screening/adjudicate-hits.ts';
import {
  getProposalScreening,
  getScreeningHit,
  listScreeningAlerts,
  listScreeningHits,
} from '../../../services/screening/read-screening.ts';
import { screenNames } from '../../../services/screening/screen-names.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import {
  presentAdjudication,
  presentAlert,
  presentHit,
  presentParty,
  presentProposalScreening,
} from './screening.presenters.ts';
import {
  AcknowledgeAlertRequestSchema,
  AcknowledgedAlertSchema,
  AdjudicatedSchema,
  AdjudicateRequestSchema,
  AlertsQuerySchema,
  AlertsResponseSchema,
  BulkAdjudicatedSchema,
  BulkAdjudicateRequestSchema,
  HitDetailSchema,
  HitsQuerySchema,
  HitsResponseSchema,
  MAX_SCREEN_BATCH,
  ProposalScreeningSchema,
  ScreenRequestSchema,
  ScreenResponseSchema,
} from './screening.schemas.ts';

const screen = createRoute({
  ...guard('screening.screen'),
  method: 'post',
  path: '/api/v1/screen',
  tags: ['screening'],
  summary: `Screen up to ${MAX_SCREEN_BATCH} names against every current list version (government roles)`,
  request: jsonBody(ScreenRequestSchema),
  responses: {
    200: jsonContent(ScreenResponseSchema, 'Hits per name, best first, and the list versions used'),
    ...errorResponses,
  },
});
const hits = createRoute({
  ...guard('screening.hits.read'),
  method: 'get',
  path: '/api/v1/screening/hits',
  tags: ['screening'],
  summary: 'Screening hits, newest first (compliance officers, admins)',
  request: { query: HitsQuerySchema },
  responses: { 200: jsonContent(HitsResponseSchema, 'Hits'), ...errorResponses },
});
const hit = createRoute({
  ...guard('screening.hits.read'),
  method: 'get',
  path: '/api/v1/screening/hits/{id}',
  tags: ['screening'],
  summary: 'One hit: the party and the full list entry side by side, and its decisions',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(HitDetailSchema, 'The hit'), ...errorResponses },
});
const adjudicate = createRoute({
  ...guard('screening.hits.adjudicate'),
  method: 'post',
  path: '/api/v1/screening/hits/{id}/adjudicate',
  tags: ['screening'],
  summary: 'Decide a hit: true match or false positive, with a reason (compliance officers)',
  request: { params: IdParamSchema, ...jsonBody(AdjudicateRequestSchema) },
  responses: { 200: jsonContent(AdjudicatedSchema, 'Decided'), ...errorResponses },
});
const adjudicateMany = createRoute({
  ...guard('screening.hits.adjudicate'),
  method: 'post',
  path: '/api/v1/screening/hits/adjudicate',
  tags: ['screening'],
  summary:
    'Decide several open hits with one reason, all or none; decided hits are refused by name (compliance officers)',
  request: jsonBody(BulkAdjudicateRequestSchema),
  responses: { 200: jsonContent(BulkAdjudicatedSchema, 'All decided'), ...errorResponses },
});
const proposalScreening = createRoute({
  ...guard('proposal.screening.read'),
  method: 'get',
  path: '/api/v1/proposals/{id}/screening',
  tags: ['screening'],
  summary:
    "A proposal's screened parties and hits (applicants: each hit's status only, never the list, entry, matched name, score or reasons)",
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ProposalScreeningSchema, 'Parties and hits'), ...errorResponses },
});
const alerts = createRoute({
  ...guard('screening.hits.read'),
  method: 'get',
  path: '/api/v1/alerts',
  tags: ['screening'],
  summary:
    'Alerts inbox: new hits on designated proposals and list alerts, open or acknowledged (compliance officers, admins)',
  request: { query: AlertsQuerySchema },
  responses: { 200: jsonContent(AlertsResponseSchema, 'Alerts, newest first'), ...errorResponses },
});

const acknowledge = createRoute({
  ...guard('alerts.acknowledge'),
  method: 'post',
  path: '/api/v1/alerts/{id}/acknowledge',
  tags: ['screening'],
  summary: 'Acknowledge an alert, with an optional note; who and when are recorded (compliance officers)',
  request: { params: IdParamSchema, ...jsonBody(AcknowledgeAlertRequestSchema) },
  responses: { 200: jsonContent(AcknowledgedAlertSchema, 'Acknowledged'), ...errorResponses },
});

export const registerScreeningRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const services = deps.services;
  app.openapi(screen, async (c) => {
    const names = c.req.valid('json').names.map((n) => ({ ...n, country: n.country?.toUpperCase() }));
    return respond(c, await screenNames(services, c.get('actor'), names), (value) => value);
  });
  app.openapi(hits, async (c) => {
    const { status } = c.req.valid('query');
    return respond(c, await listScreeningHits(services, c.get('actor'), status ? { status } : {}), (items) => ({
      hits: items.map(presentHit),
    }));
  });
  app.openapi(hit, async (c) =>
    respond(c, await getScreeningHit(services, c.get('actor'), c.req.valid('param').id), (detail) => ({
      hit: presentHit(detail.hit),
      party: presentParty(detail.party),
      entry: detail.entry,
      adjudications: detail.adjudications.map(presentAdjudication),
    })),
  );
  app.openapi(adjudicateMany, async (c) =>
    respond(c, await adjudicateHits(services, c.get('actor'), c.req.valid('json')), (decided) => ({
      hits: decided.map((h) => ({ id: h.id, status: h.status })),
    })),
  );
  app.openapi(adjudicate, async (c) => {
    const input = { hitId: c.req.valid('param').id, ...c.req.valid('json') };
    return respond(c, await adjudicateHit(services, c.get('actor'), input), (h) => ({
      hit: { id: h.id, status: h.status },
    }));
  });
  app.openapi(proposalScreening, async (c) =>
    respond(c, await getProposalScreening(services, c.get('actor'), c.req.valid('param').id), presentProposalScreening),
  );
  app.openapi(alerts, async (c) => {
    const { status } = c.req.valid('query');
    return respond(c, await listScreeningAlerts(services, c.get('actor'), status ? { status } : {}), (items) => ({
      alerts: items.map(presentAlert),
    }));
  });
  app.openapi(acknowledge, async (c) => {
    const input = { alertId: c.req.valid('param').id, note: c.req.valid('json').note };
    return respond(c, await acknowledgeAlert(services, c.get('actor'), input), (alert) => ({
      alert: presentAlert(alert),
    }));
  });
};
