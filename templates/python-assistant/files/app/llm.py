"""One call to the model, through the allowlist, with the key from the environment. Its answer is untrusted text."""
import json
import urllib.request

from . import config
from .safe_fetch import safe_open
from .secret_values import read_secret


def ask_model(system, user):
    payload = {"model": config.MODEL, "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}]}
    request = urllib.request.Request(
        config.LLM_URL,
        data=json.dumps(payload).encode(),
        headers={"Authorization": "Bearer " + read_secret("OPENAI_API_KEY"), "Content-Type": "application/json"},
        method="POST",
    )
    with safe_open(request) as response:
        data = json.load(response)
    return data.get("choices", [{}])[0].get("message", {}).get("content", "")
