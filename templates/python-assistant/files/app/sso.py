"""Single sign-on in front of every route: ask the company's OIDC provider whose access token this is."""
import json
import re
import urllib.request

from . import config
from .safe_fetch import safe_open

_BEARER = re.compile(r"^Bearer ([\w.~+/-]+=*)$")


def oidc_authenticate(headers):
    """Returns {"id", "email"} for a valid bearer token, else None."""
    match = _BEARER.match(headers.get("Authorization", ""))
    if not match:
        return None
    request = urllib.request.Request(config.SSO_USERINFO_URL, headers={"Authorization": f"Bearer {match.group(1)}"})
    try:
        with safe_open(request) as response:
            info = json.load(response)
    except OSError:
        return None
    return {"id": info["sub"], "email": info.get("email")} if info.get("sub") else None
