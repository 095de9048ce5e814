/**
 * An HTML page's inline scripts as JavaScript at their own offsets: everything outside a `<script>` element's body
 * (markup, external `src` scripts, JSON and template blocks) becomes spaces, newlines kept, so a finding's line and
 * column are the page's. A Jinja/Django tag inside a script (`{{ data|tojson }}`, `{% if %}`) becomes a placeholder
 * name or spaces, so the script around it still parses.
 */
export const HTML_PAGE = /\.html?$/i;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** Types a browser runs as JavaScript (no type at all is JavaScript too). */
const JAVASCRIPT_TYPE = /^\s*(?:text\/javascript|application\/javascript|module)\s*$/i;

export function inlineScriptText(html: string): string {
  const out = html.replace(/[^\n]/g, ' ').split('');
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1];
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (type !== undefined && !JAVASCRIPT_TYPE.test(type)) continue;
    const start = match.index + match[0].indexOf('>') + 1;
    const body = match[2].replace(/\{\{[\s\S]*?\}\}/g, (tag) => `_${tag.slice(1).replace(/[^\n]/g, ' ')}`).replace(/\{%[\s\S]*?%\}/g, (tag) => tag.replace(/[^\n]/g, ' '));
    for (let i = 0; i < body.length; i++) out[start + i] = body[i];
  }
  return out.join('');
}
