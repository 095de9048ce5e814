/** Shows just enough of a secret to recognise it, never the whole value. */
export function maskSecret(secret: string): string {
  const value = secret.trim();
  const url = /^([a-z][a-z0-9+.-]*:\/\/)([^:/\s@]*):([^@/\s]+)@([^/\s?]*)/i.exec(value);
  if (url) return `${url[1]}${url[2]}:****@${url[4]}`;
  if (value.length <= 8) return '*'.repeat(Math.max(4, value.length));
  const visible = Math.min(6, Math.floor(value.length / 4));
  return `${value.slice(0, visible)}${'*'.repeat(8)}${value.slice(-2)}`;
}

/** Drops the closing quote, comma or semicolon that a greedy URL pattern swallowed. */
export function trimTrailingPunctuation(text: string): number {
  const match = /["'`;,)\]}>]+$/.exec(text);
  return match ? text.length - match[0].length : text.length;
}

/** Key shapes of the common providers and credentials in URLs, anywhere in a text. */
const SECRET_IN_TEXT = /\b(sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}|AIza[0-9A-Za-z_-]{35}|gsk_[A-Za-z0-9]{40,}|hf_[A-Za-z]{30,}|xox[bpa]-[A-Za-z0-9-]{20,}|gh[pousr]_[A-Za-z0-9]{36}|AKIA[0-9A-Z]{16}|[a-z][a-z0-9+.-]*:\/\/[^:/\s@]*:[^@/\s]+@[^/\s?]*)/gi;

/** Masks every secret-shaped value in a text (a registry never stores one, whatever a client sends). */
export function redactSecrets(text: string): string {
  return text.replace(SECRET_IN_TEXT, (match) => (/\*{4}/.test(match) ? match : maskSecret(match)));
}
