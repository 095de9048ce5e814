import { readFileSync } from 'node:fs';
import http from 'node:http';
import { ALLOWED_ORIGINS, AUDIT_LOG_FILE, DATA_FILE } from './config';
import { writeAuditEvent } from './secure/auditLog';
import { applySecurityHeaders, escapeHtml } from './secure/httpSecurity';
import type { Authenticate } from './secure/sso';

interface Item {
  id: string;
  title: string;
  status: string;
  owner: string;
}

/** The page: every value is escaped, the one style block carries this response's nonce, no scripts at all. */
export function renderPage(items: Item[], nonce: string, user: string): string {
  const rows = items.map((item) => `<tr><td>${escapeHtml(item.id)}</td><td>${escapeHtml(item.title)}</td><td>${escapeHtml(item.status)}</td><td>${escapeHtml(item.owner)}</td></tr>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{title}}</title>
<style nonce="${nonce}">body{font:15px system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{padding:.3rem .8rem;border-bottom:1px solid #ccc;text-align:left}</style>
</head><body><h1>{{title}}</h1><p>Signed in as ${escapeHtml(user)}</p>
<table><thead><tr><th>Id</th><th>Title</th><th>Status</th><th>Owner</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}

/** Read-only dashboard: SSO on every route, GET only, strict headers, views audited. */
export function createDashboardServer(deps: { authenticate: Authenticate; dataFile?: string; auditFile?: string }): http.Server {
  return http.createServer(async (request, response) => {
    const nonce = applySecurityHeaders(request, response, ALLOWED_ORIGINS);
    const user = await deps.authenticate(request).catch(() => undefined);
    if (!user) {
      response.writeHead(401, { 'Content-Type': 'text/plain' });
      return response.end('Sign in with your company account.');
    }
    if (request.method !== 'GET') {
      // Read-only by design: nothing here changes data.
      response.writeHead(405, { Allow: 'GET', 'Content-Type': 'text/plain' });
      return response.end('This dashboard is read-only.');
    }
    const items = JSON.parse(readFileSync(deps.dataFile ?? DATA_FILE, { encoding: 'utf8', flag: 'r' })) as Item[];
    writeAuditEvent(deps.auditFile ?? AUDIT_LOG_FILE, { actor: user.id, action: 'view' });
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(renderPage(items, nonce, user.email ?? user.id));
  });
}
