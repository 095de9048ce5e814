import type { Expr } from '../../code/codeModel';
import { personalFields } from '../../flow/personalFields';
import { REDACTION_CALL } from '../../catalogue/sources';
import type { Rule, RuleContext } from '../../rule';

/**
 * Personal data by value, in literals: US SSNs, IBANs, card numbers that pass Luhn. (Not e-mail addresses: one the
 * app's author writes into its own prompt is a contact the app uses — theirs, a help desk's —, not data about the
 * people using it; an address read from a record is found by its field.)
 */
const VALUE_DETECTORS: [string, RegExp, ((match: string) => boolean)?][] = [
  ['national id (SSN)', /\b\d{3}-\d{2}-\d{4}\b/],
  ['IBAN', /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}\b/],
  ['card number', /\b(?:\d[ -]?){13,19}\b/, (match) => luhn(match.replace(/\D/g, ''))],
];

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return digits.length >= 13 && sum % 10 === 0;
}

/** Personal values written into the prompt's own text. */
function personalValues(text: Expr): string[] {
  return VALUE_DETECTORS.filter(([, pattern, check]) => {
    const match = pattern.exec(text.literal ?? '');
    return match && (!check || check(match[0]));
  }).map(([what]) => what);
}

export const piiInPromptRule: Rule = {
  meta: [
    {
      id: 'prompt/pii-in-prompt',
      defaultSeverity: 'warning',
      title: 'Personal data sent to a model without redaction',
      description:
        'Personal fields (by field or column name: SSN, e-mail, phone, date of birth, salary, IBAN, card number) or personal values (national ids, IBANs, Luhn-valid card numbers) reach a prompt unredacted.',
    },
  ],
  appliesTo: (language) => language === 'typescript' || language === 'javascript' || language === 'python',
  async check(context: RuleContext) {
    if (!context.mayHaveFlows()) return;
    const analysis = await context.analysis();
    if (!analysis) return;
    const found = [
      ...analysis.promptValues.filter((part) => !part.innerCalls.some((call) => REDACTION_CALL.test(call.callee ?? ''))).map((part) => ({ part, fields: personalFields(part) })),
      ...analysis.promptTexts.map((part) => ({ part, fields: personalValues(part) })),
      // (What a message helper of the app's read from a record it was given: `_item(profile)` rendering `profile.email`.)
      ...analysis.promptPersonal,
    ];
    const withFields = found.filter(({ fields }) => fields.length > 0);
    for (const { part, fields } of withFields) {
      // (A template and the slots it was filled with: reported at the slots, each field once.)
      const inner = withFields.filter((other) => other.part !== part && other.part.start >= part.start && other.part.end <= part.end && (other.part.start > part.start || other.part.end < part.end));
      if (fields.every((field) => inner.some((other) => other.fields.includes(field)))) continue;
      context.report({
        ruleId: 'prompt/pii-in-prompt',
        message: `Personal data (${fields.join(', ')}) goes into a prompt unredacted. Redact it first (e.g. redactPii()) or leave it out: the provider stores prompts, and the data classification in microapp.yaml must allow it.`,
        start: part.start,
        end: part.end,
      });
    }
  },
};
