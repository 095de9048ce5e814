import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { ApiError } from './apiError';
import { auditPage, verifyAudit } from './auditLog';
import { appListPage, appPage, auditPageHtml, signInPage, type AppDetail, type PageContext } from './dashboard';
import type { Database } from './database/database';
import { migrate } from './database/migrations';
import { AuditExporter, type ExportOptions, type ExportSink } from './eventExport';
import { RateLimiter } from './rateLimiter';
import { RegistryService, requireRole } from './registryService';
import { createSession, DEFAULT_SESSION_LIMITS, endSession, sessionPrincipal, type SessionLimits } from './sessions';
import { authenticate, type Principal } from './tokens';

export interface ServerOptions {
  port: number;
  host?: string;
  /** Largest request body in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Requests a minute per token (0: no limit). */
  rateLimitPerMinute?: number;
  reviewDays?: number;
  tlsCert?: string;
  tlsKey?: string;
  /** Where errors are logged (never sent to clients). */
  log?: (line: string) => void;
  /**
   * Addresses of load balancers or proxies in front of the registry: from them, X-Forwarded-For names the client
   * (the right-most address that is not a trusted proxy), so limits key on the real client.
   */
  trustProxy?: string[];
  /** Dashboard session limits (default: 30 minutes idle, 8 hours after sign-in). */
  sessionLimits?: SessionLimits;
  /** Audit events out to a SOC (webhooks, syslog/CEF). */
  exportSinks?: ExportSink[];
  exportOptions?: ExportOptions;
}

export interface RunningRegistry {
  url: string;
  port: number;
  service: RegistryService;
  /** Present when events go out to sinks. */
  exporter?: AuditExporter;
  close(): Promise<void>;
}

const SESSION_COOKIE = 'mag_session';
const LOGIN_COOKIE = 'mag_login';

/** Starts the registry's HTTP(S) server on an open database. */
export async function startRegistryServer(db: Database, options: ServerOptions): Promise<RunningRegistry> {
  await migrate(db);
  const tls = !!(options.tlsCert && options.tlsKey);
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const limiter = new RateLimiter(options.rateLimitPerMinute ?? 600);
  const failedSignIns = new RateLimiter(30);
  const csrfSecret = randomBytes(32);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const service = new RegistryService(db, { reviewDays: options.reviewDays ?? 5, baseUrl: '' });
  const exporter = options.exportSinks?.length ? new AuditExporter(db, options.exportSinks, { log, ...options.exportOptions }) : undefined;
  exporter?.start();

  const handler = (request: IncomingMessage, response: ServerResponse) => {
    void handle(request, response).catch((error: unknown) => {
      if (error instanceof ApiError) return sendError(response, error);
      log(`registry: ${request.method} ${request.url}: ${error instanceof Error ? error.stack : String(error)}`);
      sendError(response, new ApiError(500, 'internal', 'The registry hit an unexpected error; it has been logged. Try again.'));
    });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://registry.local');
    const method = request.method ?? 'GET';
    setSecurityHeaders(response, tls);
    if (url.pathname === '/healthz' && method === 'GET') return sendJson(response, 200, { status: 'ok', database: db.dialect });

    if (url.pathname.startsWith('/api/v1/')) {
      const principal = await authenticate(db, bearerToken(request));
      if (!principal) {
        const wait = failedSignIns.take(`ip:${clientAddress(request)}`);
        if (wait > 0) throw new ApiError(429, 'rate-limited', 'Too many failed sign-ins.', [], { 'Retry-After': String(wait) });
        throw new ApiError(401, 'unauthorized', 'A valid bearer token is required: Authorization: Bearer <token>.', [], { 'WWW-Authenticate': 'Bearer' });
      }
      const wait = limiter.take(principal.tokenId);
      if (wait > 0) throw new ApiError(429, 'rate-limited', `Too many requests for this token; retry in ${wait} s.`, [], { 'Retry-After': String(wait) });
      return api(request, response, url, method, principal);
    }
    return dashboard(request, response, url, method);
  };

  const api = async (request: IncomingMessage, response: ServerResponse, url: URL, method: string, principal: Principal) => {
    const base = baseUrlOf(request, tls);
    const segments = url.pathname.split('/').slice(3).map(decodeURIComponent); // after /api/v1/
    if (segments[0] === 'apps' && segments.length === 1) {
      if (method === 'POST') {
        const body = await readJson(request, maxBody);
        const key = request.headers['idempotency-key'];
        const result = await service.submit(principal, body, Array.isArray(key) ? key[0] : key);
        exporter?.kick();
        return sendJson(response, result.status, { ...result.body, dashboardUrl: base + result.body.dashboardUrl });
      }
      if (method === 'GET') {
        return sendJson(response, 200, { apps: await service.listApps({ tier: url.searchParams.get('tier') ?? undefined, status: url.searchParams.get('status') ?? undefined, overdue: url.searchParams.get('overdue') === 'true' }) });
      }
    }
    if (segments[0] === 'apps' && segments.length === 2 && method === 'GET') {
      const detail = await service.getApp(segments[1]);
      return sendJson(response, 200, { ...detail, dashboardUrl: `${base}/apps/${encodeURIComponent(segments[1])}` });
    }
    if (segments[0] === 'apps' && segments[2] === 'versions' && method === 'GET') {
      await service.getApp(segments[1]);
      return sendJson(response, 200, { versions: await service.versions(segments[1]) });
    }
    if (segments[0] === 'apps' && segments[2] === 'review' && method === 'POST') {
      const app = await service.review(principal, segments[1], await readJson(request, maxBody));
      exporter?.kick();
      return sendJson(response, 200, { app });
    }
    if (segments[0] === 'audit' && segments.length === 1 && method === 'GET') {
      requireRole(principal, ['reviewer', 'admin']);
      const after = Number(url.searchParams.get('cursor') ?? '0');
      const limit = Math.min(500, Math.max(1, Number(url.searchParams.get('limit') ?? '100')));
      if (!Number.isSafeInteger(after) || after < 0 || !Number.isFinite(limit)) throw new ApiError(400, 'bad-cursor', 'cursor must be the nextCursor of a previous page');
      return sendJson(response, 200, await auditPage(db, after, limit));
    }
    if (segments[0] === 'audit' && segments[1] === 'verify' && method === 'GET') {
      requireRole(principal, ['reviewer', 'admin']);
      return sendJson(response, 200, await verifyAudit(db));
    }
    throw new ApiError(404, 'not-found', `No API route ${method} ${url.pathname}.`);
  };

  // A form's CSRF token is bound to the session it was shown in (or, for the sign-in form, to a pre-session cookie).
  const csrfFor = (sessionId: string) => createHmac('sha256', csrfSecret).update(sessionId).digest('base64url');
  const checkCsrf = (sessionId: string, value: string | undefined) => {
    const expected = Buffer.from(csrfFor(sessionId));
    const given = Buffer.from(value ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ApiError(403, 'csrf', 'This form has expired: reload the page and try again.');
  };
  const sessionLimits = options.sessionLimits ?? DEFAULT_SESSION_LIMITS;
  const trusted = new Set((options.trustProxy ?? []).map(normaliseAddress));
  const clientAddress = (request: IncomingMessage): string => {
    const peer = normaliseAddress(request.socket.remoteAddress ?? '');
    if (!trusted.has(peer)) return peer;
    const forwarded = String(request.headers['x-forwarded-for'] ?? '').split(',').map((a) => normaliseAddress(a.trim())).filter(Boolean);
    for (let i = forwarded.length - 1; i >= 0; i--) if (!trusted.has(forwarded[i])) return forwarded[i];
    return peer;
  };
  const cookie = (name: string, value: string, maxAgeSeconds: number) =>
    `${name}=${value}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAgeSeconds}${tls ? '; Secure' : ''}`;

  const dashboard = async (request: IncomingMessage, response: ServerResponse, url: URL, method: string) => {
    const nonce = randomBytes(16).toString('base64');
    response.setHeader('Content-Security-Policy', `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`);
    const principal = await sessionPrincipal(db, cookieValue(request, SESSION_COOKIE), sessionLimits);
    const context: PageContext = { nonce, signedInAs: principal?.name, role: principal?.role, csrf: principal ? csrfFor(principal.sessionId) : undefined };
    // The sign-in form carries a CSRF token bound to a short-lived pre-session cookie (no login CSRF).
    const signIn = (status: number, error?: string) => {
      const preSession = randomBytes(32).toString('base64url');
      response.setHeader('Set-Cookie', cookie(LOGIN_COOKIE, preSession, 15 * 60));
      return sendHtml(response, status, signInPage({ ...context, csrf: csrfFor(preSession) }, error));
    };
    if (url.pathname === '/login' && method === 'POST') {
      const form = await readForm(request, maxBody);
      const preSession = cookieValue(request, LOGIN_COOKIE);
      if (!preSession) return signIn(403, 'The sign-in form expired: try again.');
      checkCsrf(preSession, form.get('csrf') ?? undefined);
      const candidate = await authenticate(db, form.get('token')?.trim());
      if (!candidate) {
        if (failedSignIns.take(`ip:${clientAddress(request)}`) > 0) return signIn(429, 'Too many failed sign-ins; wait a minute.');
        return signIn(401, 'That token is not valid (or was revoked).');
      }
      // A new session id at every sign-in (an old session in this browser ends): the cookie never holds the token.
      if (principal) await endSession(db, principal.sessionId);
      const sessionId = await createSession(db, candidate, Date.now(), sessionLimits);
      response.setHeader('Set-Cookie', [cookie(SESSION_COOKIE, sessionId, Math.floor(sessionLimits.maxMs / 1000)), cookie(LOGIN_COOKIE, '', 0)]);
      return redirect(response, '/');
    }
    if (!principal) return signIn(url.pathname === '/' ? 200 : 401);
    if (url.pathname === '/logout' && method === 'POST') {
      checkCsrf(principal.sessionId, (await readForm(request, maxBody)).get('csrf') ?? undefined);
      await endSession(db, principal.sessionId);
      response.setHeader('Set-Cookie', cookie(SESSION_COOKIE, '', 0));
      return redirect(response, '/');
    }
    if (url.pathname === '/' && method === 'GET') {
      return sendHtml(response, 200, appListPage(context, await service.listApps({}), { tier: url.searchParams.get('tier') ?? undefined, status: url.searchParams.get('status') ?? undefined }));
    }
    if (url.pathname === '/audit' && method === 'GET') {
      const { entries } = await auditPage(db, 0, 500);
      return sendHtml(response, 200, auditPageHtml(context, entries.reverse(), await verifyAudit(db)));
    }
    const appMatch = /^\/apps\/([^/]+)(\/review)?$/.exec(url.pathname);
    if (appMatch) {
      const name = decodeURIComponent(appMatch[1]);
      let error: string | undefined;
      if (appMatch[2] && method === 'POST') {
        const form = await readForm(request, maxBody);
        checkCsrf(principal.sessionId, form.get('csrf') ?? undefined);
        try {
          await service.review(principal, name, { decision: form.get('decision'), comment: form.get('comment') ?? '' });
          exporter?.kick();
          return redirect(response, `/apps/${encodeURIComponent(name)}`);
        } catch (reviewError) {
          if (!(reviewError instanceof ApiError) || reviewError.status >= 500) throw reviewError;
          error = reviewError.details[0]?.message ? `${reviewError.message} ${reviewError.details[0].message}` : reviewError.message;
        }
      } else if (method !== 'GET') throw new ApiError(405, 'method-not-allowed', 'Method not allowed.');
      const detail = (await service.getApp(name)) as unknown as AppDetail;
      return sendHtml(response, error ? 422 : 200, appPage(context, detail, await service.versions(name), error));
    }
    throw new ApiError(404, 'not-found', 'No such page.');
  };

  const server = tls
    ? https.createServer({ cert: readFileSync(options.tlsCert!), key: readFileSync(options.tlsKey!) }, handler)
    : http.createServer(handler);
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `${tls ? 'https' : 'http'}://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`;
  return {
    url,
    port,
    service,
    exporter,
    close: () =>
      new Promise<void>((resolve) => {
        exporter?.stop();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function setSecurityHeaders(response: ServerResponse, tls: boolean): void {
  response.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cache-Control', 'no-store');
  if (tls) response.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  // No Access-Control-* headers: browsers on other origins cannot call the API.
}

function baseUrlOf(request: IncomingMessage, tls: boolean): string {
  const host = request.headers.host && /^[A-Za-z0-9.:[\]-]+$/.test(request.headers.host) ? request.headers.host : 'localhost';
  return `${tls ? 'https' : 'http'}://${host}`;
}

function bearerToken(request: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are one address. */
function normaliseAddress(address: string): string {
  return address.replace(/^::ffff:/, '');
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) throw new ApiError(413, 'too-large', `The request body is over ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new ApiError(413, 'too-large', `The request body is over ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(request: IncomingMessage, limit: number): Promise<unknown> {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    throw new ApiError(415, 'unsupported-media-type', 'Send the body as application/json.');
  }
  const text = await readBody(request, limit);
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid-json', 'The request body is not valid JSON.');
  }
}

async function readForm(request: IncomingMessage, limit: number): Promise<URLSearchParams> {
  return new URLSearchParams(await readBody(request, limit));
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
  response.end(html);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { Location: location });
  response.end();
}

function sendError(response: ServerResponse, error: ApiError): void {
  if (response.headersSent) return void response.destroy();
  for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
  sendJson(response, error.status, { error: { code: error.code, message: error.message, details: error.details } });
}
