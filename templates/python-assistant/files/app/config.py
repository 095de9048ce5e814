"""Settings in one place. ALLOWED_HOSTS must match network.allow in microapp.yaml: Micro App Guard checks it."""
import os

ALLOWED_HOSTS = ("{{llmHost}}", "{{ssoHost}}")
MODEL = "{{model}}"
LLM_URL = "https://{{llmHost}}/v1/chat/completions"
SSO_USERINFO_URL = "https://{{ssoHost}}/userinfo"
AUDIT_LOG_FILE = os.environ.get("AUDIT_LOG_FILE", "audit.jsonl")
QUESTION_MAX_LENGTH = 2000
REQUESTS_PER_MINUTE = 20
