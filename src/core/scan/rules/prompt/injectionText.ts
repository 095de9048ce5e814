import type { Expr } from '../../code/codeModel';
import type { Rule, RuleContext } from '../../rule';
import { findInjectionPhrases } from './injectionPhrases';

/** Names that say "this is a prompt": the app's own prompt text is scanned even before it is sent. */
const PROMPT_NAME = /prompt|instruction|system_?(message|msg)|preamble/i;

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
    if (!context.mayHaveFlows()) return;
    const analysis = await context.analysis();
    const model = await context.code();
    if (!analysis || !model) return;
    const texts = new Set<Expr>(analysis.promptTexts);
    for (const scope of model.scopes) {
      for (const assignment of scope.assignments) {
        const isText = assignment.value.kind === 'template' || assignment.value.kind === 'string';
        if (isText && PROMPT_NAME.test(assignment.target.split('.').pop() ?? '')) texts.add(assignment.value);
      }
    }
    for (const text of [...texts].sort((a, b) => a.start - b.start)) {
      // Search the source text of the literal so offsets point at the phrase itself.
      const source = context.text.slice(text.start, text.end);
      for (const match of findInjectionPhrases(source)) {
        context.report({ ruleId: 'prompt/injection-text', message: MESSAGE(match.what), start: text.start + match.start, end: text.start + match.end });
      }
    }
  },
};
