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
