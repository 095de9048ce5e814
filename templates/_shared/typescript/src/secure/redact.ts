// Personal data is removed before a prompt leaves the company: the model provider stores prompts.

const PATTERNS: [RegExp, string][] = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]'],
  [/\b\d{3}-\d{2}-\d{4}\b/g, '[ssn]'],
  [/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g, '[iban]'],
  [/(?<!\d)(?:\d[ -]?){13,19}(?!\d)/g, '[card]'],
  // A phone number is written with + or separators; a bare digit run (an order number) is not one.
  [/(?<![\w+])(?:\+\d[\d ().-]{7,}\d|\(?\d{2,4}\)?[ .-]\d[\d ().-]{5,}\d)\b/g, '[phone]'],
];

/** Replaces emails, SSNs, IBANs, card and phone numbers with labels like [email]. */
export function redactPii(text: string): string {
  let result = text;
  for (const [pattern, label] of PATTERNS) {
    result = result.replace(pattern, (match) => (label === '[card]' && !passesLuhn(match) ? match : label));
  }
  return result;
}

// Card numbers have a checksum; checking it keeps order numbers and timestamps from being redacted.
function passesLuhn(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return digits.length >= 13 && sum % 10 === 0;
}
