import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { parseManifest, validateManifestObject, writeManifest } from '../../src/core/manifest/manifestDocument';
import { manifestJsonSchema } from '../../src/core/manifest/manifestJsonSchema';
import { toBackstageCatalogInfo } from '../../src/core/manifest/backstageExport';

const VALID = readFileSync('test/fixtures/valid-manifest.yaml', 'utf8');

describe('manifest parsing', () => {
  it('accepts the sample manifest', () => {
    const { manifest, problems } = parseManifest(VALID);
    assert.deepEqual(problems, []);
    assert.equal(manifest?.metadata.name, 'leaky-assistant');
    assert.deepEqual(manifest?.spec.network.allow, ['api.openai.com']);
  });

  it('an unknown key is an error at its line and column with a "did you mean"', () => {
    const text = VALID.replace('  purpose:', '  purpse:');
    const { manifest, problems } = parseManifest(text);
    assert.equal(manifest, undefined);
    const unknown = problems.find((p) => p.message.startsWith('Unknown key'));
    assert.ok(unknown, JSON.stringify(problems));
    assert.match(unknown.message, /Unknown key "purpse": did you mean "purpose"\?/);
    assert.equal(unknown.line, text.split('\n').findIndex((l) => l.includes('purpse:')) + 1);
    assert.equal(unknown.column, 3);
    assert.equal(unknown.path, 'spec.purpse');
  });

  it('a wrong value points at the value, a missing field at its parent', () => {
    const text = VALID.replace('classification: confidential', 'classification: secret').replace('  owner: sam.builder@example.com\n', '');
    const { problems } = parseManifest(text);
    const classification = problems.find((p) => p.path === 'spec.data.classification')!;
    assert.equal(text.split('\n')[classification.line - 1].slice(classification.column - 1, classification.column - 1 + 6), 'secret');
    const owner = problems.find((p) => p.path === 'metadata.owner')!;
    assert.match(owner.message, /Missing required field "metadata\.owner"/);
    assert.equal(text.split('\n')[owner.line - 1].trim(), 'metadata:');
  });

  it('a YAML syntax error has a line and column and no stack trace', () => {
    const { problems } = parseManifest('apiVersion: microapp/v1\nmetadata:\n  name: [unclosed\n');
    assert.equal(problems.length >= 1, true);
    assert.match(problems[0].message, /^YAML syntax: /);
    assert.ok(problems[0].line >= 3);
  });

  it('a half-written manifest lists every missing part at once', () => {
    const { problems } = parseManifest('apiVersion: microapp/v1\nkind: MicroApp\nmetadata:\n  name: my-app\n');
    const paths = problems.map((p) => p.path).sort();
    assert.ok(paths.includes('metadata.title') && paths.includes('metadata.owner') && paths.includes('spec'), paths.join(','));
  });

  it('an empty file says how to start', () => {
    assert.match(parseManifest('  \n').problems[0].message, /empty.*Register This App/);
  });

  it('organisation-wide apps need a justification', () => {
    const { problems } = parseManifest(VALID.replace('  justification: Cuts HR ticket volume\n', ''));
    assert.match(problems.find((p) => p.path === 'spec.justification')!.message, /needs a justification/);
  });

  it('validates plain objects with manifest paths (the registry body)', () => {
    const data = parse(VALID);
    data.spec.network.allow = ['not a host'];
    const { problems } = validateManifestObject(data);
    assert.deepEqual(problems.map((p) => p.path), ['spec.network.allow.0']);
  });
});

describe('manifest writing', () => {
  it('keeps comments and key order when a value changes', () => {
    const text = `# Owned by finance ops\napiVersion: microapp/v1\nkind: MicroApp\nmetadata:\n  name: deck-helper # stable id\n  title: Deck Helper\n  owner: jane@example.com\nspec:\n  network:\n    # reviewed 2026-10\n    allow: [api.openai.com]\n`;
    const data = parse(text);
    data.spec.network.allow.push('slack.com');
    data.metadata.title = 'Investor Deck Helper';
    const written = writeManifest(data, text);
    assert.match(written, /^# Owned by finance ops\n/);
    assert.match(written, /name: deck-helper # stable id/);
    assert.match(written, /# reviewed 2026-10\n/);
    assert.match(written, /title: Investor Deck Helper/);
    assert.deepEqual(parse(written).spec.network.allow, ['api.openai.com', 'slack.com']);
    assert.deepEqual(Object.keys(parse(written)), ['apiVersion', 'kind', 'metadata', 'spec']);
  });

  it('round-trips the sample unchanged when nothing changed', () => {
    assert.equal(writeManifest(parse(VALID), VALID), VALID);
  });

  it('writes a fresh document that parses back to the same data', () => {
    const data = parse(VALID);
    assert.deepEqual(parse(writeManifest(data)), data);
  });
});

describe('exports', () => {
  it('the committed JSON Schema is the one generated from the zod schema', () => {
    assert.deepEqual(JSON.parse(readFileSync('schemas/microapp.schema.json', 'utf8')), JSON.parse(JSON.stringify(manifestJsonSchema())));
    assert.equal((manifestJsonSchema() as { additionalProperties?: boolean }).additionalProperties, false);
  });

  it('Backstage catalog-info carries the tier and the owner group', () => {
    const catalog = parse(toBackstageCatalogInfo(parseManifest(VALID).manifest!));
    assert.equal(catalog.kind, 'Component');
    assert.equal(catalog.spec.type, 'micro-app');
    assert.equal(catalog.spec.owner, 'group:people-ops');
    assert.equal(catalog.metadata.annotations['microapp-guard.io/risk-tier'], 'high');
  });
});
