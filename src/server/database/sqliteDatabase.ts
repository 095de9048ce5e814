import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from './database';

/** SQLite via better-sqlite3: synchronous and fast; WAL so readers never wait for the writer. */
export function openSqlite(file: string): Database {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL'); // durable at each WAL checkpoint; a crash loses no committed transaction's integrity
  db.pragma('busy_timeout = 5000'); // several processes on one file wait instead of failing
  db.pragma('foreign_keys = ON');
  // `$n` placeholders become `?`, with the values reordered to match each occurrence.
  const statements = new Map<string, { statement: BetterSqlite3.Statement; order: number[] }>();
  const prepare = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) {
      const order: number[] = [];
      const statement = db.prepare(sql.replace(/\$(\d+)/g, (_, n: string) => (order.push(Number(n) - 1), '?')));
      prepared = { statement, order };
      statements.set(sql, prepared);
    }
    return prepared;
  };
  let depth = 0;
  const database: Database = {
    dialect: 'sqlite',
    async query<T>(sql: string, params: unknown[] = []) {
      const { statement, order } = prepare(sql);
      const values = order.map((index) => params[index]).map((value) => (typeof value === 'boolean' ? Number(value) : value));
      return (statement.reader ? statement.all(...values) : (statement.run(...values), [])) as T[];
    },
    async transaction<T>(work: (tx: Database) => Promise<T>) {
      if (depth > 0) return work(database);
      // BEGIN IMMEDIATE takes the write lock up front: two submitters never interleave.
      db.exec('BEGIN IMMEDIATE');
      depth++;
      try {
        const result = await work(database);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      } finally {
        depth--;
      }
    },
    async close() {
      db.close();
    },
  };
  return database;
}
