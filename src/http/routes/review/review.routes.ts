import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { assignReviewers } from '../../../services/review/assign-reviewers.ts';
import {
  publishProposalAssignments,
  removeAssignment,
  waiveConflict,
} from '../../../services/review/change-assignment.ts';
import { listReviewerProfiles } from '../../../services/review/list-reviewer-profiles.ts';
import { certifyAssignment, listMyAssignments } from '../../../services/review/my-assignments.ts';
import { getMyReviewerProfile, saveMyReviewerProfile } from '../../../services/review/my-reviewer-profile.ts';
import { getProposalReviewPanel } from '../../../services/review/proposal-review-panel.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import {
  AssignRequestSchema,
  CertifyRequestSchema,
  MyAssignmentSchema,
  MyAssignmentsSchema,
  ProposalIdParamSchema,
  PublishResponseSchema,
  RecuseRequestSchema,
  ReviewerListSchema,
  ReviewerParamSchema,
  ReviewerProfileRequestSchema,
  ReviewerProfileSchema,
  ReviewPanelSchema,
  WaiverRequestSchema,
} from './review.schemas.ts';

const myProfile = createRoute({
  ...guard('reviewer.profile.own'),
  method: 'get',
  path: '/api/v1/reviewer-profile',
  tags: ['review'],
  summary: 'My reviewer profile: agency, expertise tags, capacity, declared affiliations (reviewers)',
  responses: { 200: jsonContent(ReviewerProfileSchema, 'My profile'), ...errorResponses },
});
const saveProfile = createRoute({
  ...guard('reviewer.profile.own'),
  method: 'put',
  path: '/api/v1/reviewer-profile',
  tags: ['review'],
  summary: 'Save my reviewer profile; the affiliations given replace those declared (reviewers)',
  request: jsonBody(ReviewerProfileRequestSchema),
  responses: { 200: jsonContent(ReviewerProfileSchema, 'The saved profile'), ...errorResponses },
});
const reviewers = createRoute({
  ...guard('reviewers.read'),
  method: 'get',
  path: '/api/v1/reviewers',
  tags: ['review'],
  summary: 'Every reviewer: agency, expertise, capacity and load, affiliations (program officers)',
  responses: { 200: jsonContent(ReviewerListSchema, 'Reviewers by name'), ...errorResponses },
});
const panel = createRoute({
  ...guard('review.assign'),
  method: 'get',
  path: '/api/v1/proposals/{id}/review-assignments',
  tags: ['review'],
  summary: "A proposal's reviewers panel: every reviewer with its conflicts of interest and assignment",
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ReviewPanelSchema, 'The panel'), ...errorResponses },
});
const assign = createRoute({
  ...guard('review.assign'),
  method: 'post',
  path: '/api/v1/proposals/{id}/review-assignments',
  tags: ['review'],
  summary: 'Assign a reviewer (unpublished); a conflicted pair is 409 conflict_of_interest unless waived with a reason',
  request: { params: IdParamSchema, ...jsonBody(AssignRequestSchema) },
  responses: { 200: jsonContent(ReviewPanelSchema, 'The panel after the assignment'), ...errorResponses },
});
const unassign = createRoute({
  ...guard('review.assign'),
  method: 'delete',
  path: '/api/v1/proposals/{id}/review-assignments/{reviewerId}',
  tags: ['review'],
  summary: 'Remove a reviewer from a proposal; their access to it ends at once',
  request: { params: ReviewerParamSchema },
  responses: { 200: jsonContent(ReviewPanelSchema, 'The panel after the removal'), ...errorResponses },
});
const waive = createRoute({
  ...guard('review.conflict.waive'),
  method: 'post',
  path: '/api/v1/proposals/{id}/review-assignments/{reviewerId}/waiver',
  tags: ['review'],
  summary: "Waive an assigned pair's computed conflict of interest, with a written reason",
  request: { params: ReviewerParamSchema, ...jsonBody(WaiverRequestSchema) },
  responses: { 200: jsonContent(ReviewPanelSchema, 'The panel after the waiver'), ...errorResponses },
});
const publish = createRoute({
  ...guard('review.assign'),
  method: 'post',
  path: '/api/v1/proposals/{id}/review-assignments/publish',
  tags: ['review'],
  summary: "Publish the proposal's unpublished assignments; each reviewer is notified in the app",
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(PublishResponseSchema, 'The panel, and who was published to'), ...errorResponses },
});
const mine = createRoute({
  ...guard('review.assignments.own'),
  method: 'get',
  path: '/api/v1/assignments',
  tags: ['review'],
  summary: 'My published review assignments, with the parties to judge conflicts by (reviewers)',
  responses: { 200: jsonContent(MyAssignmentsSchema, 'My assignments, newest first'), ...errorResponses },
});
const certify = createRoute({
  ...guard('review.assignments.own'),
  method: 'post',
  path: '/api/v1/assignments/{proposalId}/certify',
  tags: ['review'],
  summary: 'Certify no conflict of interest (409 conflict_of_interest while a computed one stands unwaived)',
  request: { params: ProposalIdParamSchema, ...jsonBody(CertifyRequestSchema) },
  responses: { 200: jsonContent(MyAssignmentSchema, 'The certified assignment'), ...errorResponses },
});
const recuse = createRoute({
  ...guard('review.assignments.own'),
  method: 'post',
  path: '/api/v1/assignments/{proposalId}/recuse',
  tags: ['review'],
  summary: 'Declare a conflict of interest and recuse, with a reason',
  request: { params: ProposalIdParamSchema, ...jsonBody(RecuseRequestSchema) },
  responses: { 200: jsonContent(MyAssignmentSchema, 'The recused assignment'), ...errorResponses },
});

const same = <T>(value: T): T => value;

export const registerReviewRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const s = deps.services;
  app.openapi(myProfile, async (c) => respond(c, await getMyReviewerProfile(s, c.get('actor')), same));
  app.openapi(saveProfile, async (c) =>
    respond(c, await saveMyReviewerProfile(s, c.get('actor'), c.req.valid('json')), same),
  );
  app.openapi(reviewers, async (c) =>
    respond(c, await listReviewerProfiles(s, c.get('actor')), (list) => ({ reviewers: list })),
  );
  app.openapi(panel, async (c) =>
    respond(c, await getProposalReviewPanel(s, c.get('actor'), c.req.valid('param').id), same),
  );
  app.openapi(publish, async (c) =>
    respond(c, await publishProposalAssignments(s, c.get('actor'), c.req.valid('param').id), same),
  );
  app.openapi(assign, async (c) => {
    const body = c.req.valid('json');
    const result = await assignReviewers(s, c.get('actor'), {
      proposalId: c.req.valid('param').id,
      assignments: [{ reviewerId: body.reviewerId, source: 'manual', waiverReason: body.waiverReason }],
    });
    return respond(c, result, same);
  });
  app.openapi(unassign, async (c) => {
    const { id, reviewerId } = c.req.valid('param');
    return respond(c, await removeAssignment(s, c.get('actor'), { proposalId: id, reviewerId }), same);
  });
  app.openapi(waive, async (c) => {
    const { id, reviewerId } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    return respond(c, await waiveConflict(s, c.get('actor'), { proposalId: id, reviewerId, reason }), same);
  });
  app.openapi(mine, async (c) =>
    respond(c, await listMyAssignments(s, c.get('actor')), (assignments) => ({ assignments })),
  );
  app.openapi(certify, async (c) =>
    respond(
      c,
      await certifyAssignment(s, c.get('actor'), { proposalId: c.req.valid('param').proposalId, decision: 'certify' }),
      same,
    ),
  );
  app.openapi(recuse, async (c) =>
    respond(
      c,
      await certifyAssignment(s, c.get('actor'), {
        proposalId: c.req.valid('param').proposalId,
        decision: 'recuse',
        reason: c.req.valid('json').reason,
      }),
      same,
    ),
  );
};
