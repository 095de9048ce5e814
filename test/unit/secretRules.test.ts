import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanDocument } from '../../src/core/scan/scanDocument';
import { RULE_CATALOGUE } from '../../src/core/scan/rules';
import { LOOK_ALIKES, MORE_POSITIVES, SECRET_SAMPLES } from './helpers/fakeSecrets';

async function ruleIdsIn(text: string, file = 'src/app.ts'): Promise<string[]> {
  return (await scanDocument({ file, text })).map((finding) => finding.ruleId);
}

describe('secret rules', () => {
  for (const [ruleId, sample] of Object.entries(SECRET_SAMPLES)) {
    it(`${ruleId} finds its real-format sample, masked`, async () => {
      const findings = await scanDocument({ file: 'src/app.ts', text: `// config\n${sample}\n` });
      const finding = findings.find((f) => f.ruleId === ruleId);
      assert.ok(finding, `expected ${ruleId}, got ${findings.map((f) => f.ruleId).join(', ') || 'nothing'}`);
      assert.equal(finding.range.start.line, 1);
      assert.equal(finding.severity, 'error');
      assert.ok(finding.masked, 'a masked preview is attached');
      const secretText = sample.slice(finding.range.start.character, finding.range.end.character);
      assert.ok(secretText.length >= 12, `range covers the secret: ${secretText}`);
      assert.ok(!finding.message.includes(secretText), 'the message never holds the whole secret');
      assert.ok(!finding.masked!.includes(secretText), 'the mask never holds the whole secret');
    });
  }

  for (const [ruleId, sample] of MORE_POSITIVES) {
    it(`${ruleId} also finds: ${sample.slice(0, 40)}…`, async () => {
      assert.ok((await ruleIdsIn(sample)).includes(ruleId), sample);
    });
  }

  for (const [name, text] of LOOK_ALIKES) {
    it(`stays silent on a look-alike: ${name}`, async () => {
      assert.deepEqual(await ruleIdsIn(text), []);
    });
  }

  it('every LLM provider the issue names has a rule', () => {
    for (const id of ['google-ai', 'azure-openai', 'anthropic-admin', 'cohere', 'mistral', 'deepseek', 'xai', 'openrouter', 'perplexity', 'langsmith', 'replicate', 'pinecone', 'groq', 'huggingface', 'openai', 'anthropic']) {
      assert.ok(RULE_CATALOGUE.has(`secret/${id}`), id);
    }
  });

  it('a regular expression that parses connection strings holds no password (Azure\'s LangChain agent sample); the string it parses does', async () => {
    const pattern = 'const match = re.match(r"postgresql://([^:]+):([^@]+)@([^:]+):(\\d+)/([^?]+)(\\?(.+))?", url)\n';
    assert.deepEqual((await scanDocument({ file: 'app.py', text: pattern })).map((f) => f.ruleId), []);
    assert.deepEqual((await scanDocument({ file: 'app.py', text: 'URL = "postgresql://sales:Tr0ub4dor@db.internal:5432/retail"\n' })).map((f) => f.ruleId), ['secret/connection-string']);
  });

  it('connection strings are masked by hiding the password only', async () => {
    const [finding] = await scanDocument({ file: 'a.ts', text: SECRET_SAMPLES['secret/connection-string'] });
    assert.match(finding.masked!, /^postgres:\/\/app:\*\*\*\*@db\.internal:5432$/);
  });
});

describe('secret/dotenv-file', () => {
  it('reports a committed .env with secret values once, naming the keys', async () => {
    const text = 'PORT=3000\nOPENAI_API_KEY=abc123def456\nDB_PASSWORD="hunter22"\n';
    const findings = await scanDocument({ file: '.env', text });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].ruleId, 'secret/dotenv-file');
    assert.equal(findings[0].range.start.line, 1);
    assert.match(findings[0].message, /2 secret value\(s\) \(OPENAI_API_KEY, DB_PASSWORD\)/);
  });

  it('ignores empty values, references and example files', async () => {
    assert.deepEqual(await ruleIdsIn('OPENAI_API_KEY=\nTOKEN=${VAULT_TOKEN}\n', '.env'), []);
    assert.deepEqual(await ruleIdsIn('OPENAI_API_KEY=abc123def456\n', '.env.example'), []);
  });
});

describe('rule settings', () => {
  it('config can turn a rule off or change its severity', async () => {
    const text = SECRET_SAMPLES['secret/github'];
    assert.deepEqual(await scanDocument({ file: 'a.ts', text, config: { rules: { 'secret/github': 'off' } } }), []);
    const [finding] = await scanDocument({ file: 'a.ts', text, config: { rules: { 'secret/github': 'warning' } } });
    assert.equal(finding.severity, 'warning');
  });

  it('fingerprints survive lines added above the finding', async () => {
    const text = SECRET_SAMPLES['secret/github'];
    const [before] = await scanDocument({ file: 'a.ts', text });
    const [after] = await scanDocument({ file: 'a.ts', text: `// a\n// b\n${text}` });
    assert.equal(before.fingerprint, after.fingerprint);
    assert.notEqual(before.range.start.line, after.range.start.line);
  });
});
