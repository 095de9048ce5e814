import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageOf } from '../../src/core/scan/language';

test('a prompts/ folder makes its text files prompts, never its code', () => {
  assert.equal(languageOf('prompts/system.md'), 'prompt');
  assert.equal(languageOf('app/prompts/support.txt'), 'prompt');
  assert.equal(languageOf('support.prompt.md'), 'prompt');
  assert.equal(languageOf('node_modules/@langchain/core/dist/prompts/few_shot.js'), 'javascript');
  assert.equal(languageOf('app/prompts/builder.py'), 'python');
});
