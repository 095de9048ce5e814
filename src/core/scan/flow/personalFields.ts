import type { Expr } from '../code/codeModel';

/** Personal fields by name: `customer.email`, `row["ssn"]`, `df["date_of_birth"]`. */
export const PII_FIELD = /^(ssn|social_?security\w*|e_?mail(_?address)?|phone(_?number)?|mobile(_?number)?|dob|date_?of_?birth|birth_?date|birthday|salary|salaries|iban|card_?number|credit_?card\w*|cc_?num\w*|passport\w*|national_?id|tax_?id|home_?address|medical\w*|diagnosis)$/i;

/** What a string value is asked for without leaving it (`email.strip()`, `email.toLowerCase()`): still the e-mail. */
const STRING_METHOD = /^(strip|lstrip|rstrip|lower|upper|title|casefold|encode|decode|replace|split|splitlines|format|trim|trimStart|trimEnd|toLowerCase|toUpperCase|toString|slice|substring|substr|normalize|padStart|padEnd|at|charAt|concat|repeat|valueOf|length)$/;

/**
 * Personal fields a value reads: `customer.email`, `row["ssn"]`. A field read further is a container named for what
 * it holds (`state["email"]["subject"]`: a message's subject, not an address).
 */
export function personalFields(part: Expr): string[] {
  const found = new Set<string>();
  const reads = part.reads;
  for (const path of reads) {
    const field = path.split('.').pop() ?? '';
    if (!PII_FIELD.test(field) || !path.includes('.')) continue;
    const container = reads.some((other) => other.startsWith(`${path}.`) && !STRING_METHOD.test(other.slice(path.length + 1).split('.')[0]));
    if (!container) found.add(field);
  }
  return [...found];
}

