// Settings in one place. ALLOWED_HOSTS must match network.allow in microapp.yaml: Micro App Guard checks it.
export const ALLOWED_HOSTS: readonly string[] = ['{{llmHost}}'];
export const MODEL = '{{model}}';
export const LLM_URL = 'https://{{llmHost}}/v1/chat/completions';
export const AUDIT_LOG_FILE = process.env.AUDIT_LOG_FILE ?? 'audit.jsonl';
