import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksMinified } from '../../src/core/scan/workspaceFiles';

// A page of short hand-written lines, long enough to be judged by its lines.
const code = 'const answer = await client.chat.completions.create({ model, messages });\n'.repeat(80);

describe('looksMinified', () => {
  it('reads a hand-written file with a long encoded run (an inlined image) as hand-written', () => {
    const image = 'iVBORw0KGgo'.repeat(1200); // 13,200 base64 characters on one line
    assert.equal(looksMinified(`${code}const logo = "data:image/png;base64,${image}";\n${code}`), false);
    // (Several runs, URL-safe and hex ones too, anywhere in the file.)
    assert.equal(looksMinified(`const a = "${'ab-_'.repeat(3000)}";\n${code}const b = "${'0f'.repeat(6000)}";\n`), false);
  });

  it('reads a line long by code as a bundle, and one long by a run shorter than an encoded file too', () => {
    assert.equal(looksMinified(`${code}${'function f(n){return n*2};'.repeat(600)}\n`), true);
    // 511 characters a run, each run cut by a quote: no run is long enough to be an encoded file.
    const shortRuns = `"${'A'.repeat(511)}",`.repeat(30);
    assert.equal(looksMinified(`${code}const parts = [${shortRuns}];\n`), true);
    const longRuns = `"${'A'.repeat(512)}",`.repeat(30);
    assert.equal(looksMinified(`${code}const parts = [${longRuns}];\n`), false);
  });

  it('reads a file named .min.js as a bundle and a short file as hand-written', () => {
    assert.equal(looksMinified('x', 'vendor.min.js'), true);
    assert.equal(looksMinified('const a = 1;'.repeat(100)), false);
  });
});
