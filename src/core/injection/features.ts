// Hashed word and character n-grams: language-agnostic (character n-grams carry German compounds, French
// elisions and Chinese without spaces), no vocabulary file, and identical in the trainer and the detector.

/** log2 of the number of hash buckets; 2^18 int8 weights = 256 KB. */
export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

/** FNV-1a over UTF-16 code units, seeded by feature kind so "w:to" and "c:to" land apart. */
function hash(kind: number, text: string): number {
  let h = (2166136261 ^ kind) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) & MASK;
}

const TOKEN = /[\p{L}\p{M}\p{N}_']+|["“”«»„]|[^\s\p{L}\p{M}\p{N}_'"“”«»„]+/gu;
const QUOTE = /^["“”«»„]$/;

export interface FeatureVector {
  indices: Int32Array;
  values: Float32Array;
  /** The word or word pair behind each index, kept only when asked for (to explain a score). */
  labels?: string[];
}

/** The hashed, L2-normalised feature vector of already-normalised text. */
export function featurize(normalized: string, withLabels = false): FeatureVector {
  const text = normalized.toLowerCase().replace(/\s+/g, ' ').trim();
  const counts = new Map<number, number>();
  const labels = withLabels ? new Map<number, string>() : undefined;
  const add = (index: number, label?: string) => {
    counts.set(index, (counts.get(index) ?? 0) + 1);
    if (labels && label && !labels.has(index)) labels.set(index, label);
  };
  // Words inside quotation marks hash apart: "attackers write 'ignore your instructions'" quotes an attack,
  // it does not make one, and the model can learn the difference.
  let quoted = false;
  let previous = '';
  for (const token of text.match(TOKEN) ?? []) {
    if (QUOTE.test(token)) {
      quoted = !quoted;
      continue;
    }
    const kind = quoted ? 10 : 0;
    add(hash(1 + kind, token), token);
    if (previous) add(hash(2 + kind, `${previous} ${token}`), `${previous} ${token}`);
    previous = token;
  }
  const padded = ` ${text} `;
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) add(hash(2 + n, padded.slice(i, i + n)));
  const indices = new Int32Array(counts.size);
  const values = new Float32Array(counts.size);
  let norm = 0;
  let k = 0;
  for (const [index, count] of counts) {
    const value = Math.log1p(count);
    indices[k] = index;
    values[k++] = value;
    norm += value * value;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < values.length; i++) values[i] /= norm;
  return { indices, values, labels: labels ? [...indices].map((index) => labels.get(index) ?? '') : undefined };
}
