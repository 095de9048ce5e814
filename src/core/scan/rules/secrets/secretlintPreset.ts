import { lintSource } from '@secretlint/core';
import { creator as recommendedPreset } from '@secretlint/secretlint-rule-preset-recommend';
import type { SecretLintCoreConfig } from '@secretlint/types';
import { maskSecret, trimTrailingPunctuation } from '../../maskSecret';
import type { Rule, RuleContext, RuleMeta } from '../../rule';
import { isFiller } from './filler';

/**
 * Runs secretlint's own engine with its recommended preset, in-process. The engine costs ~1 ms a file,
 * so it only runs where a cheap keyword prefilter (the anchors of the preset's own patterns, as gitleaks
 * does with rule keywords) says a secret may be. test/unit/secretlintPrefilter.test.ts proves the
 * prefilter loses nothing against the engine run on every file.
 */
// The preset's AWS rule scans only secret access keys by default (key ids are not secrets), so no AKIA anchor.
const CASE_SENSITIVE_KEYWORDS = /SG\.\w|T3BlbkFJ|ops_ey/;
const CASE_INSENSITIVE_KEYWORDS = new RegExp(
  [
    'secret_?access_?key', // AWS secret access key
    'private key', // private keys, GCP service accounts
    'x-oauth-basic', '_authToken', 'npm_[a-z0-9_]{36}', // npm
    'xox[bpaor]-', 'xapp-', 'hooks\\.slack\\.com', // Slack
    ':\\/\\/[-\\w]{1,256}:[-\\w]{1,256}@', // basic auth in URLs
    'sk-ant-', 'shp(?:pa|ca|at|ss)_', 'gh[pousr]_', 'github_pat_', 'lin_api_',
    'mongodb(?:\\+srv)?:\\/\\/', 'mysqlx?:\\/\\/', 'postgres(?:ql)?:\\/\\/',
  ].join('|'),
  'i',
);

export function secretlintMayMatch(text: string): boolean {
  return CASE_SENSITIVE_KEYWORDS.test(text) || CASE_INSENSITIVE_KEYWORDS.test(text);
}

/** secretlint rule package → our rule id and advice. */
const SECRETLINT_RULES: Record<string, { id: string; title: string }> = {
  '@secretlint/secretlint-rule-aws': { id: 'secret/aws', title: 'AWS credential' },
  '@secretlint/secretlint-rule-gcp': { id: 'secret/gcp', title: 'Google Cloud service account key' },
  '@secretlint/secretlint-rule-privatekey': { id: 'secret/private-key', title: 'Private key' },
  '@secretlint/secretlint-rule-npm': { id: 'secret/npm', title: 'npm token' },
  '@secretlint/secretlint-rule-basicauth': { id: 'secret/basic-auth', title: 'Password in a URL' },
  '@secretlint/secretlint-rule-slack': { id: 'secret/slack', title: 'Slack token or webhook' },
  '@secretlint/secretlint-rule-sendgrid': { id: 'secret/sendgrid', title: 'SendGrid API key' },
  '@secretlint/secretlint-rule-shopify': { id: 'secret/shopify', title: 'Shopify token' },
  '@secretlint/secretlint-rule-github': { id: 'secret/github', title: 'GitHub token' },
  '@secretlint/secretlint-rule-openai': { id: 'secret/openai', title: 'OpenAI API key' },
  '@secretlint/secretlint-rule-anthropic': { id: 'secret/anthropic', title: 'Anthropic API key' },
  '@secretlint/secretlint-rule-linear': { id: 'secret/linear', title: 'Linear API key' },
  '@secretlint/secretlint-rule-1password': { id: 'secret/1password', title: '1Password service account token' },
  '@secretlint/secretlint-rule-database-connection-string': {
    id: 'secret/connection-string',
    title: 'Database connection string with a password',
  },
};

const SECRETLINT_CONFIG: SecretLintCoreConfig = {
  rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommendedPreset }],
};

export const MOVE_SECRET_ADVICE = 'Move it to the editor\'s Secret Storage or your vault and read it from the environment; then rotate it, it may already have leaked.';

const secretlintMeta: RuleMeta[] = Object.values(SECRETLINT_RULES).map(({ id, title }) => ({
  id,
  defaultSeverity: 'error',
  title: `Hard-coded ${title}`,
  description: `secretlint found this in the source: ${title}. ${MOVE_SECRET_ADVICE}`,
}));

export const secretlintPresetRule: Rule = {
  meta: secretlintMeta,
  appliesTo: () => true,
  async check(context: RuleContext) {
    if (!secretlintMayMatch(context.text)) return;
    await runSecretlint(context);
  },
};

/** Exported for the prefilter test and the benchmark: the engine on one text, no prefilter. */
export async function runSecretlint(context: RuleContext): Promise<void> {
  const result = await lintSource({
    source: { content: context.text, filePath: context.file, contentType: 'text' },
    options: { config: SECRETLINT_CONFIG, maskSecrets: true, noPhysicFilePath: true },
  });
  for (const message of result.messages) {
    const known = SECRETLINT_RULES[message.ruleId];
    let [start, end] = message.range;
    end = start + trimTrailingPunctuation(context.text.slice(start, end));
    if (known?.id === 'secret/aws') {
      // The rule's range starts at the key's name; point at (and mask) the 40-character value itself.
      const value = /(?::|=>|=)\s*["']?([A-Za-z0-9/+=]{40})/.exec(context.text.slice(start, start + 200));
      if (value) {
        start += value.index + value[0].length - 40;
        end = start + 40;
      }
      if (looksLikeIdentifier(context.text.slice(start, end))) continue;
    }
    const secret = context.text.slice(start, end);
    if (known?.id === 'secret/connection-string' && looksLikePattern(secret)) continue;
    // (A format filled in, `ghp_XXXX…`: judged after the token's prefix.)
    if (isFiller(secret.replace(/^[a-z]{2,5}[_-]/, ''))) continue;
    const masked = maskSecret(secret);
    context.report({
      ruleId: known?.id ?? `secret/${message.ruleId.replace(/^@secretlint\/secretlint-rule-/, '')}`,
      message: `${known?.title ?? 'Secret'} in code (${masked}). ${MOVE_SECRET_ADVICE}`,
      start,
      end,
      masked,
    });
  }
}

/**
 * secretlint's AWS rule takes any 40 characters after `secret_access_key:`, so a TypeScript type name there
 * (`secret_access_key: SandboxAwsMountStaticAuthConfig.SecretAccessKey`) matches. A real key is random
 * base64: it has digits or / and +.
 */
function looksLikeIdentifier(value: string): boolean {
  return /^[A-Za-z]+$/.test(value);
}

/**
 * A regular expression that parses connection strings (`postgresql://([^:]+):([^@]+)@…`) matches the rule's shape
 * while holding no password: character classes, groups and escapes where the credentials would be.
 */
function looksLikePattern(value: string): boolean {
  return /\[\^|\(\?|\\[dswSW]|\.[*+]/.test(value);
}
