import { promptSites, promptValueParts } from '../../code/promptSites';
import { PII_NAME, REDACTION_CALL } from '../../code/sources';
import type { Rule, RuleContext } from '../../rule';
import { LLM_HINT } from '../../code/llmCalls';

export const piiInPromptRule: Rule = {
  meta: [
    {
      id: 'prompt/pii-in-prompt',
      defaultSeverity: 'warning',
      title: 'Personal data sent to a model without redaction',
      description: 'Fields such as SSN, email, phone, date of birth, salary, IBAN or card number flow into a prompt. Redact them before the call, or send only what the task needs.',
    },
  ],
  appliesTo: (language) => language === 'typescript' || language === 'javascript' || language === 'python',
  async check(context: RuleContext) {
    if (!LLM_HINT.test(context.text) || !PII_NAME.test(context.text)) return;
    const model = await context.code();
    if (!model) return;
    for (const site of promptSites(model)) {
      for (const part of promptValueParts(site)) {
        if (part.innerCalls.some((call) => REDACTION_CALL.test(call.callee ?? ''))) continue;
        const fields = [...new Set(part.reads.filter((path) => PII_NAME.test(`.${path.split('.').pop()}`)).map((path) => path.split('.').pop()!))];
        if (fields.length === 0) continue;
        context.report({
          ruleId: 'prompt/pii-in-prompt',
          message: `Personal data (${fields.join(', ')}) goes into a prompt unredacted. Redact it first (e.g. redactPii()) or leave it out: the provider stores prompts, and the data classification in microapp.yaml must allow it.`,
          start: part.start,
          end: part.end,
        });
      }
    }
  },
};
