import type { Expr } from '../../code/codeModel';
import type { Rule, RuleContext } from '../../rule';

const isStar = (expr: Expr | undefined) => !!expr && (expr.literal === '*' || (expr.kind === 'array' && (expr.elements ?? []).some((e) => e.literal === '*')));

/** Calls that send a request from this code (browser or server): their options are request options. */
const REQUEST_CALL = /^(fetch|axios(\.(get|post|put|patch|delete|request))?|got(\.\w+)?|ky(\.\w+)?|\$\.(ajax|post|get)|superagent\.\w+)$/;

export const corsWildcardRule: Rule = {
  meta: [
    {
      id: 'cors/wildcard',
      defaultSeverity: 'warning',
      title: 'CORS open to every origin',
      description: 'Access-Control-Allow-Origin "*" (or cors() with no origin) lets any web site call this app from a user\'s browser. With credentials allowed as well it is an error: list the origins that may call it.',
    },
  ],
  appliesTo: (language) => language === 'typescript' || language === 'javascript' || language === 'python',
  async check(context: RuleContext) {
    if (!/\bcors\(|\bCORS\(|CORSMiddleware|Access-Control-Allow-Origin/i.test(context.text)) return;
    const model = await context.code();
    if (!model) return;
    const credentials = /Access-Control-Allow-Credentials['"`]?\s*[,:]\s*['"`]?true|credentials\s*:\s*true|allow_credentials\s*=\s*True|supports_credentials\s*=\s*True/i.test(context.text);
    const report = (at: { start: number; end: number }) =>
      context.report({
        ruleId: 'cors/wildcard',
        severity: credentials ? 'error' : undefined,
        message: credentials
          ? 'CORS allows every origin and credentials: any web site a user visits can act as them in this app. List the allowed origins explicitly.'
          : 'CORS allows every origin: any web site can call this app from a user\'s browser. List the origins that need it.',
        start: at.start,
        end: at.end,
      });
    // Headers a client sends with a request (`axios.post(url, data, { headers })`, `fetch(url, { headers })`) say nothing
    // about who may call this app: only a response's headers do.
    const requestOptions: { start: number; end: number }[] = [];
    for (const scope of model.scopes) {
      for (const call of scope.calls) {
        if (!REQUEST_CALL.test(call.callee ?? '')) continue;
        for (const arg of call.args ?? []) {
          const value = arg.kind === 'name' ? model.scopes.flatMap((s) => s.assignments).find((a) => a.target === arg.text)?.value : arg;
          if (value?.kind === 'object') requestOptions.push(value);
        }
      }
    }
    for (const scope of model.scopes) {
      for (const call of scope.calls) {
        const callee = call.callee ?? '';
        // res.setHeader('Access-Control-Allow-Origin', '*'), res.header(...), headers.set(...)
        if (/(setHeader|header|set|append)$/.test(callee) && /^access-control-allow-origin$/i.test(call.args?.[0]?.literal ?? '') && isStar(call.args?.[1])) report(call);
        // cors() with no options, or cors({ origin: '*' }); flask_cors.CORS(app) without origins
        if (/^(cors|CORS)$/.test(callee)) {
          const options = call.keywordArgs ?? {};
          const origin = options.origin ?? options.origins ?? options.resources;
          if (!origin ? (callee === 'cors' ? (call.args ?? []).length === 0 : true) : isStar(origin)) report(call);
        }
        if (/CORSMiddleware$/.test(callee) && isStar(call.keywordArgs?.allow_origins)) report(call);
        if (/add_middleware$/.test(callee) && /CORSMiddleware/.test(call.args?.[0]?.text ?? '') && isStar(call.keywordArgs?.allow_origins)) report(call);
      }
      for (const write of scope.propertyWrites) {
        if (/^access-control-allow-origin$/i.test(write.key) && isStar(write.value) && !requestOptions.some((options) => write.start >= options.start && write.end <= options.end)) report(write);
      }
    }
  },
};
