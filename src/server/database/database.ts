/** The little SQL surface the registry needs, so SQLite and PostgreSQL run the same service code. */
export interface Database {
  readonly dialect: 'sqlite' | 'postgres';
  /** Rows of a query. SQL uses `$1, $2…` placeholders on both dialects. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `work` in one transaction; rolled back if it throws. Writers that must not interleave take a `lock`. */
  transaction<T>(work: (tx: Database) => Promise<T>): Promise<T>;
  /**
   * Inside a transaction: waits until no other transaction holds `scope`, and holds it until this one ends. Only the
   * writes that need an order wait for each other (one app's versions, the audit chain), not every write.
   * SQLite runs its transactions one at a time already, so there it does nothing.
   */
  lock(scope: string): Promise<void>;
  close(): Promise<void>;
}

export class DatabaseConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseConfigError';
  }
}

/** `sqlite:path`, a bare path, or `postgres://…`. */
export async function openDatabase(url: string): Promise<Database> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { openPostgres } = await import('./postgresDatabase');
    return openPostgres(url);
  }
  const file = url.replace(/^sqlite:/, '');
  if (!file) throw new DatabaseConfigError('--database needs sqlite:PATH or postgres://user:password@host/db');
  const { openSqlite } = await import('./sqliteDatabase');
  return openSqlite(file);
}
