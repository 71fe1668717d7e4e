import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors.js';

/** The lock itself: a SQLite file held under an exclusive transaction. */
const LOCK_DB = 'daemon.lock.db';
/** The holder's pid, for messages only: it is never what decides who holds the lock. */
const PID_FILE = 'daemon.lock';

export interface DataDirLock {
  release(): void;
}

/** An exclusive transaction on the lock database, or null when another connection holds one. */
function tryExclusive(dataDir: string): Database.Database | null {
  const file = join(dataDir, LOCK_DB);
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: 0 });
  } catch (err) {
    throw new AppError('STORAGE', `cannot open ${file}: ${(err as Error).message}`, { cause: err });
  }
  try {
    db.exec('BEGIN EXCLUSIVE');
    return db;
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_BUSY') return null;
    throw new AppError('STORAGE', `cannot lock ${file}: ${(err as Error).message}`, { cause: err });
  }
}

function holderPid(dataDir: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDir, PID_FILE), 'utf8').trim(), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * One daemon per dataDir: a second one would watch the same mailbox and race
 * on drafts. The lock is an exclusive SQLite transaction held for the
 * daemon's life. SQLite's locks are the OS's (fcntl), so a daemon that dies,
 * even by SIGKILL, releases it with its process, and a left-over pid file
 * (whose pid may since belong to another process) stops nobody.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const db = tryExclusive(dataDir);
  if (!db) {
    const pid = holderPid(dataDir);
    throw new AppError('LOCKED', `another certmerge daemon${pid === null ? '' : ` (pid ${pid})`} is already running on ${dataDir}; stop it first`);
  }
  const pidFile = join(dataDir, PID_FILE);
  writeFileSync(pidFile, String(process.pid));
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      try {
        if (holderPid(dataDir) === process.pid) unlinkSync(pidFile);
      } catch {
        // Already gone: nothing to remove.
      }
      db.exec('ROLLBACK');
      db.close();
    },
  };
}

/** The running daemon's pid (true when it is running but its pid is unknown); null when none runs on `dataDir`. */
export function runningDaemon(dataDir: string): number | true | null {
  let db: Database.Database | null;
  try {
    db = tryExclusive(dataDir);
  } catch {
    return null; // no data directory yet, or unreadable: no daemon could run on it either
  }
  if (db) {
    db.exec('ROLLBACK');
    db.close();
    return null;
  }
  return holderPid(dataDir) ?? true;
}
