import { detectInjection, type InjectionHit } from '../../../injection/detector';
import { injectionModel } from '../../../injection/loadModel';
import { PROMPT_CONFIG_FILE, promptValues } from '../../../injection/promptConfig';
import type { Expr } from '../../code/codeModel';
import type { Rule, RuleContext } from '../../rule';

/** Names that say "this is a prompt": the app's own prompt text is read even before it is sent. */
const PROMPT_NAME = /prompt|instruction|system_?(message|msg)|preamble/i;

/**
 * Calls that define a tool for a model: the description is read by the model as instructions for using it, so text
 * there that tells the agent to act is tool poisoning (`server.tool(name, description, …)`, `registerTool(name,
 * { description })`, the AI SDK's `tool({ description })`, LangChain's `Tool(description=…)`).
 */
const TOOL_DEFINITION = /(^|\.)(tool|registerTool|add_tool|Tool|StructuredTool|DynamicTool|DynamicStructuredTool|from_function|from_defaults)$/;

/** The text descriptions of the tools this file defines. */
function toolDescriptions(calls: readonly Expr[], isText: (expr: Expr) => boolean): Expr[] {
  const found: Expr[] = [];
  for (const call of calls) {
    if (!TOOL_DEFINITION.test((call.callee ?? '').replace(/^new /, ''))) continue;
    const [, second] = call.args ?? [];
    const objects = (call.args ?? []).filter((arg) => arg.kind === 'object');
    const candidates = [second?.kind === 'object' ? undefined : second, call.keywordArgs?.description, ...objects.map((object) => object.properties?.description)];
    for (const candidate of candidates) if (candidate && isText(candidate) && !found.includes(candidate)) found.push(candidate);
  }
  return found;
}

/** `Injection text "Ignore all previous…": reads as an instruction to the model ("ignore", "previous instructions").` */
export function injectionMessage(text: string, hit: InjectionHit): string {
  const flat = text.slice(hit.start, hit.end).trim().replace(/\s+/g, ' ');
  const quoted = flat.length > 70 ? `${flat.slice(0, 69)}…` : flat;
  return `Injection text "${quoted}": ${hit.reason}. Remove it; if it came from a document, a web page or a user, treat that source as untrusted.`;
}

/** Escapes in a code literal read as text: `\n` → a space and a line break, the same length so offsets hold. */
const unescape = (source: string) => source.replace(/\\[nr]/g, ' \n').replace(/\\t/g, ' \t');

export const injectionTextRule: Rule = {
  meta: [
    {
      id: 'prompt/injection-text',
      defaultSeverity: 'warning',
      title: 'Injection text in a prompt',
      description:
        'A prompt file, a prompt config (YAML/JSON) or prompt text in code holds prompt injection, in any language or disguise: instructions to drop earlier ones, persona jailbreaks, requests for the system prompt, text telling an AI agent to act or to hide something, encoded payloads, links that carry data out, hidden characters. A trained classifier and structural signals decide; the message names the sentence and why.',
    },
  ],
  appliesTo: (language, file) => (language === 'text' ? PROMPT_CONFIG_FILE.test(file) : language !== 'dotenv'),
  async check(context: RuleContext) {
    const scan = (offset: number, text: string) => {
      for (const hit of detectInjection(text, injectionModel(), { context: 'prompt' })) {
        context.report({ ruleId: 'prompt/injection-text', message: injectionMessage(text, hit), start: offset + hit.start, end: offset + hit.end });
      }
    };
    if (context.language === 'prompt') return scan(0, context.text);
    if (context.language === 'text') {
      for (const value of promptValues(context.text)) scan(value.start, value.text);
      return;
    }
    if (!context.mayHaveFlows()) return;
    const analysis = await context.analysis();
    const model = await context.code();
    if (!analysis || !model) return;
    // Only the text itself: a prompt built from code (`this.examples`, a call) is read where its literals are.
    const isText = (expr: Expr) => expr.kind === 'template' || expr.kind === 'string';
    const texts = new Set<Expr>(analysis.promptTexts.filter(isText));
    for (const scope of model.scopes) {
      for (const assignment of scope.assignments) {
        if (isText(assignment.value) && PROMPT_NAME.test(assignment.target.split('.').pop() ?? '')) texts.add(assignment.value);
      }
      for (const description of toolDescriptions(scope.calls, isText)) texts.add(description);
    }
    for (const text of [...texts].sort((a, b) => a.start - b.start)) scan(text.start, unescape(context.text.slice(text.start, text.end)));
  },
};
