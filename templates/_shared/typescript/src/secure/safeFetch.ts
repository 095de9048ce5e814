import { ALLOWED_HOSTS } from '../config';

// Deny by default: the app may only call the hosts listed in microapp.yaml (spec.network.allow), and
// ALLOWED_HOSTS in config.ts must match it. Micro App Guard checks the code against the manifest.

export class HostNotAllowedError extends Error {
  constructor(readonly host: string) {
    super(`Calls to ${host} are not allowed: add it to network.allow in microapp.yaml (and ALLOWED_HOSTS) if it is needed.`);
    this.name = 'HostNotAllowedError';
  }
}

/** fetch() that refuses any host outside the allowlist, any non-https URL, and redirects to other hosts. */
export async function safeFetch(url: string, init: RequestInit = {}, allowed: readonly string[] = ALLOWED_HOSTS): Promise<Response> {
  const target = new URL(url);
  if (target.protocol !== 'https:' || !allowed.includes(target.hostname)) throw new HostNotAllowedError(target.hostname);
  const response = await fetch(target, { ...init, redirect: 'manual', signal: init.signal ?? AbortSignal.timeout(30_000) });
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get('location');
    if (location) return safeFetch(new URL(location, target).href, init, allowed);
  }
  return response;
}
