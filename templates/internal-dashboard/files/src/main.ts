import { SSO_USERINFO_URL } from './config';
import { createDashboardServer } from './dashboard';
import { oidcAuthenticator } from './secure/sso';

const port = Number(process.env.PORT ?? 8080);
createDashboardServer({ authenticate: oidcAuthenticator(SSO_USERINFO_URL) }).listen(port, '127.0.0.1', () => {
  console.log(`{{title}} on http://127.0.0.1:${port} (serve it over HTTPS behind your SSO proxy in production)`);
});
