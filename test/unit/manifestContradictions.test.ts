import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { detectAppFacts } from '../../src/core/manifest/detectAppFacts';
import { manifestContradictions } from '../../src/core/manifest/manifestContradictions';
import { addManifestListEntry } from '../../src/core/manifest/manifestEdits';

const MANIFEST = `apiVersion: microapp/v1
spec:
  llm:
    - { provider: openai, model: gpt-4o-mini }
  network:
    allow: [api.openai.com]  # reviewed
  secrets: { store: env, names: [] }
`;

describe('manifest vs code', () => {
  const facts = detectAppFacts([
    { file: 'a.ts', text: "import Anthropic from '@anthropic-ai/sdk';\nimport OpenAI from 'openai';\nfetch('https://hooks.slack.com/x'); const k = process.env.ANTHROPIC_API_KEY;" },
    { file: 'b.py', text: 'import os\nURL = "https://api.openai.com/v1"\nkey = os.environ["SLACK_TOKEN"]\n' },
  ]);

  it('detects SDKs, hosts and secret names from the code', () => {
    assert.deepEqual(facts, { llmProviders: ['anthropic', 'openai'], hosts: ['api.openai.com', 'hooks.slack.com'], secretNames: ['ANTHROPIC_API_KEY', 'SLACK_TOKEN'] });
  });

  it('reports an undeclared LLM, a host not allowed and env secrets with a committed .env', () => {
    const found = manifestContradictions(parse(MANIFEST), facts, true);
    assert.deepEqual(found.map((c) => c.path.join('.')), ['spec.llm', 'spec.network.allow', 'spec.secrets.store']);
    assert.match(found[0].message, /anthropic SDK/);
    assert.equal(found[1].add?.value, 'hooks.slack.com');
    assert.deepEqual(manifestContradictions(parse(MANIFEST), facts, false).length, 2);
  });

  it('the fixes add the missing entries and keep comments', () => {
    const found = manifestContradictions(parse(MANIFEST), facts, false);
    let text = MANIFEST;
    for (const c of found) text = addManifestListEntry(text, c.add!.list, c.add!.value) ?? text;
    assert.match(text, /allow: \[api\.openai\.com, hooks\.slack\.com\] # reviewed/);
    assert.deepEqual(manifestContradictions(parse(text), facts, false), []);
  });
});
