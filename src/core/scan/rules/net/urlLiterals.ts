import type { CodeModel, Expr } from '../../code/codeModel';

export interface UrlLiteral {
  /** The string literal holding the URL. */
  expr: Expr;
  url: string;
  scheme: 'http' | 'https';
  host: string;
  /** Offset of the URL inside the file. */
  start: number;
  /** The value of a key that names a schema or namespace (`"$schema": "http://…"`, `xmlns`, `@context`): never fetched. */
  identifier: boolean;
}

/** `"$schema": `, `xmlns=`, `'@context': ` just before a literal: what follows names a schema or namespace. */
const IDENTIFIER_KEY = /(?:["']?)(?:\$schema|\$id|@context|@id|@type|xmlns(?::[\w-]+)?)(?:["']?)\s*[:=]\s*$/;

const URL_AT_START = /^(https?):\/\/([a-z0-9.-]+)(?::\d+)?(?:[/?#]|$)/i;

/** Literal URLs in code (strings and the head of templates), never in comments. */
export function urlLiterals(model: CodeModel, text: string): UrlLiteral[] {
  const urls: UrlLiteral[] = [];
  for (const scope of model.scopes) {
    for (const expr of scope.strings) {
      const value = expr.literal ?? '';
      const match = URL_AT_START.exec(value);
      if (!match || match[2].includes('{}')) continue;
      const quoteOffset = text.slice(expr.start, expr.end).search(/https?:\/\//i);
      urls.push({
        expr,
        url: value,
        scheme: match[1].toLowerCase() as 'http' | 'https',
        host: match[2].toLowerCase().replace(/\.$/, ''),
        start: expr.start + Math.max(0, quoteOffset),
        identifier: IDENTIFIER_KEY.test(text.slice(Math.max(0, expr.start - 40), expr.start)),
      });
    }
  }
  return urls;
}

/** Hosts on this machine or its link, and names that are not hosts at all (`http://aaa` in a validator test). */
export function isLocalHost(host: string): boolean {
  return /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal)$/.test(host) || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.test') || !host.includes('.');
}

/** Cloud instance metadata services answer only on the link-local address, over plain HTTP by design. */
export function isMetadataService(host: string): boolean {
  return /^169\.254\.\d+\.\d+$/.test(host) || host === 'metadata.google.internal' || host === 'metadata';
}

/** Identifiers that look like URLs but are never fetched: XML namespaces, JSON Schema ids. */
export const NAMESPACE_HOSTS = /^(www\.w3\.org|schemas\.xmlsoap\.org|schemas\.microsoft\.com|json-schema\.org|purl\.org|xmlns\.com|ns\.adobe\.com|schemas\.openxmlformats\.org|www\.sitemaps\.org|opensource\.org|www\.apache\.org|example\.(com|org|net)|www\.example\.(com|org|net))$/;

export function hostAllowed(host: string, allowlist: readonly string[]): boolean {
  return allowlist.some((entry) => {
    const allowed = entry.toLowerCase().replace(/^https?:\/\//, '').replace(/[:/].*$/, '');
    if (allowed.startsWith('*.')) return host.endsWith(allowed.slice(1)) || host === allowed.slice(2);
    return host === allowed;
  });
}
