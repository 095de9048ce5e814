import { promptSites } from '../../code/promptSites';
import type { Rule, RuleContext } from '../../rule';
import { findInjectionPhrases } from './injectionPhrases';
import { LLM_HINT } from '../../code/llmCalls';

const MESSAGE = (what: string) =>
  `Prompt text contains ${what}: the hallmark of prompt injection. Remove it; if it came from a document or web page, treat that source as untrusted.`;

export const injectionTextRule: Rule = {
  meta: [
    {
      id: 'prompt/injection-text',
      defaultSeverity: 'warning',
      title: 'Injection phrasing in a prompt',
      description:
        'A prompt template, prompt file or string sent to a model contains injection phrasing: "ignore previous instructions", role overrides, hidden instructions in HTML comments, zero-width or bidi characters, or links that exfiltrate data.',
    },
  ],
  appliesTo: (language) => language !== 'dotenv' && language !== 'text',
  async check(context: RuleContext) {
    if (context.language === 'prompt') {
      for (const match of findInjectionPhrases(context.text)) {
        context.report({ ruleId: 'prompt/injection-text', message: MESSAGE(match.what), start: match.start, end: match.end });
      }
      return;
    }
    if (!LLM_HINT.test(context.text)) return;
    const model = await context.code();
    if (!model) return;
    for (const site of promptSites(model)) {
      if (site.expr.kind !== 'string' && site.expr.kind !== 'template') continue;
      // Search the source text of the literal so offsets point at the phrase itself.
      const source = context.text.slice(site.expr.start, site.expr.end);
      for (const match of findInjectionPhrases(source)) {
        context.report({ ruleId: 'prompt/injection-text', message: MESSAGE(match.what), start: site.expr.start + match.start, end: site.expr.start + match.end });
      }
    }
  },
};
