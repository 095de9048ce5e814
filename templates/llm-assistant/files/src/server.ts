import http from 'node:http';
import { AUDIT_LOG_FILE, QUESTION_MAX_LENGTH, REQUESTS_PER_MINUTE } from './config';
import type { AskModel } from './llm';
import { renderPrompt } from './prompts';
import { writeAuditEvent } from './secure/auditLog';
import { applySecurityHeaders, readBody } from './secure/httpSecurity';
import { createRateLimiter } from './secure/rateLimit';
import { redactPii } from './secure/redact';
import type { Authenticate } from './secure/sso';
import { screenForInjection } from './secure/untrusted';

export interface AssistantDeps {
  authenticate: Authenticate;
  askModel: AskModel;
  auditFile?: string;
  requestsPerMinute?: number;
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** The assistant's HTTP service: SSO on every route, then rate limit, screen, redact, ask, audit. */
export function createAssistantServer(deps: AssistantDeps): http.Server {
  const allow = createRateLimiter(deps.requestsPerMinute ?? REQUESTS_PER_MINUTE);
  const auditFile = deps.auditFile ?? AUDIT_LOG_FILE;
  return http.createServer(async (request, response) => {
    applySecurityHeaders(request, response);
    try {
      const user = await deps.authenticate(request);
      if (!user) return send(response, 401, { error: 'Sign in with your company account.' });
      if (request.method !== 'POST' || request.url !== '/ask') return send(response, 404, { error: 'Not found.' });
      if (!allow(user.id)) return send(response, 429, { error: 'Too many questions this minute; try again shortly.' });

      const body = JSON.parse(await readBody(request)) as { question?: unknown };
      const question = String(body.question ?? '').slice(0, QUESTION_MAX_LENGTH);
      const suspicious = screenForInjection(question);
      if (suspicious) {
        writeAuditEvent(auditFile, { actor: user.id, action: 'ask.refused', detail: { reason: 'injection-screen' } });
        return send(response, 400, { error: 'That question was refused because it ' + suspicious });
      }
      // Personal data is removed before anything leaves; the question goes in a labelled, length-limited section.
      const answer = await deps.askModel(renderPrompt('system'), renderPrompt('user', { question: redactPii(question) }, QUESTION_MAX_LENGTH));
      writeAuditEvent(auditFile, { actor: user.id, action: 'ask', detail: { questionLength: question.length } });
      // The answer is untrusted text: sent as JSON for the page to show as text, never as HTML or code.
      return send(response, 200, { answer });
    } catch {
      return send(response, 400, { error: 'The request could not be read.' });
    }
  });
}
