/** Shared set-up of the browser tests: Debian's Chromium through playwright-core, and a fresh build of the web UI. */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or false when they can. */
export const skipReason = (): string | false =>
  existsSync(CHROMIUM_PATH)
    ? false
    : `no Chromium at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`;

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

const webSource = fileURLToPath(new URL('../../src/web', import.meta.url));
const webIndex = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url));

const newestChange = (dir: string): number =>
  readdirSync(dir).reduce((newest, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return Math.max(newest, stat.isDirectory() ? newestChange(path) : stat.mtimeMs);
  }, 0);

const distDir = fileURLToPath(new URL('../../dist', import.meta.url));
const buildLock = join(distDir, '.web-build.lock');

const isFresh = () => existsSync(webIndex) && statSync(webIndex).mtimeMs >= newestChange(webSource);

/** Test files run in parallel: one builds while the others wait for it (a lock directory, stale after 2 minutes). */
const withBuildLock = async (work: () => Promise<void>): Promise<void> => {
  mkdirSync(distDir, { recursive: true });
  for (;;) {
    try {
      mkdirSync(buildLock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - (statSync(buildLock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 120_000)
        rmSync(buildLock, { recursive: true, force: true });
      await delay(200);
    }
  }
  try {
    await work();
  } finally {
    rmSync(buildLock, { recursive: true, force: true });
  }
};

/** Builds dist/web when it is missing or older than src/web, so the journeys run against the current UI. */
export const ensureWebBuilt = async (): Promise<void> => {
  if (isFresh()) return;
  await withBuildLock(async () => {
    if (isFresh()) return;
    const { build } = await import('vite');
    await build({ configFile: join(webSource, 'vite.config.ts'), logLevel: 'error' });
  });
};

/**
 * One browser journey's set-up: a fresh web build, a demo server, Chromium and a page of 1366×900 that waits 10 s.
 * The server's Content-Security-Policy forbids inline scripts and axe is injected as one, so journeys that run axe
 * bypass it; `enforceCsp` keeps it for a journey that checks the pages under the real policy.
 */
export const openBrowserPage = async (
  options: { enforceCsp?: boolean } = {},
): Promise<{ server: TestServer; browser: Browser; page: Page }> => {
  await ensureWebBuilt();
  const server = await startTestServer();
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, bypassCSP: !options.enforceCsp });
  page.setDefaultTimeout(10_000);
  return { server, browser, page };
};
