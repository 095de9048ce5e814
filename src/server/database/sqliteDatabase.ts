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
  const query = async <T>(sql: string, params: unknown[] = []) => {
    const { statement, order } = prepare(sql);
    const values = order.map((index) => params[index]).map((value) => (typeof value === 'boolean' ? Number(value) : value));
    return (statement.reader ? statement.all(...values) : (statement.run(...values), [])) as T[];
  };
  // One connection: transactions run one after another through this queue, so a request that arrives while
  // another's transaction awaits can never run its statements inside it.
  let queue: Promise<unknown> = Promise.resolve();
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  const close = async () => void db.close();
  /** What a transaction's work receives: the same connection; a nested transaction() joins the open one. */
  const lock = async () => undefined; // transactions already run one at a time (BEGIN IMMEDIATE, one queue)
  const inTransaction: Database = { dialect: 'sqlite', query, transaction: (work) => work(inTransaction), lock, close };
  const database: Database = {
    dialect: 'sqlite',
    query,
    lock,
    transaction<T>(work: (tx: Database) => Promise<T>) {
      const run = queue.then(async () => {
        begin.run(); // IMMEDIATE takes the write lock up front: other processes on the file wait (busy_timeout)
        try {
          const result = await work(inTransaction);
          commit.run();
          return result;
        } catch (error) {
          rollback.run();
          throw error;
        }
      });
      queue = run.catch(() => undefined);
      return run;
    },
    close,
  };
  return database;
}
