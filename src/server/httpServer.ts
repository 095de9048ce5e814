import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { APP_STATUSES, reviewRequestSchema, submitRequestSchema } from '../core/registry/protocol';
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
const CSRF_COOKIE = 'mag_csrf';

declare module 'fastify' {
  interface FastifyRequest {
    /** The API caller, set by the bearer-token check before the rate limit and the route run. */
    principal?: Principal;
  }
}

/**
 * @fastify/rate-limit's own store is an LRU that forgets the oldest key when full, so a flood of fresh keys would
 * reset everyone's count. This store keeps our bounded token buckets (overflow bucket, never a reset) behind the
 * plugin's interface: the plugin does the hooks, the headers and the 429.
 */
function tokenBucketStore(limiter: RateLimiter) {
  return class TokenBucketStore {
    incr(key: string, callback: (error: Error | null, result: { current: number; ttl: number }) => void, _window: number, max: number): void {
      const wait = limiter.take(key);
      callback(null, { current: wait > 0 ? max + 1 : 1, ttl: wait > 0 ? wait * 1000 : 60_000 });
    }
    child(): TokenBucketStore {
      return this;
    }
  };
}

/** Starts the registry's HTTP(S) server on an open database. */
export async function startRegistryServer(db: Database, options: ServerOptions): Promise<RunningRegistry> {
  await migrate(db);
  const tls = !!(options.tlsCert && options.tlsKey);
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const perMinute = options.rateLimitPerMinute ?? 600;
  const failedSignIns = new RateLimiter(30);
  const csrfSecret = randomBytes(32);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const service = new RegistryService(db, { reviewDays: options.reviewDays ?? 5, baseUrl: '' });
  const exporter = options.exportSinks?.length ? new AuditExporter(db, options.exportSinks, { log, ...options.exportOptions }) : undefined;
  exporter?.start();
  const sessionLimits = options.sessionLimits ?? DEFAULT_SESSION_LIMITS;

  const app = Fastify({
    ...(tls ? { https: { cert: readFileSync(options.tlsCert!), key: readFileSync(options.tlsKey!) } } : {}),
    bodyLimit: maxBody,
    // Behind a load balancer, request.ip is the right-most X-Forwarded-For address that is not a trusted proxy.
    trustProxy: options.trustProxy?.length ? options.trustProxy.flatMap((address) => [address, `::ffff:${address}`]) : false,
    logger: false,
    connectionTimeout: 30_000,
    keepAliveTimeout: 5_000,
    requestTimeout: 30_000,
  });
  app.server.headersTimeout = 10_000;
  // Routes are typed and validated from the protocol's zod schemas (the same the service and the client use).
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON and forms: anything else is a 415, never a string handed to the service.
  app.removeContentTypeParser('text/plain');
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: tls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody, { bodyLimit: maxBody });
  // Dashboard forms: a CSRF secret in its own cookie, and each token bound to the browser's session cookie (before
  // sign-in, to "signed-out"), so a token from one session is refused in another.
  const csrfUser = (request: FastifyRequest) => request.cookies[SESSION_COOKIE] || 'signed-out';
  await app.register(fastifyCsrf, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: tls },
    getToken: (request) => (request.body && typeof request.body === 'object' ? String((request.body as Record<string, unknown>).csrf ?? '') : ''),
    getUserInfo: csrfUser,
    csrfOpts: { hmacKey: csrfSecret },
  });
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    // No Access-Control-* headers: browsers on other origins cannot call the API.
  });

  // Every API request: a valid bearer token first (failures limited per client address), then the per-token limit.
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const principal = await authenticate(db, bearerToken(request));
    if (!principal) {
      const wait = failedSignIns.take(`ip:${request.ip}`);
      if (wait > 0) throw new ApiError(429, 'rate-limited', 'Too many failed sign-ins.', [], { 'Retry-After': String(wait) });
      throw new ApiError(401, 'unauthorized', 'A valid bearer token is required: Authorization: Bearer <token>.', [], { 'WWW-Authenticate': 'Bearer' });
    }
    request.principal = principal;
  });
  await app.register(fastifyRateLimit, {
    global: false,
    hook: 'onRequest',
    max: Math.max(1, perMinute),
    timeWindow: 60_000,
    store: tokenBucketStore(new RateLimiter(perMinute)),
    keyGenerator: (request) => request.principal?.tokenId ?? `ip:${request.ip}`,
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
    addHeaders: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false, 'retry-after': true },
    errorResponseBuilder: (_request, context) => new ApiError(429, 'rate-limited', `Too many requests for this token; retry in ${Math.ceil(context.ttl / 1000)} s.`),
  });
  const limited = { config: { rateLimit: perMinute > 0 ? {} : false } } as const;

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error instanceof ApiError) return sendError(reply, error);
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
      return sendError(reply, new ApiError(403, 'csrf', 'This form has expired: reload the page and try again.'));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext === 'body' ? 'The request body' : `The request's ${error.validationContext}`;
      const details = error.validation.map((issue) => ({ path: issue.instancePath.slice(1).replace(/\//g, '.'), message: issue.message ?? 'invalid' }));
      return sendError(reply, new ApiError(422, 'invalid', `${where} is not valid`, details));
    }
    // The framework's own refusals, in the API's words.
    if (error.statusCode === 413) return sendError(reply, new ApiError(413, 'too-large', `The request body is over ${maxBody} bytes.`));
    if (error.statusCode === 415) return sendError(reply, new ApiError(415, 'unsupported-media-type', 'Send the body as application/json.'));
    if (error.statusCode === 400 && /JSON|body/i.test(`${error.code} ${error.message}`)) return sendError(reply, new ApiError(400, 'invalid-json', 'The request body is not valid JSON.'));
    log(`registry: ${request.method} ${request.url}: ${error.stack ?? String(error)}`);
    return sendError(reply, new ApiError(500, 'internal', 'The registry hit an unexpected error; it has been logged. Try again.'));
  });

  app.get('/healthz', async () => ({ status: 'ok', database: db.dialect }));

  // The API, typed from the protocol's schemas: a handler never sees a body or query its schema refuses.
  const api = app.withTypeProvider<ZodTypeProvider>();
  const principalOf = (request: FastifyRequest) => request.principal!;
  const baseOf = (request: FastifyRequest) => baseUrlOf(request, tls);
  const appParams = z.object({ name: z.string().min(1).max(200) });
  const listQuery = z.object({ tier: z.enum(['low', 'medium', 'high']).optional(), status: z.enum(APP_STATUSES).optional(), overdue: z.enum(['true', 'false']).optional() });
  const auditQuery = z.object({ cursor: z.string().regex(/^\d+$/, 'cursor must be the nextCursor of a previous page').optional(), limit: z.string().regex(/^\d+$/).optional() });
  api.post('/api/v1/apps', { ...limited, schema: { body: submitRequestSchema } }, async (request, reply) => {
    const key = request.headers['idempotency-key'];
    const result = await service.submit(principalOf(request), request.body, Array.isArray(key) ? key[0] : key);
    exporter?.kick();
    return reply.code(result.status).send({ ...result.body, dashboardUrl: baseOf(request) + result.body.dashboardUrl });
  });
  api.get('/api/v1/apps', { ...limited, schema: { querystring: listQuery } }, async (request) => ({
    apps: await service.listApps({ tier: request.query.tier, status: request.query.status, overdue: request.query.overdue === 'true' }),
  }));
  api.get('/api/v1/apps/:name', { ...limited, schema: { params: appParams } }, async (request) => {
    const detail = await service.getApp(request.params.name);
    return { ...detail, dashboardUrl: `${baseOf(request)}/apps/${encodeURIComponent(request.params.name)}` };
  });
  api.get('/api/v1/apps/:name/versions', { ...limited, schema: { params: appParams } }, async (request) => {
    await service.getApp(request.params.name);
    return { versions: await service.versions(request.params.name) };
  });
  api.post('/api/v1/apps/:name/review', { ...limited, schema: { params: appParams, body: reviewRequestSchema } }, async (request) => {
    const reviewed = await service.review(principalOf(request), request.params.name, request.body);
    exporter?.kick();
    return { app: reviewed };
  });
  api.get('/api/v1/audit', { ...limited, schema: { querystring: auditQuery } }, async (request) => {
    requireRole(principalOf(request), ['reviewer', 'admin']);
    const after = Number(request.query.cursor ?? '0');
    const limit = Math.min(500, Math.max(1, Number(request.query.limit ?? '100')));
    if (!Number.isSafeInteger(after)) throw new ApiError(400, 'bad-cursor', 'cursor must be the nextCursor of a previous page');
    return auditPage(db, after, limit);
  });
  api.get('/api/v1/audit/verify', limited, async (request) => {
    requireRole(principalOf(request), ['reviewer', 'admin']);
    return verifyAudit(db);
  });

  // The dashboard: server-side sessions, CSRF-checked forms and a fresh CSP nonce per page.
  const cookieOptions = (maxAgeSeconds: number) => ({ httpOnly: true, sameSite: 'strict' as const, path: '/', maxAge: maxAgeSeconds, secure: tls });
  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    const nonce = randomBytes(16).toString('base64');
    reply.header('Content-Security-Policy', `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`);
    const principal = await sessionPrincipal(db, request.cookies[SESSION_COOKIE], sessionLimits);
    const csrf = reply.generateCsrf({ userInfo: csrfUser(request) });
    const context: PageContext = { nonce, signedInAs: principal?.name, role: principal?.role, csrf };
    const signIn = (status: number, error?: string) => sendHtml(reply, status, signInPage(context, error));
    return { principal, context, signIn };
  };
  const form = (request: FastifyRequest) => (request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {});

  const checked = { preHandler: app.csrfProtection };
  app.post('/login', checked, async (request, reply) => {
    const { principal, signIn } = await page(request, reply);
    const token = form(request).token;
    const candidate = await authenticate(db, typeof token === 'string' ? token.trim() : undefined);
    if (!candidate) {
      if (failedSignIns.take(`ip:${request.ip}`) > 0) return signIn(429, 'Too many failed sign-ins; wait a minute.');
      return signIn(401, 'That token is not valid (or was revoked).');
    }
    // A new session id at every sign-in (an old session in this browser ends): the cookie never holds the token.
    if (principal) await endSession(db, principal.sessionId);
    const sessionId = await createSession(db, candidate, Date.now(), sessionLimits);
    reply.setCookie(SESSION_COOKIE, sessionId, cookieOptions(Math.floor(sessionLimits.maxMs / 1000)));
    return reply.redirect('/', 303);
  });
  app.post('/logout', checked, async (request, reply) => {
    const { principal, signIn } = await page(request, reply);
    if (!principal) return signIn(401);
    await endSession(db, principal.sessionId);
    reply.setCookie(SESSION_COOKIE, '', cookieOptions(0));
    return reply.redirect('/', 303);
  });
  app.get<{ Querystring: { tier?: string; status?: string } }>('/', async (request, reply) => {
    const { principal, context, signIn } = await page(request, reply);
    if (!principal) return signIn(200);
    return sendHtml(reply, 200, appListPage(context, await service.listApps({}), { tier: request.query.tier, status: request.query.status }));
  });
  app.get('/audit', async (request, reply) => {
    const { principal, context, signIn } = await page(request, reply);
    if (!principal) return signIn(401);
    const { entries } = await auditPage(db, 0, 500);
    return sendHtml(reply, 200, auditPageHtml(context, entries.reverse(), await verifyAudit(db)));
  });
  type AppParams = { Params: { name: string } };
  const appPageRoute = async (request: FastifyRequest<AppParams>, reply: FastifyReply, review: boolean) => {
    const { principal, context, signIn } = await page(request, reply);
    if (!principal) return signIn(401);
    const name = request.params.name;
    let error: string | undefined;
    if (review && request.method === 'POST') {
      const fields = form(request);
      try {
        await service.review(principal, name, { decision: fields.decision, comment: typeof fields.comment === 'string' ? fields.comment : '' });
        exporter?.kick();
        return reply.redirect(`/apps/${encodeURIComponent(name)}`, 303);
      } catch (reviewError) {
        if (!(reviewError instanceof ApiError) || reviewError.status >= 500) throw reviewError;
        error = reviewError.details[0]?.message ? `${reviewError.message} ${reviewError.details[0].message}` : reviewError.message;
      }
    } else if (request.method !== 'GET') throw new ApiError(405, 'method-not-allowed', 'Method not allowed.');
    const detail = (await service.getApp(name)) as unknown as AppDetail;
    return sendHtml(reply, error ? 422 : 200, appPage(context, detail, await service.versions(name), error));
  };
  app.route<AppParams>({ method: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'], url: '/apps/:name', handler: (request, reply) => appPageRoute(request, reply, false) });
  app.route<AppParams>({ method: ['GET', 'POST'], url: '/apps/:name/review', preHandler: (request, reply, done) => (request.method === 'POST' ? app.csrfProtection(request, reply, done) : done()), handler: (request, reply) => appPageRoute(request, reply, true) });

  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/v1/')) throw new ApiError(404, 'not-found', `No API route ${request.method} ${request.url.split('?')[0]}.`);
    const { principal, signIn } = await page(request, reply);
    if (!principal) return signIn(401);
    throw new ApiError(404, 'not-found', 'No such page.');
  });

  await app.listen({ port: options.port, host: options.host ?? '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const url = `${tls ? 'https' : 'http'}://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`;
  return {
    url,
    port,
    service,
    exporter,
    close: async () => {
      exporter?.stop();
      app.server.closeAllConnections();
      await app.close();
    },
  };
}

function baseUrlOf(request: FastifyRequest, tls: boolean): string {
  const host = request.headers.host && /^[A-Za-z0-9.:[\]-]+$/.test(request.headers.host) ? request.headers.host : 'localhost';
  return `${tls ? 'https' : 'http'}://${host}`;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}

function sendError(reply: FastifyReply, error: ApiError): FastifyReply {
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply.code(error.status).type('application/json; charset=utf-8').send({ error: { code: error.code, message: error.message, details: error.details } });
}
