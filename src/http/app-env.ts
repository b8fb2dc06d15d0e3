import type { Logger } from 'pino';
import type { Actor } from '../core/accounts/roles.ts';
import type { ResolvedSession } from '../services/accounts/resolve-session.ts';
import type { ServiceDeps } from '../services/service-deps.ts';
import type { ListScheduleConfig } from '../services/settings/list-sources.ts';

/** What the HTTP layer is built from: no globals. */
export type HttpDeps = {
  services: ServiceDeps;
  logger: Logger;
  cookieSecure: boolean;
  /** failed logins per account and address before back-off (LOGIN_RATE_LIMIT; the other limits are fixed) */
  loginRateLimit: number;
  /** proxies in front of the server that append to X-Forwarded-For (AIEXPORTS_TRUSTED_PROXY_HOPS); default 0 */
  trustedProxyHops?: number;
  /** sources whose lists can be refreshed from a URL (AIEXPORTS_LIST_SOURCES) */
  listSources: Readonly<Record<string, { url: string; format: string }>>;
  /**
   * how this process runs the list schedule: at all (absent: not, as in tests), in demo mode (off), and
   * AIEXPORTS_LIST_REFRESH_HOURS when set (overrides the program setting listRefreshHours)
   */
  listSchedule?: ListScheduleConfig;
  /** the largest request bodies accepted, in bytes (REQUEST_BODY_LIMIT_BYTES, LIST_IMPORT_BODY_LIMIT_BYTES) */
  bodyLimits: { defaultBytes: number; listImportBytes: number };
  /** demo mode (AIEXPORTS_DEMO): admins may read the mail outbox through the API */
  demo?: boolean;
  /** the platform's address as users reach it, for links in mails (AIEXPORTS_PUBLIC_URL) */
  publicUrl?: string;
  /** folder of the built web UI; null serves the API only */
  webRoot: string | null;
};

export type AppEnv = {
  Variables: {
    requestId: string;
    session: ResolvedSession | null;
    actor: Actor | null;
  };
};
