import type { IncomingMessage } from 'node:http';
import { safeFetch } from './safeFetch';

// Single sign-on in front of every route: the request must carry the company identity provider's access token.
// We ask the provider's OIDC userinfo endpoint who it belongs to (its host is in the allowlist).

export interface User {
  id: string;
  email?: string;
}

export type Authenticate = (request: IncomingMessage) => Promise<User | undefined>;

/** Checks the bearer token with the OIDC provider; results are cached for a minute. */
export function oidcAuthenticator(userinfoUrl: string): Authenticate {
  const cache = new Map<string, { user: User | undefined; until: number }>();
  return async (request) => {
    const token = /^Bearer ([\w.~+/-]+=*)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!token) return undefined;
    const cached = cache.get(token);
    if (cached && cached.until > Date.now()) return cached.user;
    const response = await safeFetch(userinfoUrl, { headers: { Authorization: `Bearer ${token}` } });
    const info = response.ok ? ((await response.json()) as { sub?: string; email?: string }) : {};
    const user = info.sub ? { id: info.sub, email: info.email } : undefined;
    cache.set(token, { user, until: Date.now() + 60_000 });
    return user;
  };
}
