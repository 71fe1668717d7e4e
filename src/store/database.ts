import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../errors.js';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the SQLite database in WAL mode so the daemon and
 * CLI commands can use it at the same time, and brings its schema up to date.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  let db: Db;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: false });
    // Wait for the other process's write instead of failing at once.
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
  } catch (err) {
    throw storageError(`cannot open database ${file}`, err);
  }
  if (!options.readonly) migrate(db);
  return db;
}

/** Applies every migration not yet recorded, each in its own transaction. */
export function migrate(db: Db): void {
  try {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    // By version, whatever order they were merged in; gaps in the numbering are fine.
    for (const m of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
      if (applied.has(m.version)) continue;
      db.transaction(() => {
        // Re-check inside the write lock: another process may have migrated meanwhile.
        if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return;
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      }).immediate();
    }
  } catch (err) {
    throw storageError('cannot bring the database schema up to date', err);
  }
}

/** A storage failure in plain words: full disk, read-only file, locked database. */
export function storageError(what: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code ?? '';
  const why =
    code === 'SQLITE_FULL' ? 'the disk is full'
    : code === 'SQLITE_READONLY' || code === 'EACCES' || code === 'EROFS' ? 'the database is read-only'
    : code === 'SQLITE_BUSY' ? 'the database is busy (another process holds a write lock)'
    : code === 'SQLITE_CANTOPEN' ? 'the file cannot be opened'
    : (err as Error).message ?? String(err);
  return new AppError('STORAGE', `${what}: ${why}; nothing was changed`, { cause: err });
}
