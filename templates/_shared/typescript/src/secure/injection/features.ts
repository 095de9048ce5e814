// Hashed word and character n-grams: language-agnostic (character n-grams carry German compounds, French
// elisions and Chinese without spaces), no vocabulary file, and identical in the trainer and the detector.

/** log2 of the number of hash buckets; 2^18 int8 weights = 256 KB. */
export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

const OFFSET = 2166136261;
const PRIME = 16777619;

/** FNV-1a over UTF-16 code units, seeded by feature kind so "w:to" and "c:to" land apart. */
function hash(kind: number, text: string, from = 0, to = text.length): number {
  let h = (OFFSET ^ kind) >>> 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), PRIME);
  return (h >>> 0) & MASK;
}

// One counting table reused across calls (the detector featurises every sentence): no Map, no garbage per n-gram.
const counts = new Float32Array(1 << FEATURE_BITS);
const touched = new Int32Array(1 << 16);

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
  const labels = withLabels ? new Map<number, string>() : undefined;
  let size = 0;
  const add = (index: number) => {
    if (counts[index] === 0) {
      if (size === touched.length) return; // a huge text: the first 65,536 distinct n-grams decide
      touched[size++] = index;
    }
    counts[index]++;
  };
  // Words inside quotation marks hash apart: "attackers write 'ignore your instructions'" quotes an attack,
  // it does not make one, and the model can learn the difference.
  let quoted = false;
  let previous = '';
  for (const [token] of text.matchAll(TOKEN)) {
    if (QUOTE.test(token)) {
      quoted = !quoted;
      continue;
    }
    const kind = quoted ? 10 : 0;
    const word = hash(1 + kind, token);
    add(word);
    if (labels && !labels.has(word)) labels.set(word, token);
    if (previous) {
      const pair = `${previous} ${token}`;
      const index = hash(2 + kind, pair);
      add(index);
      if (labels && !labels.has(index)) labels.set(index, pair);
    }
    previous = token;
  }
  const padded = ` ${text} `;
  for (let i = 0; i + 3 <= padded.length; i++) {
    for (let n = 3; n <= 5 && i + n <= padded.length; n++) add(hash(2 + n, padded, i, i + n));
  }
  const indices = touched.slice(0, size);
  const values = new Float32Array(size);
  let norm = 0;
  for (let k = 0; k < size; k++) {
    const value = Math.log1p(counts[indices[k]]);
    counts[indices[k]] = 0;
    values[k] = value;
    norm += value * value;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < size; k++) values[k] /= norm;
  return { indices, values, labels: labels ? [...indices].map((index) => labels.get(index) ?? '') : undefined };
}
