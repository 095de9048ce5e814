import type { Rule, RuleContext } from '../../rule';
import { hostAllowed, isLocalHost, NAMESPACE_HOSTS, urlLiterals } from './urlLiterals';

export const hostNotAllowedRule: Rule = {
  meta: [
    {
      id: 'net/host-not-allowed',
      defaultSeverity: 'warning',
      title: 'Call to a host outside the allowlist',
      description: 'The code names a URL whose host is not in spec.network.allow of microapp.yaml. Outbound calls are deny-by-default: add the host to the allowlist (and get it reviewed) or remove the call.',
    },
  ],
  // Tests name hosts to check that they are refused; the allowlist is about calls the app makes.
  appliesTo: (language, file) => (language === 'typescript' || language === 'javascript' || language === 'python') && !isTestFile(file),
  async check(context: RuleContext) {
    const allowlist = context.manifest?.allowedHosts;
    if (!allowlist || !/https?:\/\//i.test(context.text)) return; // silent without a manifest
    const model = await context.code();
    if (!model) return;
    for (const url of urlLiterals(model, context.text)) {
      if (url.identifier || isLocalHost(url.host) || NAMESPACE_HOSTS.test(url.host) || hostAllowed(url.host, allowlist)) continue;
      const hostStart = url.start + url.url.indexOf(url.host);
      context.report({
        ruleId: 'net/host-not-allowed',
        message: `${url.host} is not in spec.network.allow of microapp.yaml. Add it to the allowlist (it will be reviewed) or remove the call.`,
        start: hostStart,
        end: hostStart + url.host.length,
        fixes: [{ title: `Add ${url.host} to the allowlist in microapp.yaml`, kind: 'addAllowedHost', edits: [], data: { host: url.host } }],
      });
    }
  },
};

export function isTestFile(file: string): boolean {
  return /(^|\/)(test|tests|__tests__|spec|e2e)\//.test(file) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(file) || /(^|\/)test_[^/]+\.py$|_test\.py$/.test(file);
}
