// Finds prompt injection in text: a trained classifier reads each sentence (and each pair of sentences) after
// normalisation, decoded payloads are read too, and structural signals catch what n-grams cannot.
import { findEncodedSpans, rot13 } from './decode';
import { featurize } from './features';
import { injectionProbability, strongestWords, type InjectionModel } from './model';
import { normalizeText } from './normalize';
import { INJECTION_SIGNALS, type InjectionContext } from './signals';

export interface InjectionHit {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** The classifier's probability for the span (1 for a structural signal on its own). */
  score: number;
  /** Why, in words: "base64 that decodes to 'ignore your rules…'", "role marker `<|im_start|>` inside data". */
  reason: string;
  /** The structural signal behind the hit, if one decided it. */
  signal?: string;
  /** End of the hit in the folded text (for grouping a signal's matches). */
  textEnd?: number;
}

export interface DetectOptions {
  context: InjectionContext;
}

interface Unit {
  start: number;
  end: number;
  text: string;
}

// A full stop inside "www.example.com", "3.5" or "<!--" does not end a sentence.
const SENTENCE = /(?:[^.!?。！？\n]|[.!?](?![\s.!?]|$))+(?:[.!?。！？]+|\n|$)/g;
const MAX_TEXT = 200_000;
/**
 * The app's own prompt text is the author's, and full of imperatives ("Output ONLY the title."): there a sentence
 * must read as an injection with at least this probability, whatever the threshold chosen for data. (0.9: three public
 * apps' own headings and format rules scored 0.81–0.89 — "Structure your response with:", "=== WHAT YOU'RE SELLING ===".)
 */
const PROMPT_FLOOR = 0.9;
/** Template slots (dollar-brace, double-brace and single-brace names) read as blanks: same length, so offsets hold. */
const PLACEHOLDER = /\$\{[^}\n]*\}|\{\{[^}\n]*\}\}|\{[A-Za-z_][\w.]*\}/g;
/** Function words of the Latin-script languages we read: a sentence holding one is plain text, not ROT13. */
const PLAIN_WORDS = /\b(the|and|you|your|is|are|to|of|for|with|der|die|das|und|ist|le|la|les|et|est|el|los|que|y|il|di|che|het|een|en|van|o|os|um|uma|não)\b/i;

/** Sentences of the folded text, with their offsets in it. */
function sentences(text: string): Unit[] {
  const units: Unit[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    // Too little text to read on its own ("00", "Hi team,"): the classifier's bias would decide, not the words.
    if (substantial(match[0])) units.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return units;
}

function substantial(text: string): boolean {
  return (text.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3 || (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0) >= 6;
}

const clip = (text: string, length = 60) => {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
};

// The editor re-scans a file on every pause in typing; its prompt strings rarely change between two scans.
const MEMO_ENTRIES = 4000;
const MEMO_TEXT_LIMIT = 20_000;
const memo = new WeakMap<InjectionModel, Map<string, readonly InjectionHit[]>>();

/** Every span of the text that reads as prompt injection, with the reason (remembered per model and text). */
export function detectInjection(original: string, model: InjectionModel, options: DetectOptions): readonly InjectionHit[] {
  let results = memo.get(model);
  if (!results) memo.set(model, (results = new Map()));
  const key = `${options.context}\u0000${original}`;
  const known = results.get(key);
  if (known) return known;
  const hits = detectUncached(original, model, options);
  if (results.size >= MEMO_ENTRIES) results.clear();
  if (original.length <= MEMO_TEXT_LIMIT) results.set(key, hits);
  return hits;
}

function detectUncached(original: string, model: InjectionModel, options: DetectOptions): readonly InjectionHit[] {
  const clipped = original.length > MAX_TEXT ? original.slice(0, MAX_TEXT) : original;
  const source = options.context === 'prompt' ? clipped.replace(PLACEHOLDER, (slot) => ' '.repeat(slot.length)) : clipped;
  const bar = options.context === 'prompt' ? Math.max(model.threshold, PROMPT_FLOOR) : model.threshold;
  const folded = normalizeText(source);
  const text = folded.text;
  const at = (index: number) => folded.offsets[Math.min(index, folded.offsets.length - 1)];
  const hits: InjectionHit[] = [];
  const disguise = folded.disguises.length ? ` (disguised with ${folded.disguises.join(' and ')})` : '';

  // Weak signals lower the bar for the sentences they touch; strong ones report on their own.
  const weakRanges: { start: number; end: number; why: string }[] = [];
  for (const signal of INJECTION_SIGNALS) {
    if (!signal.contexts.includes(options.context)) continue;
    const pattern = new RegExp(signal.pattern.source, signal.pattern.flags.includes('g') ? signal.pattern.flags : `${signal.pattern.flags}g`);
    for (const match of text.matchAll(pattern)) {
      const range = { start: match.index, end: match.index + match[0].length, why: signal.why(match[0]) };
      if (signal.strength === 'weak') weakRanges.push(range);
      // One finding per strong signal and paragraph: `<|im_start|>` … `<|im_end|>` is one forged turn, not two.
      else if (!hits.some((hit) => hit.signal === signal.id && !text.slice(hit.textEnd!, range.start).includes('\n\n'))) {
        hits.push({ start: at(range.start), end: at(range.end), score: 1, reason: range.why, signal: signal.id, textEnd: range.end });
      }
    }
  }

  // Each sentence, then each pair of neighbours where either already leans that way (an attack split over two
  // sentences); a pair of plainly benign sentences is not read again, which keeps long documents cheap.
  const units = sentences(text);
  const single = units.map((unit) => readUnit(unit));
  for (let i = 1; i < units.length; i++) {
    if (Math.max(single[i - 1], single[i]) >= bar / 4) readUnit({ start: units[i - 1].start, end: units[i].end, text: text.slice(units[i - 1].start, units[i].end) });
  }

  function readUnit(unit: Unit): number {
    const weak = weakRanges.find((range) => range.start < unit.end + 40 && range.end > unit.start - 40);
    const threshold = weak ? bar / 2 : bar;
    let score = injectionProbability(model, featurize(unit.text));
    // Naming the words that decided costs a second pass, so only a sentence that is reported pays it.
    const explain = () => (weak ? weak.why : `reads as an instruction to the model (${strongestWords(model, featurize(unit.text, true)).map((word) => `"${word}"`).join(', ')})`);
    let why: string | undefined;
    // Latin letters with no common word at all: maybe ROT13. Decoded, does it read as an instruction?
    if (/[a-z]{3,}(?:\s+[a-z]{2,}){3}/i.test(unit.text) && !PLAIN_WORDS.test(unit.text)) {
      const turned = rot13(unit.text);
      const rotated = injectionProbability(model, featurize(turned));
      if (rotated >= bar && rotated >= score && PLAIN_WORDS.test(turned)) (score = rotated, why = `ROT13 that decodes to "${clip(turned)}"`);
    }
    if (score >= threshold) hits.push({ start: at(unit.start), end: at(unit.end), score, reason: (why ?? explain()) + disguise });
    return weak ? score * 2 : score;
  }

  for (const span of findEncodedSpans(text)) {
    const decoded = normalizeText(span.decoded).text;
    const score = Math.max(...[decoded, ...sentences(decoded).map((unit) => unit.text)].map((piece) => injectionProbability(model, featurize(piece))));
    if (score >= bar) hits.push({ start: at(span.start), end: at(span.end), score, reason: `${span.encoding} that decodes to "${clip(span.decoded)}"` });
  }

  // Invisible tag characters and bidi controls hide text whatever it says; a stray zero-width space does not.
  if (/[\u{E0000}-\u{E007F}]/u.test(source) || /[\u202A-\u202E\u2066-\u2069]/.test(source) || /(?:[\u200B-\u200D\u2060][^\u200B-\u200D\u2060\s]?){3}/.test(source)) {
    const first = source.search(/[\u{E0000}-\u{E007F}\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060]/u);
    if (!hits.some((hit) => hit.start <= first && hit.end > first)) {
      hits.push({ start: first, end: first + 1, score: 1, reason: `hidden text: ${folded.disguises.join(' and ') || 'invisible characters'}` });
    }
  }
  return mergeHits(hits, source);
}

/**
 * One finding per injected passage: overlapping hits keep the strongest, shortest one; hits that nearly touch
 * (a role marker and the instruction on the next line) become one finding with the first hit's reason.
 */
function mergeHits(hits: InjectionHit[], text: string): InjectionHit[] {
  const sorted = [...hits].sort((a, b) => b.score - a.score || a.end - a.start - (b.end - b.start));
  const kept: InjectionHit[] = [];
  for (const hit of sorted) if (!kept.some((other) => hit.start < other.end && hit.end > other.start)) kept.push(hit);
  kept.sort((a, b) => a.start - b.start);
  const merged: InjectionHit[] = [];
  for (const hit of kept) {
    const last = merged[merged.length - 1];
    const gap = last ? text.slice(last.end, hit.start) : '';
    if (last && gap.length <= 40 && !/\n\s*\n/.test(gap)) merged[merged.length - 1] = { ...last, end: hit.end, score: Math.max(last.score, hit.score) };
    else merged.push(hit);
  }
  return merged.map(({ start, end, score, reason }) => ({ start, end, score, reason }));
}
