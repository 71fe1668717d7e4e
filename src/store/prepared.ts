import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';

/**
 * A store's statements, each prepared the first time it is used and kept:
 * preparing costs as much as running the small queries the pipeline and the
 * dashboard issue per message and per request.
 */
export function preparedStatements(db: Db): (sql: string) => Statement {
  const statements = new Map<string, Statement>();
  return (sql) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
}
