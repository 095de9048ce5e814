import type { Rule, RuleContext } from '../../rule';
import { isTestFile } from './hostNotAllowed';
import { isLocalHost, isMetadataService, NAMESPACE_HOSTS, urlLiterals } from './urlLiterals';

export const plainHttpRule: Rule = {
  meta: [
    {
      id: 'net/plain-http',
      defaultSeverity: 'warning',
      title: 'Unencrypted HTTP call',
      description: 'A URL uses plain http:// to a host that is not on this machine: anyone on the network path can read and change the traffic, keys and prompts included. Use https://.',
    },
  ],
  // Tests name http:// URLs to check they are refused or parsed; the rule is about calls the app makes.
  appliesTo: (language, file) => (language === 'typescript' || language === 'javascript' || language === 'python') && !isTestFile(file),
  async check(context: RuleContext) {
    if (!/["'`]http:\/\//i.test(context.text)) return;
    const model = await context.code();
    if (!model) return;
    for (const url of urlLiterals(model, context.text)) {
      if (url.scheme !== 'http' || url.identifier || isLocalHost(url.host) || isMetadataService(url.host) || NAMESPACE_HOSTS.test(url.host)) continue;
      context.report({
        ruleId: 'net/plain-http',
        message: `http://${url.host} is unencrypted: use https:// so keys, prompts and data cannot be read or changed on the way.`,
        start: url.start,
        end: url.start + 'http://'.length + url.host.length,
        fixes: [{ title: 'Use https://', kind: 'replace', edits: [{ range: context.lines.rangeOf(url.start, url.start + 7), newText: 'https://' }] }],
      });
    }
  },
};
