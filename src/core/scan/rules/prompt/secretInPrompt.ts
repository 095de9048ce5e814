import type { Rule, RuleContext } from '../../rule';

export const secretInPromptRule: Rule = {
  meta: [
    {
      id: 'prompt/secret-in-prompt',
      defaultSeverity: 'error',
      title: 'Secret sent to a model',
      description:
        'A credential reaches a prompt: a key-shaped literal, an environment variable or secret-store read under a credential name. Providers log prompts and the model can repeat it to any user. Judged by where the value comes from, never by a variable name.',
    },
  ],
  appliesTo: (language) => language === 'typescript' || language === 'javascript' || language === 'python',
  async check(context: RuleContext) {
    if (!context.mayHaveFlows()) return;
    const analysis = await context.analysis();
    if (!analysis) return;
    for (const flow of analysis.prompts) {
      const credential = flow.taints.find((taint) => taint.origin === 'credential');
      if (!credential) continue;
      context.report({
        ruleId: 'prompt/secret-in-prompt',
        message: `A credential (${credential.label}) is sent to the model in a prompt. Prompts are logged by providers and can be echoed back to users: keep credentials out of prompt text.`,
        start: flow.part.start,
        end: flow.part.end,
        related: [...credential.steps, ...flow.through],
      });
    }
  },
};
