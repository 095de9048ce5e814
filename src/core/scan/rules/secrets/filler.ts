/**
 * A key's shape filled in, not a key: runs of x, X or `*` (`ghp_XXXX…` in a comment documenting a format), or a handful
 * of characters repeated (`aaaa…`, `0000…`). The provider-key rules and secretlint's matches are both read this way.
 */
export function isFiller(value: string): boolean {
  return /\*{3,}|x{6,}|X{6,}/.test(value) || new Set(value).size < 6;
}
