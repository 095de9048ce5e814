import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from '../core/registry/protocol';
import { appendAudit } from './auditLog';
import type { Database } from './database/database';

export interface Principal {
  tokenId: string;
  name: string;
  role: Role;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a token; only its SHA-256 is stored, so the value is shown once and never again. */
export async function createToken(db: Database, role: Role, name: string, actor = 'admin-cli'): Promise<{ id: string; token: string }> {
  if (!ROLES.includes(role)) throw new Error(`role must be one of ${ROLES.join(', ')}`);
  const id = randomUUID();
  const token = `mag_${role[0]}_${randomBytes(32).toString('base64url')}`;
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO tokens (id, name, role, hash, created_at) VALUES ($1, $2, $3, $4, $5)', [id, name, role, hashToken(token), new Date().toISOString()]);
    await appendAudit(tx, actor, 'token.create', name, { tokenId: id, role });
  });
  return { id, token };
}

/** Finds the principal for a bearer token; compares hashes in constant time. */
export async function authenticate(db: Database, token: string | undefined): Promise<Principal | undefined> {
  if (!token || token.length > 200 || !/^mag_[bra]_[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const hash = hashToken(token);
  const [row] = await db.query<{ id: string; name: string; role: Role; hash: string; revoked_at: string | null }>(
    'SELECT id, name, role, hash, revoked_at FROM tokens WHERE hash = $1',
    [hash],
  );
  if (!row || row.revoked_at) return undefined;
  if (!timingSafeEqual(Buffer.from(row.hash, 'hex'), Buffer.from(hash, 'hex'))) return undefined;
  return { tokenId: row.id, name: row.name, role: row.role };
}
