import { isInsideLiteral, type Expr } from '../../code/codeModel';
import type { Rule, RuleContext } from '../../rule';

const isFalse = (expr: Expr) => /^(false|False|0|'0'|"0"|`0`)$/.test(expr.text.trim());
const isTrue = (expr: Expr) => /^(true|True|1)$/.test(expr.text.trim());

/** Property or keyword → which literal value disables verification. */
const DISABLING: Record<string, (value: Expr) => boolean> = {
  rejectUnauthorized: isFalse,
  strictSSL: isFalse,
  verify: isFalse, // requests / httpx
  verify_ssl: isFalse,
  ssl_verify: isFalse,
  check_hostname: isFalse,
  NODE_TLS_REJECT_UNAUTHORIZED: isFalse,
  insecureSkipVerify: isTrue,
  InsecureSkipVerify: isTrue,
};
const CALLS = /^ssl\._create_unverified_context$|^urllib3\.disable_warnings$/;

export const tlsVerificationDisabledRule: Rule = {
  meta: [
    {
      id: 'tls/verification-disabled',
      defaultSeverity: 'error',
      title: 'TLS certificate verification disabled',
      description: 'rejectUnauthorized: false, NODE_TLS_REJECT_UNAUTHORIZED=0, verify=False and the like accept any certificate, so anyone on the network can impersonate the server and read the traffic. Fix the certificate chain instead (e.g. NODE_EXTRA_CA_CERTS).',
    },
  ],
  appliesTo: (language) => language === 'typescript' || language === 'javascript' || language === 'python',
  async check(context: RuleContext) {
    if (!/rejectUnauthorized|strictSSL|verify(_ssl)?\s*=\s*False|ssl_verify|NODE_TLS_REJECT_UNAUTHORIZED|check_hostname|InsecureSkipVerify|_create_unverified_context|CERT_NONE/.test(context.text)) return;
    const model = await context.code();
    if (!model) return;
    const report = (start: number, end: number, what: string) =>
      context.report({
        ruleId: 'tls/verification-disabled',
        message: `${what} turns off TLS certificate checks: anyone on the network path can impersonate the server. Trust the right CA instead (NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE, verify="/path/ca.pem").`,
        start,
        end,
      });
    for (const scope of model.scopes) {
      for (const write of scope.propertyWrites) {
        const disables = DISABLING[write.key];
        if (disables?.(write.value)) report(write.start, write.end, `${write.key} = ${write.value.text}`);
      }
      for (const call of scope.calls) {
        if (CALLS.test(call.callee ?? '')) report(call.start, call.end, `${call.callee}()`);
      }
    }
    // ssl.CERT_NONE is an attribute read; find it in code, not in strings or comments.
    for (const match of context.text.matchAll(/\bssl\.CERT_NONE\b/g)) {
      const inCode = model.scopes.some((scope) => scope.calls.some((call) => call.reads.includes('ssl.CERT_NONE')) || scope.propertyWrites.some((w) => w.value.reads.includes('ssl.CERT_NONE')));
      if (inCode && !isInsideLiteral(model, match.index!)) report(match.index!, match.index! + match[0].length, 'ssl.CERT_NONE');
    }
  },
};
