import { z } from 'zod';

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
  /** mark the session cookie Secure (set true behind HTTPS) */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** session lifetime in hours */
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** login attempts allowed per email and address in 15 minutes */
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  /** pino log level */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Settings = z.infer<typeof SettingsSchema>;
