import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../core/registry/protocol';
import type { Database } from './database/database';
import type { Principal } from './tokens';

/**
 * Dashboard sessions: signing in with a token creates a server-side session; the cookie holds only its random id
 * (the database only the id's hash), never the API token. A session ends after `idleMs` without use, `maxMs` after
 * sign-in, at sign-out, or when its token is revoked.
 */
export interface SessionLimits {
  idleMs: number;
  maxMs: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = { idleMs: 30 * 60_000, maxMs: 8 * 60 * 60_000 };

const hashId = (id: string) => createHash('sha256').update(id).digest('hex');

export async function createSession(db: Database, principal: Principal, now = Date.now(), limits: SessionLimits = DEFAULT_SESSION_LIMITS): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  const at = new Date(now).toISOString();
  // Each sign-in also clears out sessions that have expired, so the table holds live ones only.
  await db.query('DELETE FROM sessions WHERE last_seen < $1 OR created_at < $2', [new Date(now - limits.idleMs).toISOString(), new Date(now - limits.maxMs).toISOString()]);
  await db.query('INSERT INTO sessions (id_hash, token_id, created_at, last_seen) VALUES ($1, $2, $3, $4)', [hashId(id), principal.tokenId, at, at]);
  return id;
}

/** The signed-in principal, or undefined when the session is unknown, expired, or its token revoked. */
export async function sessionPrincipal(db: Database, id: string | undefined, limits: SessionLimits, now = Date.now()): Promise<(Principal & { sessionId: string }) | undefined> {
  if (!id || !/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
  const [row] = await db.query<{ token_id: string; created_at: string; last_seen: string; name: string; role: Role; revoked_at: string | null }>(
    'SELECT s.token_id, s.created_at, s.last_seen, t.name, t.role, t.revoked_at FROM sessions s JOIN tokens t ON t.id = s.token_id WHERE s.id_hash = $1',
    [hashId(id)],
  );
  if (!row) return undefined;
  if (row.revoked_at || now - Date.parse(row.last_seen) > limits.idleMs || now - Date.parse(row.created_at) > limits.maxMs) {
    await endSession(db, id);
    return undefined;
  }
  // Renewed at most once a minute: one write per page would be wasted work.
  if (now - Date.parse(row.last_seen) > 60_000) await db.query('UPDATE sessions SET last_seen = $1 WHERE id_hash = $2', [new Date(now).toISOString(), hashId(id)]);
  return { tokenId: row.token_id, name: row.name, role: row.role, sessionId: id };
}

export async function endSession(db: Database, id: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id_hash = $1', [hashId(id)]);
}
