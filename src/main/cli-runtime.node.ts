import { readFileSync } from 'node:fs';
import type { CliDatabase, CliRuntime, SettingOverrides } from '../cli/cli-runtime.ts';
import type { CliIo } from '../cli/command.ts';
import { loadSettings } from '../config/load-settings.ts';
import type { Settings } from '../config/settings.schema.ts';
import { err, ok, type Result } from '../core/kernel/result.ts';
import { resolveAuditKey } from './audit-key.node.ts';
import { describeTarget, openDatabase } from './open-database.ts';
import { startServer } from './server.ts';
import { nodeServiceDeps, sha256Hex } from './service-deps.node.ts';

const version = (): string => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
};

const cliDatabase = (
  handle: Awaited<ReturnType<typeof openDatabase>>,
  settings: Settings,
  auditKey: string | null,
): CliDatabase => ({
  services: nodeServiceDeps(handle.db, { sessionTtlHours: settings.SESSION_TTL_HOURS, auditKey }),
  description: describeTarget(handle),
  applied: handle.applied,
  close: () => handle.close(),
});

/** The runtime of a CLI process: settings from the io's environment, the real clock and database, signals. */
export const nodeCliRuntime = (io: CliIo): CliRuntime => {
  /** the settings, and the audit key they name (read from its file when so configured) */
  const settings = (overrides: SettingOverrides = {}): Result<Settings & { auditKey: string | null }> => {
    const loaded = loadSettings({ ...io.env, ...overrides });
    if (!loaded.ok) return loaded;
    const key = resolveAuditKey(loaded.value, io.cwd);
    return key.ok ? ok({ ...loaded.value, auditKey: key.value }) : err(key.error);
  };
  return {
    version: version(),
    clock: () => new Date(),
    sha256: sha256Hex,
    openDatabase: async (overrides) => {
      const loaded = settings(overrides);
      return loaded.ok
        ? ok(cliDatabase(await openDatabase(loaded.value, io.cwd), loaded.value, loaded.value.auditKey))
        : err(loaded.error);
    },
    startServer: async (overrides) => {
      const loaded = settings(overrides);
      if (!loaded.ok) return err(loaded.error);
      const handle = await openDatabase(loaded.value, io.cwd);
      const server = await startServer({
        database: handle,
        settings: loaded.value,
        auditKey: loaded.value.auditKey,
      }).catch(async (error: unknown) => {
        await handle.close();
        throw error;
      });
      return ok({
        database: cliDatabase(handle, loaded.value, loaded.value.auditKey),
        server: { url: server.url, seed: server.seed, close: server.close },
      });
    },
    untilStopped: () =>
      new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      }),
  };
};
