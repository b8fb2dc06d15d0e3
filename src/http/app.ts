import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { appError } from '../core/kernel/errors.ts';
import type { AppEnv, HttpDeps } from './app-env.ts';
import { frameworkError, sendError } from './errors.ts';
import { cacheControl, requestEdges } from './request-edges.ts';
import { registerAuditRoutes } from './routes/audit/audit.routes.ts';
import { registerAccountRoutes } from './routes/auth/account.routes.ts';
import { registerAuthRoutes } from './routes/auth/auth.routes.ts';
import { registerCallRoutes } from './routes/calls/calls.routes.ts';
import { registerCatalogRoutes } from './routes/catalog/catalog.routes.ts';
import { registerCompanyRoutes } from './routes/companies/companies.routes.ts';
import { registerConsortiumRoutes } from './routes/consortia/consortia.routes.ts';
import { registerInvitationRoutes } from './routes/consortia/invitations.routes.ts';
import { registerDecisionRoutes } from './routes/decisions/decisions.routes.ts';
import { registerFindingsRoutes } from './routes/eligibility/findings.routes.ts';
import { registerExportControlRoutes } from './routes/export-control/export-control.routes.ts';
import { registerFinancingRoutes } from './routes/financing/financing.routes.ts';
import { registerJobRoutes } from './routes/jobs/jobs.routes.ts';
import { registerNotificationRoutes } from './routes/notifications/notifications.routes.ts';
import { registerProposalRecordRoutes } from './routes/proposals/proposal-records.routes.ts';
import { registerProposalRoutes } from './routes/proposals/proposals.routes.ts';
import { registerReviewRoutes } from './routes/review/review.routes.ts';
import { registerReviewRoutes as registerReviewScoringRoutes } from './routes/reviews/reviews.routes.ts';
import { registerListRoutes } from './routes/screening/lists.routes.ts';
import { registerScreeningRoutes } from './routes/screening/screening.routes.ts';
import { registerProgramSettingsRoutes } from './routes/settings/program-settings.routes.ts';
import { registerUserRoutes } from './routes/users/users.routes.ts';
import { sessionMiddleware } from './session.ts';
import { createStaticFiles } from './static-files.ts';

/** Builds the HTTP application from its dependencies: the API under /api, the web UI at /. */
export const createApp = (deps: HttpDeps): OpenAPIHono<AppEnv> => {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const details = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      const message = `Invalid input: ${details
        .slice(0, 3)
        .map((d) => (d.path ? `${d.path}: ${d.message}` : d.message))
        .join('; ')}${details.length > 3 ? ` (and ${details.length - 3} more)` : ''}`;
      return sendError(c, appError('invalid_input', message, details));
    },
  });

  app.use('*', async (c, next) => {
    c.set('requestId', c.req.header('x-request-id')?.slice(0, 64) || randomUUID());
    const started = performance.now();
    await next();
    c.header('x-request-id', c.get('requestId'));
    if (c.req.path.startsWith('/api/')) {
      deps.logger.info(
        {
          requestId: c.get('requestId'),
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    }
  });
  app.use('*', cacheControl());
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    }),
  );
  app.use('/api/*', sessionMiddleware(deps));
  app.use('*', requestEdges(deps.bodyLimits));

  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  registerAuthRoutes(app, deps);
  registerAccountRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerCompanyRoutes(app, deps);
  registerConsortiumRoutes(app, deps);
  registerInvitationRoutes(app, deps);
  registerProposalRoutes(app, deps);
  registerProposalRecordRoutes(app, deps);
  registerFindingsRoutes(app, deps);
  registerProgramSettingsRoutes(app, deps);
  registerCatalogRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerScreeningRoutes(app, deps);
  registerListRoutes(app, deps);
  registerFinancingRoutes(app, deps);
  registerJobRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerCallRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerReviewScoringRoutes(app, deps);
  registerDecisionRoutes(app, deps);
  registerExportControlRoutes(app, deps);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'aiexports API',
      version: '1.0.0',
      description:
        'The American AI Exports Program platform. Errors: { error: { code, message, details, requestId } }.',
    },
  });

  app.all('/api/*', (c) => sendError(c, appError('not_found', `No API route ${c.req.method} ${c.req.path}.`)));

  const webRoot = deps.webRoot;
  if (webRoot !== null && existsSync(join(webRoot, 'index.html'))) {
    const files = createStaticFiles(webRoot);
    app.use('/*', files.middleware);
    // a missing hashed asset is a 404, not the page: a stale tab then fails visibly instead of with MIME errors
    app.get('/assets/*', (c) => c.text('Not found', 404));
    // checked per request (size and mtime), so a rebuilt UI is served without a restart
    app.get('*', async (c) => (await files.send(c, '/index.html')) ?? c.text('Not found', 404));
  } else {
    app.get('/', (c) =>
      c.text('aiexports API is running. The web UI is not built: run "npm run build:web". API: /api/openapi.json\n'),
    );
  }

  app.onError((error, c) => {
    const known = frameworkError(error);
    if (known) return sendError(c, known);
    deps.logger.error({ requestId: c.get('requestId'), err: error }, 'unhandled error');
    return sendError(
      c,
      appError('internal_error', `Something went wrong on our side. Quote request id ${c.get('requestId')}.`),
    );
  });
  return app;
};
