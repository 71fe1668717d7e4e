import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `fn` while holding an exclusive SQLite lock on a guard file. Taking
 * over a stale lock file is read, check, unlink, create: two daemons started
 * together after a crash could interleave those steps and both end up
 * "holding" the lock. The guard serializes them, and since SQLite's locks are
 * the OS's (fcntl), a holder that dies mid-way releases it with its process.
 */
function underGuard<T>(dataDir: string, fn: () => T): T {
  let guard: Database.Database;
  try {
    guard = new Database(join(dataDir, 'daemon.lock.guard'), { timeout: 10_000 });
    guard.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    throw new AppError('STORAGE', `cannot lock ${join(dataDir, 'daemon.lock.guard')}: ${(err as Error).message}`);
  }
  try {
    return fn();
  } finally {
    guard.exec('COMMIT');
    guard.close();
  }
}

/**
 * One daemon per dataDir: a second one would watch the same mailbox and race
 * on drafts. A lock file holds the owner's pid; a stale one (owner gone after
 * a crash or SIGKILL) is taken over.
 */
export function lockDataDir(dataDir: string): { release(): void } {
  mkdirSync(dataDir, { recursive: true });
  return underGuard(dataDir, () => takeLock(dataDir));
}

function takeLock(dataDir: string): { release(): void } {
  const file = join(dataDir, 'daemon.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          try {
            if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new AppError('STORAGE', `cannot create ${file}: ${(err as Error).message}`);
      const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
      if (Number.isFinite(pid) && pid !== process.pid && alive(pid)) {
        throw new AppError('LOCKED', `another certmerge daemon (pid ${pid}) is already running on ${dataDir}; stop it first`);
      }
      unlinkSync(file);
    }
  }
  throw new AppError('LOCKED', `cannot take the lock ${file}`);
}
