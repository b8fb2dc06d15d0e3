import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import pino from 'pino';
import type { Settings } from '../config/settings.schema.ts';
import type { DatabaseHandle } from '../db/connect.ts';
import { createApp } from '../http/app.ts';
import { createJobHandlers } from '../jobs/job-handlers.ts';
import { startJobWorkers } from '../jobs/job-worker.ts';
import { startPeriodicTask } from '../jobs/periodic-task.ts';
import { purgeExpiredSessions } from '../services/accounts/purge-expired-sessions.ts';
import { type SeedReport, seedDemo } from '../services/demo/seed-demo.ts';
import { nodeServiceDeps } from './service-deps.node.ts';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** How often expired sessions are deleted (and once at start). */
export const SESSION_PURGE_INTERVAL_MS = 15 * 60 * 1000;

export type RunningServer = { url: string; port: number; seed: SeedReport | null; close: () => Promise<void> };

/** Serves the API and the web UI on an open, migrated database; seeds demo data into an empty one when asked. */
export const startServer = async (options: {
  database: DatabaseHandle;
  settings: Settings;
  webRoot?: string | null;
  /**
   * run the background work: one job worker loop per lane (polling every second) and the expired-session purge;
   * default true
   */
  jobWorker?: boolean;
}): Promise<RunningServer> => {
  const { settings, database } = options;
  const services = nodeServiceDeps(database.db, { sessionTtlHours: settings.SESSION_TTL_HOURS });
  const logger = pino({ level: settings.LOG_LEVEL });
  let seed: SeedReport | null = null;
  if (settings.AIEXPORTS_DEMO) {
    const seeded = await seedDemo(services);
    if (!seeded.ok) throw new Error(seeded.error.message);
    seed = seeded.value;
  }
  const app = createApp({
    services,
    logger,
    cookieSecure: settings.COOKIE_SECURE,
    loginRateLimit: settings.LOGIN_RATE_LIMIT,
    listSources: settings.AIEXPORTS_LIST_SOURCES,
    webRoot: options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot,
  });
  const server = serve({ fetch: app.fetch, port: settings.PORT, hostname: settings.HOST });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const worker =
    options.jobWorker === false
      ? null
      : startJobWorkers(
          services,
          createJobHandlers({
            fetch: (url, init) => fetch(url, init),
            listSources: settings.AIEXPORTS_LIST_SOURCES,
            fetchTimeoutMs: settings.AIEXPORTS_FETCH_TIMEOUT_SECONDS * 1000,
          }),
          { onError: (error) => logger.error({ err: error }, 'job worker error') },
        );
  const sessionPurge =
    options.jobWorker === false
      ? null
      : startPeriodicTask(() => purgeExpiredSessions(services), {
          intervalMs: SESSION_PURGE_INTERVAL_MS,
          onError: (error) => logger.error({ err: error }, 'session purge error'),
        });
  const port = (server.address() as AddressInfo).port;
  const host = settings.HOST === '0.0.0.0' ? 'localhost' : settings.HOST;
  return {
    url: `http://${host}:${port}`,
    port,
    seed,
    close: async () => {
      await worker?.stop();
      await sessionPurge?.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
    },
  };
};
