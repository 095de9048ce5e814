import { maskSecret } from '../../maskSecret';
import type { Rule, RuleContext } from '../../rule';

const SECRET_NAME = /KEY|TOKEN|SECRET|PASSW|PWD|CREDENTIAL|AUTH|DSN|CONNECTION|PRIVATE|SIGNING|WEBHOOK/i;
const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/;

/** A `.env` file that git would commit, holding values for secret-looking names. */
export const dotenvFileRule: Rule = {
  meta: [
    {
      id: 'secret/dotenv-file',
      defaultSeverity: 'error',
      title: 'Secrets in a committed .env file',
      description:
        'A .env file with secret values is part of the repository. Add it to .gitignore, commit a .env.example with empty values instead, and keep the real values in a secret store.',
    },
  ],
  appliesTo: (language) => language === 'dotenv',
  check(context: RuleContext) {
    const names: string[] = [];
    let first: { start: number; end: number; value: string } | undefined;
    let offset = 0;
    for (const line of context.text.split('\n')) {
      const match = ASSIGNMENT.exec(line);
      if (match && SECRET_NAME.test(match[1])) {
        const value = match[2].trim().replace(/^(['"])(.*)\1$/, '$2');
        if (value && !/^\$\{?[A-Za-z_]/.test(value) && !/^<.*>$/.test(value)) {
          names.push(match[1]);
          if (!first) {
            const start = offset + line.indexOf(match[1]);
            first = { start, end: offset + line.trimEnd().length, value };
          }
        }
      }
      offset += line.length + 1;
    }
    if (!first) return;
    const shown = names.slice(0, 4).join(', ') + (names.length > 4 ? `, +${names.length - 4} more` : '');
    context.report({
      ruleId: 'secret/dotenv-file',
      message: `This .env file holds ${names.length} secret value(s) (${shown}) and is not ignored by git. Add it to .gitignore, commit a .env.example with empty values, and keep the values in a secret store.`,
      start: first.start,
      end: first.end,
      masked: maskSecret(first.value),
    });
  },
};
