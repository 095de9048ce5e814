import { createHash } from 'node:crypto';
import { validateManifestObject } from '../core/manifest/manifestDocument';
import type { Manifest } from '../core/manifest/manifestSchema';
import {
  reviewRequestSchema,
  submitRequestSchema,
  type AppStatus,
  type AppSummary,
  type ErrorDetail,
  type ReviewLine,
  type SubmitResponse,
} from '../core/registry/protocol';
import { diffVersions } from '../core/registry/versionDiff';
import { maskSecret, redactSecrets } from '../core/scan/maskSecret';
import { assessRisk } from '../core/risk/riskTier';
import { ApiError } from './apiError';
import { appendAudit, POSTGRES_MOVE_HEAD, postgresAppendCtes } from './auditLog';
import type { Database } from './database/database';
import type { Principal } from './tokens';

export interface RegistryOptions {
  /** Days an app may wait for review before it shows as overdue. */
  reviewDays: number;
  /** Public base URL, for dashboard links in responses. */
  baseUrl: string;
}

interface AppRow {
  name: string;
  title: string;
  owner: string;
  team: string | null;
  submitted_by: string;
  status: AppStatus;
  tier: 'low' | 'medium' | 'high';
  latest_version: number | string;
  updated_at: string;
  status_changed_at: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The registry's rules: who may write what, versions, approval, idempotency, audit. Storage-agnostic. */
export class RegistryService {
  constructor(
    readonly db: Database,
    readonly options: RegistryOptions,
  ) {}

  /** Creates an app or its next version. A retried request with the same Idempotency-Key gets the first answer. */
  async submit(principal: Principal, body: unknown, idempotencyKey?: string): Promise<{ status: number; body: SubmitResponse }> {
    requireRole(principal, ['builder', 'admin']);
    const request = submitRequestSchema.safeParse(body);
    if (!request.success) throw invalid('The request body is not a submission', request.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    const { manifest, problems } = validateManifestObject(request.data.manifest);
    if (!manifest) throw invalid('The manifest is not valid', problems);
    if (idempotencyKey !== undefined && !/^[A-Za-z0-9_.:-]{8,128}$/.test(idempotencyKey)) {
      throw new ApiError(400, 'invalid-idempotency-key', 'Idempotency-Key must be 8-128 letters, digits or ._:-');
    }
    // Only a retry key needs it: the same key must come with the same request.
    const requestHash = idempotencyKey === undefined ? '' : createHash('sha256').update(JSON.stringify(body)).digest('hex');

    // Everything the submission writes, given a transaction (or, on PostgreSQL, a connection: there it is one statement).
    const write = async (tx: Database) => {
      const risk = assessRisk(manifest);
      const name = manifest.metadata.name;
      const status: AppStatus = risk.tier === 'low' ? 'approved' : 'pending-review';
      const now = new Date().toISOString();
      const app = { name, title: manifest.metadata.title, owner: manifest.metadata.owner, team: manifest.metadata.team ?? null, submittedBy: principal.name, status, tier: risk.tier, clientTier: request.data.clientTier ?? null, now };
      const versionRow = { manifest: JSON.stringify(manifest), scan: JSON.stringify(withSecretsMasked(request.data.scan)), score: risk.score };
      const mayTakeOver = principal.role === 'admin';
      const details = { tier: risk.tier, score: risk.score, clientTier: request.data.clientTier ?? null, status, findings: request.data.scan.findings };
      let version: number;
      if (tx.dialect === 'postgres') version = await submitPostgres(tx, app, versionRow, mayTakeOver, details);
      else {
        version = await upsertAppLocked(tx, app, versionRow, mayTakeOver);
        await appendAudit(tx, principal.name, 'app.submit', name, { version, ...details });
      }
      const response: SubmitResponse = {
        app: this.summary({ name, title: manifest.metadata.title, owner: manifest.metadata.owner, team: manifest.metadata.team ?? null, submitted_by: principal.name, status, tier: risk.tier, latest_version: version, updated_at: now, status_changed_at: now }),
        version,
        score: risk.score,
        reasons: risk.reasons,
        dashboardUrl: `${this.options.baseUrl}/apps/${encodeURIComponent(name)}`,
      };
      return response;
    };
    if (!idempotencyKey && this.db.dialect === 'postgres') return { status: 201, body: await write(this.db) };

    return this.db.transaction(async (tx) => {
      // Locks in one order everywhere (retry key, app, audit chain): a retried request waits for its twin; one app's
      // versions stay sequential; other apps' submissions go ahead until the audit chain.
      if (idempotencyKey) await tx.lock(`idempotency:${idempotencyKey}`);
      if (idempotencyKey) {
        const [previous] = await tx.query<{ token_id: string; request_hash: string; status: number; response: string }>(
          'SELECT token_id, request_hash, status, response FROM idempotency WHERE key = $1',
          [idempotencyKey],
        );
        if (previous) {
          if (previous.token_id !== principal.tokenId || previous.request_hash !== requestHash) {
            throw new ApiError(422, 'idempotency-key-reused', 'This Idempotency-Key was used for a different request; use a new key for a new submission.');
          }
          return { status: Number(previous.status), body: JSON.parse(previous.response) as SubmitResponse };
        }
      }
      const response = await write(tx);
      if (idempotencyKey) {
        await tx.query('INSERT INTO idempotency (key, token_id, request_hash, status, response, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
          idempotencyKey, principal.tokenId, requestHash, 201, JSON.stringify(response), new Date().toISOString(),
        ]);
      }
      return { status: 201, body: response };
    });
  }

  async listApps(filter: { tier?: string; status?: string; overdue?: boolean }): Promise<AppSummary[]> {
    const rows = await this.db.query<AppRow>('SELECT * FROM apps ORDER BY updated_at DESC, name LIMIT 5000');
    return rows
      .map((row) => this.summary(row))
      .filter((app) => (!filter.tier || app.tier === filter.tier) && (!filter.status || app.status === filter.status) && (!filter.overdue || app.overdue));
  }

  async getApp(name: string) {
    const [row] = await this.db.query<AppRow>('SELECT * FROM apps WHERE name = $1', [name]);
    if (!row) throw new ApiError(404, 'not-found', `No app named "${name}" is registered.`);
    const rows = await this.db.query<{ version: number; reviewer: string; decision: string; comment: string; created_at: string; lines: string | null }>(
      'SELECT version, reviewer, decision, comment, created_at, lines FROM reviews WHERE app_name = $1 ORDER BY id DESC',
      [name],
    );
    const reviews = rows.map(({ lines, ...review }) => ({ ...review, lines: lines ? (JSON.parse(lines) as ReviewLine[]) : [] }));
    const [latest] = await this.versions(name, 1);
    // What changed since the version a reviewer last approved, so the next review looks at the change only.
    const approved = reviews.find((r) => r.decision === 'approve' && Number(r.version) < (latest?.version ?? 0));
    const [approvedVersion] = approved ? await this.versionRows(name, Number(approved.version)) : [];
    const sinceApproved = latest && approvedVersion ? diffVersions(approvedVersion, latest) : undefined;
    return { app: this.summary(row), latest, sinceApproved, reviews: reviews.map((r) => ({ ...r, version: Number(r.version), createdAt: r.created_at })) };
  }

  private async versionRows(name: string, version: number) {
    const rows = await this.db.query<{ version: number; manifest: string; scan_summary: string; tier: string }>(
      'SELECT version, manifest, scan_summary, tier FROM app_versions WHERE app_name = $1 AND version = $2',
      [name, version],
    );
    return rows.map((row) => ({ version: Number(row.version), tier: row.tier, manifest: JSON.parse(row.manifest) as Manifest, scan: JSON.parse(row.scan_summary) }));
  }

  async versions(name: string, limit = 100) {
    const rows = await this.db.query<{ version: number; manifest: string; scan_summary: string; tier: string; score: number; client_tier: string | null; submitted_by: string; created_at: string }>(
      'SELECT version, manifest, scan_summary, tier, score, client_tier, submitted_by, created_at FROM app_versions WHERE app_name = $1 ORDER BY version DESC LIMIT $2',
      [name, limit],
    );
    return rows.map((row) => ({
      version: Number(row.version),
      tier: row.tier,
      score: Number(row.score),
      clientTier: row.client_tier,
      submittedBy: row.submitted_by,
      createdAt: row.created_at,
      manifest: JSON.parse(row.manifest) as Manifest,
      scan: JSON.parse(row.scan_summary),
    }));
  }

  /** Approve or reject: reviewers and admins only, never on an app they submitted or own. */
  async review(principal: Principal, name: string, body: unknown) {
    requireRole(principal, ['reviewer', 'admin']);
    const request = reviewRequestSchema.safeParse(body);
    if (!request.success) throw invalid('The review is not valid', request.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    return this.db.transaction(async (tx) => {
      // The app's row stays locked until the decision is stored: a submission cannot slip a new version in between
      // (SQLite runs one transaction at a time anyway).
      const [row] = await tx.query<AppRow>(`SELECT * FROM apps WHERE name = $1${tx.dialect === 'postgres' ? ' FOR UPDATE' : ''}`, [name]);
      if (!row) throw new ApiError(404, 'not-found', `No app named "${name}" is registered.`);
      if (row.submitted_by === principal.name || row.owner === principal.name) {
        throw new ApiError(403, 'own-app', 'You cannot review an app you own or submitted: ask another reviewer.');
      }
      const status: AppStatus = request.data.decision === 'approve' ? 'approved' : request.data.decision === 'reject' ? 'rejected' : 'changes-requested';
      const now = new Date().toISOString();
      await tx.query('UPDATE apps SET status = $1, status_changed_at = $2, updated_at = $3 WHERE name = $4', [status, now, now, name]);
      await tx.query('INSERT INTO reviews (app_name, version, reviewer, decision, comment, created_at, lines) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        name, Number(row.latest_version), principal.name, request.data.decision, request.data.comment, now, JSON.stringify(request.data.lines),
      ]);
      await appendAudit(tx, principal.name, `app.${request.data.decision}`, name, { version: Number(row.latest_version), comment: request.data.comment, ...(request.data.lines.length ? { lines: request.data.lines } : {}) });
      return this.summary({ ...row, status, status_changed_at: now, updated_at: now });
    });
  }

  private summary(row: AppRow): AppSummary {
    const waiting = Date.now() - Date.parse(row.status_changed_at);
    return {
      name: row.name,
      title: row.title,
      owner: row.owner,
      team: row.team,
      status: row.status,
      tier: row.tier,
      latestVersion: Number(row.latest_version),
      updatedAt: row.updated_at,
      overdue: row.status === 'pending-review' && waiting > this.options.reviewDays * DAY_MS,
    };
  }
}

interface AppWrite {
  name: string;
  title: string;
  owner: string;
  team: string | null;
  submittedBy: string;
  status: AppStatus;
  tier: string;
  clientTier: string | null;
  now: string;
}
interface VersionWrite {
  manifest: string;
  scan: string;
  score: number;
}

function nameTaken(name: string, owner: string): ApiError {
  return new ApiError(409, 'app-name-taken', `The app name "${name}" is registered to ${owner}. Pick another metadata.name, or ask them to transfer it.`, [
    { path: 'metadata.name', message: `taken by ${owner}` },
  ]);
}

/**
 * The app's row and its next version, under the app's lock: read, decide, write (SQLite, whose transactions run one at
 * a time; and any database with advisory locks).
 */
async function upsertAppLocked(tx: Database, app: AppWrite, row: VersionWrite, mayTakeOver: boolean): Promise<number> {
  await tx.lock(`app:${app.name}`);
  const [existing] = await tx.query<AppRow>('SELECT * FROM apps WHERE name = $1', [app.name]);
  if (existing && existing.owner !== app.owner && existing.submitted_by !== app.submittedBy && !mayTakeOver) throw nameTaken(app.name, existing.owner);
  const version = Number(existing?.latest_version ?? 0) + 1;
  if (existing) {
    await tx.query(
      'UPDATE apps SET title = $1, owner = $2, team = $3, submitted_by = $4, status = $5, tier = $6, client_tier = $7, latest_version = $8, updated_at = $9, status_changed_at = $10 WHERE name = $11',
      [app.title, app.owner, app.team, app.submittedBy, app.status, app.tier, app.clientTier, version, app.now, app.now, app.name],
    );
  } else {
    await tx.query(
      'INSERT INTO apps (name, title, owner, team, submitted_by, status, tier, client_tier, latest_version, created_at, updated_at, status_changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)',
      [app.name, app.title, app.owner, app.team, app.submittedBy, app.status, app.tier, app.clientTier, version, app.now, app.now, app.now],
    );
  }
  await tx.query(
    'INSERT INTO app_versions (app_name, version, manifest, scan_summary, tier, score, client_tier, submitted_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
    [app.name, version, row.manifest, row.scan, app.tier, row.score, app.clientTier, app.submittedBy, app.now],
  );
  return version;
}

/**
 * PostgreSQL: the same, and the audit entry, in one statement (atomic without a transaction of its own). The upsert
 * takes the app's row lock and, after waiting for another submission of the same app, sees the version it committed;
 * a new name is serialised by its unique key. The ownership rule sits in the upsert's WHERE: no row back means the
 * name is someone else's, and then nothing was written. The entry's details are the SQLite path's JSON text exactly:
 * `{"version":N,` followed by the rest, which the caller serialises.
 */
const SUBMIT_POSTGRES = `
WITH app AS (
  INSERT INTO apps (name, title, owner, team, submitted_by, status, tier, client_tier, latest_version, created_at, updated_at, status_changed_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, $9, $9)
  ON CONFLICT (name) DO UPDATE SET title = EXCLUDED.title, owner = EXCLUDED.owner, team = EXCLUDED.team, submitted_by = EXCLUDED.submitted_by,
    status = EXCLUDED.status, tier = EXCLUDED.tier, client_tier = EXCLUDED.client_tier, latest_version = apps.latest_version + 1,
    updated_at = EXCLUDED.updated_at, status_changed_at = EXCLUDED.status_changed_at
  WHERE apps.owner = EXCLUDED.owner OR apps.submitted_by = EXCLUDED.submitted_by OR $10::boolean
  RETURNING latest_version
),
version AS (
  INSERT INTO app_versions (app_name, version, manifest, scan_summary, tier, score, client_tier, submitted_by, created_at)
  SELECT $1, latest_version, $11, $12, $7, $13, $8, $5, $9 FROM app
  RETURNING version
),
${postgresAppendCtes({ at: '$9', actor: '$5', action: "'app.submit'", subject: '$1', details: `'{"version":' || version.version || ',' || $14` }, 'version')}
${POSTGRES_MOVE_HEAD} RETURNING (SELECT version FROM version) AS version`;

async function submitPostgres(db: Database, app: AppWrite, row: VersionWrite, mayTakeOver: boolean, details: Record<string, unknown>): Promise<number> {
  const [written] = await db.query<{ version: number | string }>(SUBMIT_POSTGRES, [
    app.name, app.title, app.owner, app.team, app.submittedBy, app.status, app.tier, app.clientTier, app.now, mayTakeOver, row.manifest, row.scan, row.score,
    JSON.stringify(details).slice(1),
  ]);
  if (written) return Number(written.version);
  const [existing] = await db.query<AppRow>('SELECT owner FROM apps WHERE name = $1', [app.name]);
  throw nameTaken(app.name, existing?.owner ?? 'another owner');
}

export function requireRole(principal: Principal, roles: Principal['role'][]): void {
  if (!roles.includes(principal.role)) {
    throw new ApiError(403, 'forbidden', `This needs a ${roles.join(' or ')} token; yours is a ${principal.role} token.`);
  }
}

function invalid(message: string, details: ErrorDetail[]): ApiError {
  return new ApiError(422, 'invalid', message, details);
}

/** Findings are stored as sent except for secrets: anything key-shaped in a message, and any masked value that is not. */
function withSecretsMasked<T extends { items: { message: string; masked?: string }[] }>(scan: T): T {
  return {
    ...scan,
    items: scan.items.map((item) => ({
      ...item,
      message: redactSecrets(item.message),
      ...(item.masked !== undefined ? { masked: /\*{4}/.test(item.masked) ? redactSecrets(item.masked) : maskSecret(item.masked) } : {}),
    })),
  };
}
