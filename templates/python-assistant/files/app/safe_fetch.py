"""Deny by default: the app may only call hosts listed in microapp.yaml (network.allow) and config.ALLOWED_HOSTS."""
import urllib.request
from urllib.parse import urlparse

from . import config


class HostNotAllowedError(Exception):
    def __init__(self, host):
        super().__init__(f"Calls to {host} are not allowed: add it to network.allow in microapp.yaml (and ALLOWED_HOSTS) if it is needed.")
        self.host = host


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A redirect could lead outside the allowlist, so redirects are refused.
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        raise HostNotAllowedError(urlparse(newurl).hostname)


_opener = urllib.request.build_opener(_NoRedirect)


def safe_open(request, allowed=None, timeout=30):
    """urlopen() that refuses any host outside the allowlist and anything but https."""
    url = request.full_url if isinstance(request, urllib.request.Request) else request
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in (allowed or config.ALLOWED_HOSTS):
        raise HostNotAllowedError(parsed.hostname)
    return _opener.open(request, timeout=timeout)
