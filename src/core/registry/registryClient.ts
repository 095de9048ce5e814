import { randomUUID } from 'node:crypto';
import type { Manifest } from '../manifest/manifestSchema';
import type { ErrorBody, ErrorDetail, ReviewLine, ScanSummaryPayload, SubmitResponse } from './protocol';

export type RegistryFailure =
  | 'invalid-url'
  | 'unreachable'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'too-large'
  | 'rate-limited'
  | 'server'
  | 'bad-response';

/** A failed registry call; front ends match on `reason`, never on the message text. */
export class RegistryError extends Error {
  constructor(
    readonly reason: RegistryFailure,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly status?: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

export interface SubmitOptions {
  registryUrl: string;
  token: string;
  manifest: Manifest;
  scan: ScanSummaryPayload;
  clientTier?: 'low' | 'medium' | 'high';
  /** Per attempt (default 10 s). */
  timeoutMs?: number;
  /** Further attempts after a network error, a timeout, 429 or 5xx (default 2). */
  retries?: number;
  /** One key for all attempts, so a retried request never makes a second version. */
  idempotencyKey?: string;
  /** Called before each retry (for progress messages). */
  onRetry?: (attempt: number, error: RegistryError) => void;
  fetchImpl?: typeof fetch;
}

/** https is required, except for a registry on this machine. */
export function checkRegistryUrl(registryUrl: string): URL {
  let url: URL;
  try {
    url = new URL(registryUrl);
  } catch {
    throw new RegistryError('invalid-url', `"${registryUrl}" is not a URL; set the registry URL such as https://registry.acme.com`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new RegistryError('invalid-url', `The registry URL must use https:// (plain http is allowed only for localhost): ${registryUrl}`);
  }
  return url;
}

/** Sends the manifest and scan summary to the registry, retrying safely with one idempotency key. */
export async function submitApp(options: SubmitOptions): Promise<SubmitResponse> {
  const base = checkRegistryUrl(options.registryUrl);
  const idempotencyKey = options.idempotencyKey ?? `submit-${randomUUID()}`;
  const retries = options.retries ?? 2;
  const body = JSON.stringify({ manifest: options.manifest, scan: options.scan, clientTier: options.clientTier });
  for (let attempt = 0; ; attempt++) {
    try {
      return (await requestJson(options.fetchImpl ?? fetch, new URL('api/v1/apps', ensureSlash(base)), options.token, options.timeoutMs ?? 10_000, {
        method: 'POST',
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
      })) as SubmitResponse;
    } catch (error) {
      const failure = error as RegistryError;
      const retryable = ['unreachable', 'timeout', 'rate-limited', 'server'].includes(failure.reason);
      if (!retryable || attempt >= retries) throw failure;
      options.onRetry?.(attempt + 1, failure);
      const delay = failure.retryAfterSeconds !== undefined ? Math.min(failure.retryAfterSeconds, 30) * 1000 : 300 * 2 ** attempt;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** An app's status as the builder needs it: the latest review, its comment and the lines it concerns. */
export interface AppStatusView {
  name: string;
  status: string;
  latestVersion: number;
  tier: string;
  review?: { version: number; reviewer: string; decision: string; comment: string; createdAt: string; lines: ReviewLine[] };
}

export async function getAppStatus(options: { registryUrl: string; token: string; name: string; timeoutMs?: number; fetchImpl?: typeof fetch }): Promise<AppStatusView> {
  const base = checkRegistryUrl(options.registryUrl);
  const body = (await requestJson(options.fetchImpl ?? fetch, new URL(`api/v1/apps/${encodeURIComponent(options.name)}`, ensureSlash(base)), options.token, options.timeoutMs ?? 10_000, { method: 'GET' })) as {
    app?: { name: string; status: string; latestVersion: number; tier: string };
    reviews?: AppStatusView['review'][];
  };
  if (!body?.app) throw new RegistryError('bad-response', 'The registry answered without the app.');
  return { name: body.app.name, status: body.app.status, latestVersion: body.app.latestVersion, tier: body.app.tier, review: body.reviews?.[0] ? { ...body.reviews[0], lines: body.reviews[0].lines ?? [] } : undefined };
}

function ensureSlash(url: URL): URL {
  return new URL(url.href.endsWith('/') ? url.href : `${url.href}/`);
}

async function requestJson(fetchImpl: typeof fetch, url: URL, token: string, timeoutMs: number, init: { method: string; body?: string; headers?: Record<string, string> }): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: init.method,
      body: init.body,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json', ...init.headers },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new RegistryError('timeout', `The registry at ${url.origin} did not answer within ${Math.round(timeoutMs / 1000)} s.`);
    throw new RegistryError('unreachable', `Cannot reach the registry at ${url.origin}: is it running, and is the URL right?`);
  }
  const text = await response.text().catch(() => '');
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (response.ok) {
    if (data === undefined) throw new RegistryError('bad-response', `The registry at ${url.origin} answered with something that is not JSON: is the URL right?`, [], response.status);
    return data;
  }
  const error = (data as ErrorBody | undefined)?.error;
  const message = error?.message ?? `The registry answered HTTP ${response.status}.`;
  const details = Array.isArray(error?.details) ? error!.details : [];
  const retryAfter = Number(response.headers.get('retry-after') ?? NaN);
  const reason: RegistryFailure =
    response.status === 401 ? 'unauthorized'
    : response.status === 403 ? 'forbidden'
    : response.status === 404 ? 'not-found'
    : response.status === 409 ? 'conflict'
    : response.status === 413 ? 'too-large'
    : response.status === 422 || response.status === 400 ? 'invalid'
    : response.status === 429 ? 'rate-limited'
    : response.status >= 500 ? 'server'
    : 'bad-response';
  throw new RegistryError(reason, message, details, response.status, Number.isFinite(retryAfter) ? retryAfter : undefined);
}
