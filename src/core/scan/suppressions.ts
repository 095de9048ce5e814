import { isInsideLiteral, type CodeModel } from './code/codeModel';

export const SUPPRESSION_MARKER = 'microapp-guard-ignore-next-line';

export interface Suppression {
  /** Zero-based line the comment is on; it silences findings on the next line. */
  line: number;
  ruleIds: string[];
  reason: string;
  start: number;
  end: number;
}

const SUPPRESSION = /microapp-guard-ignore-next-line(?:[ \t]+([a-z0-9-]+\/[a-z0-9-]+(?:[ \t]*,[ \t]*[a-z0-9-]+\/[a-z0-9-]+)*))?(?:[ \t]+--[ \t]*(.*?))?[ \t]*(?:-->|\*\/)?[ \t]*$/gm;

/** Suppression comments in a text: `// microapp-guard-ignore-next-line <rule-id> -- <reason>` (also `#`, HTML and block comments). */
export function parseSuppressions(text: string, model?: CodeModel): Suppression[] {
  if (!text.includes(SUPPRESSION_MARKER)) return [];
  const suppressions: Suppression[] = [];
  for (const match of text.matchAll(SUPPRESSION)) {
    const start = match.index!;
    if (model && isInsideLiteral(model, start)) continue; // the marker inside a string is data, not a comment
    let line = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
    suppressions.push({
      line,
      ruleIds: (match[1] ?? '').split(',').map((id) => id.trim()).filter(Boolean),
      reason: (match[2] ?? '').trim(),
      start,
      end: start + match[0].trimEnd().length,
    });
  }
  return suppressions;
}

/** A suppression needs a rule id and a reason; one without either silences nothing. */
export function isValidSuppression(suppression: Suppression): boolean {
  return suppression.ruleIds.length > 0 && suppression.reason.length > 0;
}
