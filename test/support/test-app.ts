import { randomBytes, randomUUID } from 'node:crypto';
import pino from 'pino';
import { sha256Hex } from '../../src/core/kernel/sha256.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { createApp } from '../../src/http/app.ts';
import type { HttpDeps } from '../../src/http/app-env.ts';
import { argon2Passwords } from '../../src/main/service-deps.node.ts';
import { CatalogCache } from '../../src/services/catalog/catalog-cache.ts';
import { ScreeningIndexCache } from '../../src/services/screening/screening-index-cache.ts';
import type { ServiceDeps } from '../../src/services/service-deps.ts';
import { type ApiClient, apiClient } from './api-client.ts';

/** Where a test request comes from: the socket's peer address, and an X-Forwarded-For header if any. */
export type ClientOrigin = { socket?: string; forwardedFor?: string };

/** The socket address of test requests that name none. */
export const TEST_SOCKET_ADDRESS = '192.0.2.10';

export type TestApp = {
  deps: ServiceDeps;
  /** a new cookie-keeping client; its requests come from `from` (default: TEST_SOCKET_ADDRESS, no header) */
  client: (from?: ClientOrigin) => ApiClient;
  now: { value: Date };
  /** the app's fetch, as a request from `from` */
  fetchFrom: (from?: ClientOrigin) => (request: Request) => Promise<Response>;
  app: { fetch: (request: Request) => Response | Promise<Response> };
};

/**
 * The real app on an empty test database; the clock is settable, and each client says which address it comes
 * from. Tests build the world they need with the builders of test/builders. Two test apps over one database
 * are two instances of the platform.
 */
export const buildTestApp = async (
  database: DatabaseHandle,
  options: {
    loginRateLimit?: number;
    auditKey?: string;
    trustedProxyHops?: number;
    bodyLimits?: HttpDeps['bodyLimits'];
    /** demo mode: admins may read the mail outbox (default false) */
    demo?: boolean;
    /** a folder with index.html (and assets/) to serve as the web UI; default none */
    webRoot?: string;
    /** how the process runs the list schedule (default: none, as a process without the background work) */
    listSchedule?: HttpDeps['listSchedule'];
    /** the sources refreshed from a URL; default one watchlist at an unreachable address */
    listSources?: HttpDeps['listSources'];
  } = {},
): Promise<TestApp> => {
  const now = { value: new Date('2026-11-28T12:00:00Z') };
  const deps: ServiceDeps = {
    db: database.db,
    clock: () => now.value,
    newId: () => randomUUID(),
    randomToken: () => randomBytes(24).toString('base64url'),
    sha256: sha256Hex,
    passwords: argon2Passwords,
    sessionTtlHours: 12,
    screeningCache: new ScreeningIndexCache(),
    catalogCache: new CatalogCache(),
    auditKey: options.auditKey ?? null,
  };
  const app = createApp({
    services: deps,
    logger: pino({ level: 'silent' }),
    cookieSecure: false,
    loginRateLimit: options.loginRateLimit ?? 50,
    trustedProxyHops: options.trustedProxyHops ?? 0,
    listSources: options.listSources ?? { watchlist: { url: 'http://127.0.0.1:9/watchlist.csv', format: 'watchlist' } },
    bodyLimits: options.bodyLimits ?? { defaultBytes: 1024 * 1024, listImportBytes: 64 * 1024 * 1024 },
    demo: options.demo ?? false,
    publicUrl: 'http://test.local',
    webRoot: options.webRoot ?? null,
    ...(options.listSchedule ? { listSchedule: options.listSchedule } : {}),
  });
  // the Node server's bindings, as @hono/node-server passes them: getConnInfo reads the socket's peer from them
  const fetchFrom =
    (from: ClientOrigin = {}) =>
    async (request: Request): Promise<Response> => {
      const headers = new Headers(request.headers);
      if (from.forwardedFor !== undefined) headers.set('x-forwarded-for', from.forwardedFor);
      const bindings = { incoming: { socket: { remoteAddress: from.socket ?? TEST_SOCKET_ADDRESS } } };
      return app.fetch(new Request(request, { headers }), bindings);
    };
  return { deps, now, fetchFrom, app: { fetch: fetchFrom() }, client: (from) => apiClient(fetchFrom(from)) };
};
