import type { Result } from '../core/kernel/result.ts';
import type { SeedReport } from '../services/demo/seed-demo.ts';
import type { ServiceDeps } from '../services/service-deps.ts';

/** Settings given on the command line, over the environment's (e.g. `--port` → PORT). */
export type SettingOverrides = Record<string, string | undefined>;

/** The configured database, open and migrated, with the real clock, ids and hashes of the process on it. */
export type CliDatabase = {
  services: ServiceDeps;
  /** where the data lives, for messages: "embedded PostgreSQL (PGlite) in …" or "PostgreSQL at …" */
  description: string;
  /** the migrations applied on opening */
  applied: string[];
  close: () => Promise<void>;
};

/** The API and web server of `aiexports serve`, running. */
export type CliServer = { url: string; seed: SeedReport | null; close: () => Promise<void> };

/**
 * What commands need from the process: built by the composition root (src/main/cli.ts) and passed in, so
 * commands read no settings, open no database and start no server by themselves. Settings come from the
 * environment of the CliIo; a bad setting is an `invalid_input` error listing every problem.
 */
export type CliRuntime = {
  /** the platform's version (package.json) */
  version: string;
  /** the current time */
  clock: () => Date;
  /** SHA-256 of a UTF-8 text, as hex */
  sha256: (text: string) => string;
  /** Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite) and migrates it. */
  openDatabase: (overrides?: SettingOverrides) => Promise<Result<CliDatabase>>;
  /** Opens the database and serves the API and the web UI on it (seeding demo data when the settings say so). */
  startServer: (overrides?: SettingOverrides) => Promise<Result<{ database: CliDatabase; server: CliServer }>>;
  /** Resolves when the process is asked to stop (SIGINT or SIGTERM). */
  untilStopped: () => Promise<void>;
};
