import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/core/config/scanConfig';
import { promptFileSlots } from '../../src/core/scan/flow/promptFiles';
import { scanFiles } from '../../src/core/scan/scanFiles';
import { SyntaxTreeCache } from '../../src/core/scan/code/parseCode';
import { WorkspaceIndex } from '../../src/core/scan/flow/workspaceIndex';
import { scanOpenDocument } from '../../src/extension/documentScan';

const WRITER = `---
name: Writer
model:
  api: chat
sample:
  research: \${file:research.json}
---
system:
You write articles from web research.

# Research
{% for item in research.web %}
title: {{item.title}}
{{ item.description }}
{% endfor %}

# Tone
{{tone | default("friendly")}}

user:
{{question}}
`;

describe('Prompty files', () => {
  it('each input lands by its section: system, alone in a user message, or mixed with instruction text; loop variables are no inputs', () => {
    assert.deepEqual(promptFileSlots(WRITER), { research: 'system', tone: 'system', question: 'own-message' });
    assert.deepEqual(promptFileSlots('---\nname: x\n---\nsystem:\nYou grade answers.\nuser:\nGrade this answer for the team and explain why:\n{{answer}}\n'), { answer: 'mixed' });
    // Text before any role line is the system message; an input also in a user message takes the system's risk.
    assert.deepEqual(promptFileSlots('Summarise {{page}}.\nuser:\n{{page}}'), { page: 'system' });
  });

  it('prompty.execute: a web page in the file\'s system section is an error, the requester\'s question alone in its user message is nothing, an input the file has no slot for goes nowhere', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mag-prompty-'));
    mkdirSync(path.join(dir, 'agents'));
    writeFileSync(path.join(dir, 'agents', 'writer.prompty'), WRITER);
    const code = [
      'import prompty',
      'import requests',
      '',
      'def write(question, url):',
      '    page = requests.get(url).text',
      '    return prompty.execute(',
      '        "writer.prompty",',
      '        inputs={',
      '            "research": page,',
      '            "question": question,',
      '            "unused": page,',
      '        },',
      '    )',
      '',
    ].join('\n');
    writeFileSync(path.join(dir, 'agents', 'writer.py'), code);
    const findings = async (base = dir) => (await scanFiles({ paths: [dir], base, config: DEFAULT_CONFIG })).findings.filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line + 1} ${f.severity}`);
    assert.deepEqual(await findings(), ['9 error']);
    // Scanned from another folder (the CLI run elsewhere: paths start with `../`), the file beside the code is found too.
    assert.deepEqual(await findings(process.cwd()), ['9 error']);
    // Without the file, where the inputs land is unknown: each is taken as mixed into the template's text.
    rmSync(path.join(dir, 'agents', 'writer.prompty'));
    assert.deepEqual((await findings()).sort(), ['11 warning', '9 warning']);
  });

  it("promptflow's Prompty.load(folder + \"/x.prompty\"), then the loaded prompt called: a web page in the system section is an error, mixed into the user section a warning, across files", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mag-promptflow-'));
    writeFileSync(path.join(dir, 'editor.prompty'), '---\nname: Editor\n---\nsystem:\nYou edit articles. Feedback so far: {{feedback}}\n\nuser:\nEdit this article and keep it short:\n{{article}}\n');
    writeFileSync(path.join(dir, 'editor.py'), [
      'from pathlib import Path',
      'from promptflow.core import Prompty',
      'folder = Path(__file__).parent.absolute().as_posix()',
      '',
      'def edit(article, feedback):',
      '    flow = Prompty.load(folder + "/editor.prompty")',
      '    return flow(article=article, feedback=feedback)',
      '',
    ].join('\n'));
    writeFileSync(path.join(dir, 'pipeline.py'), ['import requests', 'import editor', '', 'def run(url):', '    page = requests.get(url).text', '    return editor.edit(page, page)', ''].join('\n'));
    const findings = (await scanFiles({ paths: ['.'], base: dir, config: DEFAULT_CONFIG })).findings.filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
    assert.deepEqual(findings.map((f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.character} ${f.severity}`).sort(), ['pipeline.py:6:23 warning', 'pipeline.py:6:29 error']);
  });

  it('in the editor: the prompt file\'s scan names the open code that reads it, whose re-check reads the saved file', async () => {
    const template = (research: string) => `---\nname: Writer\n---\nsystem:\nYou write short articles.${research === 'system' ? ' Research: {{research}}' : ''}\n\nuser:\n${research === 'user' ? '{{research}}' : 'Write it.'}\n`;
    const code = 'import prompty\nimport requests\n\ndef write(url):\n    page = requests.get(url).text\n    return prompty.execute("writer.prompty", inputs={"research": page})\n';
    const editor = editorSession('mag-prompty-editor-', { file: 'writer.py', text: code }, 'writer.prompty', template('user'));
    assert.deepEqual(await editor.severities(), ['warning']);
    assert.deepEqual(await editor.savePrompt(template('system')), ['writer.py']);
    assert.deepEqual(await editor.severities(), ['error']);
  });

  it('in the editor: saving a Teams AI skprompt.txt names the open code whose PromptManager reads its folder, and that re-check reads it', async () => {
    const prompt = (rendered: boolean) => `You keep notes for the team.${rendered ? '\n\nnotes:\n{{$conversation.notes}}' : ''}\n`;
    const code = "import * as path from 'path';\nimport { ActionPlanner, PromptManager } from '@microsoft/teams-ai';\nconst prompts = new PromptManager({ promptsFolder: path.join(__dirname, '../src/prompts') });\nconst planner = new ActionPlanner({ model, prompts, defaultPrompt: 'default' });\napp.ai.action('addNote', async (context, state, parameters) => {\n  state.conversation.notes.push(parameters.text);\n});\n";
    const editor = editorSession('mag-skprompt-editor-', { file: 'src/index.ts', text: code }, 'src/prompts/default/skprompt.txt', prompt(false));
    assert.deepEqual(await editor.severities(), []);
    assert.deepEqual(await editor.savePrompt(prompt(true)), ['src/index.ts']);
    assert.deepEqual(await editor.severities(), ['error']);
  });
});

/**
 * The editor's worker on a folder holding one prompt file and one open code file: the code's untrusted-text
 * severities, and a save of the prompt file (written to disk, then scanned) returning the files it names to re-check.
 */
function editorSession(prefix: string, code: { file: string; text: string }, promptFile: string, promptText: string) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  mkdirSync(path.dirname(path.join(dir, promptFile)), { recursive: true });
  writeFileSync(path.join(dir, promptFile), promptText);
  const index = new WorkspaceIndex();
  index.root = dir;
  const trees = new SyntaxTreeCache();
  const config = { rules: {} };
  return {
    severities: async () => (await scanOpenDocument({ ...code, config }, index, trees)).findings.filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.severity),
    savePrompt: async (text: string) => {
      writeFileSync(path.join(dir, promptFile), text);
      return (await scanOpenDocument({ file: promptFile, text, config }, index, trees)).dependents;
    },
  };
}
