import { createHash } from 'node:crypto';
import type { Database } from './database/database';

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export const GENESIS = '0'.repeat(64);

function entryHash(prevHash: string, entry: { at: string; actor: string; action: string; subject: string; details: string }): string {
  return createHash('sha256').update(`${prevHash}\n${entry.at}\n${entry.actor}\n${entry.action}\n${entry.subject}\n${entry.details}`).digest('hex');
}

/**
 * PostgreSQL appends an entry inside one statement: the chain's head row is locked (after waiting for another writer,
 * the row it committed is the one read), the entry is hashed by the database exactly as `entryHash` does, and the head
 * moves on. These are that statement's CTEs, for an append alone or one that other writes share; each argument is an
 * SQL expression, and `from` names CTEs the expressions read. Close the statement with `POSTGRES_MOVE_HEAD`.
 */
export function postgresAppendCtes(entry: { at: string; actor: string; action: string; subject: string; details: string }, from = ''): string {
  return `head AS (SELECT hash FROM audit_head WHERE id = 1 FOR UPDATE),
entry AS (SELECT head.hash AS prev_hash, (${entry.at})::text AS at, (${entry.actor})::text AS actor, (${entry.action})::text AS action,
  (${entry.subject})::text AS subject, (${entry.details})::text AS details FROM head${from ? `, ${from}` : ''}),
appended AS (
  INSERT INTO audit (at, actor, action, subject, details, prev_hash, hash)
  SELECT at, actor, action, subject, details, prev_hash,
    encode(sha256(convert_to(prev_hash || E'\\n' || at || E'\\n' || actor || E'\\n' || action || E'\\n' || subject || E'\\n' || details, 'UTF8')), 'hex')
  FROM entry
  RETURNING hash
)`;
}
export const POSTGRES_MOVE_HEAD = 'UPDATE audit_head SET hash = appended.hash FROM appended WHERE audit_head.id = 1';

const APPEND_POSTGRES = `WITH ${postgresAppendCtes({ at: '$1', actor: '$2', action: '$3', subject: '$4', details: '$5' })}
${POSTGRES_MOVE_HEAD} RETURNING audit_head.hash`;

/** Appends one entry chained to the previous by hash. Call inside the write transaction. */
export async function appendAudit(tx: Database, actor: string, action: string, subject: string, details: Record<string, unknown>): Promise<void> {
  const entry = { at: new Date().toISOString(), actor, action, subject, details: JSON.stringify(details) };
  if (tx.dialect === 'postgres') {
    const [appended] = await tx.query(APPEND_POSTGRES, [entry.at, entry.actor, entry.action, entry.subject, entry.details]);
    if (!appended) throw new Error('the audit chain has no head row: the database was not migrated by this registry version');
    return;
  }
  // The chain needs one writer at a time, from here to commit: the shortest stretch a submission must wait for.
  await tx.lock('audit');
  const [last] = await tx.query<{ hash: string }>('SELECT hash FROM audit ORDER BY seq DESC LIMIT 1');
  const prevHash = last?.hash ?? GENESIS;
  await tx.query('INSERT INTO audit (at, actor, action, subject, details, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    entry.at, entry.actor, entry.action, entry.subject, entry.details, prevHash, entryHash(prevHash, entry),
  ]);
}

interface AuditRow {
  seq: number | string;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: string;
  prev_hash: string;
  hash: string;
}

const toEntry = (row: AuditRow): AuditEntry => ({
  seq: Number(row.seq), at: row.at, actor: row.actor, action: row.action, subject: row.subject,
  details: JSON.parse(row.details), prevHash: row.prev_hash, hash: row.hash,
});

/** A page of the audit feed after a cursor (the last seq seen), for a SIEM to pull. */
export async function auditPage(db: Database, after: number, limit: number): Promise<{ entries: AuditEntry[]; nextCursor?: string }> {
  const rows = await db.query<AuditRow>('SELECT * FROM audit WHERE seq > $1 ORDER BY seq LIMIT $2', [after, limit]);
  const entries = rows.map(toEntry);
  return { entries, nextCursor: entries.length === limit ? String(entries[entries.length - 1].seq) : undefined };
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** The first entry whose hash or link does not match. */
  brokenAt?: number;
  reason?: string;
}

/** Recomputes the chain from the first entry; any edited, removed or reordered entry breaks it. */
export async function verifyAudit(db: Database): Promise<AuditVerification> {
  let prevHash = GENESIS;
  let count = 0;
  for (let after = 0; ; ) {
    const rows = await db.query<AuditRow>('SELECT * FROM audit WHERE seq > $1 ORDER BY seq LIMIT 1000', [after]);
    if (rows.length === 0) return { ok: true, entries: count };
    for (const row of rows) {
      count++;
      if (row.prev_hash !== prevHash) return { ok: false, entries: count, brokenAt: Number(row.seq), reason: 'entry does not link to the one before it (removed or reordered)' };
      if (entryHash(prevHash, row) !== row.hash) return { ok: false, entries: count, brokenAt: Number(row.seq), reason: 'entry content does not match its hash (edited)' };
      prevHash = row.hash;
      after = Number(row.seq);
    }
  }
}
