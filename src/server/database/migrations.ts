import type { Database } from './database';

/** Versioned schema changes, applied in order once each; never edit one that has shipped, add the next. */
const MIGRATIONS: { version: number; description: string; sql: (dialect: Database['dialect']) => string[] }[] = [
  {
    version: 1,
    description: 'tokens, apps, versions, reviews, audit, idempotency',
    sql: (dialect) => {
      const serial = dialect === 'postgres' ? 'BIGSERIAL PRIMARY KEY' : 'INTEGER PRIMARY KEY AUTOINCREMENT';
      return [
        `CREATE TABLE tokens (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT)`,
        `CREATE TABLE apps (name TEXT PRIMARY KEY, title TEXT NOT NULL, owner TEXT NOT NULL, team TEXT, submitted_by TEXT NOT NULL,
           status TEXT NOT NULL, tier TEXT NOT NULL, client_tier TEXT, latest_version INTEGER NOT NULL,
           created_at TEXT NOT NULL, updated_at TEXT NOT NULL, status_changed_at TEXT NOT NULL)`,
        `CREATE TABLE app_versions (app_name TEXT NOT NULL REFERENCES apps(name), version INTEGER NOT NULL,
           manifest TEXT NOT NULL, scan_summary TEXT NOT NULL, tier TEXT NOT NULL, score INTEGER NOT NULL, client_tier TEXT,
           submitted_by TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (app_name, version))`,
        `CREATE TABLE reviews (id ${serial}, app_name TEXT NOT NULL REFERENCES apps(name), version INTEGER NOT NULL,
           reviewer TEXT NOT NULL, decision TEXT NOT NULL, comment TEXT NOT NULL, created_at TEXT NOT NULL)`,
        `CREATE TABLE audit (seq ${serial}, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL,
           details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL UNIQUE)`,
        `CREATE TABLE idempotency (key TEXT PRIMARY KEY, token_id TEXT NOT NULL, request_hash TEXT NOT NULL,
           status INTEGER NOT NULL, response TEXT NOT NULL, created_at TEXT NOT NULL)`,
        `CREATE INDEX apps_by_tier_status ON apps (tier, status)`,
        // The audit table refuses UPDATE and DELETE: append-only in the database itself, not just in our code.
        ...(dialect === 'postgres'
          ? [
              `CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN RAISE EXCEPTION 'audit is append-only'; END $fn$`,
              `CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only()`,
            ]
          : [
              `CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`,
              `CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`,
            ]),
      ];
    },
  },
  {
    version: 2,
    description: 'reviews: the lines a change request concerns',
    sql: () => ['ALTER TABLE reviews ADD COLUMN lines TEXT'],
  },
  {
    version: 3,
    description: 'event export: a cursor per sink, dead letters, one exporting instance',
    sql: () => [
      'CREATE TABLE export_cursors (sink TEXT PRIMARY KEY, last_seq INTEGER NOT NULL)',
      'CREATE TABLE export_dead_letters (sink TEXT NOT NULL, seq INTEGER NOT NULL, error TEXT NOT NULL, at TEXT NOT NULL)',
      'CREATE TABLE export_lease (id INTEGER PRIMARY KEY, holder TEXT NOT NULL, expires_at TEXT NOT NULL)',
    ],
  },
  {
    version: 4,
    description: 'dashboard sessions: a random id per sign-in (stored hashed), never the API token in a cookie',
    sql: () => ['CREATE TABLE sessions (id_hash TEXT PRIMARY KEY, token_id TEXT NOT NULL, created_at TEXT NOT NULL, last_seen TEXT NOT NULL)'],
  },
  {
    version: 5,
    description: "PostgreSQL: the audit chain's head in a row of its own, so an append locks, reads and writes in one statement",
    sql: (dialect) =>
      dialect === 'postgres'
        ? [
            'CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), hash TEXT NOT NULL)',
            `INSERT INTO audit_head (id, hash) VALUES (1, COALESCE((SELECT hash FROM audit ORDER BY seq DESC LIMIT 1), '${'0'.repeat(64)}'))`,
          ]
        : [],
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Brings the database up to the latest schema version; safe to run from several processes at once. */
export async function migrate(db: Database): Promise<number> {
  await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)');
  return db.transaction(async (tx) => {
    await tx.lock('schema'); // two processes starting together migrate once
    const [row] = await tx.query<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
    const current = Number(row?.version ?? 0);
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      for (const statement of migration.sql(tx.dialect)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, description, applied_at) VALUES ($1, $2, $3)', [migration.version, migration.description, new Date().toISOString()]);
    }
    return LATEST_SCHEMA_VERSION;
  });
}
