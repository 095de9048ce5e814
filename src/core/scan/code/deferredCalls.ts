import { makeExpr, type Expr } from './codeModel';

/**
 * Calls that run a function they are given, in another thread or later, with arguments given beside it: each is read
 * as a call of that function with those arguments (`Thread(target=run, args=(code,))` runs `run(code)`), so what the
 * function does with them — a sink, a prompt — is found at the call that hands them over.
 */
export const DEFERRED_CALLS: readonly { id: string; callee: RegExp; fn: number | string; args: { from: number } | { keyword: string }; givesResult?: boolean; passesKeywords?: boolean }[] = [
  { id: 'thread', callee: /^(threading\.)?Thread$/, fn: 'target', args: { keyword: 'args' } },
  // (A future, or an awaitable, of what the function returns: `pool.submit(generate, q).result()` is `generate(q)`'s.)
  { id: 'executor-submit', callee: /(^|\.)_?\w*(executor|pool)\.submit$/i, fn: 0, args: { from: 1 }, givesResult: true },
  { id: 'to-thread', callee: /^(asyncio\.)?to_thread$/, fn: 0, args: { from: 1 }, givesResult: true },
  { id: 'run-in-executor', callee: /(^|\.)run_in_executor$/, fn: 1, args: { from: 2 }, givesResult: true },
  // Starlette's and FastAPI's `await run_in_threadpool(store.add_text_source, title, text)`, anyio's `to_thread.run_sync`.
  { id: 'run-in-threadpool', callee: /^(\w+\.)*(run_in_threadpool|to_thread\.run_sync)$/, fn: 0, args: { from: 1 }, givesResult: true, passesKeywords: true },
];

/**
 * The call a deferred call makes (`run(code)` for `Thread(target=run, args=(code,))`), or undefined for any other call.
 * `givingResult`: only one whose value is (a future of) what that call returns.
 */
export function deferredCall(call: Expr, givingResult = false): Expr | undefined {
  for (const row of DEFERRED_CALLS) {
    if (!row.callee.test(call.callee ?? '') || (givingResult && !row.givesResult)) continue;
    const fn = typeof row.fn === 'string' ? call.keywordArgs?.[row.fn] : call.args?.[row.fn];
    if (!fn || (fn.kind !== 'name' && fn.kind !== 'member')) return undefined;
    const given = 'keyword' in row.args ? call.keywordArgs?.[row.args.keyword] : undefined;
    const args = given ? (given.elements ?? [given]) : 'from' in row.args ? (call.args ?? []).slice(row.args.from) : [];
    const made = makeExpr('call', call.start, call.end, call.text);
    made.callee = fn.text;
    made.args = [...args];
    made.keywordArgs = row.passesKeywords ? { ...call.keywordArgs } : {};
    made.children.push(fn, ...args);
    return made;
  }
  return undefined;
}

/**
 * A wrapper applied to a function and called at once — `func_set_timeout(20)(self._call)(command)`,
 * `retry(stop=…)(fetch)(url)`, `lru_cache()(load)(path)` —: a timeout, retry or cache runs the function with those
 * arguments, so this is read as `self._call(command)` too. Only a wrapper given the function alone (with more
 * arguments, as in `partial(fn, a)(b)`, the positions would shift).
 */
export function appliedWrapperCall(call: Expr): Expr | undefined {
  const applied = call.children[0];
  if (applied?.kind !== 'call' || applied.args?.length !== 1 || Object.keys(applied.keywordArgs ?? {}).length) return undefined;
  const fn = applied.args[0];
  if (fn.kind !== 'name' && fn.kind !== 'member') return undefined;
  const made = makeExpr('call', call.start, call.end, call.text);
  made.callee = fn.text;
  made.args = [...(call.args ?? [])];
  made.keywordArgs = { ...(call.keywordArgs ?? {}) };
  made.children.push(fn, ...made.args, ...Object.values(made.keywordArgs));
  return made;
}
