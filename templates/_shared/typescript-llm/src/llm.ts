import { LLM_URL, MODEL } from './config';
import { safeFetch } from './secure/safeFetch';
import { readSecret } from './secure/secrets';

export type AskModel = (system: string, user: string) => Promise<string>;

/** Sends one system and one user message to the model through the allowlist; returns its text (untrusted). */
export const askModel: AskModel = async (system, user) => {
  const response = await safeFetch(LLM_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await readSecret('OPENAI_API_KEY')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: MODEL, messages: [{ role: 'system', content: system }, { role: 'user', content: user }] }),
  });
  if (!response.ok) throw new Error(`the model answered HTTP ${response.status}`);
  const data = (await response.json()) as { choices?: { message?: { content?: string } }[] };
  return data.choices?.[0]?.message?.content ?? '';
};
