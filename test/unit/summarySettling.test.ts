import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildWorkspaceIndex } from '../../src/core/scan/flow/buildWorkspaceIndex';
import { joinSummaries } from '../../src/core/scan/flow/summaryJoin';
import { distinctSteps, type FunctionSummary, type Taint } from '../../src/core/scan/flow/taint';
import { listFiles } from '../../src/core/scan/workspaceFiles';
import { FileTexts } from '../../src/core/scan/fileTexts';
import type { RelatedLocation } from '../../src/core/scan/finding';

const step = (line: number, message = 'Through f().'): RelatedLocation => ({ file: 'a.py', range: { start: { line, character: 0 }, end: { line, character: 5 } }, message });
const taint = (label: string, steps = [step(1)]): Taint => ({ origin: 'third-party', label, steps });
const summary = (name: string, extra: Partial<FunctionSummary> = {}): FunctionSummary => ({ file: 'a.py', name, params: ['x'], returns: [], returnsParams: [], paramPrompts: [], paramSinks: [], ...extra });

describe('joinSummaries: the join a cycling file settles on', () => {
  it('says everything either analysis said a function carries', () => {
    const joined = joinSummaries(
      [summary('f', { returns: [taint('web page')], returnsParams: [0] }), summary('g')],
      [summary('f', { returns: [taint('model output')], returnsParams: [1] })],
    );
    const f = joined.find((s) => s.name === 'f')!;
    assert.deepEqual(f.returns.map((t) => t.label), ['model output', 'web page']);
    assert.deepEqual(f.returnsParams, [1, 0]);
    assert.ok(joined.some((s) => s.name === 'g'), 'a function only the earlier analysis had is kept');
  });

  it('gives the later summaries back unchanged when the earlier add nothing (their readers see no change)', () => {
    const later = [summary('f', { returns: [taint('b'), taint('a')], returnsParams: [2, 0] }), summary('g')];
    assert.equal(JSON.stringify(joinSummaries([summary('f', { returns: [taint('a')] })], later)), JSON.stringify(later));
  });

  it('keeps a claim about every path only when both make it, and drops a per-key answer one lacks', () => {
    const [f] = joinSummaries(
      [summary('f', { returnsAppData: true, callsNothing: true, returnsByKey: { text: { taints: [], params: [0] } } })],
      [summary('f', { returnsAppData: true, objectMethod: true })],
    );
    assert.equal(f.returnsAppData, true);
    assert.equal(f.callsNothing, undefined);
    assert.equal(f.objectMethod, true);
    assert.equal(f.returnsByKey, undefined);
  });

  it('settles paths that flip: of two taints differing only in their steps, the same one is kept either way round', () => {
    const one = [summary('f', { returns: [taint('web page', [step(3)])] })];
    const other = [summary('f', { returns: [taint('web page', [step(7)])] })];
    assert.deepEqual(joinSummaries(one, other), joinSummaries(other, one));
    assert.equal(joinSummaries(one, other)[0].returns.length, 1);
  });

  it('tells apart two functions of one name by their order', () => {
    const joined = joinSummaries([summary('f', { returnsParams: [0] }), summary('f')], [summary('f'), summary('f', { returnsParams: [0] })]);
    assert.equal(joined.length, 2);
    assert.deepEqual(joined.map((s) => s.returnsParams), [[0], [0]]);
  });
});

describe('distinctSteps', () => {
  it('lists each place of a path once, and returns a path without repeats as it was given', () => {
    const path = [step(1), step(2), step(2), step(1), step(3)];
    assert.deepEqual(distinctSteps(path).map((s) => s.range.start.line), [1, 2, 3]);
    const clean = [step(1), step(2)];
    assert.equal(distinctSteps(clean), clean);
  });
});

describe('a workspace build settles', () => {
  for (const app of ['rags', 'gpt-engineer', 'pandasai-2.4.2']) {
    it(`every file analysed for ${app} (a corpus app) is current when the build ends: a rescan re-analyses none of them`, async () => {
      const root = path.join(__dirname, '../corpus/tuning', app);
      const files = listFiles(['.'], { base: root }).files;
      const { index, indexed } = await buildWorkspaceIndex(files, new FileTexts(1024 * 1024));
      assert.ok(indexed > 5, `${app}: ${indexed} files indexed`);
      const unsettled = files.filter((file) => index.has(file.relative) && !index.isCurrent(file.relative, readFileSync(file.absolute, 'utf8'))).map((file) => file.relative);
      assert.deepEqual(unsettled, []);
    });
  }
});
