// Settings in one place. ALLOWED_HOSTS must match network.allow in microapp.yaml: Micro App Guard checks it.
export const ALLOWED_HOSTS: readonly string[] = ['{{llmHost}}', '{{ssoHost}}'];
export const MODEL = '{{model}}';
export const LLM_URL = 'https://{{llmHost}}/v1/chat/completions';
export const SSO_USERINFO_URL = 'https://{{ssoHost}}/userinfo';
export const AUDIT_LOG_FILE = process.env.AUDIT_LOG_FILE ?? 'audit.jsonl';
export const QUESTION_MAX_LENGTH = 2000;
export const REQUESTS_PER_MINUTE = 20;
