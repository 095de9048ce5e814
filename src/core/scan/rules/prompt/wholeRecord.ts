import type { Expr } from '../../code/codeModel';
import { promptSites, promptValueParts } from '../../code/promptSites';
import { REDACTION_CALL } from '../../code/sources';
import type { Rule, RuleContext } from '../../rule';
import { LLM_HINT } from '../../code/llmCalls';

const SERIALISE = /(^|\.)(JSON\.stringify|json\.dumps|dumps|yaml\.dump|toJSON|to_json|to_dict|model_dump_json|repr)$/;
const WHOLE_FILE = /(^|\.)(readFileSync|readFile|read_text|read)$/;

function wholeRecordCall(part: Expr): Expr | undefined {
  return part.innerCalls.find((call) => SERIALISE.test(call.callee ?? '') || (WHOLE_FILE.test(call.callee ?? '') && !/slice|\[:/.test(part.text)));
}

export const wholeRecordRule: Rule = {
  meta: [
    {
      id: 'prompt/whole-record',
      defaultSeverity: 'warning',
      title: 'Whole record or file sent to a model',
      description: 'A whole record, document or file is serialised into a prompt (JSON.stringify, json.dumps, readFile). Send only the fields the task needs, so nothing sensitive rides along.',
    },
  ],
  appliesTo: (language) => language === 'typescript' || language === 'javascript' || language === 'python',
  async check(context: RuleContext) {
    if (!LLM_HINT.test(context.text) || !/stringify|dumps|dump|to_json|to_dict|model_dump|read/i.test(context.text)) return;
    const model = await context.code();
    if (!model) return;
    for (const site of promptSites(model)) {
      for (const part of promptValueParts(site)) {
        const resolved = site.flow.resolve(part);
        const call = wholeRecordCall(resolved);
        if (!call || resolved.innerCalls.some((c) => REDACTION_CALL.test(c.callee ?? ''))) continue;
        context.report({
          ruleId: 'prompt/whole-record',
          message: `${call.callee}(…) puts a whole record or file into the prompt. Pick the fields the task needs (and redact personal data) instead of sending everything.`,
          start: part.start,
          end: part.end,
        });
      }
    }
  },
};
