import { z } from 'zod';

const ListSourcesSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9:_-]*$/),
  z.object({ url: z.string().url(), format: z.enum(['csl', 'un', 'dpl', 'watchlist']) }),
);

/** The official download addresses of the lists the platform reads. */
export const OFFICIAL_LIST_SOURCES = {
  csl: { url: 'https://data.trade.gov/downloads/consolidated-screening-list/consolidated.csv', format: 'csl' },
  un: { url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml', format: 'un' },
  dpl: { url: 'https://www.bis.doc.gov/dpl/dpl.txt', format: 'dpl' },
} as const;

/** Every setting of the platform, read from the environment once at start. Documented in README.md. */
export const SettingsSchema = z.object({
  /** HTTP port of `aiexports serve` / `npm start` */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** host interface to listen on */
  HOST: z.string().default('0.0.0.0'),
  /** folder of the embedded PostgreSQL (PGlite) database, used when DATABASE_URL is not set */
  AIEXPORTS_DATA_DIR: z.string().min(1).default('./.aiexports-data'),
  /** a PostgreSQL connection string; when set, the platform uses that server instead of the embedded one */
  DATABASE_URL: z.string().url('must be a postgres:// URL').optional(),
  /** seed demo companies, consortia, proposals and one user per role on first start */
  AIEXPORTS_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** the platform's address as users reach it: the start of the one-time links in invitation and reset mails */
  AIEXPORTS_PUBLIC_URL: z.string().url('must be an http(s):// address').default('http://localhost:3000'),
  /** mark the session cookie Secure (set true behind HTTPS) */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** session lifetime in hours */
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /**
   * failed logins allowed per email and client address before back-off starts (30 s, doubling up to 15 minutes);
   * the per-address, per-account and global limits are fixed (docs/security.md)
   */
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(5),
  /**
   * how many proxies in front of the server append the client's address to X-Forwarded-For; 0 (the default)
   * ignores the header and uses the connection's address
   */
  AIEXPORTS_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * where each screening list is refreshed from: JSON {"source": {"url", "format"}}; a refresh is a background
   * job (conditional GET with ETag). Defaults to the official download addresses.
   */
  AIEXPORTS_LIST_SOURCES: z
    .string()
    .default(JSON.stringify(OFFICIAL_LIST_SOURCES))
    .transform((text, ctx) => {
      try {
        return ListSourcesSchema.parse(JSON.parse(text));
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: 'must be JSON {"source": {"url": "https://…", "format": "csl|un|dpl|watchlist"}}',
        });
        return z.NEVER;
      }
    }),
  /** the largest request body accepted, in bytes (all routes but list import); larger gets 413 */
  REQUEST_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  /** the largest body of POST /api/v1/lists/import, in bytes, for signed-in callers who may import lists */
  LIST_IMPORT_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(64 * 1024 * 1024),
  /**
   * the key that signs audit checkpoints (HMAC-SHA256), at least 32 characters; keep it out of the database
   * and its backups. Unset (and no key file): checkpoints are off. No demo key exists by design.
   */
  AIEXPORTS_AUDIT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** a file holding the audit key instead (trailing whitespace ignored); set this or AIEXPORTS_AUDIT_KEY */
  AIEXPORTS_AUDIT_KEY_FILE: z.string().min(1).optional(),
  /** minutes between the server's audit checkpoints (only with a key) */
  AIEXPORTS_AUDIT_CHECKPOINT_MINUTES: z.coerce.number().positive().default(60),
  /** how long an outbound download (a list refresh) may take, headers and body, before it fails the job */
  AIEXPORTS_FETCH_TIMEOUT_SECONDS: z.coerce.number().positive().default(60),
  /**
   * hours between scheduled refreshes of the AIEXPORTS_LIST_SOURCES lists (refresh-list jobs), outside demo mode;
   * 0 turns the schedule off. Unset (the default): the program setting listRefreshHours (default 24), which an
   * admin edits at /admin/lists; set, it overrides that setting. The current lists' age is checked (list_stale
   * alerts) at start and on the schedule.
   */
  AIEXPORTS_LIST_REFRESH_HOURS: z.coerce.number().min(0).optional(),
  /** pino log level */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Settings = z.infer<typeof SettingsSchema>;
