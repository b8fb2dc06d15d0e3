import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AdjudicationRecord, HitListItem, ScreenedPartyRecord } from '../../../db/repos/screening.repo.ts';
import { adjudicateHit } from '../../../services/screening/adjudicate-hit.ts';
import {
  getProposalScreening,
  getScreeningHit,
  listScreeningAlerts,
  listScreeningHits,
} from '../../../services/screening/read-screening.ts';
import { screenNames } from '../../../services/screening/screen-names.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { errorResponses, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import { IdParamSchema } from '../../schemas.ts';
import { unauthenticated } from '../../session.ts';

export const MAX_SCREEN_BATCH = 1000;

const StatusSchema = z.enum(['open', 'true_match', 'false_positive']);

const NameHitSchema = z.object({
  list: z.string(),
  listSource: z.string(),
  source: z.string(),
  entryId: z.string(),
  name: z.string(),
  matchedName: z.string(),
  score: z.number(),
  explanation: z.string(),
});

const PartySchema = z.object({
  id: z.string(),
  proposalId: z.string().nullable(),
  kind: z.string(),
  name: z.string(),
  type: z.string(),
  country: z.string().nullable(),
  companyId: z.string().nullable(),
});

const AdjudicationSchema = z.object({
  id: z.string(),
  decision: StatusSchema,
  reason: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string(),
  reusedFrom: z.string().nullable(),
});

const HitSchema = z.object({
  id: z.string(),
  party: PartySchema,
  listSource: z.string(),
  listVersionId: z.string(),
  entryId: z.string(),
  entryFingerprint: z.string(),
  score: z.number(),
  matchedName: z.string(),
  explanation: z.unknown(),
  status: StatusSchema,
  reusedFrom: z.string().nullable(),
  createdAt: z.string(),
});

const presentParty = (p: ScreenedPartyRecord) => ({
  id: p.id,
  proposalId: p.proposalId,
  kind: p.kind,
  name: p.name,
  type: p.type,
  country: p.country,
  companyId: p.companyId,
});
const presentAdjudication = (a: AdjudicationRecord) => ({
  id: a.id,
  decision: a.decision,
  reason: a.reason,
  decidedBy: a.decidedBy,
  decidedAt: a.decidedAt.toISOString(),
  reusedFrom: a.reusedFrom,
});
const presentHit = (h: HitListItem) => ({
  id: h.id,
  party: presentParty(h.party),
  listSource: h.listSource,
  listVersionId: h.listVersionId,
  entryId: h.entryId,
  entryFingerprint: h.entryFingerprint,
  score: h.score,
  matchedName: h.matchedName,
  explanation: h.explanation,
  status: h.status,
  reusedFrom: h.reusedFrom,
  createdAt: h.createdAt.toISOString(),
});

const screen = createRoute({
  method: 'post',
  path: '/api/v1/screen',
  tags: ['screening'],
  summary: `Screen up to ${MAX_SCREEN_BATCH} names against every current list version (government roles)`,
  request: jsonBody(
    z.object({
      names: z
        .array(
          z.object({
            name: z.string().trim().min(1, 'a name is required').max(500),
            type: z.enum(['person', 'company', 'vessel', 'aircraft', 'unknown']).optional(),
            country: z
              .string()
              .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code')
              .optional(),
          }),
        )
        .min(1, 'give at least one name')
        .max(MAX_SCREEN_BATCH, `at most ${MAX_SCREEN_BATCH} names per request; split the batch`),
    }),
  ),
  responses: {
    200: jsonContent(
      z.object({
        results: z.array(z.object({ query: z.string(), hits: z.array(NameHitSchema) })),
        lists: z.array(
          z.object({
            id: z.string(),
            source: z.string(),
            asOf: z.string(),
            contentHash: z.string(),
            entryCount: z.number(),
          }),
        ),
      }),
      'Hits per name, best first, and the list versions used',
    ),
    ...errorResponses,
  },
});

const hits = createRoute({
  method: 'get',
  path: '/api/v1/screening/hits',
  tags: ['screening'],
  summary: 'Screening hits, newest first (compliance officers, admins)',
  request: { query: z.object({ status: StatusSchema.optional() }) },
  responses: { 200: jsonContent(z.object({ hits: z.array(HitSchema) }), 'Hits'), ...errorResponses },
});

const hit = createRoute({
  method: 'get',
  path: '/api/v1/screening/hits/{id}',
  tags: ['screening'],
  summary: 'One hit: the party and the full list entry side by side, and its decisions',
  request: { params: IdParamSchema },
  responses: {
    200: jsonContent(
      z.object({
        hit: HitSchema,
        party: PartySchema,
        entry: z.record(z.string(), z.unknown()).nullable(),
        adjudications: z.array(AdjudicationSchema),
      }),
      'The hit',
    ),
    ...errorResponses,
  },
});

const adjudicate = createRoute({
  method: 'post',
  path: '/api/v1/screening/hits/{id}/adjudicate',
  tags: ['screening'],
  summary: 'Decide a hit: true match or false positive, with a reason (compliance officers)',
  request: {
    params: IdParamSchema,
    ...jsonBody(
      z.object({
        decision: z.enum(['true_match', 'false_positive']),
        reason: z.string().trim().min(1, 'give a reason').max(4000),
      }),
    ),
  },
  responses: {
    200: jsonContent(z.object({ hit: z.object({ id: z.string(), status: StatusSchema }) }), 'Decided'),
    ...errorResponses,
  },
});

const proposalScreening = createRoute({
  method: 'get',
  path: '/api/v1/proposals/{id}/screening',
  tags: ['screening'],
  summary: "A proposal's screened parties and hits (applicants: statuses only, never the reasons)",
  request: { params: IdParamSchema },
  responses: {
    200: jsonContent(
      z.object({
        parties: z.array(PartySchema),
        hits: z.array(
          z.object({
            id: z.string(),
            partyId: z.string(),
            listSource: z.string(),
            entryId: z.string(),
            matchedName: z.string(),
            score: z.number(),
            status: StatusSchema,
            adjudications: z.array(AdjudicationSchema).optional(),
          }),
        ),
      }),
      'Parties and hits',
    ),
    ...errorResponses,
  },
});

const alerts = createRoute({
  method: 'get',
  path: '/api/v1/alerts',
  tags: ['screening'],
  summary: 'Alerts: new hits on designated proposals from delta re-screening (compliance officers, admins)',
  responses: {
    200: jsonContent(
      z.object({
        alerts: z.array(
          z.object({
            id: z.string(),
            hitId: z.string(),
            proposalId: z.string().nullable(),
            createdAt: z.string(),
            acknowledgedAt: z.string().nullable(),
          }),
        ),
      }),
      'Alerts, newest first',
    ),
    ...errorResponses,
  },
});

export const registerScreeningRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const services = deps.services;
  app.openapi(screen, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const names = c.req.valid('json').names.map((n) => ({ ...n, country: n.country?.toUpperCase() }));
    return respond(c, await screenNames(services, actor, names), (value) => value);
  });
  app.openapi(hits, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const { status } = c.req.valid('query');
    return respond(c, await listScreeningHits(services, actor, status ? { status } : {}), (items) => ({
      hits: items.map(presentHit),
    }));
  });
  app.openapi(hit, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(c, await getScreeningHit(services, actor, c.req.valid('param').id), (detail) => ({
      hit: presentHit(detail.hit),
      party: presentParty(detail.party),
      entry: detail.entry,
      adjudications: detail.adjudications.map(presentAdjudication),
    }));
  });
  app.openapi(adjudicate, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const input = { hitId: c.req.valid('param').id, ...c.req.valid('json') };
    return respond(c, await adjudicateHit(services, actor, input), (h) => ({ hit: { id: h.id, status: h.status } }));
  });
  app.openapi(proposalScreening, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(c, await getProposalScreening(services, actor, c.req.valid('param').id), (value) => ({
      parties: value.parties.map(presentParty),
      hits: value.hits.map((h) => ({
        ...h,
        ...(h.adjudications ? { adjudications: h.adjudications.map(presentAdjudication) } : {}),
      })),
    }));
  });
  app.openapi(alerts, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(c, await listScreeningAlerts(services, actor), (items) => ({
      alerts: items.map((a) => ({
        id: a.id,
        hitId: a.hitId,
        proposalId: a.proposalId,
        createdAt: a.createdAt.toISOString(),
        acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
      })),
    }));
  });
};
