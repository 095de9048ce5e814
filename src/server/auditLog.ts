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

const GENESIS = '0'.repeat(64);

function entryHash(prevHash: string, entry: { at: string; actor: string; action: string; subject: string; details: string }): string {
  return createHash('sha256').update(`${prevHash}\n${entry.at}\n${entry.actor}\n${entry.action}\n${entry.subject}\n${entry.details}`).digest('hex');
}

/** Appends one entry chained to the previous by hash. Call inside the write transaction. */
export async function appendAudit(tx: Database, actor: string, action: string, subject: string, details: Record<string, unknown>): Promise<void> {
  // The chain needs one writer at a time, from here to commit: the shortest stretch a submission must wait for.
  await tx.lock('audit');
  const [last] = await tx.query<{ hash: string }>('SELECT hash FROM audit ORDER BY seq DESC LIMIT 1');
  const prevHash = last?.hash ?? GENESIS;
  const entry = { at: new Date().toISOString(), actor, action, subject, details: JSON.stringify(details) };
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
