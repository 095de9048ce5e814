import { randomBytes } from 'node:crypto';

export interface WizardPageResources {
  scriptUri: string;
  styleUri: string;
  /** The webview's own source (webview.cspSource). */
  cspSource: string;
}

/** The wizard page: CSP default-src 'none', the script only by a fresh nonce, no network from the page. */
export function wizardHtml(resources: WizardPageResources, nonce = randomBytes(16).toString('base64')): string {
  const csp = [
    "default-src 'none'",
    `style-src ${resources.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${resources.cspSource}`,
    "img-src 'none'",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${resources.styleUri}">
<title>Register This App</title>
</head>
<body>
<h1>Register this app</h1>
<div id="app"><p>Loading…</p></div>
<script nonce="${nonce}" src="${resources.scriptUri}"></script>
</body>
</html>`;
}
