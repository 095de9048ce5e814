import type { CodeModel, Expr, Scope } from './codeModel';
import { ScopeFlow, type SourceTest } from './dataFlow';
import { isLlmCall, PROMPT_NAME, promptParts, SYSTEM_PROMPT_NAME, type PromptRole } from './llmCalls';
import { untrustedSourceOf } from './sources';

/** One piece of text that ends up in a prompt. */
export interface PromptSite {
  /** The prompt text expression, after following a variable back to its value. */
  expr: Expr;
  role: PromptRole;
  /** The LLM call it is sent to, when known (absent for a prompt-named variable). */
  call?: Expr;
  scope: Scope;
  flow: ScopeFlow;
}

export const untrustedInput: SourceTest = (expr) => {
  const path = expr.kind === 'call' ? `${expr.callee}()` : expr.text;
  const label = untrustedSourceOf(path);
  return label ? { label, start: expr.start, end: expr.end } : undefined;
};

const cache = new WeakMap<CodeModel, PromptSite[]>();

/** Every place in the file where text becomes part of a prompt. Computed once per model, shared by the prompt rules. */
export function promptSites(model: CodeModel): PromptSite[] {
  const cached = cache.get(model);
  if (cached) return cached;
  const sites: PromptSite[] = [];
  const seen = new Set<number>();
  for (const scope of model.scopes) {
    const flow = new ScopeFlow(scope, untrustedInput);
    const add = (expr: Expr, role: PromptRole, call?: Expr) => {
      const resolved = flow.resolve(expr);
      if (seen.has(resolved.start)) return;
      seen.add(resolved.start);
      sites.push({ expr: resolved, role, call, scope, flow });
    };
    for (const call of scope.calls) {
      if (!isLlmCall(call) && !/PromptTemplate|MessagePromptTemplate/.test(call.callee ?? '')) continue;
      for (const part of promptParts(call)) add(part.expr, part.role, call);
    }
    for (const assignment of scope.assignments) {
      const name = assignment.target.split('.').pop() ?? '';
      if (PROMPT_NAME.test(name) && (assignment.value.kind === 'template' || assignment.value.kind === 'string')) {
        add(assignment.value, SYSTEM_PROMPT_NAME.test(name) ? 'system' : 'user');
      }
    }
  }
  cache.set(model, sites);
  return sites;
}

/** Interpolated parts of a prompt; a prompt that is one non-literal value counts as one part. */
export function promptValueParts(site: PromptSite): Expr[] {
  if (site.expr.kind === 'template') return site.expr.parts ?? [];
  if (site.expr.kind === 'string') return [];
  return [site.expr];
}
