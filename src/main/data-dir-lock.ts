import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appError } from '../core/kernel/errors.ts';
import { err, ok, type Result } from '../core/kernel/result.ts';

/** The file in the PGlite data folder that says which process writes to it. */
export const LOCK_FILE = 'aiexports.lock';

/** Who holds the lock: the server (`aiexports serve`) or a CLI command. */
export type LockRole = 'server' | 'cli';
export type LockHolder = { pid: number; role: LockRole; since: string; token: string };

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readHolder = (path: string): LockHolder | null => {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || (parsed.role !== 'server' && parsed.role !== 'cli')) return null;
    return { pid: parsed.pid, role: parsed.role, since: String(parsed.since ?? ''), token: String(parsed.token ?? '') };
  } catch {
    return null;
  }
};

const inUse = (holder: LockHolder, path: string, wanted: LockRole) =>
  err(
    appError(
      'database_in_use',
      holder.role === 'server' && wanted === 'server'
        ? `a server is already running on this data folder (pid ${holder.pid}, holding ${path} since ${holder.since}): use it, or stop it first`
        : holder.role === 'server'
          ? `the server is running: import through the API, or stop it (the server, pid ${holder.pid}, holds ${path} since ${holder.since}; the embedded database takes one process at a time)`
          : `another aiexports command (pid ${holder.pid}) is writing to the embedded database (${path} since ${holder.since}): wait for it to finish`,
      { lockFile: path, pid: holder.pid, role: holder.role, since: holder.since },
    ),
  );

/**
 * Takes the lock of a PGlite data folder: `<dataDir>/aiexports.lock`, created exclusively, holding the pid, the
 * role and the time. A lock whose process is alive (this one included) refuses with `database_in_use`; a lock
 * whose process is dead (or an unreadable one) is stale and taken over. `release` removes the file if it is
 * still ours. PGlite is one process's database: two writers corrupt it.
 */
export const acquireDataDirLock = (
  dataDir: string,
  role: LockRole,
  now: Date = new Date(),
): Result<{ path: string; release: () => void }> => {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, role, since: now.toISOString(), token: randomUUID() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, `${JSON.stringify(holder)}\n`, { flag: 'wx' });
      const release = () => {
        if (readHolder(path)?.token !== holder.token) return;
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      };
      return ok({ path, release });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readHolder(path);
    if (current !== null && isAlive(current.pid)) return inUse(current, path, role);
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const current = readHolder(path);
  return current === null
    ? err(appError('database_in_use', `${path} keeps being taken by another process`, { lockFile: path }))
    : inUse(current, path, role);
};
