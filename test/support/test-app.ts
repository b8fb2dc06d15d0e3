import { randomBytes, randomUUID } from 'node:crypto';
import pino from 'pino';
import { sha256Hex } from '../../src/core/kernel/sha256.ts';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { createApp } from '../../src/http/app.ts';
import { argon2Passwords } from '../../src/main/service-deps.node.ts';
import { CatalogCache } from '../../src/services/catalog/catalog-cache.ts';
import { ScreeningIndexCache } from '../../src/services/screening/screening-index-cache.ts';
import type { ServiceDeps } from '../../src/services/service-deps.ts';
import { type ApiClient, apiClient } from './api-client.ts';

export type TestApp = {
  deps: ServiceDeps;
  client: () => ApiClient;
  now: { value: Date };
  app: { fetch: (request: Request) => Response | Promise<Response> };
};

/**
 * The real app on an empty test database; the clock is settable. Tests build the world they need with the
 * builders of test/builders.
 */
export const buildTestApp = async (
  database: DatabaseHandle,
  options: { loginRateLimit?: number } = {},
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
  };
  const app = createApp({
    services: deps,
    logger: pino({ level: 'silent' }),
    cookieSecure: false,
    loginRateLimit: options.loginRateLimit ?? 50,
    listSources: { watchlist: { url: 'http://127.0.0.1:9/watchlist.csv', format: 'watchlist' } },
    webRoot: null,
  });
  return { deps, now, app, client: () => apiClient(async (request) => app.fetch(request)) };
};
