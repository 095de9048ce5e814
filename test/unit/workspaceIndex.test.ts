import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCode } from '../../src/core/scan/code/parseCode';
import { analyseFile } from '../../src/core/scan/flow/fileAnalysis';
import type { FunctionSummary } from '../../src/core/scan/flow/taint';
import { WorkspaceIndex } from '../../src/core/scan/flow/workspaceIndex';
import { LineIndex } from '../../src/core/scan/textPositions';

const update = async (index: WorkspaceIndex, file: string, text: string) => index.update(file, text, await parseCode(file, text, 'typescript'));

const helper = (unusedBody: string, clipBody: string) =>
  `export function clip(text: string) { ${clipBody} }\nexport function unused(value: string) { ${unusedBody} }\n`;
const app = `import OpenAI from 'openai';\nimport { clip } from './helper';\nconst openai = new OpenAI();\nexport async function ask(q: string) {\n  const r = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: clip(q) }] });\n  return r.choices[0].message.content;\n}\n`;

describe('workspace index: when an analysis is still current', () => {
  it('while the index would answer every question it asked the same way, whatever else changed', async () => {
    const index = new WorkspaceIndex();
    await update(index, 'src/helper.ts', helper('return 1;', 'return text.slice(0, 100);'));
    await update(index, 'src/app.ts', app);
    assert.ok(index.currentAnalysis('src/app.ts', app), 'just analysed');
    assert.equal(index.currentAnalysis('src/app.ts', `${app}\n// edited`), undefined, 'another text is another analysis');

    // The helper analysed again to the same summaries, and a change to a function the app never calls: still current.
    await update(index, 'src/helper.ts', helper('return 1;', 'return text.slice(0, 100);'));
    assert.ok(index.currentAnalysis('src/app.ts', app), 'same summaries');
    await update(index, 'src/helper.ts', helper('return value;', 'return text.slice(0, 100);'));
    assert.ok(index.currentAnalysis('src/app.ts', app), 'a function the app does not call changed');

    // The function it calls now returns something else: the app must be analysed again.
    await update(index, 'src/helper.ts', helper('return value;', 'return "fixed";'));
    assert.equal(index.currentAnalysis('src/app.ts', app), undefined, 'clip no longer returns its parameter');
    await update(index, 'src/app.ts', app);
    assert.ok(index.currentAnalysis('src/app.ts', app));
    index.remove('src/helper.ts');
    assert.equal(index.currentAnalysis('src/app.ts', app), undefined, 'a removed helper is an answer that changed');
  });

  it('a file that runs an agent another file declares in a class body (`agent.writer.run`) is analysed again when that declaration changes', async () => {
    const updatePython = async (file: string, text: string) => index.update(file, text, await parseCode(file, text, 'python'));
    const agents = (held: string) => `from agno.agent import Agent\n\nclass Researcher:\n    writer: ${held}\n\n    def summary(self, topic):\n        return self.writer.run(topic).content\n`;
    const appText = 'import streamlit as st\nfrom agents import Researcher\n\nagent = Researcher()\nst.markdown(agent.writer.run(st.chat_input("Ask")).content, unsafe_allow_html=True)\n';
    const index = new WorkspaceIndex();
    await updatePython('agents.py', agents('Printer = Printer(width=80)'));
    await updatePython('app.py', appText);
    assert.ok(index.currentAnalysis('app.py', appText));
    assert.equal(await updatePython('agents.py', agents('Agent = Agent(model=model)')), true, 'what an attribute holds is a change');
    assert.equal(index.currentAnalysis('app.py', appText), undefined, 'the answer it was given about Researcher.writer changed');
    assert.deepEqual(index.attributeClasses('Researcher', 'writer'), ['Agent']);
  });

  it('anonymous classes (`class extends Base {}`) in different files are not one family', async () => {
    const index = new WorkspaceIndex();
    await update(index, 'src/a.ts', 'export const A = class extends Alpha { run() { return 1; } };\n');
    await update(index, 'src/b.ts', 'export const B = class extends Beta { run() { return 2; } };\n');
    assert.deepEqual(index.basesOf(''), []);
    assert.deepEqual(index.basesOf('Gamma'), []);
  });

  it('a helper whose model output another file starts to run is analysed again, and named as a dependent of that file', async () => {
    const helperFile = 'src/llm.ts';
    const helperText = `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function writeSql(q: string) {\n  const r = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: \`Write SQL for: \${q}\` }] });\n  return r.choices[0].message.content ?? '';\n}\n`;
    const route = (use: string) => `import vm from 'node:vm';\nimport { writeSql } from './llm';\napp.post('/q', async (req, res) => {\n  const query = await writeSql(req.body.q);\n  res.json(${use});\n});\n`;
    const index = new WorkspaceIndex();
    await update(index, helperFile, helperText);
    await update(index, 'src/route.ts', route('query'));
    assert.deepEqual(index.factsAbout(helperFile), []);
    assert.ok(index.currentAnalysis(helperFile, helperText));
    assert.equal(await update(index, 'src/route.ts', route('vm.runInNewContext(query)')), true, 'a new sink of the helper’s output is a change');
    assert.deepEqual(index.factsAbout(helperFile), ['3:18']);
    assert.equal(index.currentAnalysis(helperFile, helperText), undefined, 'its call is now acted on');
    assert.ok(index.dependentsOf('src/route.ts').includes(helperFile));
    await update(index, helperFile, helperText);
    const summary = index.latestAnalysis(helperFile, helperText)!.summaries.find((s) => s.name === 'writeSql');
    assert.equal(summary?.paramPrompts[0]?.powerful, true, 'its parameter now reaches the instructions of a call whose output is run');
    await update(index, 'src/route.ts', route('query'));
    assert.deepEqual(index.factsAbout(helperFile), []);
    assert.ok(index.dependentsOf('src/route.ts').includes(helperFile), 'the sink removed: the helper must be re-checked too');
  });
});

describe('workspace index: answers worked out once per state', () => {
  it('a question asked again is answered from memory until anything in the index changes, then asked again', async () => {
    const index = new WorkspaceIndex();
    await update(index, 'src/helper.ts', helper('return 1;', 'return text.slice(0, 100);'));
    let asked = 0;
    const ask = () => (asked++, index.methods('clip'));
    index.answerOnce('m\0clip', ask);
    index.answerOnce('m\0clip', ask);
    assert.equal(asked, 1);
    for (const change of [() => update(index, 'src/app.ts', app), () => index.declareClasses('src/c.ts', { C: ['B'] }), () => index.remove('src/app.ts'), () => index.locate([{ relative: 'a.ts', absolute: '/a.ts' }])]) {
      await change();
      index.answerOnce('m\0clip', ask);
      index.answerOnce('m\0clip', ask);
    }
    assert.equal(asked, 5, 'once more after each of the four changes');
  });
});

describe('workspace index: dependents of a class chosen by name', () => {
  it('a file that runs `getattr(self.computer, action)(…)` depends on the files of the classes named for `computer`', async () => {
    const python = async (index: WorkspaceIndex, file: string, text: string) => index.update(file, text, await parseCode(file, text, 'python'));
    const docker = 'import subprocess\nclass DockerComputer:\n    def type(self, text):\n        subprocess.check_output(f"xdotool type {text}", shell=True)\n';
    const agent = (dispatch: string) => `from openai import OpenAI\nclient = OpenAI()\nclass Agent:\n    def step(self, items):\n        action = client.responses.create(model="m", input=items, tools=[]).output[0].action\n        ${dispatch}\n`;
    const index = new WorkspaceIndex();
    await python(index, 'computers/docker.py', docker);
    await python(index, 'agent/agent.py', agent('getattr(self.computer, action["type"])(**action)'));
    await python(index, 'agent/other.py', agent('getattr(self.browser, action["type"])(**action)'));
    const dependents = index.dependentsOf('computers/docker.py');
    assert.ok(dependents.includes('agent/agent.py'), 'its DockerComputer is a Computer');
    assert.ok(!dependents.includes('agent/other.py'), 'a browser is no Computer');
  });
});

describe('workspace index: a file analysed again starts from its last summaries', () => {
  // The first run of a re-analysis reads the file's own functions as they were; a stale summary (a function deleted,
  // or one that now returns something else) must not survive into the result.
  const version = (askBody: string, extra = '') => `import OpenAI from 'openai';
const openai = new OpenAI();
${extra}function ask(q: string) {
  ${askBody}
}
export async function run(q: string) {
  eval(await ask(q));
}
`;
  const modelOutput = `return openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: q }] }).then((r) => r.choices[0].message.content);`;
  const analysed = async (text: string, previous?: readonly FunctionSummary[]) => {
    const model = (await parseCode('src/app.ts', text, 'typescript'))!;
    const result = analyseFile('src/app.ts', model, new LineIndex(text), undefined, previous);
    return { summaries: JSON.stringify(result.summaries), sinks: result.sinks.map((s) => `${s.kind}:${s.at.start}`) };
  };

  for (const [name, before, after] of [
    ['the helper no longer calls the model', version(modelOutput), version('return "a constant";')],
    ['the helper now calls the model', version('return "a constant";'), version(modelOutput)],
    ['a helper that fed the sink was deleted', version(modelOutput, `function extra() { return ask('x'); }\n`), version('return q;')],
  ] as const) {
    it(`gives what a fresh analysis gives: ${name}`, async () => {
      const last = analyseFile('src/app.ts', (await parseCode('src/app.ts', before, 'typescript'))!, new LineIndex(before)).summaries;
      assert.deepEqual(await analysed(after, last), await analysed(after));
    });
  }

  it('and the index uses it: the re-analysed file’s findings follow its new text', async () => {
    const index = new WorkspaceIndex();
    await update(index, 'src/app.ts', version(modelOutput));
    assert.equal(index.latestAnalysis('src/app.ts', version(modelOutput))!.sinks.length, 1);
    await update(index, 'src/app.ts', version('return "a constant";'));
    assert.equal(index.latestAnalysis('src/app.ts', version('return "a constant";'))!.sinks.length, 0);
  });
});
