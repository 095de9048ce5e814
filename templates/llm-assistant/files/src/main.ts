import { SSO_USERINFO_URL } from './config';
import { askModel } from './llm';
import { oidcAuthenticator } from './secure/sso';
import { createAssistantServer } from './server';

// Starts the assistant. Secrets come from the environment: run it from "Micro App Guard: Open Terminal with Secrets".
const port = Number(process.env.PORT ?? 8080);
createAssistantServer({ authenticate: oidcAuthenticator(SSO_USERINFO_URL), askModel }).listen(port, '127.0.0.1', () => {
  console.log(`{{title}} listening on http://127.0.0.1:${port} (behind your SSO proxy in production)`);
});
