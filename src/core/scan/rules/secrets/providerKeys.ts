import { maskSecret } from '../../maskSecret';
import type { Rule, RuleContext, RuleMeta } from '../../rule';
import { isFiller } from './filler';
import { MOVE_SECRET_ADVICE } from './secretlintPreset';

/**
 * Keys that secretlint's recommended preset does not know: LLM providers above all. Each pattern is
 * anchored on a vendor prefix, or needs the vendor's name on the same line when the key itself has no
 * prefix, so that hashes, UUIDs and lockfile integrity strings never match on shape alone.
 */
interface KeyPattern {
  id: string;
  title: string;
  /** Group 1 (or the whole match) is the secret. */
  pattern: RegExp;
  /** Required on the same line for prefix-less keys. */
  lineContext?: RegExp;
}

const ASSIGN = String.raw`["']?\s*(?::|=>|=)\s*["'\x60]`;

export const PROVIDER_KEY_PATTERNS: KeyPattern[] = [
  { id: 'secret/google-ai', title: 'Google AI (Gemini) API key', pattern: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g },
  {
    id: 'secret/azure-openai',
    title: 'Azure OpenAI API key',
    pattern: new RegExp(String.raw`(?:azure[\w.-]{0,30}?key|api[-_]?key)${ASSIGN}([a-f0-9]{32}|[A-Za-z0-9]{84})["'\x60]`, 'gi'),
    lineContext: /azure|openai\.azure\.com|api-key/i,
  },
  { id: 'secret/anthropic-admin', title: 'Anthropic admin API key', pattern: /\b(sk-ant-admin01-[A-Za-z0-9_-]{90,100}AA)(?![A-Za-z0-9_-])/g },
  {
    id: 'secret/cohere',
    title: 'Cohere API key',
    pattern: new RegExp(String.raw`(?:key|token)${ASSIGN}([A-Za-z0-9]{40})["'\x60]`, 'gi'),
    lineContext: /cohere/i,
  },
  {
    id: 'secret/mistral',
    title: 'Mistral API key',
    pattern: new RegExp(String.raw`(?:key|token)${ASSIGN}([A-Za-z0-9]{32})["'\x60]`, 'gi'),
    lineContext: /mistral/i,
  },
  { id: 'secret/deepseek', title: 'DeepSeek API key', pattern: /\b(sk-[a-f0-9]{32})\b/g, lineContext: /deepseek/i },
  { id: 'secret/xai', title: 'xAI (Grok) API key', pattern: /\b(xai-[A-Za-z0-9]{80})\b/g },
  { id: 'secret/openrouter', title: 'OpenRouter API key', pattern: /\b(sk-or-v1-[a-f0-9]{64})\b/g },
  { id: 'secret/perplexity', title: 'Perplexity API key', pattern: /\b(pplx-[A-Za-z0-9]{48})\b/g },
  { id: 'secret/langsmith', title: 'LangSmith API key', pattern: /\b(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})\b/g },
  { id: 'secret/replicate', title: 'Replicate API token', pattern: /\b(r8_[A-Za-z0-9]{37})\b/g },
  { id: 'secret/pinecone', title: 'Pinecone API key', pattern: /\b(pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80})\b/g },
  {
    id: 'secret/pinecone',
    title: 'Pinecone API key',
    pattern: new RegExp(String.raw`key${ASSIGN}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})["'\x60]`, 'gi'),
    lineContext: /pinecone/i,
  },
  { id: 'secret/groq', title: 'Groq API key', pattern: /\b(gsk_[A-Za-z0-9]{52})\b/g },
  { id: 'secret/huggingface', title: 'Hugging Face token', pattern: /\b(hf_[A-Za-z]{34}|api_org_[A-Za-z]{34})\b/g },
  {
    id: 'secret/connection-string',
    title: 'Connection string with a password',
    pattern: /\b(?:rediss?|amqps?|mssql|sqlserver|mariadb|neo4j(?:\+s)?|clickhouse|couchbase|ftp|smtps?):\/\/[^:/\s@"'`]{0,100}:([^@/\s"'`]{1,200})@/g,
  },
  {
    id: 'secret/connection-string',
    title: 'Connection string with a password',
    pattern: /\b(?:Password|Pwd)\s*=\s*([^;'"`\s]{3,200})/g,
    lineContext: /\b(?:Server|Data Source|Host|Address)\s*=/i,
  },
  {
    id: 'secret/basic-auth',
    title: 'Basic auth credentials in a header',
    pattern: /\bBasic\s+([A-Za-z0-9+/]{12,}={0,2})(?=["'`\s])/g,
  },
];

/** Values that look like a key's shape but are obviously examples or references. */
function isPlaceholder(value: string, ruleId: string): boolean {
  if (/\$\{|\{\{|%s|<[^>]*>|\.{3}/.test(value) || isFiller(value)) return true;
  if (/your|example|placeholder|changeme|dummy|redacted/i.test(value)) return true;
  if (ruleId === 'secret/basic-auth') return !isBasicAuthToken(value);
  return false;
}

function isBasicAuthToken(base64: string): boolean {
  const decoded = Buffer.from(base64, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded);
}

const providerKeyMeta: RuleMeta[] = [];
for (const { id, title } of PROVIDER_KEY_PATTERNS) {
  if (providerKeyMeta.some((meta) => meta.id === id)) continue;
  providerKeyMeta.push({
    id,
    defaultSeverity: 'error',
    title: `Hard-coded ${title}`,
    description: `Found in the source: ${title}. ${MOVE_SECRET_ADVICE}`,
  });
}

const ANY_ANCHOR = /AIza|sk-|xai-|pplx-|lsv2_|r8_|pcsk_|gsk_|hf_|api_org_|key|token|:\/\/|Password|Pwd|Basic/i;

export const providerKeysRule: Rule = {
  meta: providerKeyMeta,
  appliesTo: () => true,
  check(context: RuleContext) {
    if (!ANY_ANCHOR.test(context.text)) return;
    const seen = new Set<number>();
    for (const { id, title, pattern, lineContext } of PROVIDER_KEY_PATTERNS) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(context.text); match; match = pattern.exec(context.text)) {
        const secret = match[1] ?? match[0];
        const start = match.index + match[0].indexOf(secret);
        if (seen.has(start) || isPlaceholder(secret, id)) continue;
        if (lineContext && !lineContext.test(context.lines.lineText(context.lines.positionAt(start).line))) continue;
        seen.add(start);
        const masked = maskSecret(secret);
        context.report({
          ruleId: id,
          message: `${title} in code (${masked}). ${MOVE_SECRET_ADVICE}`,
          start,
          end: start + secret.length,
          masked,
        });
      }
    }
  },
};
