// Settings in one place. ALLOWED_HOSTS must match network.allow in microapp.yaml: Micro App Guard checks it.
export const ALLOWED_HOSTS: readonly string[] = ['{{ssoHost}}'];
export const SSO_USERINFO_URL = 'https://{{ssoHost}}/userinfo';
// Browser origins that may call this app from their own pages. Empty: none (the safe default).
export const ALLOWED_ORIGINS: readonly string[] = [];
export const DATA_FILE = process.env.DATA_FILE ?? 'data/requests.json';
export const AUDIT_LOG_FILE = process.env.AUDIT_LOG_FILE ?? 'audit.jsonl';
