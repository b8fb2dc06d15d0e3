import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import pino from 'pino';
import type { Settings } from '../config/settings.schema.ts';
import { DEFAULT_LOGIN_THROTTLE } from '../core/accounts/login-throttle.ts';
import { effectiveListSchedule } from '../core/screening/lists/list-schedule.ts';
import type { DatabaseHandle } from '../db/connect.ts';
import { createApp } from '../http/app.ts';
import { createJobHandlers } from '../jobs/job-handlers.ts';
import { startJobWorkers } from '../jobs/job-worker.ts';
import { startPeriodicTask } from '../jobs/periodic-task.ts';
import { purgeExpiredSessions } from '../services/accounts/purge-expired-sessions.ts';
import { purgeOldLoginAttempts } from '../services/accounts/purge-old-login-attempts.ts';
import { type SeedReport, seedDemo } from '../services/demo/seed-demo.ts';
import { DEFAULT_LIST_SNAPSHOTS } from '../services/screening/import-list-snapshots.ts';
import { raiseStaleListAlerts } from '../services/screening/raise-stale-list-alerts.ts';
import { scheduleListRefreshes } from '../services/screening/schedule-list-refreshes.ts';
import { programSettingsAt } from '../services/settings/program-settings.ts';
import { startAuditCheckpoints } from './audit-checkpoints.node.ts';
import { nodeServiceDeps } from './service-deps.node.ts';

/** Longer than the idle timeout of common load balancers (60 s) and of Node's fetch (4 s). */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** How often expired sessions and old login attempts are deleted (and once at start). */
export const SESSION_PURGE_INTERVAL_MS = 15 * 60 * 1000;

/** How often the list schedule looks for due refreshes and stale lists (at most; sooner with a shorter schedule). */
export const LIST_SCHEDULE_TICK_MS = 10 * 60 * 1000;

export type RunningServer = { url: string; port: number; seed: SeedReport | null; close: () => Promise<void> };

/** Serves the API and the web UI on an open, migrated database; seeds demo data into an empty one when asked. */
export const startServer = async (options: {
  database: DatabaseHandle;
  settings: Settings;
  webRoot?: string | null;
  /**
   * run the background work: one job worker loop per lane (polling every second), the expired-session purge and
   * the audit checkpoints; default true
   */
  jobWorker?: boolean;
  /** the key that signs audit checkpoints (see audit-key.node.ts); absent or null: checkpoints are off */
  auditKey?: string | null;
  /** the folder of list snapshots the demo seed imports (default data/lists/); null: none */
  listSnapshots?: string | null;
}): Promise<RunningServer> => {
  const { settings, database } = options;
  const auditKey = options.auditKey ?? null;
  const services = nodeServiceDeps(database.db, { sessionTtlHours: settings.SESSION_TTL_HOURS, auditKey });
  const logger = pino({ level: settings.LOG_LEVEL });
  if (auditKey === null) {
    logger.warn('audit checkpoints are off: set AIEXPORTS_AUDIT_KEY or AIEXPORTS_AUDIT_KEY_FILE (see docs/audit.md)');
  }
  let seed: SeedReport | null = null;
  if (settings.AIEXPORTS_DEMO) {
    const listSnapshots = options.listSnapshots === undefined ? DEFAULT_LIST_SNAPSHOTS : options.listSnapshots;
    const seeded = await seedDemo(services, { listSnapshots });
    if (!seeded.ok) throw new Error(seeded.error.message);
    seed = seeded.value;
  }
  const stale = await raiseStaleListAlerts(services);
  if (stale.ok && stale.value.raised.length > 0) logger.warn({ stale: stale.value.raised }, 'stale screening lists');
  const environmentHours = settings.AIEXPORTS_LIST_REFRESH_HOURS ?? null;
  const scheduleConfig = { running: options.jobWorker !== false, demo: settings.AIEXPORTS_DEMO, environmentHours };
  const app = createApp({
    services,
    logger,
    cookieSecure: settings.COOKIE_SECURE,
    loginRateLimit: settings.LOGIN_RATE_LIMIT,
    trustedProxyHops: settings.AIEXPORTS_TRUSTED_PROXY_HOPS,
    listSources: settings.AIEXPORTS_LIST_SOURCES,
    listSchedule: scheduleConfig,
    bodyLimits: {
      defaultBytes: settings.REQUEST_BODY_LIMIT_BYTES,
      listImportBytes: settings.LIST_IMPORT_BODY_LIMIT_BYTES,
    },
    demo: settings.AIEXPORTS_DEMO,
    publicUrl: settings.AIEXPORTS_PUBLIC_URL,
    webRoot: options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot,
  });
  const server = serve({ fetch: app.fetch, port: settings.PORT, hostname: settings.HOST });
  // Idle keep-alive connections are closed by the client or the load balancer (idle timeouts of 4–60 s), never
  // by the server first: a server closing a connection as the client reuses it resets that request.
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  }
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
      : startPeriodicTask(
          async () => {
            await purgeExpiredSessions(services);
            await purgeOldLoginAttempts(services, DEFAULT_LOGIN_THROTTLE);
          },
          {
            intervalMs: SESSION_PURGE_INTERVAL_MS,
            onError: (error) => logger.error({ err: error }, 'session purge error'),
          },
        );
  const listSchedule =
    options.jobWorker === false
      ? null
      : startPeriodicTask(
          async () => {
            // the interval in force is read on every tick: an admin's new settings version applies within a tick
            const { settings: program } = await programSettingsAt(services.db, services.clock());
            const schedule = effectiveListSchedule({ ...scheduleConfig, settingHours: program.listRefreshHours });
            if (schedule.refreshHours > 0) {
              const disabled = new Set(program.disabledListSources);
              const sources = Object.keys(settings.AIEXPORTS_LIST_SOURCES).filter((source) => !disabled.has(source));
              await scheduleListRefreshes(services, { sources, intervalHours: schedule.refreshHours });
            }
            await raiseStaleListAlerts(services);
          },
          {
            intervalMs:
              environmentHours !== null && environmentHours > 0
                ? Math.min(LIST_SCHEDULE_TICK_MS, environmentHours * 3_600_000)
                : LIST_SCHEDULE_TICK_MS,
            onError: (error) => logger.error({ err: error }, 'list schedule error'),
          },
        );
  const auditCheckpoints =
    options.jobWorker === false || auditKey === null
      ? null
      : startAuditCheckpoints(services, logger, settings.AIEXPORTS_AUDIT_CHECKPOINT_MINUTES);
  const port = (server.address() as AddressInfo).port;
  const host = settings.HOST === '0.0.0.0' ? 'localhost' : settings.HOST;
  return {
    url: `http://${host}:${port}`,
    port,
    seed,
    close: async () => {
      await worker?.stop();
      await sessionPurge?.stop();
      await listSchedule?.stop();
      await auditCheckpoints?.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
    },
  };
};
