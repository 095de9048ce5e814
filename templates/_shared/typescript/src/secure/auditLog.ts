import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

// Who did what, when: one JSON line per event, appended, never rewritten. Each line carries the hash of the
// one before, so a deleted or edited line is detectable (verifyAuditLog).

export interface AuditEvent {
  actor: string;
  action: string;
  detail?: Record<string, unknown>;
}

function lastHash(file: string): string {
  if (!existsSync(file)) return 'genesis';
  const lines = readFileSync(file, 'utf8').trim().split('\n').filter(Boolean);
  return lines.length ? (JSON.parse(lines[lines.length - 1]) as { hash: string }).hash : 'genesis';
}

/** Appends one event to the audit log. Never log prompt text or secrets: actions and ids only. */
export function writeAuditEvent(file: string, event: AuditEvent): void {
  const entry = { at: new Date().toISOString(), ...event, prev: lastHash(file) };
  const hash = createHash('sha256').update(JSON.stringify(entry)).digest('hex');
  appendFileSync(file, `${JSON.stringify({ ...entry, hash })}\n`, { flag: 'a' });
}

/** True when every line links to the previous one and matches its hash. */
export function verifyAuditLog(file: string): boolean {
  let prev = 'genesis';
  for (const line of readFileSync(file, 'utf8').trim().split('\n').filter(Boolean)) {
    const { hash, ...entry } = JSON.parse(line) as { hash: string; prev: string };
    if (entry.prev !== prev || createHash('sha256').update(JSON.stringify(entry)).digest('hex') !== hash) return false;
    prev = hash;
  }
  return true;
}
