/**
 * Control evidence catalogue: code that shows a control the risk tier requires is in place, so a reviewer sees
 * "done — seen in src/secure/sso.ts:15" rather than only the manifest's word for it. Calls only: a definition of a
 * helper is not its use.
 */
export interface ControlEvidenceRow {
  /** The required control's id (src/core/risk/riskTier.ts). */
  control: 'sso' | 'audit-log' | 'llm-redaction' | 'injection-screen' | 'secrets-in-store';
  what: string;
  pattern: RegExp;
}

export const CONTROL_EVIDENCE: readonly ControlEvidenceRow[] = [
  {
    control: 'sso',
    what: 'single sign-on middleware',
    pattern: /\b(oidcAuthenticator|passport\.authenticate|requiresAuth|auth0\.\w+|getServerSession|clerkMiddleware|authMiddleware|withAuth|getAuth|login_required|OAuth2PasswordBearer|oauth\.register|msal\.\w+|OpenIDConnect|oidc\.\w+)\s*\(/,
  },
  { control: 'audit-log', what: 'audit logging', pattern: /\b(writeAuditEvent|auditLog|audit_log|logAudit|log_audit|audit\.(log|write|record|event)|write_audit_event)\s*\(/ },
  { control: 'llm-redaction', what: 'redaction of personal data', pattern: /\b(redactPii|redact_pii|redact\w*|anonymi[sz]e\w*|scrub\w*|mask_?pii)\s*\(/ },
  { control: 'injection-screen', what: 'prompt-injection screening', pattern: /\b(screenForInjection|screen_for_injection|detectInjection|detect_injection|checkInjection|check_injection)\s*\(/ },
  { control: 'secrets-in-store', what: 'secret reads from the environment or a store', pattern: /\bprocess\.env\.[A-Z_]*(KEY|TOKEN|SECRET)\b|\bos\.environ(\.get)?\s*[[(]\s*["'][A-Z_]*(KEY|TOKEN|SECRET)|\b(getSecret|get_secret|secretsManager|SecretClient)\s*\(/ },
];

export interface ControlEvidence {
  control: ControlEvidenceRow['control'];
  what: string;
  file: string;
  line: number;
}

/** The first use of each control in one file (the text of a code file). */
export function controlEvidenceIn(file: string, text: string): ControlEvidence[] {
  const found: ControlEvidence[] = [];
  for (const row of CONTROL_EVIDENCE) {
    const pattern = new RegExp(row.pattern.source, 'g');
    for (const match of text.matchAll(pattern)) {
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      if (/(function|def)\s+$/.test(before)) continue; // a definition, not a use
      found.push({ control: row.control, what: row.what, file, line: text.slice(0, match.index).split('\n').length });
      break;
    }
  }
  return found;
}
