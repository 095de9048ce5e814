// Attack text hides behind look-alike letters, invisible characters and odd widths. The classifier and the
// structural signals read the text only after it is folded to one plain form; offsets map back to the original.

/** Cyrillic and Greek letters that look like Latin ones (the common subset of Unicode's confusables list). */
const CONFUSABLES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I',
  α: 'a', ο: 'o', ν: 'v', ρ: 'p', τ: 't', ι: 'i', κ: 'k', Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K',
  Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
/** Zero-width, joiners, soft hyphen and bidirectional controls: never visible, often used to split trigger words. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\u202A-\u202E\u2066-\u2069\uFEFF]/;
const TAG_FIRST = 0xe0000;
const TAG_LAST = 0xe007f;

export interface NormalizedText {
  /** The folded text: NFKC, look-alikes replaced, invisible characters dropped, tag characters decoded. */
  text: string;
  /** offsets[i] is the index in the original text of folded character i (length text.length + 1). */
  offsets: number[];
  /** What the folding had to undo, for the explanation ("zero-width characters", "tag characters"). */
  disguises: string[];
}

/** Folds text to the form the detector reads, remembering where every character came from. */
export function normalizeText(original: string): NormalizedText {
  const chars = [...original];
  const out: string[] = [];
  const offsets: number[] = [];
  const disguises = new Set<string>();
  let index = 0;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    const code = char.codePointAt(0)!;
    // Plain ASCII is already in the folded form (NFKC keeps it, no look-alike or invisible character is ASCII): most
    // text is, and folding it character by character was most of the detector's time on long documents.
    if (code < 0x80) {
      out.push(char);
      offsets.push(index++);
      continue;
    }
    if (code >= TAG_FIRST && code <= TAG_LAST) {
      // Unicode tag characters mirror ASCII invisibly ("ASCII smuggling"): read them as the letters they encode.
      const ascii = code - TAG_FIRST;
      if (ascii >= 0x20 && ascii < 0x7f) (out.push(String.fromCharCode(ascii)), offsets.push(index));
      disguises.add('invisible Unicode tag characters');
    } else if (INVISIBLE.test(char)) {
      disguises.add(/[\u202A-\u202E\u2066-\u2069]/.test(char) ? 'bidirectional control characters' : 'zero-width characters');
    } else {
      // A Cyrillic "о" inside a Russian word is Russian; beside Latin letters it is a disguise.
      let folded: string | undefined = CONFUSABLES[char];
      if (folded && !(LATIN.test(chars[i - 1] ?? '') || LATIN.test(chars[i + 1] ?? ''))) folded = undefined;
      if (folded) disguises.add('look-alike letters from another script');
      const plain = (folded ?? char).normalize('NFKC');
      // Full-width letters and digits disguise Latin text; full-width punctuation is how Chinese and Japanese are written.
      if (plain !== char && !folded && /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/.test(char)) disguises.add('full-width letters');
      for (const piece of plain) (out.push(piece), offsets.push(index));
    }
    index += char.length;
  }
  offsets.push(original.length);
  return { text: out.join(''), offsets, disguises: [...disguises] };
}

const LATIN = /^[A-Za-z]$/;
