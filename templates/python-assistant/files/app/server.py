"""The assistant's HTTP service: SSO on every route, then rate limit, screen, redact, ask, audit."""
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from . import config
from .audit_log import write_audit_event
from .prompts import render_prompt
from .rate_limit import RateLimiter
from .redact import redact_pii
from .untrusted import screen_for_injection

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def create_server(authenticate, ask_model, audit_file=None, requests_per_minute=None, port=0):
    limiter = RateLimiter(requests_per_minute or config.REQUESTS_PER_MINUTE)
    audit = audit_file or config.AUDIT_LOG_FILE

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # no request lines with user data in logs
            pass

        def send(self, status, body):
            raw = json.dumps(body).encode()
            self.send_response(status)
            for name, value in SECURITY_HEADERS.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def do_GET(self):
            self.send(404 if authenticate(self.headers) else 401, {"error": "Not found." if authenticate(self.headers) else "Sign in with your company account."})

        def do_POST(self):
            user = authenticate(self.headers)
            if not user:
                return self.send(401, {"error": "Sign in with your company account."})
            if self.path != "/ask":
                return self.send(404, {"error": "Not found."})
            if not limiter.allow(user["id"]):
                return self.send(429, {"error": "Too many questions this minute; try again shortly."})
            try:
                length = min(int(self.headers.get("Content-Length", "0")), 64 * 1024)
                question = str(json.loads(self.rfile.read(length) or b"{}").get("question", ""))[: config.QUESTION_MAX_LENGTH]
            except (ValueError, AttributeError):
                return self.send(400, {"error": "The request could not be read."})
            reason = screen_for_injection(question)
            if reason:
                write_audit_event(audit, user["id"], "ask.refused", {"reason": "injection-screen"})
                return self.send(400, {"error": "That question was refused because it " + reason})
            # Personal data removed first; the question goes in a labelled, length-limited section.
            answer = ask_model(render_prompt("system"), render_prompt("user", {"question": redact_pii(question)}, config.QUESTION_MAX_LENGTH))
            write_audit_event(audit, user["id"], "ask", {"questionLength": len(question)})
            # The answer is untrusted: sent as JSON text, never run or inserted as HTML.
            return self.send(200, {"answer": answer})

    return ThreadingHTTPServer(("127.0.0.1", port), Handler)
