"""Starts the assistant. Run it from "Micro App Guard: Open Terminal with Secrets" so OPENAI_API_KEY is set."""
import os

from .llm import ask_model
from .server import create_server
from .sso import oidc_authenticate

if __name__ == "__main__":
    server = create_server(oidc_authenticate, ask_model, port=int(os.environ.get("PORT", "8080")))
    print(f"{{title}} listening on http://127.0.0.1:{server.server_address[1]} (behind your SSO proxy in production)")
    server.serve_forever()
