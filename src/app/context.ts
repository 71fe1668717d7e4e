import { join } from 'node:path';
import { loadConfig, type ResolvedConfig } from '../config/load.js';
import { systemClock, type Clock } from '../clock/clock.js';
import { openDatabase, type Db } from '../store/database.js';
import { CaseStore } from '../store/case-store.js';
import { CaseService } from '../cases/case-service.js';
import { calendarsFor } from '../scheduler/holidays.js';

/** What every command works with: the config, the open database and the case engine. */
export interface AppContext {
  config: ResolvedConfig;
  db: Db;
  store: CaseStore;
  cases: CaseService;
  clock: Clock;
  close(): void;
}

export function databasePath(config: ResolvedConfig): string {
  return join(config.dataDir, 'certmerge.db');
}

/** Opens the app's storage for a config (or the embedded defaults). */
export function openContext(configFile: string | undefined, opts: { clock?: Clock; env?: NodeJS.ProcessEnv } = {}): AppContext {
  const config = loadConfig(configFile, opts.env ?? process.env);
  return contextFor(config, opts.clock ?? systemClock);
}

export function contextFor(config: ResolvedConfig, clock: Clock): AppContext {
  const db = openDatabase(databasePath(config));
  const store = new CaseStore(db);
  const cases = new CaseService(store, { clock, deadlines: config.deadlines, calendarFor: calendarsFor(config.holidays) });
  return {
    config,
    db,
    store,
    cases,
    clock,
    close: () => {
      if (db.open) db.close();
    },
  };
}
