import { promptSites, promptValueParts } from '../../code/promptSites';
import { SECRET_NAME } from '../../code/sources';
import type { Rule, RuleContext } from '../../rule';
import { LLM_HINT } from '../../code/llmCalls';

export const secretInPromptRule: Rule = {
  meta: [
    {
      id: 'prompt/secret-in-prompt',
      defaultSeverity: 'error',
      title: 'Secret sent to a model',
      description: 'An API key, password or token is put into a prompt. Model providers log prompts, and the model can repeat it to any user. Never put credentials in prompt text.',
    },
  ],
  appliesTo: (language) => language === 'typescript' || language === 'javascript' || language === 'python',
  async check(context: RuleContext) {
    if (!LLM_HINT.test(context.text) || !SECRET_NAME.test(context.text)) return;
    const model = await context.code();
    if (!model) return;
    for (const site of promptSites(model)) {
      for (const part of promptValueParts(site)) {
        const read = part.reads.find((path) => SECRET_NAME.test(path.split('.').pop() ?? '') && !/tokens?_?(count|usage|limit)|max_?tokens/i.test(path));
        if (!read) continue;
        context.report({
          ruleId: 'prompt/secret-in-prompt',
          message: `"${read}" looks like a credential and is sent to the model in a prompt. Prompts are logged by providers and can be echoed back to users: keep credentials out of prompt text.`,
          start: part.start,
          end: part.end,
        });
      }
    }
  },
};
