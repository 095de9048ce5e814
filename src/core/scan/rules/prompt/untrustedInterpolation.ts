import { PROMPT_POLICY } from '../../flow/promptPolicy';
import { describeDestination, judgePromptFlow } from '../../flow/fileAnalysis';
import type { Rule, RuleContext } from '../../rule';
import { wrapUntrustedFix } from './wrapUntrustedFix';

export const untrustedInterpolationRule: Rule = {
  meta: [
    {
      id: 'prompt/untrusted-interpolation',
      defaultSeverity: 'warning',
      title: 'Untrusted text in a prompt',
      description:
        "Text the app did not write reaches a prompt where it can steer the model: the requester's text in the instructions (or mixed into them), or someone else's text (files, web pages, e-mail, retrieved documents, tool results, database rows, model output) anywhere, judged by the detection policy.",
    },
  ],
  appliesTo: (language) => language === 'typescript' || language === 'javascript' || language === 'python',
  async check(context: RuleContext) {
    if (!context.mayHaveFlows()) return;
    const analysis = await context.analysis();
    if (!analysis) return;
    for (const flow of analysis.prompts) {
      // One finding per expression: the most severe origin (model output a web page steered beats model output the
      // requester steered), the most telling one among equals.
      for (const { taint, origin, severity } of judgePromptFlow(flow).slice(0, 1)) {
        const cell = PROMPT_POLICY[origin][flow.destination];
        const power = flow.powerful && severity === 'error' && cell.escalated ? ' The model has tools or its output reaches a sink, so this is an error.' : '';
        // (A library's own prompt or tool put it there: the app has no instruction text of its own to move or wrap.)
        // (A conversation every visitor shares is mended by its key, not by wrapping a value.)
        const fix = flow.sharedConversation
          ? "Name the conversation by the visitor (a session or user id kept per visitor — Streamlit's session state, the request's session — rather than fixed text), so each visitor's model reads only their own history."
          : flow.libraryPrompt
          ? flow.destination === 'own-message'
            ? 'The library hands it to the model as it is: give the model a tool of your own that returns it wrapped with wrapUntrusted(), or only tools that cannot act.'
            : "The library's own prompt puts it there: give the call a prompt of your own that keeps this text in its own message, wrapped with wrapUntrusted()."
          : flow.destination === 'system'
          ? 'Keep it out of the instructions: pass it as its own user message, wrapped with wrapUntrusted().'
          : flow.destination === 'mixed'
            ? 'Move the instructions to the system message and pass this text on its own, wrapped with wrapUntrusted() (labelled delimiters and a length cut).'
            : 'Wrap it with wrapUntrusted() (labelled delimiters and a length cut) so the model treats it as data.';
        context.report({
          ruleId: 'prompt/untrusted-interpolation',
          severity,
          message: `Untrusted text (${taint.modelOutput && origin === 'requester' ? 'model output made from the request' : taint.label}) goes into ${flow.sharedConversation ? 'the conversation history every visitor shares' : flow.libraryPrompt && flow.destination === 'mixed' ? "the library prompt's instruction text" : describeDestination(flow.destination)}: ${cell.reason}.${power} ${fix}`,
          start: flow.part.start,
          end: flow.part.end,
          fixes: flow.mitigated || flow.noWrapFix ? undefined : [wrapUntrustedFix(context, flow.part, taint.label)],
          related: [...taint.steps, ...flow.through],
        });
      }
    }
  },
};
