import type { Expr } from '../../code/codeModel';
import { promptSites, promptValueParts, type PromptSite } from '../../code/promptSites';
import { UNTRUSTED_WRAPPER } from '../../code/sources';
import type { Rule, RuleContext } from '../../rule';
import { wrapUntrustedFix } from './wrapUntrustedFix';

const DELIMITER = /<\/?[a-z_][\w-]*>|"""|```|-{3,}|={3,}|\[\/?[A-Z_]+\]|BEGIN [A-Z ]+/;
const LENGTH_LIMIT = /\.(slice|substring|substr)\(\s*0\s*,|\[\s*:\s*\w+\s*\]|truncate|limit|max_?len/i;
import { LLM_HINT } from '../../code/llmCalls';

/** Safe when wrapped by the helper, or labelled by delimiters in the template and cut to a length. */
function isMitigated(site: PromptSite, part: Expr): boolean {
  if (part.kind === 'call' && UNTRUSTED_WRAPPER.test(part.callee ?? '')) return true;
  if (part.innerCalls.some((call) => UNTRUSTED_WRAPPER.test(call.callee ?? ''))) return true;
  const literal = site.expr.kind === 'template' ? site.expr.literal ?? '' : '';
  return DELIMITER.test(literal) && LENGTH_LIMIT.test(part.text);
}

export const untrustedInterpolationRule: Rule = {
  meta: [
    {
      id: 'prompt/untrusted-interpolation',
      defaultSeverity: 'warning',
      title: 'Untrusted input interpolated into a prompt',
      description:
        'Text from a request, form, file, web page, email, tool call or retrieval result is put into a prompt without labelled delimiters and a length limit, so instructions hidden in it can take over the model (prompt injection). Wrap it with the untrusted-content helper.',
    },
  ],
  appliesTo: (language) => language === 'typescript' || language === 'javascript' || language === 'python',
  async check(context: RuleContext) {
    if (!LLM_HINT.test(context.text)) return;
    const model = await context.code();
    if (!model) return;
    for (const site of promptSites(model)) {
      for (const part of promptValueParts(site)) {
        const taint = site.flow.taintOf(part);
        if (!taint || isMitigated(site, part)) continue;
        const where = site.role === 'system' ? 'the system prompt' : 'a user message';
        context.report({
          ruleId: 'prompt/untrusted-interpolation',
          severity: site.role === 'system' ? 'error' : 'warning',
          message: `Untrusted ${taint.label} goes into ${where} without labelled delimiters and a length limit: instructions hidden in it can steer the model. Wrap it with wrapUntrusted() (or delimit and cut it) and keep it out of the system prompt.`,
          start: part.start,
          end: part.end,
          fixes: [wrapUntrustedFix(context, part, taint.label)],
          related:
            taint.start !== part.start
              ? [{ file: context.file, range: context.lines.rangeOf(taint.start, taint.end), message: `The ${taint.label} comes from here.` }]
              : undefined,
        });
      }
    }
  },
};
