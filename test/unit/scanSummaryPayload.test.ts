import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/core/config/scanConfig';
import { scanSummarySchema } from '../../src/core/registry/protocol';
import { scanFiles } from '../../src/core/scan/scanFiles';
import { toScanSummaryPayload } from '../../src/core/scan/scanSummary';
import { SECRET_SAMPLES } from './helpers/fakeSecrets';

describe('what a submission says about its scan', () => {
  it('carries the findings most severe first, a secret only masked, and a digest that changes with the content', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mag-payload-'));
    mkdirSync(path.join(root, 'src'));
    writeFileSync(path.join(root, 'src/app.ts'), `fetch('http://status.example.com/ping');\n${SECRET_SAMPLES['secret/openai']}\n`);
    const summary = await scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG });
    const payload = toScanSummaryPayload(summary, '0.1.0');
    assert.ok(scanSummarySchema.safeParse(payload).success);
    assert.deepEqual(payload.items!.map((i) => `${i.severity}:${i.rule}:${i.line}`), ['error:secret/openai:2', 'warning:net/plain-http:1']);
    assert.match(payload.items![0].masked!, /\*{8}/);
    const raw = /sk-[A-Za-z0-9_-]{20,}/.exec(SECRET_SAMPLES['secret/openai'])![0];
    assert.ok(!JSON.stringify(payload).includes(raw), 'the key itself never leaves the machine');
    assert.match(payload.digest!, /^[a-f0-9]{64}$/);
    writeFileSync(path.join(root, 'src/app.ts'), `fetch('http://status.example.com/ping');\n${SECRET_SAMPLES['secret/openai']}\n// edited\n`);
    assert.notEqual(toScanSummaryPayload(await scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG }), '0.1.0').digest, payload.digest);
  });

  it('names the files the scan could not check completely, within the schema', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mag-payload-'));
    // Generated code nested deeper than a parser's call stack, in a file that calls a model (so it is parsed).
    writeFileSync(path.join(root, 'gen.ts'), `import OpenAI from "openai";\nexport const ask = (q: string) => new OpenAI().responses.create({ model: "m", input: q });\nexport const x = ${'(\n'.repeat(5000)}1${')\n'.repeat(5000)};\n`);
    const payload = toScanSummaryPayload(await scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG }), '0.1.0');
    assert.deepEqual(payload.incomplete!.map((f) => `${f.file} ${f.part}`), ['gen.ts syntax tree']);
    assert.ok(scanSummarySchema.safeParse(payload).success);
    const long = toScanSummaryPayload({ findings: [], filesScanned: 1, bytesScanned: 1, skipped: [], cancelled: false, incomplete: [{ file: 'a.ts', part: 'scan', reason: 'x'.repeat(1000) }] } as never, '0.1.0');
    assert.equal(long.incomplete![0].reason.length, 300);
    assert.ok(scanSummarySchema.safeParse(long).success);
  });

  it('keeps the 500 most severe findings and counts the rest', () => {
    const finding = (severity: 'error' | 'info', line: number) => ({ ruleId: 'net/plain-http', severity, file: 'a.ts', range: { start: { line, character: 0 }, end: { line, character: 1 } }, message: 'm', docsUrl: '' });
    const findings = [...Array.from({ length: 520 }, (_, i) => finding('info', i)), finding('error', 999)];
    const payload = toScanSummaryPayload({ findings, filesScanned: 1, bytesScanned: 1, skipped: [], cancelled: false } as never, '0.1.0');
    assert.equal(payload.items!.length, 500);
    assert.equal(payload.omitted, 21);
    assert.equal(payload.items![0].severity, 'error');
  });
});

describe('control evidence in the code', () => {
  it('finds the calls that show SSO, an audit log, redaction, an injection screen and secrets from the environment — not their definitions', async () => {
    const { controlEvidenceIn } = await import('../../src/core/scan/catalogue/controls');
    const server = `import { oidcAuthenticator } from './secure/sso';\nconst authenticate = oidcAuthenticator(process.env.OIDC_USERINFO_URL!);\nconst key = process.env.OPENAI_API_KEY;\nexport async function ask(q: string) {\n  if (screenForInjection(q)) return;\n  writeAuditEvent('audit.log', { action: 'ask' });\n  return model(redactPii(q));\n}\n`;
    assert.deepEqual(controlEvidenceIn('src/server.ts', server).map((e) => `${e.control}:${e.line}`).sort(), ['audit-log:6', 'injection-screen:5', 'llm-redaction:7', 'secrets-in-store:3', 'sso:2']);
    assert.deepEqual(controlEvidenceIn('src/secure/redact.ts', 'export function redactPii(text: string) {\n  return text;\n}\n'), []);
  });
});
