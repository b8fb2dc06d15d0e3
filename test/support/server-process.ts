/**
 * The real server as a child process (`aiexports serve`, what `npm start` runs once the web UI is built), for the
 * tests and benchmarks that need a process to kill: crash tests (kill -9, restart) and scale-out tests (several
 * instances on one PostgreSQL). Its output is kept in memory, not printed: read `logs()` when a test fails (or set
 * AIEXPORTS_TEST_SERVER_OUTPUT=1 to see it live).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { pollUntil } from './poll-until.ts';

const BIN = fileURLToPath(new URL('../../bin/aiexports.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The most output kept per process (the tail is what explains a failure). */
const MAX_LOG_CHARS = 200_000;
/** How long a clean stop (SIGTERM) may take before the process is killed. */
const STOP_TIMEOUT_MS = 20_000;

export type ServerDatabase = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export type ServerProcessOptions = {
  database: ServerDatabase;
  /** a fixed port; default: a free one chosen by the system at first start and kept on restart */
  port?: number;
  /** seed the demo data into an empty database (default true) */
  demo?: boolean;
  /** more settings (environment variables, see src/config/settings.schema.ts) */
  env?: Record<string, string>;
  /** how long the start may take before it counts as failed (default 90 s: a cold start seeds and builds) */
  startTimeoutMs?: number;
};

export type ServerProcess = {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly port: number;
  /** the pid of the running process (null when stopped) */
  readonly pid: number | null;
  /** the output of every run so far (stdout and stderr, interleaved), newest last */
  logs: () => string;
  /** kill -9, and wait until the process is gone */
  kill: () => Promise<void>;
  /** SIGTERM (a clean stop), and wait until the process has exited */
  stop: () => Promise<void>;
  /** start again with the same settings and port, after kill or stop; waits for /api/health */
  restart: () => Promise<void>;
};

const settingsEnv = (options: ServerProcessOptions, port: number): Record<string, string> => {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    AIEXPORTS_DEMO: options.demo === false ? 'false' : 'true',
    // no network: a list refresh job fails fast instead of reaching the official sites
    AIEXPORTS_LIST_SOURCES: JSON.stringify({
      watchlist: { url: 'http://127.0.0.1:9/watchlist.csv', format: 'watchlist' },
    }),
    // no scheduled refreshes: the jobs a test sees are the ones it caused
    AIEXPORTS_LIST_REFRESH_HOURS: '0',
  };
  if (process.env.TMPDIR) env.TMPDIR = process.env.TMPDIR;
  if (options.database.kind === 'postgres') env.DATABASE_URL = options.database.url;
  else env.AIEXPORTS_DATA_DIR = options.database.dataDir;
  return { ...env, ...options.env };
};

/** Starts `aiexports serve` on 127.0.0.1 and resolves once GET /api/health answers 200. */
export const startServerProcess = async (options: ServerProcessOptions): Promise<ServerProcess> => {
  let log = '';
  let child: ChildProcess | null = null;
  let port = options.port ?? 0;
  let url = '';
  const append = (text: string) => {
    log = (log + text).slice(-MAX_LOG_CHARS);
    if (process.env.AIEXPORTS_TEST_SERVER_OUTPUT === '1') process.stderr.write(text);
  };

  const launch = async (): Promise<void> => {
    append(`\n--- aiexports serve (port ${port || 'any'}) ---\n`);
    const started = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
      cwd: ROOT,
      env: settingsEnv(options, port),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    let exited: string | null = null;
    let announced: string | null = null;
    let stdout = '';
    started.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      append(text);
      stdout += text;
      announced ??= /running at (http:\/\/\S+)/.exec(stdout)?.[1] ?? null;
    });
    started.stderr?.on('data', (chunk: Buffer) => append(chunk.toString('utf8')));
    started.once('exit', (code, signal) => {
      exited = `exited with ${signal ?? `code ${code}`}`;
      append(`--- ${exited} ---\n`);
    });
    const ready = await pollUntil(
      async () => {
        if (exited) return { failed: exited };
        if (!announced) return null;
        const health = await fetch(`${announced}/api/health`).catch(() => null);
        return health?.status === 200 ? { url: announced } : null;
      },
      { timeoutMs: options.startTimeoutMs ?? 90_000, intervalMs: 100 },
    ).catch(() => ({ failed: 'did not answer /api/health in time' }));
    if ('failed' in ready) {
      if (!exited) {
        started.kill('SIGKILL');
        await once(started, 'exit');
      }
      throw new Error(`aiexports serve ${ready.failed}. Its output:\n${log}`);
    }
    url = ready.url;
    port = Number(new URL(url).port);
  };

  const signalAndWait = async (signal: NodeJS.Signals): Promise<void> => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = once(running, 'exit');
    running.kill(signal);
    // a clean stop that hangs (a connection kept open) ends in kill -9 after STOP_TIMEOUT_MS
    const timer = signal === 'SIGKILL' ? null : setTimeout(() => running.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    if (timer) clearTimeout(timer);
  };

  // a test process that ends (or is cancelled) without its after hooks leaves no server behind
  process.once('exit', () => {
    child?.kill('SIGKILL');
  });
  await launch();
  return {
    get url() {
      return url;
    },
    get port() {
      return port;
    },
    get pid() {
      return child?.pid ?? null;
    },
    logs: () => log,
    kill: () => signalAndWait('SIGKILL'),
    stop: () => signalAndWait('SIGTERM'),
    restart: async () => {
      await signalAndWait('SIGKILL');
      await launch();
    },
  };
};

/** For `afterEach`: writes the output of the servers to stderr when the test that just ran failed. */
export const showOutputIfFailed = (context: object, servers: (ServerProcess | undefined)[]): void => {
  if (!('passed' in context) || context.passed !== false) return;
  for (const server of servers) {
    if (server) process.stderr.write(`output of the server at ${server.url}:\n${server.logs()}\n`);
  }
};
