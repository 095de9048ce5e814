// Encoded payloads smuggle an instruction past anyone reading the text. We decode the common encodings and let the
// classifier read what comes out; a span is reported only when its decoded text reads as an injection.

export interface DecodedSpan {
  start: number;
  end: number;
  encoding: 'base64' | 'hex' | 'URL-encoding' | 'ROT13';
  decoded: string;
}

const BASE64 = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])/g;
const HEX = /(?<![0-9A-Fa-f])(?:(?:\\x|0x)?[0-9A-Fa-f]{2}[\s:]?){8,}(?![0-9A-Fa-f])/g;
const PERCENT = /(?:%[0-9A-Fa-f]{2}|[A-Za-z0-9._~+-]){6,}/g;

/** True when decoded bytes look like words: mostly printable letters and spaces. */
function readable(text: string): boolean {
  if (text.length < 8 || /[\u0000-\u0008\u000E-\u001F\uFFFD]/.test(text)) return false;
  const letters = text.match(/[\p{L}\s]/gu)?.length ?? 0;
  return letters / text.length > 0.75 && /\s/.test(text);
}

/** Finds base64, hex and URL-encoded spans whose content decodes to readable text. */
export function findEncodedSpans(text: string): DecodedSpan[] {
  const spans: DecodedSpan[] = [];
  for (const match of text.matchAll(BASE64)) {
    // A long identifier or a path is not base64 text: require the mix of cases and digits encoders produce.
    if (!/[A-Z]/.test(match[0]) || !/[a-z]/.test(match[0])) continue;
    const decoded = Buffer.from(match[0].replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    if (readable(decoded)) spans.push({ start: match.index, end: match.index + match[0].length, encoding: 'base64', decoded });
  }
  for (const match of text.matchAll(HEX)) {
    const digits = match[0].replace(/\\x|0x|[\s:]/g, '');
    const decoded = Buffer.from(digits, 'hex').toString('utf8');
    if (readable(decoded)) spans.push({ start: match.index, end: match.index + match[0].length, encoding: 'hex', decoded });
  }
  for (const match of text.matchAll(PERCENT)) {
    if ((match[0].match(/%[0-9A-Fa-f]{2}/g)?.length ?? 0) < 3) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(match[0].replace(/\+/g, ' '));
    } catch {
      continue;
    }
    if (readable(decoded)) spans.push({ start: match.index, end: match.index + match[0].length, encoding: 'URL-encoding', decoded });
  }
  return spans;
}

/** ROT13 of a sentence; the detector scores it beside the original and keeps whichever reads as an instruction. */
export function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (char) => {
    const base = char <= 'Z' ? 65 : 97;
    return String.fromCharCode(((char.charCodeAt(0) - base + 13) % 26) + base);
  });
}
