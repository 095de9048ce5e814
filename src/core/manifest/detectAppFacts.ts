import type { DetectedFacts } from '../../protocol/wizardMessages';

const PROVIDERS: [RegExp, string][] = [
  [/from ['"]openai['"]|require\(['"]openai['"]\)|^\s*(from openai|import openai)\b/m, 'openai'],
  [/@anthropic-ai\/sdk|^\s*(from anthropic|import anthropic)\b/m, 'anthropic'],
  [/@google\/(generative-ai|genai)|google\.(generativeai|genai)/, 'google'],
  [/@mistralai\/mistralai|^\s*from mistralai\b/m, 'mistral'],
  [/cohere-ai|^\s*import cohere\b/m, 'cohere'],
  [/from ['"]ollama['"]|^\s*import ollama\b/m, 'ollama'],
  [/AzureOpenAI|openai\.azure\.com/, 'azure-openai'],
  [/groq-sdk|^\s*from groq\b/m, 'groq'],
];
const URL_HOST = /["'`]https?:\/\/([a-z0-9.-]+\.[a-z]{2,})(?::\d+)?[/"'`?]/gi;
const ENV_NAME = /process\.env\.([A-Z][A-Z0-9_]+)|process\.env\[['"]([A-Z][A-Z0-9_]+)['"]\]|os\.environ(?:\.get)?[[(]['"]([A-Z][A-Z0-9_]+)['"]|os\.getenv\(['"]([A-Z][A-Z0-9_]+)['"]/g;
const SECRET_LIKE = /KEY|TOKEN|SECRET|PASSWORD|PASS|CREDENTIAL|DSN|CONNECTION/;

/** What the code says about the app, to prefill the wizard: LLM SDKs imported, hosts named, secrets read. */
export function detectAppFacts(sources: readonly { file: string; text: string }[]): DetectedFacts {
  const providers = new Set<string>();
  const hosts = new Set<string>();
  const secretNames = new Set<string>();
  for (const { text } of sources) {
    for (const [pattern, provider] of PROVIDERS) if (pattern.test(text)) providers.add(provider);
    for (const match of text.matchAll(URL_HOST)) {
      const host = match[1].toLowerCase();
      if (!/^(localhost|127\.|www\.w3\.org$)/.test(host) && !host.endsWith('.local')) hosts.add(host);
    }
    for (const match of text.matchAll(ENV_NAME)) {
      const name = match[1] ?? match[2] ?? match[3] ?? match[4];
      if (SECRET_LIKE.test(name)) secretNames.add(name);
    }
  }
  return { llmProviders: [...providers].sort(), hosts: [...hosts].sort(), secretNames: [...secretNames].sort() };
}
