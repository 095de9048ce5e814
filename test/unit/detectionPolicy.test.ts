import path from 'node:path';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/core/config/scanConfig';
import { PROMPT_POLICY, promptSeverity, type PromptDestination, type TextOrigin } from '../../src/core/scan/flow/promptPolicy';
import { scanDocument } from '../../src/core/scan/scanDocument';
import { scanFiles } from '../../src/core/scan/scanFiles';
import { tempFolder } from './helpers/tempFolder';

// The policy as DESIGN.md states it: the spec these tests hold the code to.
const EXPECTED: Record<TextOrigin, Record<PromptDestination, [plain: string, powerful: string]>> = {
  app: { system: ['none', 'none'], mixed: ['none', 'none'], 'own-message': ['none', 'none'] },
  requester: { system: ['none', 'warning'], mixed: ['none', 'warning'], 'own-message': ['none', 'none'] },
  'third-party': { system: ['error', 'error'], mixed: ['warning', 'error'], 'own-message': ['warning', 'error'] },
  'model-output': { system: ['error', 'error'], mixed: ['warning', 'error'], 'own-message': ['none', 'none'] },
};

const ORIGIN_CODE: Record<TextOrigin, { setup: string; value: string }> = {
  app: { setup: "const userInput = 'Quarterly numbers for the finance team';", value: 'userInput' },
  requester: { setup: 'const userInput = req.body.question;', value: 'userInput' },
  'third-party': { setup: 'const page = await (await fetch(req.body.url)).text();', value: 'page' },
  'model-output': { setup: "const draft = (await openai.responses.create({ model: 'm', input: wrapUntrusted(await (await fetch(req.body.url)).text()) })).output_text;", value: 'draft' },
};

function callFor(destination: PromptDestination, value: string, powerful: boolean): string {
  const tools = powerful ? ', tools' : '';
  if (destination === 'system') return `await openai.chat.completions.create({ model: 'm'${tools}, messages: [{ role: 'system', content: \`You answer for \${${value}}\` }, { role: 'user', content: 'hi' }] });`;
  if (destination === 'mixed') return `await openai.chat.completions.create({ model: 'm'${tools}, messages: [{ role: 'user', content: \`Answer the finance question below in two lines: \${${value}}\` }] });`;
  return `await openai.chat.completions.create({ model: 'm'${tools}, messages: [{ role: 'user', content: ${value} }] });`;
}

describe('detection policy: origin × destination', () => {
  for (const origin of Object.keys(EXPECTED) as TextOrigin[]) {
    for (const destination of Object.keys(EXPECTED[origin]) as PromptDestination[]) {
      for (const powerful of [false, true]) {
        const expected = EXPECTED[origin][destination][powerful ? 1 : 0];
        it(`${origin} text → ${destination}${powerful ? ' (call has tools)' : ''}: ${expected}`, async () => {
          assert.equal(promptSeverity({ origin, destination, mitigated: false, powerful }) ?? 'none', expected);
          const code = `app.post('/ask', async (req, res) => {\n  ${ORIGIN_CODE[origin].setup}\n  ${callFor(destination, ORIGIN_CODE[origin].value, powerful)}\n});`;
          const findings = (await scanDocument({ file: 'src/route.ts', text: code })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
          assert.equal(findings[0]?.severity ?? 'none', expected, code);
          if (findings[0]) assert.equal(findings[0].range.start.line, 2, 'the range is the expression that enters the prompt');
        });
      }
    }
  }

  it('mitigation (the helper, or delimiters and a length cut) clears mixed and own-message cells, never the system cell', () => {
    for (const origin of ['requester', 'third-party'] as const) assert.equal(promptSeverity({ origin, destination: 'mixed', mitigated: true, powerful: false }), undefined);
    assert.equal(promptSeverity({ origin: 'third-party', destination: 'system', mitigated: true, powerful: false }), 'error');
    assert.equal(promptSeverity({ origin: 'requester', destination: 'system', mitigated: true, powerful: true }), 'warning');
    assert.equal(promptSeverity({ origin: 'third-party', destination: 'own-message', mitigated: true, powerful: true }), 'warning');
    assert.ok(PROMPT_POLICY.app.system.reason);
  });

  it("tools that only read public pages give the person no power they lack; someone else's text still escalates", () => {
    for (const destination of ['system', 'mixed'] as const) {
      assert.equal(promptSeverity({ origin: 'requester', destination, mitigated: false, powerful: true, readsOnlyPublicPages: true }), undefined);
      assert.equal(promptSeverity({ origin: 'requester', destination, mitigated: false, powerful: true }), 'warning');
    }
    assert.equal(promptSeverity({ origin: 'third-party', destination: 'mixed', mitigated: false, powerful: true, readsOnlyPublicPages: true }), 'error');
  });

  it("a person who brings every key the app runs on steers no power they lack; someone else's text still escalates", () => {
    for (const destination of ['system', 'mixed'] as const) {
      assert.equal(promptSeverity({ origin: 'requester', destination, mitigated: false, powerful: true, personsOwnKeys: true }), undefined);
    }
    assert.equal(promptSeverity({ origin: 'third-party', destination: 'mixed', mitigated: false, powerful: true, personsOwnKeys: true }), 'error');
  });

  it('a constant is the app’s whatever its name; a token budget is no credential; an env key is', async () => {
    const code = `import OpenAI from 'openai';
const userInput = ['What is our refund policy?'];
const maxTokens = Number(process.env.MAX_TOKENS);
const tokenBudget = 4000;
await openai.chat.completions.create({ model: 'm', max_tokens: maxTokens, messages: [{ role: 'system', content: \`Budget \${tokenBudget}, questions \${userInput.join()}\` }] });
await openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: \`Key \${process.env.OPENAI_API_KEY}\` }] });`;
    const findings = await scanDocument({ file: 'src/a.ts', text: code });
    assert.deepEqual(findings.map((f) => `${f.ruleId}:${f.range.start.line}`), ['prompt/secret-in-prompt:5']);
  });
});

const workspace = (files: Record<string, string>) => tempFolder('mag-flow-', files);
/** `line:severity` of each prompt/untrusted-interpolation finding in one document. */
const untrustedLines = async (file: string, text: string) => (await scanDocument({ file, text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);

/** The 1-based lines of one rule's findings in one document. */
const ruleLines = async (file: string, text: string, rule = 'prompt/untrusted-interpolation') => (await scanDocument({ file, text })).filter((f) => f.ruleId === rule).map((f) => f.range.start.line + 1);

async function scan(root: string) {
  return (await scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG })).findings;
}

/** `file:line` (1-based) of one rule's findings in a workspace of these files. */
const workspaceRuleLines = async (files: Record<string, string>, rule = 'llm/output-to-sink') =>
  (await scan(workspace(files))).filter((f) => f.ruleId === rule).map((f) => `${f.file}:${f.range.start.line + 1}`);

describe('flows across functions and files', () => {
  it('TypeScript: model output → sink two files away, with the chain in related information', async () => {
    const root = workspace({
      'src/llm.ts': `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function askModel(q: string) {\n  const r = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: q }] });\n  return r.choices[0].message.content ?? '';\n}\n`,
      'src/runner.ts': `import vm from 'node:vm';\nexport function runSnippet(code: string) {\n  return vm.runInNewContext(code);\n}\n`,
      'src/route.ts': `import { askModel } from './llm';\nimport { runSnippet } from './runner';\napp.post('/calc', async (req, res) => {\n  const code = await askModel(req.body.question);\n  res.json({ value: runSnippet(code) });\n});\n`,
    });
    const findings = await scan(root);
    const sink = findings.find((f) => f.ruleId === 'llm/output-to-sink');
    assert.ok(sink, JSON.stringify(findings, null, 1));
    assert.equal(sink.file, 'src/route.ts');
    assert.equal(sink.range.start.line, 4);
    const files = sink.related!.map((r) => r.file);
    assert.ok(files.includes('src/llm.ts') && files.includes('src/runner.ts') && files.includes('src/route.ts'), files.join());
    assert.equal(findings.filter((f) => f.ruleId === 'prompt/untrusted-interpolation').length, 0, "the requester's own message is no finding");
  });

  it('scanned from another folder (`microapp-guard scan ../app`: every path starts with `../`), imports — relative and `@/` — still resolve', async () => {
    const root = workspace({
      'src/llm.ts': `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function askModel(q: string) {\n  const r = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: q }] });\n  return r.choices[0].message.content ?? '';\n}\n`,
      'src/lib/runner.ts': `import vm from 'node:vm';\nexport function runSnippet(code: string) {\n  return vm.runInNewContext(code);\n}\n`,
      'src/route.ts': `import { askModel } from './llm';\nimport { runSnippet } from '@/lib/runner';\napp.post('/calc', async (req, res) => {\n  res.json({ value: runSnippet(await askModel(req.body.question)) });\n});\n`,
    });
    const sinks = async (base: string) => (await scanFiles({ paths: [root], base, config: DEFAULT_CONFIG })).findings.filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${path.relative(root, path.resolve(base, f.file))}:${f.range.start.line}`);
    assert.deepEqual(await sinks(root), ['src/route.ts:3']);
    assert.deepEqual(await sinks(process.cwd()), ['src/route.ts:3']);
  });

  it('TypeScript: a parameter into a system prompt through a helper in another file', async () => {
    const root = workspace({
      'src/prompts.ts': `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport function answerAs(team: string, question: string) {\n  return openai.responses.create({ model: 'm', instructions: \`You work for the \${team} team.\`, input: question });\n}\n`,
      'src/route.ts': `import { answerAs } from './prompts';\napp.post('/ask', async (req, res) => {\n  res.json(await answerAs(await (await fetch(req.body.teamPage)).text(), req.body.question));\n});\n`,
    });
    const findings = (await scan(root)).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
    assert.equal(findings.length, 1, JSON.stringify(findings, null, 1));
    assert.equal(findings[0].severity, 'error');
    assert.equal(findings[0].file, 'src/route.ts');
    assert.ok(findings[0].related!.some((r) => r.file === 'src/prompts.ts' && r.range.start.line === 3));
  });

  it('a call whose output another file runs is powerful where it is written: the requester’s text in its instructions is a warning (natural-language-postgres’ shape)', async () => {
    const actions = `"use server";\nimport { generateText } from "ai";\nexport const generateQuery = async (input: string) => {\n  const { text } = await generateText({ model: "m", system: "You write SQL.", prompt: \`Write the query the user wants: \${input}\` });\n  return text;\n};\n`;
    const page = (use: string) => `"use client";\nimport { sql } from "@vercel/postgres";\nimport { generateQuery } from "./actions";\nexport async function search(question: string) {\n  const query = await generateQuery(question);\n  ${use}\n}\n`;
    const prompts = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await prompts({ 'app/actions.ts': actions, 'app/page.tsx': page('return sql.query(query);') }), ['app/actions.ts:3:warning']);
    assert.deepEqual(await prompts({ 'app/actions.ts': actions, 'app/page.tsx': page('return query;') }), [], 'output only shown: the person steers nothing they could not from their own message');
  });

  it('Python: a helper module’s model call whose output the caller’s module executes is powerful', async () => {
    const helper = `from openai import OpenAI\nclient = OpenAI()\ndef write_code(task):\n    reply = client.chat.completions.create(model="m", messages=[{"role": "system", "content": f"Write Python for this task: {task}"}])\n    return reply.choices[0].message.content\n`;
    const app = (use: string) => `from flask import Flask, request\nfrom coder import write_code\napp = Flask(__name__)\n@app.post("/run")\ndef run():\n    code = write_code(request.json["task"])\n    ${use}\n`;
    const prompts = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await prompts({ 'coder.py': helper, 'app.py': app('return str(exec(code))') }), ['app.py:5:warning'], 'the request field reported where it enters the helper');
    assert.deepEqual(await prompts({ 'coder.py': helper, 'app.py': app('return code') }), []);
  });

  it('Python: a prompt template imported from a prompts module and filled with .format is instruction text; the filled value is the range (farfalle’s shape)', async () => {
    const prompts = (template: string) => `CHAT_PROMPT = """${template}"""\n`;
    const chat = `import requests\nfrom openai import OpenAI\nfrom prompts import CHAT_PROMPT\nclient = OpenAI()\ndef answer(query):\n    results = requests.get("https://search.example/q").text\n    prompt = CHAT_PROMPT.format(my_context=results, my_query=query)\n    return client.chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}])\n`;
    const found = async (template: string) =>
      (await scan(workspace({ 'prompts.py': prompts(template), 'chat.py': chat })))
        .filter((f) => f.ruleId === 'prompt/untrusted-interpolation')
        .map((f) => `${f.file}:${f.range.start.line}:${/instruction text/.test(f.message) ? 'mixed' : 'own-message'}`);
    assert.deepEqual(await found('Answer only from these web search results, citing each.\n<context>{my_context}</context>\nQuestion: {my_query}'), ['chat.py:6:mixed']);
    assert.deepEqual(await found('{my_context}\n{my_query}'), ['chat.py:7:own-message'], 'no instruction text around the slots: the text is the message');
  });

  it('TypeScript: a module constant filled with .replace is instruction text', async () => {
    const code = (template: string) => `import OpenAI from 'openai';\nconst openai = new OpenAI();\nconst PROMPT = '${template}';\nexport async function summarise(url: string) {\n  const page = await (await fetch(url)).text();\n  const content = PROMPT.replace('{page}', page).replace('{today}', new Date().toISOString());\n  return openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content }] });\n}\n`;
    const found = async (template: string) =>
      (await scanDocument({ file: 'src/a.ts', text: code(template) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${/instruction text/.test(f.message) ? 'mixed' : 'own-message'}`);
    assert.deepEqual(await found('Summarise the page below for the board in three bullets. Page: {page} Date: {today}'), ['5:mixed']);
    assert.deepEqual(await found('{page}'), ['6:own-message']);
  });

  it('Python: a comprehension’s variable lives in the comprehension, not in the loop around it', async () => {
    const code = (after: string) => `import requests\nfrom openai import OpenAI\nclient = OpenAI()\ndef run(plan):\n    done = []\n    for step in plan.steps:\n        client.chat.completions.create(model="m", messages=[{"role": "system", "content": f"Do this step: {step.title}"}])\n        done.append(requests.get(step.url).text)\n        ${after}\n`;
    const found = async (after: string) => (await scanDocument({ file: 'a.py', text: code(after) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line);
    assert.deepEqual(await found('titles = [step.title for step in done]'), [], 'the comprehension’s `step` is not the loop’s');
    assert.deepEqual(await found('step = done[0]'), [6], 'a plain assignment in the loop body is read on the next turn');
    const joined = `import requests\nfrom openai import OpenAI\nclient = OpenAI()\ndef ask(urls):\n    context = "\\n".join([requests.get(u).text for u in urls])\n    client.chat.completions.create(model="m", messages=[{"role": "system", "content": f"Answer from: {context}"}])\n`;
    assert.deepEqual((await scanDocument({ file: 'b.py', text: joined })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line), [5], 'an element read inside the comprehension still carries its data');
  });

  it('a route whose answer a page renders as HTML is powerful: the requester’s text in its system prompt is a warning (smartpdfs’ shape)', async () => {
    const route = `import { generateText } from "ai";\nexport async function POST(req: Request) {\n  const { text, language } = await req.json();\n  const { text: summary } = await generateText({ model: "m", system: \`Summarise in \${language}, as HTML.\`, prompt: text });\n  return Response.json({ summary });\n}\n`;
    const page = (render: string) => `"use client";\nimport { useState } from "react";\nexport default function Home() {\n  const [summary, setSummary] = useState("");\n  async function go(text: string, language: string) {\n    const response = await fetch("/api/summarize", { method: "POST", body: JSON.stringify({ text, language }) });\n    const data = await response.json();\n    setSummary(data.summary);\n  }\n  return ${render};\n}\n`;
    const found = async (render: string) => (await scan(workspace({ 'app/api/summarize/route.ts': route, 'app/page.tsx': page(render) }))).filter((f) => f.file === 'app/api/summarize/route.ts').map((f) => `${f.ruleId}:${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await found('<div dangerouslySetInnerHTML={{ __html: summary }} />'), ['prompt/untrusted-interpolation:3:warning']);
    assert.deepEqual(await found('<div>{summary}</div>'), [], 'shown as text: the person steers only what they see');
  });

  it('TypeScript: an array method’s callback gets the array’s elements; Promise.all’s results are destructured one by one', async () => {
    const each = (list: string) => `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function brief(urls: string[]) {\n  const pages = await Promise.all(urls.map(async (u) => (await fetch(u)).text()));\n  ${list}.forEach((page) => openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: \`Brief the board on: \${page}\` }] }));\n}\n`;
    const lines = async (text: string) => (await scanDocument({ file: 'src/a.ts', text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await lines(each('pages')), ['4:error']);
    assert.deepEqual(await lines(each("['Q3 sales', 'hiring']")), []);
    const destructured = (used: string) => `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function brief(url: string) {\n  const [page, title] = await Promise.all([fetch(url).then((r) => r.text()), Promise.resolve('Quarterly report')]);\n  await openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: \`Write the \${${used}} summary.\` }] });\n}\n`;
    assert.deepEqual(await lines(destructured('page')), ['4:error']);
    assert.deepEqual(await lines(destructured('title')), [], 'the other element of Promise.all is the app’s own text');
  });

  it('TypeScript: PDF text read with pdf.js is someone else’s text; a generated image’s URL is no model output', async () => {
    const pdf = `import OpenAI from 'openai';\nimport { getDocument } from 'pdfjs-dist';\nconst openai = new OpenAI();\nexport async function summarise(data: ArrayBuffer) {\n  const page = await (await getDocument({ data }).promise).getPage(1);\n  const content = await page.getTextContent();\n  const text = content.items.map((item: any) => item.str).join(' ');\n  return openai.chat.completions.create({ model: 'm', tools, messages: [{ role: 'user', content: text }] });\n}\n`;
    assert.deepEqual((await scanDocument({ file: 'src/pdf.ts', text: pdf })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`), ['7:error']);
    const image = (fetched: string) => `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function cover(q: string) {\n  const summary = (await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: q }] })).choices[0].message.content ?? '';\n  const image = await openai.images.generate({ model: 'i', prompt: summary });\n  return fetch(${fetched});\n}\n`;
    const sinks = async (fetched: string) => (await scanDocument({ file: 'src/img.ts', text: image(fetched) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('image.data[0].url!'), [], 'the provider’s URL for the image it made');
    assert.deepEqual(await sinks('summary'), [5]);
  });

  it('Python: an object of a dataclass holds what it was given; its methods read it back as fields, one field at a time (gpt-discord-bot’s Prompt)', async () => {
    const base = `from dataclasses import dataclass\n@dataclass\nclass Prompt:\n    header: str\n    convo: list\n    def render(self):\n        return [{"role": "system", "content": self.header}] + [{"role": "user", "content": m} for m in self.convo]\n`;
    const bot = (convo: string) => `import discord\nfrom openai import OpenAI\nfrom base import Prompt\nclient = OpenAI()\nasync def reply(thread):\n    history = [m.content async for m in thread.history(limit=20)]\n    prompt = Prompt(header="You answer questions about our product.", convo=${convo})\n    return client.chat.completions.create(model="m", messages=prompt.render())\n`;
    // Unfiltered, so the class's file is analysed whatever the prefilter would say of it (its methods are then known).
    const found = async (convo: string) =>
      (await scanFiles({ paths: ['.'], base: workspace({ 'base.py': base, 'bot.py': bot(convo) }), config: DEFAULT_CONFIG, prefilter: false })).findings
        .filter((f) => f.ruleId === 'prompt/untrusted-interpolation')
        .map((f) => `${f.file}:${f.range.start.line}:${/system instructions/.test(f.message) ? 'system' : 'message'}`);
    assert.deepEqual(await found('history'), ['bot.py:7:message'], 'the thread’s messages, in the user messages only: the header field is the app’s');
    assert.deepEqual(await found('["What is new?"]'), []);
  });

  it('a field named like a built-in property of every object (`this.constructor`) is read as a field, not as Object.prototype’s', async () => {
    const code = `export class Model {\n  describe() {\n    return \`\${this.constructor.name}\`;\n  }\n}\nexport function run() {\n  const model = new Model({ responses: [] });\n  return model.describe();\n}\n`;
    const root = workspace({ 'src/model.ts': code });
    assert.deepEqual((await scanFiles({ paths: ['.'], base: root, config: DEFAULT_CONFIG, prefilter: false })).findings, []);
  });

  it('a request field, form field or server-action parameter named like an attached file is that file’s text, not the requester’s own words (e2b’s AI analyst)', async () => {
    const lines = async (text: string, file = 'app/api/chat/route.ts') => (await scanDocument({ file, text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);
    const form = (field: string) => `import { generateText } from "ai";\nexport async function POST(req: Request) {\n  const formData = await req.formData();\n  const text = await (formData.get("${field}") as File).text();\n  return generateText({ model: "m", system: \`Answer questions about this document: \${text}\`, prompt: "Summarise it." });\n}\n`;
    assert.deepEqual(await lines(form('file')), ['4:error']);
    assert.deepEqual(await lines(form('question')), [], 'the requester’s own words in a call without tools');
    const body = (field: string) => `import { generateText } from "ai";\nexport async function POST(req: Request) {\n  const { ${field} } = await req.json();\n  return generateText({ model: "m", system: \`Use these notes: \${${field}.map((f: any) => f.content).join("\\\\n")}\`, prompt: "Summarise." });\n}\n`;
    assert.deepEqual(await lines(body('attachments')), ['3:error']);
    assert.deepEqual(await lines(body('notes')), []);
    const action = (param: string) => `"use server";\nimport { generateText } from "ai";\nexport async function summarise(${param}: string) {\n  return generateText({ model: "m", system: \`Summarise this: \${${param}}\`, prompt: "Go." });\n}\n`;
    assert.deepEqual(await lines(action('file'), 'app/actions.ts'), ['3:error']);
    assert.deepEqual(await lines(action('topic'), 'app/actions.ts'), []);
    // Through a prompt builder in another file that reads `data.files`.
    const route = `import { streamText } from "ai";\nimport { toPrompt } from "@/lib/prompt";\nexport async function POST(req: Request) {\n  const { messages, data } = await req.json();\n  return streamText({ model: "m", system: toPrompt(data), messages });\n}\n`;
    const builder = (read: string) => `export function toPrompt(data: { files: { name: string; content: string }[]; topic: string }) {\n  return \`You are a data analyst. Write Python that answers the question.\\n\${${read}}\`;\n}\n`;
    const found = async (read: string) => (await scan(workspace({ 'app/api/chat/route.ts': route, 'lib/prompt.ts': builder(read) }))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await found('data.files.map((file) => file.content).join("\\\\n")'), ['app/api/chat/route.ts:4:error']);
    assert.deepEqual(await found('data.topic'), []);
  });

  it('React/Next.js: model output streamed from the app’s own API route, kept in state, rendered by a component with dangerouslySetInnerHTML (turboseek’s shape)', async () => {
    const answer = (render: string) => `export default function Answer({ answer }: { answer: string }) {\n  return ${render};\n}\n`;
    const page = (request: string) => `"use client";\nimport { useState } from "react";\nimport Answer from "@/components/Answer";\nexport default function Home() {\n  const [answer, setAnswer] = useState("");\n  async function ask(question: string) {\n    const response = await ${request};\n    const reader = response.body!.getReader();\n    const decoder = new TextDecoder();\n    while (true) {\n      const { value, done } = await reader.read();\n      if (done) break;\n      setAnswer((previous) => previous + decoder.decode(value));\n    }\n  }\n  return <div><Answer answer={answer} /></div>;\n}\n`;
    const route = `import { streamText } from "ai";\nimport { openai } from "@ai-sdk/openai";\nexport async function POST(request: Request) {\n  const { question } = await request.json();\n  const result = streamText({ model: openai("m"), system: "Answer in HTML.", prompt: question });\n  return result.toTextStreamResponse();\n}\nexport async function GET() {\n  return Response.json({ status: "ok" });\n}\n`;
    const sinks = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);
    const post = 'fetch("/api/answer", { method: "POST", body: JSON.stringify({ question }) })';
    const found = await sinks({ 'app/api/answer/route.ts': route, 'app/page.tsx': page(post), 'components/Answer.tsx': answer('<div dangerouslySetInnerHTML={{ __html: answer }} />') });
    assert.deepEqual(found, ['app/page.tsx:15']);
    assert.deepEqual(await sinks({ 'app/api/answer/route.ts': route, 'app/page.tsx': page(post), 'components/Answer.tsx': answer('<div>{answer}</div>') }), [], 'React escapes text children');
    assert.deepEqual(await sinks({ 'app/api/answer/route.ts': route, 'app/page.tsx': page('fetch("/api/answer")'), 'components/Answer.tsx': answer('<div dangerouslySetInnerHTML={{ __html: answer }} />') }), [], 'GET answers with the route’s own status');
  });

  it('Next.js: what a page posts to its own route lands where the route puts that property — web results the page fetched, in the system prompt', async () => {
    const route = `import { streamText } from "ai";\nimport { openai } from "@ai-sdk/openai";\nexport async function POST(request: Request) {\n  const { question, sources } = await request.json();\n  const body = await request.json();\n  const system = \`Answer from these pages: \${sources.map((s: { content: string }) => s.content).join("\\n")} Style: \${body.style}\`;\n  return streamText({ model: openai("m"), system, prompt: question }).toTextStreamResponse();\n}\n`;
    const search = `import Exa from "exa-js";\nconst exa = new Exa(process.env.EXA_API_KEY);\nexport async function POST(request: Request) {\n  const { question } = await request.json();\n  const response = await exa.search(question, { numResults: 5 });\n  return Response.json(response.results);\n}\n`;
    const page = (body: string) => `"use client";\nexport async function ask(question: string) {\n  const sources = await (await fetch("/api/sources", { method: "POST", body: JSON.stringify({ question }) })).json();\n  const style = "short";\n  return fetch("/api/answer", { method: "POST", body: JSON.stringify(${body}) });\n}\n`;
    const found = async (body: string) => (await scan(workspace({ 'app/api/answer/route.ts': route, 'app/api/sources/route.ts': search, 'app/page.tsx': page(body) }))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await found('{ question, sources }'), ['app/page.tsx:4:error']);
    assert.deepEqual(await found('{ question, sources: [], style: sources[0].content }'), ['app/page.tsx:4:error'], 'a property read as body.style is followed too');
    assert.deepEqual(await found('{ question, sources: [], style }'), [], 'the page’s own constant, and the requester’s question as its own message');
  });

  it('Next.js pages router: a page’s fetch reaches `pages/api/…`’s default export — what it sends with res.json, and what it does with the body (Clarity’s shape)', async () => {
    const sources = (send: string) => `import type { NextApiRequest, NextApiResponse } from "next";\nconst searchHandler = async (req: NextApiRequest, res: NextApiResponse) => {\n  const html = await (await fetch(\`https://example.com/search?q=\${req.body.query}\`)).text();\n  ${send};\n};\nexport default searchHandler;\n`;
    const answer = `import { ask } from "@/utils/answer";\nexport default async function handler(req: Request) {\n  const { prompt } = (await req.json()) as { prompt: string };\n  return new Response(await ask(prompt));\n}\n`;
    const ask = `export const ask = async (prompt: string) => {\n  const res = await fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: JSON.stringify({ model: "m", messages: [{ role: "user", content: prompt }] }) });\n  return res.text();\n};\n`;
    const page = `import endent from "endent";\nexport async function search(query: string) {\n  const { sources } = await (await fetch("/api/sources", { method: "POST", body: JSON.stringify({ query }) })).json();\n  const prompt = endent\`Answer the query in two or three sentences from the sources below, citing them.\n  \${sources}\`;\n  return fetch("/api/answer", { method: "POST", body: JSON.stringify({ prompt }) });\n}\n`;
    const found = async (send: string) =>
      (await scan(workspace({ 'pages/api/sources.ts': sources(send), 'pages/api/answer.ts': answer, 'utils/answer.ts': ask, 'components/Search.tsx': page }))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.message.match(/\(([^)]+)\)/)?.[1]}`);
    // (At the template's slot: the page's prompt is instruction text that the route's helper sends as its message.)
    assert.deepEqual(await found('res.status(200).json({ sources: html.slice(0, 1500) })'), ['components/Search.tsx:4:web content']);
    assert.deepEqual(await found('res.status(200).json({ sources: "none found" })'), [], 'a route that sends its own text');
  });

  it('a closure’s use of its enclosing function’s parameter counts for that function (a tool’s `def read_sync(): open(path)`); a `Tool` subclass’s execute gets model output', async () => {
    const tools = (body: string) => `import asyncio\nfrom .base import Tool\n\nclass FileReadTool(Tool):\n    async def execute(self, path: str) -> str:\n        return await self._read_file(path)\n\n    async def _read_file(self, path: str) -> str:\n${body}\n`;
    const sinks = async (body: string) => (await scan(workspace({ 'agents/tools/base.py': 'class Tool:\n    async def execute(self, **kwargs):\n        raise NotImplementedError\n', 'agents/tools/file_tools.py': tools(body) }))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await sinks('        def read_sync():\n            with open(path) as f:\n                return f.read()\n        return await asyncio.to_thread(read_sync)'), ['agents/tools/file_tools.py:5']);
    assert.deepEqual(await sinks('        def read_sync():\n            with open("notes.txt") as f:\n                return f.read()\n        return await asyncio.to_thread(read_sync)'), [], 'a fixed path in the closure');
    const ts = (body: string) => `import OpenAI from "openai";\nimport { readFile } from "node:fs/promises";\nconst openai = new OpenAI();\nfunction load(name: string) {\n  const read = async () => ${body};\n  return read();\n}\nexport async function answer() {\n  const r = await openai.chat.completions.create({ model: "m", messages: [{ role: "user", content: "Which file?" }] });\n  return load(r.choices[0].message.content ?? "");\n}\n`;
    const tsSinks = async (body: string) => (await scanDocument({ file: 'src/answer.ts', text: ts(body) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await tsSinks('readFile(name, "utf8")'), [9]);
    assert.deepEqual(await tsSinks('readFile("notes.txt", "utf8")'), []);
  });

  it('a module-level chat history every request adds to holds other visitors’ messages; one built per request does not (OpenAI’s Flask quickstart)', async () => {
    const flask = (history: string) => `from flask import Flask, request\nimport openai\nclient = openai.OpenAI()\napp = Flask(__name__)\n${history}\n`;
    const shared = 'chat_history = [{"role": "system", "content": "You are a helpful assistant."}]\n\n@app.route("/chat", methods=["POST"])\ndef chat():\n    chat_history.append({"role": "user", "content": request.json["message"]})\n    return {"ok": True}\n\n@app.route("/stream")\ndef stream():\n    return client.chat.completions.create(model="m", messages=chat_history).choices[0].message.content\n';
    const perRequest = '@app.route("/chat", methods=["POST"])\ndef chat():\n    chat_history = [{"role": "system", "content": "You are a helpful assistant."}]\n    chat_history.append({"role": "user", "content": request.json["message"]})\n    return client.chat.completions.create(model="m", messages=chat_history).choices[0].message.content\n';
    const found = async (history: string) => (await scanDocument({ file: 'app.py', text: flask(history) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.message.match(/\(([^)]+)\)/)?.[1]}`);
    assert.deepEqual(await found(shared), ["8:other visitors' messages"]);
    assert.deepEqual(await found(perRequest), [], 'the requester’s own message in their own conversation');
    const express = (history: string) => `import express from "express";\nimport OpenAI from "openai";\nconst openai = new OpenAI();\nconst app = express();\n${history}\n`;
    const sharedTs = 'const history: { role: string; content: string }[] = [];\napp.post("/chat", async (req, res) => {\n  history.push({ role: "user", content: req.body.message });\n  const reply = await openai.chat.completions.create({ model: "m", messages: history });\n  res.json(reply.choices[0].message);\n});\n';
    const foundTs = async (history: string) => (await scanDocument({ file: 'src/server.ts', text: express(history) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.message.match(/\(([^)]+)\)/)?.[1]}`);
    assert.deepEqual(await foundTs(sharedTs), ["6:other visitors' messages"]);
    assert.deepEqual(await foundTs(sharedTs.replace('const history: { role: string; content: string }[] = [];\napp.post("/chat", async (req, res) => {\n', 'app.post("/chat", async (req, res) => {\n  const history: { role: string; content: string }[] = [];\n')), []);
  });

  it('a function of the app named like an SDK method is followed, not taken for the SDK (aicommits’ createChatCompletion helper)', async () => {
    const helper = `import https from "https";\nexport const createChatCompletion = async (apiKey: string, json: object) => {\n  return new Promise((resolve) => https.request({ hostname: "api.openai.com", path: "/v1/chat/completions", method: "POST", headers: { Authorization: \`Bearer \${apiKey}\` } }, resolve).end(JSON.stringify(json)));\n};\n`;
    const command = `import { execa } from "execa";\nimport { createChatCompletion } from "./openai";\nexport async function commit(apiKey: string) {\n  const { stdout: diff } = await execa("git", ["diff", "--cached"]);\n  const message = await createChatCompletion(apiKey, { model: "m", messages: [{ role: "user", content: diff }] });\n  await execa("git", ["commit", "-m", String(message)]);\n}\n`;
    const findings = (await scan(workspace({ 'src/openai.ts': helper, 'src/commit.ts': command }))).filter((f) => f.ruleId.startsWith('prompt/') || f.ruleId.startsWith('llm/'));
    assert.deepEqual(findings.map((f) => `${f.ruleId}:${f.file}:${f.range.start.line}`), [], 'the developer’s own diff, and the message handed to git as an argument (no shell)');
  });

  it('Next.js server actions: their arguments are the requester’s inside, parameters for the page that calls them (rows from Vercel Postgres `sql.query` there)', async () => {
    const actions = (directive: string) => `${directive}\nimport { generateText } from "ai";\nimport { sql } from "@vercel/postgres";\nexport async function runQuery(query: string) {\n  return (await sql.query(query)).rows;\n}\nexport const chartConfig = async (results: unknown[], question: string) => {\n  const { text } = await generateText({ model: "m", tools,\n    system: \`Pick a chart that answers \${question}\`,\n    prompt: \`Chart the data below in two lines: \${JSON.stringify(results)}\` });\n  return text;\n};\nfunction describeTopic(topic: string) {\n  return generateText({ model: "m", tools, system: \`Describe \${topic}\`, prompt: "go" });\n}\nexport async function describeFixed() {\n  return describeTopic("our unicorn table");\n}\n`;
    const page = `"use client";\nimport { runQuery, chartConfig } from "./actions";\nexport async function show(question: string) {\n  const rows = await runQuery("select company, valuation from unicorns");\n  return chartConfig(rows, question);\n}\n`;
    const found = async (directive: string) => (await scan(workspace({ 'app/actions.ts': actions(directive), 'app/page.tsx': page }))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}:${f.message.match(/\(([^)]+)\)/)?.[1]}`);
    assert.deepEqual(await found('"use server";'), [
      'app/actions.ts:8:warning:server action argument',
      'app/actions.ts:9:warning:server action argument',
      'app/page.tsx:4:error:database rows',
    ], 'an exported action’s arguments, not the helper it calls with its own text');
    assert.deepEqual(await found('"use client";'), ['app/page.tsx:4:error:database rows'], 'no directive: plain functions, whose parameters the page fills');
  });

  it('Supabase rows and vector matches, the v3 Node SDK’s createChatCompletion, and a prompt built with common-tags’ codeBlock (Supabase’s doc-search starter)', async () => {
    const route = (rows: string, call: string, tag: string) => `import { createClient } from "@supabase/supabase-js";\nimport { codeBlock } from "common-tags";\nimport { OpenAIApi } from "openai-edge";\nconst openai = new OpenAIApi();\nexport default async function handler(req: Request) {\n  const supabaseClient = createClient("u", "k");\n  const { data: sections } = await ${rows};\n  const context = sections.map((s: { content: string }) => s.content).join("\\n");\n  const prompt = ${tag}\`\n    Answer the question from the documentation sections below, in markdown.\n    Context sections:\n    \${context}\n  \`;\n  return openai.${call}({ model: "m", messages: [{ role: "user", content: prompt }] });\n}\n`;
    const found = async (rows: string, call = 'createChatCompletion', tag = 'codeBlock') =>
      (await scanDocument({ file: 'pages/api/search.ts', text: route(rows, call, tag) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.message.match(/goes into ([^:]+):/)?.[1]}`);
    assert.deepEqual(await found('supabaseClient.rpc("match_page_sections", { match_count: 10 })'), ["11:the app's instruction text"]);
    assert.deepEqual(await found('supabaseClient.from("documents").select("content")'), ["11:the app's instruction text"]);
    assert.deepEqual(await found('supabaseClient.auth.getUser()'), [], 'the signed-in user, not rows');
    assert.deepEqual(await found('supabaseClient.rpc("match_page_sections", { match_count: 10 })', 'createChatSession'), [], 'not a model call');
    assert.deepEqual(await found('supabaseClient.rpc("match_page_sections", { match_count: 10 })', 'createChatCompletion', 'gql'), ['13:a user message'], 'a tag that may transform the text: what it returns is a value, not the app’s template');
  });

  it('Next.js: a system prompt built in the browser and relayed as `messages` by a proxy route to a raw HTTP call (llamatutor’s shape); a cached helper is still followed', async () => {
    const relay = `import { chatStream } from "@/utils/stream";\nexport async function POST(request: Request) {\n  const { messages } = await request.json();\n  const payload = { model: "m", messages, stream: true };\n  return new Response(await chatStream(payload));\n}\n`;
    const stream = `export async function chatStream(payload: unknown) {\n  const res = await fetch("https://api.together.xyz/v1/chat/completions", { method: "POST", headers: { Authorization: \`Bearer \${process.env.TOGETHER_API_KEY}\` }, body: JSON.stringify(payload) });\n  return res.body;\n}\n`;
    const page = (system: string) => `"use client";\nimport { unstable_cache } from "next/cache";\nconst systemFor = unstable_cache(async (pages: { content: string }[]) => \`Teach from these pages: \${pages.map((p) => p.content).join("\\n")}\`);\nexport async function start(topic: string) {\n  const pages = await (await fetch(\`https://search.example.com/?q=\${topic}\`)).json();\n  const messages = [{ role: "system", content: ${system} }, { role: "user", content: topic }];\n  await fetch("/api/chat", { method: "POST", body: JSON.stringify({ messages }) });\n}\n`;
    const found = async (system: string) => (await scan(workspace({ 'app/api/chat/route.ts': relay, 'utils/stream.ts': stream, 'app/page.tsx': page(system) }))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await found('await systemFor(pages)'), ['app/page.tsx:5:error']);
    assert.deepEqual(await found('"You are a patient tutor."'), []);
  });

  it('OpenAI Agents SDK: an agent imported from another module with a web-search tool steers what its run returns; that output mixed into another agent’s input is a finding', async () => {
    const agents = (tools: string) => `import { Agent, webSearchTool } from '@openai/agents';\nexport const searchAgent = new Agent({ name: 'Search', instructions: 'Summarise the results.', tools: [${tools}] });\nexport const writerAgent = new Agent({ name: 'Writer', instructions: 'Write a report.' });\n`;
    const manager = `import { Runner, withCustomSpan } from '@openai/agents';\nimport { searchAgent, writerAgent } from './agents';\nexport class Manager {\n  runner = new Runner();\n  async search(terms: string[]) {\n    return await withCustomSpan(async () => {\n      const results: string[] = [];\n      for await (const result of terms.map((term) => this.runner.run(searchAgent, term))) results.push(String(result.finalOutput));\n      return results;\n    }, {});\n  }\n  async report(query: string, terms: string[]) {\n    const results = await this.search(terms);\n    return this.runner.run(writerAgent, \`Write the report for this question from the notes below: \${query} \${results}\`);\n  }\n}\n`;
    const found = async (tools: string) => (await scan(workspace({ 'src/agents.ts': agents(tools), 'src/manager.ts': manager }))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await found('webSearchTool()'), ['src/manager.ts:13:warning']);
    assert.deepEqual(await found(''), [], 'without the search tool the search agent only answers the app’s own terms');
  });

  it('OpenAI Agents SDK, Python: an agent with the hosted WebSearchTool steers what its run returns (the SDK’s research_bot)', async () => {
    const files = (tools: string) => ({
      'bot/search_agent.py': `from agents import Agent, WebSearchTool\nsearch_agent = Agent(name="Search", instructions="Summarise the results.", tools=[${tools}])\n`,
      'bot/manager.py': `from agents import Runner\nfrom .search_agent import search_agent\nasync def report(query, writer_agent):\n    result = await Runner.run(search_agent, query)\n    summary = str(result.final_output)\n    return await Runner.run(writer_agent, f"Write the report for this question from the notes below: {query}\\nNotes: {summary}")\n`,
    });
    const found = async (tools: string) => (await scan(workspace(files(tools)))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await found('WebSearchTool()'), ['bot/manager.py:5:warning']);
    assert.deepEqual(await found(''), []);
  });

  it('Python: functions listed as an agent’s tools (`functions=[…]`, `tools=[…]`) are tools: retrieved text they return goes back to the model', async () => {
    const code = (list: string) => `from swarm import Agent\nimport qdrant_client\nqdrant = qdrant_client.QdrantClient(host="localhost")\n\ndef query_docs(query):\n    hits = qdrant.search(collection_name="help", query_vector=embed(query), limit=3)\n    return {"response": hits[0].payload["text"]}\n\nagent = Agent(name="Help", instructions="Answer from the help centre.", ${list})\n`;
    const found = (list: string) => untrustedLines('app/bot.py', code(list));
    assert.deepEqual(await found('functions=[query_docs]'), ['6:error']);
    assert.deepEqual(await found('handlers=[query_docs]'), []);
  });

  it('TypeScript: a dispatch table of handler objects — `handler.onUpdateDocument(…)` runs every file’s `onUpdateDocument` property function', async () => {
    const handler = (kind: string) => `import { streamText } from "ai";\nexport const ${kind}Handler = {\n  kind: "${kind}",\n  onUpdateDocument: async ({ document, description }: { document: { content: string }; description: string }) => {\n    return streamText({ model, system: \`Improve this ${kind}: \${document.content}\`, prompt: description });\n  },\n};\n`;
    const tool = (content: string) => `import { codeHandler } from "./code";\nimport { textHandler } from "./text";\nimport { sheetHandler } from "./sheet";\nconst handlers = [codeHandler, textHandler, sheetHandler];\nexport async function update(kind: string, url: string, description: string) {\n  const page = await (await fetch(url)).text();\n  const handler = handlers.find((h) => h.kind === kind)!;\n  await handler.onUpdateDocument({ document: { content: ${content} }, description });\n}\n`;
    const files = (content: string) => ({ 'src/code.ts': handler('code'), 'src/text.ts': handler('text'), 'src/sheet.ts': handler('sheet'), 'src/tool.ts': tool(content) });
    const found = async (content: string) => (await scan(workspace(files(content)))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await found('page'), ['src/tool.ts:7:error']);
    assert.deepEqual(await found('"Quarterly plan"'), []);
  });

  it('sanitisers clear model output for their kind of sink only (DOMPurify for HTML, shlex.quote for a shell, secure_filename for a path)', async () => {
    const sinks = async (file: string, text: string) => (await scanDocument({ file, text })).filter((f) => f.ruleId === 'llm/output-to-sink').length;
    const ts = (html: string) => `import OpenAI from "openai";\nimport DOMPurify from "dompurify";\nconst openai = new OpenAI();\nexport async function render(el: HTMLElement) {\n  const answer = (await openai.chat.completions.create({ model: "m", messages: [{ role: "user", content: "Summarise" }] })).choices[0].message.content ?? "";\n  el.innerHTML = ${html};\n}\n`;
    assert.equal(await sinks('src/render.ts', ts('answer')), 1);
    assert.equal(await sinks('src/render.ts', ts('DOMPurify.sanitize(answer)')), 0);
    assert.equal(await sinks('src/render.ts', ts('`<p>${DOMPurify.sanitize(answer)}</p>`')), 0);
    const py = (line: string) => `import os, shlex, subprocess\nfrom openai import OpenAI\nfrom werkzeug.utils import secure_filename\nclient = OpenAI()\nname = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "Pick a file name"}]).choices[0].message.content\n${line}\n`;
    assert.equal(await sinks('app/run.py', py('subprocess.run(f"ls -l {name}", shell=True)')), 1);
    assert.equal(await sinks('app/run.py', py('subprocess.run(f"ls -l {shlex.quote(name)}", shell=True)')), 0);
    assert.equal(await sinks('app/run.py', py('open(os.path.join("reports", name), "w")')), 1);
    assert.equal(await sinks('app/run.py', py('open(os.path.join("reports", secure_filename(name)), "w")')), 0);
    assert.equal(await sinks('app/run.py', py('open(os.path.join("reports", shlex.quote(name)), "w")')), 1, 'quoting for a shell does not make a path safe');
    // The app's own check that a path stays inside its folders (the MCP filesystem server's `validatePath`).
    assert.equal(await sinks('app/run.py', py('open(validate_path(name), "w")')), 0);
    assert.equal(await sinks('app/run.py', py('open(expand_path(name), "w")')), 1);
  });

  it('the MCP low-level server’s tool handler (`@server.call_tool()`) gets the model’s arguments; an HTTP client the app builds fetches what it is given', async () => {
    const code = (decorator: string) => `import httpx
from mcp.server import Server
server = Server("fetch")
@server.${decorator}()
async def handle(name, arguments: dict):
    async with httpx.AsyncClient() as client:
        response = await client.get(arguments["url"])
    return response.text
`;
    const found = async (decorator: string) => (await scanDocument({ file: 'app/server.py', text: code(decorator) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await found('call_tool'), [6]);
    assert.deepEqual(await found('list_tools'), []);
  });

  it('React: a state setter given model output taints the state, read anywhere in the component', async () => {
    const code = (set: string) => `import OpenAI from "openai";\nimport { useState } from "react";\nconst openai = new OpenAI({ dangerouslyAllowBrowser: true });\nexport function Summary() {\n  const [summary, setSummary] = useState("");\n  const [title] = useState("Summary");\n  async function run() {\n    const r = await openai.chat.completions.create({ model: "m", messages: [{ role: "user", content: "Summarise the week." }] });\n    ${set}\n  }\n  return <section><h1 dangerouslySetInnerHTML={{ __html: title }} /><div dangerouslySetInnerHTML={{ __html: summary }} /></section>;\n}\n`;
    const sinks = async (set: string) => (await scanDocument({ file: 'src/Summary.tsx', text: code(set) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('setSummary(r.choices[0].message.content ?? "");'), [10]);
    assert.deepEqual(await sinks('setSummary((previous) => previous + (r.choices[0].message.content ?? ""));'), [10], 'an updater function returns the new state');
    assert.deepEqual(await sinks('console.log(r.choices[0].message.content);'), []);
  });

  it('TypeScript: a destructured options parameter — each property is followed from the caller’s object', async () => {
    const root = workspace({
      'src/prompts.ts': `export function buildSystem({ persona, context }: { persona: string; context: string }) {\n  return \`You are \${persona}. Answer from this context: \${context}\`;\n}\nexport async function ask({ system, question }: { system: string; question: string }) {\n  return openai.responses.create({ model: 'm', instructions: system, input: question });\n}\n`,
      'src/route.ts': `import { ask, buildSystem } from './prompts';\napp.post('/ask', async (req, res) => {\n  const page = await (await fetch(req.body.url)).text();\n  res.json(await ask({ system: buildSystem({ persona: 'the HR assistant', context: page }), question: req.body.q }));\n  res.json(await ask({ system: buildSystem({ persona: 'the HR assistant', context: 'none' }), question: page }));\n});\n`,
    });
    const findings = (await scan(root)).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
    assert.deepEqual(findings.map((f) => `${f.file}:${f.range.start.line}:${f.severity}`), ['src/route.ts:3:error', 'src/route.ts:4:warning'], JSON.stringify(findings, null, 1));
  });

  it('Python and TypeScript: what one method stores in an attribute, another method of the class reads', async () => {
    const py = `import requests\n\nclass Researcher:\n    def load(self, url):\n        self.notes = "none"\n        self.context = requests.get(url).text\n\n    def answer(self, question):\n        return client.chat.completions.create(model="m", messages=[{"role": "system", "content": f"Notes: {self.notes}. Use this context: {self.context}"}, {"role": "user", "content": question}])\n`;
    const ts = `class Assistant {\n  private draft = '';\n  async write(topic: string) {\n    this.draft = (await openai.responses.create({ model: 'm', input: wrapUntrusted(await (await fetch(topic)).text()) })).output_text;\n  }\n  publish() {\n    document.body.innerHTML = this.draft;\n  }\n}\n`;
    const py_findings = (await scanDocument({ file: 'agent.py', text: py })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
    assert.deepEqual(py_findings.map((f) => `${f.range.start.line}:${f.severity}`), ['8:error']);
    assert.ok(py_findings[0].related!.some((r) => r.range.start.line === 5 && /Stored in self.context/.test(r.message)));
    const ts_findings = (await scanDocument({ file: 'src/assistant.ts', text: ts })).filter((f) => f.ruleId === 'llm/output-to-sink');
    assert.deepEqual(ts_findings.map((f) => f.range.start.line), [6]);
  });

  it('TypeScript: the `@/` root alias resolves, and a helper returning one property of its options object passes on only that one', async () => {
    const root = workspace({
      // (a module of pure text helpers is indexed only when it has a model, source or sink shape of its own: an unknown call passes everything through)
      'web/lib/ai/prompts.ts': `export const systemPrompt = ({ model, hints }: { model: string; hints: string }) => \`You are a helpful assistant. About the request: \${hints}\`;\nexport const title = (text: string) => openai.responses.create({ model: 'm', input: text });\n`,
      'web/app/api/chat/route.ts': `import { systemPrompt } from '@/lib/ai/prompts';\nexport async function POST(request: Request) {\n  const { model } = await request.json();\n  const page = await (await fetch('https://intranet.example.com/hints')).text();\n  await streamText({ model, tools, system: systemPrompt({ model, hints: 'none' }), prompt: 'hi' });\n  return streamText({ model, tools, system: systemPrompt({ model: 'm', hints: page }), prompt: 'hi' });\n}\n`,
    });
    const findings = (await scan(root)).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
    assert.deepEqual(findings.map((f) => `${f.file}:${f.range.start.line}:${f.severity}`), ['web/app/api/chat/route.ts:5:error'], JSON.stringify(findings, null, 1));
    assert.ok(findings[0].related!.some((r) => r.message.includes('systemPrompt() (web/lib/ai/prompts.ts)')), JSON.stringify(findings[0].related));
  });

  it('Python: a function stored in an attribute (`self.run_sql = run_sql_sqlite`) runs when the attribute is called; a shape carries no text', async () => {
    const code = `import sqlite3\nimport pandas as pd\n\nclass Analyst:\n    def connect(self, url):\n        conn = sqlite3.connect(url)\n\n        def run_sql_sqlite(sql):\n            return pd.read_sql_query(sql, conn)\n\n        self.run_sql = run_sql_sqlite\n\n    def explain(self, sql):\n        df = self.run_sql(sql)\n        client.chat.completions.create(model="m", messages=[{"role": "system", "content": f"The query returned {df.shape} rows."}])\n        return client.chat.completions.create(model="m", messages=[{"role": "system", "content": f"Explain these rows: {df}"}])\n`;
    const findings = (await scanDocument({ file: 'analyst.py', text: code })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
    assert.deepEqual(findings.map((f) => `${f.range.start.line}:${f.severity}`), ['15:error']);
  });

  it('Python: a pipeline of step objects — model code from one step reaches exec in a later one; a base class runs its subclass’s override', async () => {
    const root = workspace({
      'app/llm.py': `class LLM:\n    def call(self, prompt):\n        raise NotImplementedError\n\n    def generate_code(self, prompt):\n        return self.call(prompt)\n\nclass OpenAILLM(LLM):\n    def call(self, prompt):\n        return self.client.chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}]).choices[0].message.content\n`,
      'app/steps.py': `class GenerateCode:\n    def execute(self, input, context):\n        return context.llm.generate_code(input)\n\nclass CleanCode:\n    def execute(self, input, context):\n        return input.strip()\n\nclass RunCode:\n    def execute(self, input, context):\n        exec(input, {})\n`,
      'app/pipeline.py': `from app.steps import GenerateCode, CleanCode, RunCode\n\nclass ChatPipeline:\n    def __init__(self):\n        self.generation = Pipeline(steps=[GenerateCode(), CleanCode()])\n        self.execution = Pipeline(steps=[RunCode()])\n        self.both = Pipeline(steps=[GenerateCode(), RunCode()])\n\n    def run(self, question):\n        code = self.generation.run(question)\n        return self.execution.run(code)\n`,
    });
    const sinks = (await scan(root)).filter((f) => f.ruleId === 'llm/output-to-sink');
    assert.deepEqual(sinks.map((f) => `${f.file}:${f.range.start.line}`), ['app/pipeline.py:10']);
    assert.ok(sinks[0].related!.some((r) => /pipeline step RunCode/.test(r.message)) && sinks[0].related!.some((r) => r.file === 'app/steps.py'));
  });

  it('Python: what an agent loop keeps in its database — an ORM session, token counts, stored prompts, replayed history — is no one else’s text', async () => {
    const interpolation = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}`);
    const llm = `from openai import OpenAI\n\nclass LLM:\n    def chat_completion(self, messages):\n        return OpenAI().chat.completions.create(model="m", messages=messages).choices[0].message.content\n`;
    // session.add(row) stores a row; the session is not a list of prompt texts.
    const session = `from app.llm import LLM\n\ndef step(session, db):\n    row = db.execute("select body from notes").fetchone()\n    session.add(row)\n    prompt = f"Plan the next step of the team's project carefully: {session.info}"\n    return LLM().chat_completion([{"role": "system", "content": prompt}])\n`;
    assert.deepEqual(await interpolation({ 'app/llm.py': llm, 'app/step.py': session }), []);
    assert.deepEqual(await interpolation({ 'app/llm.py': llm, 'app/step.py': session.replace('session.info', 'row') }), ['app/step.py:5'], 'the row itself still counts');
    // A token count made from stored messages carries none of their text.
    const budget = `from app.llm import LLM\n\ndef step(db):\n    rows = db.execute("select body from notes").fetchall()\n    limit = count_message_tokens(rows)\n    prompt = f"Summarise the notes in at most {limit} tokens for the weekly report"\n    return LLM().chat_completion([{"role": "system", "content": prompt}])\n`;
    assert.deepEqual(await interpolation({ 'app/llm.py': llm, 'app/step.py': budget }), []);
    // A workflow step's prompt kept in the database is the operator's prompt; its other fields are not.
    const stored = `from app.llm import LLM\n\ndef step(db):\n    workflow = db.execute("select * from workflow_steps").fetchone()\n    return LLM().chat_completion([{"role": "system", "content": workflow.prompt}])\n`;
    assert.deepEqual(await interpolation({ 'app/llm.py': llm, 'app/step.py': stored }), []);
    assert.deepEqual(await interpolation({ 'app/llm.py': llm, 'app/step.py': stored.replace('workflow.prompt', 'workflow.notes') }), ['app/step.py:4']);
    // Stored history replayed through a wrapper's messages parameter is the conversation itself.
    const history = `from app.llm import LLM\n\ndef step(db):\n    feeds = db.execute("select role, text from feeds").fetchall()\n    messages = [{"role": feed.role, "content": feed.text} for feed in feeds]\n    return LLM().chat_completion(messages)\n`;
    assert.deepEqual(await interpolation({ 'app/llm.py': llm, 'app/step.py': history }), []);
  });

  it('Python: messages built by the app’s own helpers land by their roles, through a wrapper too (Vanna’s system_message)', async () => {
    const interpolation = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);
    const base = `class Base:\n    def system_message(self, message):\n        return {"role": "system", "content": message}\n\n    def user_message(self, message):\n        return {"role": "user", "content": message}\n\n    def build_prompt(self, question, docs):\n        prompt = "Answer from the documentation below only. " + docs\n        return [self.system_message(prompt), self.user_message(question)]\n\n    def submit_prompt(self, prompt):\n        raise NotImplementedError\n`;
    const chat = `from openai import OpenAI\nfrom app.base import Base\n\nclass Chat(Base):\n    def submit_prompt(self, prompt):\n        return OpenAI().chat.completions.create(model="m", messages=prompt).choices[0].message.content\n`;
    const ask = (docs: string) => `from app.chat import Chat\n\nclass App(Chat):\n    def ask(self, question, cursor):\n        rows = cursor.execute("select body from tickets").fetchall()\n        prompt = self.build_prompt(question, ${docs})\n        return self.submit_prompt(prompt)\n`;
    assert.deepEqual(await interpolation({ 'app/base.py': base, 'app/chat.py': chat, 'app/ask.py': ask('str(rows)') }), ['app/ask.py:5:error'], 'rows reach the system message two helpers away');
    assert.deepEqual(await interpolation({ 'app/base.py': base, 'app/chat.py': chat, 'app/ask.py': ask('"Refunds take 5 days."') }), [], 'the question alone goes into its own user message');
    // The same helpers with the roles swapped: the rows then sit in a user message (a warning, not an error).
    const swapped = base.replace('[self.system_message(prompt), self.user_message(question)]', '[self.system_message("Answer briefly."), self.user_message(prompt)]');
    assert.deepEqual(await interpolation({ 'app/base.py': swapped, 'app/chat.py': chat, 'app/ask.py': ask('str(rows)') }), ['app/ask.py:5:warning']);
  });

  it('TypeScript: a helper that returns a system message carries its argument there', async () => {
    const code = `import OpenAI from "openai"
const system = (text: string) => ({ role: "system", content: text })
function instructions(page: string) { return "Summarise for the support team: " + page }
export async function POST(request: Request) {
  const page = await (await fetch("https://example.com/faq")).text()
  const openai = new OpenAI()
  return openai.chat.completions.create({ model: "m", messages: [system(instructions(page)), { role: "user", content: "Summarise" }] })
}
`;
    const found = (await scanDocument({ file: 'app/api/route.ts', text: code })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
    assert.deepEqual(found.map((f) => [f.range.start.line, f.severity]), [[6, 'error']]);
  });

  it('Python: a method called on an attribute runs the class the class body declares for it (LangChain’s LLMBashChain)', async () => {
    const bash = `import subprocess\n\nclass BashProcess:\n    def run(self, commands):\n        return subprocess.run(commands, shell=True, capture_output=True).stdout\n`;
    const chain = (field: string) => `from pydantic import BaseModel, Field\nfrom langchain.chains.llm import LLMChain\nfrom app.bash import BashProcess\n\nclass BashChain(BaseModel):\n    llm_chain: LLMChain\n    ${field}\n\n    def _call(self, inputs):\n        code = self.llm_chain.predict(question=inputs["question"])\n        return self.bash_process.run(code.strip())\n`;
    const sinks = async (field: string) => (await scan(workspace({ 'app/bash.py': bash, 'app/chain.py': chain(field) }))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await sinks('bash_process: BashProcess = Field(default_factory=BashProcess)'), ['app/chain.py:10']);
    assert.deepEqual(await sinks('bash_process: Optional[BashProcess] = None'), ['app/chain.py:10'], 'an annotation alone names the class');
    assert.deepEqual(await sinks('bash_process: Logger = Field(default_factory=Logger)'), [], 'another class’s run is not the shell');
  });

  it('TypeScript: a method called on a class property runs the declared class’s method', async () => {
    const runner = `import { execSync } from "node:child_process"\nexport class Runner {\n  run(command: string) { return execSync(command) }\n}\n`;
    const agent = (declaration: string) => `import OpenAI from "openai"\nimport { Runner } from "./runner"\nexport class Agent {\n  ${declaration}\n  async act() {\n    const reply = await new OpenAI().chat.completions.create({ model: "m", messages: [] })\n    return this.runner.run(reply.choices[0].message.content ?? "")\n  }\n}\n`;
    const sinks = async (declaration: string) => (await scan(workspace({ 'src/runner.ts': runner, 'src/agent.ts': agent(declaration) }))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await sinks('private readonly runner = new Runner()'), ['src/agent.ts:6']);
    assert.deepEqual(await sinks('constructor(private readonly runner: Runner) {}'), ['src/agent.ts:6']);
    assert.deepEqual(await sinks('private readonly runner = { run: (s: string) => s.length }'), []);
  });

  it('Python: a chain’s inputs, a template in another module: rows added to the inputs dict land in instruction text', async () => {
    const code = (answer: string) => `from langchain.chains.llm import LLMChain\nfrom app.prompts import PROMPT\n\nclass Chain:\n    llm_chain: LLMChain\n\n    def answer(self, question, cursor):\n        rows = cursor.execute("select body from tickets").fetchall()\n        llm_inputs = {"input": question, "chat_history": []}\n        ${answer}\n        return self.llm_chain.predict(callbacks=None, **llm_inputs)\n`;
    const found = (answer: string) => untrustedLines('app/chain.py', code(answer));
    assert.deepEqual(await found('llm_inputs["input"] = f"{question}\\nRows: {rows}"'), ['9:warning']);
    assert.deepEqual(await found('llm_inputs["top_k"] = "5"'), [], 'the requester’s own question alone is no finding');
  });

  it('Python: a graph chain — the model’s Cypher run by `self.graph.query` is a sink, not a model call; a MessagesPlaceholder input is its own messages (CVE-2024-8309)', async () => {
    const code = (inputs: string) => `from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder\nfrom langchain_core.messages import SystemMessage\n\nprompt = ChatPromptTemplate.from_messages([SystemMessage(content="Answer from the tool results."), MessagesPlaceholder(variable_name="function_response")])\n\nclass GraphChain:\n    def _call(self, inputs):\n        question = inputs["query"]\n        cypher = self.cypher_generation_chain.run({"question": question, "schema": self.schema})\n        context = self.graph.query(cypher)[:10]\n        return self.qa_chain.invoke(${inputs})\n`;
    const found = async (inputs: string) => (await scanDocument({ file: 'app/graph_chain.py', text: code(inputs) })).map((f) => `${f.ruleId}:${f.range.start.line}`);
    assert.deepEqual(await found('{"question": question, "function_response": [context]}'), ['llm/output-to-sink:9']);
    assert.deepEqual(await found('{"question": question, "answer_notes": context}'), ['llm/output-to-sink:9', 'prompt/untrusted-interpolation:10'], 'an input that is no placeholder lands in instruction text');
  });

  it('what a tool returns goes back to the model: someone else’s text it returns is a finding there, the model’s own arguments are not', async () => {
    const found = async (file: string, text: string) => (await scanDocument({ file, text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);
    const py = (body: string) => `import requests\nfrom langchain_core.tools import tool\n\n@tool\ndef search(query: str) -> str:\n    """Search the web."""\n${body}\n`;
    assert.deepEqual(await found('app/tools.py', py('    return requests.get("https://api.example.com/search", params={"q": query}).text')), ['6:error']);
    assert.deepEqual(await found('app/tools.py', py('    return f"You searched for {query}"')), [], 'the model’s own argument handed back');
    const ts = (body: string) => `import { tool } from "ai"\nimport { z } from "zod"\nexport const readPage = tool({\n  description: "Read a page",\n  parameters: z.object({ slug: z.string() }),\n  execute: async ({ slug }) => {\n${body}\n  },\n})\n`;
    assert.deepEqual(await found('src/tools.ts', ts('    const page = await fetch(`https://docs.example.com/${encodeURIComponent(slug)}`)\n    return page.text()')), ['7:error']);
    assert.deepEqual(await found('src/tools.ts', ts('    return `Looked up ${slug}`')), []);
  });

  it('OpenAI Agents SDK: a tool whose result ends the run (tool_use_behavior="stop_on_first_tool") hands it to no model; its own object is no model output; an index picks rows without putting text in them (rag-postgres’ search agent)', async () => {
    const code = (behavior: string, where: string) => `import requests\nfrom agents import Agent, Runner, function_tool\nclass Search:\n    def __init__(self, db):\n        self.db = db\n        self.limit = 5\n        self.agent = Agent(name="s", instructions="Search.", tools=[function_tool(self.search)]${behavior})\n    def search(self, query: str, brand: str):\n        rows = self.db.execute("select body from pages where brand = :b", {"b": brand}).fetchall()[:self.limit]\n        ${where}\n        return requests.get("https://search.example/q", params={"q": query}).text\n`;
    const found = async (behavior: string, where = 'pass') => (await scanDocument({ file: 'search.py', text: code(behavior, where) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation' || f.ruleId === 'llm/output-to-sink').map((f) => `${f.ruleId}:${f.range.start.line}`);
    assert.deepEqual(await found(''), ['prompt/untrusted-interpolation:10'], 'the fetched page goes back to the model');
    assert.deepEqual(await found(', tool_use_behavior="stop_on_first_tool"'), []);
    assert.deepEqual(await found(', tool_use_behavior="stop_on_first_tool"', 'self.db.execute(f"select * from pages limit {rows[:self.limit]}")'), [], '`self` and an index bound are not the model’s');
    assert.deepEqual(await found(', tool_use_behavior="stop_on_first_tool"', 'self.db.execute(f"select * from pages where brand = \'{brand}\'")'), ['llm/output-to-sink:9']);
  });

  it('a hand-written loop over a dict of tools: the app’s own functions return its data, a library’s web search does not; a tool message is data, never instructions (Ollama’s examples)', async () => {
    const loop = (tools: string, defs: string) => `import ollama\nfrom ollama import web_search\n${defs}\navailable_tools = ${tools}\nmessages = [{"role": "user", "content": "Weather in London?"}]\nwhile True:\n    response = ollama.chat(model="m", messages=messages, tools=list(available_tools.values()))\n    messages.append(response.message)\n    if not response.message.tool_calls:\n        break\n    for tool_call in response.message.tool_calls:\n        function_to_call = available_tools.get(tool_call.function.name)\n        if function_to_call:\n            result = function_to_call(**tool_call.function.arguments)\n            messages.append({"role": "tool", "content": result, "tool_name": tool_call.function.name})\n        else:\n            messages.append({"role": "tool", "content": f"Tool {tool_call.function.name} was not found in this app", "tool_name": tool_call.function.name})\n`;
    const own = 'def get_weather(city: str) -> str:\n    return f"It is 20 degrees in {city}"';
    const found = async (text: string) => (await scanDocument({ file: 'loop.py', text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line);
    assert.deepEqual(await found(loop('{"get_weather": get_weather}', own)), [], 'the app’s own function’s text, and the tool name in a tool message');
    assert.deepEqual(await found(loop('{"get_weather": get_weather, "web_search": web_search}', own)), [15], 'a library’s search results go back to the model');
  });

  it('a hand-written agent loop: a visible dispatcher that returns only the app’s own data, or the loop that returns the model’s answer, is no tool result; one that runs the tool is', async () => {
    // Each finding as the start of its line and the source it names.
    const found = async (dispatch: string) => {
      const text = supervisor(dispatch);
      const findings = (await scanDocument({ file: 'src/supervisor.ts', text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
      return findings.map((f) => `${text.split('\n')[f.range.start.line].trim().slice(0, 24)}: ${f.message.match(/\(([^)]+)\)/)?.[1]}`);
    };
    const supervisor = (dispatch: string) => `import OpenAI from 'openai';
import { exampleAccount, examplePolicies } from './sampleData';
const openai = new OpenAI();
${dispatch}
async function handleToolCalls(messages: any[], response: any) {
  let current = response;
  while (true) {
    const calls = current.choices[0].message.tool_calls ?? [];
    if (!calls.length) return current.choices[0].message.content;
    for (const call of calls) {
      const toolResult = await getToolResponse(call.function.name, JSON.parse(call.function.arguments));
      messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(toolResult) });
    }
    current = await openai.chat.completions.create({ model: 'm', messages, tools: [] });
  }
}
export async function supervise(history: string) {
  const messages: any[] = [{ role: 'system', content: 'Help the agent.' }, { role: 'user', content: history }];
  const response = await openai.chat.completions.create({ model: 'm', messages, tools: [] });
  const answer = await handleToolCalls(messages, response);
  return openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: \`Check this reply: \${answer}\` }] });
}
`;
    assert.deepEqual(await found(`function getToolResponse(name: string, args: unknown) {\n  switch (name) {\n    case 'getAccount': return exampleAccount;\n    case 'getPolicies': return examplePolicies;\n    default: return { result: true };\n  }\n}`), ['return openai.chat.compl: model output'], 'only the answer of a model that had tools');
    assert.deepEqual(
      await found(`async function getToolResponse(name: string, args: { url: string }) {\n  if (name === 'readPage') return (await fetch(args.url)).text();\n  return { result: true };\n}`),
      ["messages.push({ role: 't: tool result", 'current = await openai.c: tool result', 'return openai.chat.compl: model output'],
      'a dispatcher that fetches a page returns someone else’s text',
    );
    assert.deepEqual(await found(`const tools: Record<string, (args: unknown) => Promise<string>> = {};\nasync function getToolResponse(name: string, args: unknown) {\n  return tools[name](args);\n}`), ["messages.push({ role: 't: tool result", 'current = await openai.c: tool result', 'return openai.chat.compl: model output'], 'tools the code cannot show');
  });

  it('Python: rows of the app’s own set-up tables (workflows, steps, templates) are the operator’s text; other tables are not', async () => {
    const interpolation = async (code: string) => (await scanDocument({ file: 'app/step.py', text: code })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').length;
    const code = (table: string) => `from openai import OpenAI\n\ndef step(session, step_id):\n    row = ${table}.find_by_id(session, step_id)\n    return OpenAI().chat.completions.create(model="m", messages=[{"role": "system", "content": f"Follow this step of the plan: {row.goal}"}])\n`;
    assert.equal(await interpolation(code('AgentWorkflowStep')), 0);
    assert.equal(await interpolation(code('IterationWorkflow')), 0);
    assert.equal(await interpolation(code('SupportTicket')), 1);
  });

  it('generators give their callers what they yield: streamed model output reaches a shell through a printer object a @property returns (shell_gpt’s shape)', async () => {
    const handler = (printer: string) => `import subprocess\nfrom openai import OpenAI\n\nclient = OpenAI()\n\nclass Printer:\n    def __call__(self, chunks):\n        text = ""\n        for chunk in chunks:\n            text += chunk\n        return text\n\nclass Quiet:\n    def __call__(self, chunks):\n        return "done"\n\nclass Handler:\n    @property\n    def printer(self):\n        return ${printer}\n\n    def stream(self, prompt):\n        for chunk in client.chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}], stream=True):\n            yield chunk.choices[0].delta.content or ""\n\n    def handle(self, prompt):\n        return self.printer(self.stream(prompt))\n`;
    const app = `import subprocess\nfrom handler import Handler\n\ndef main(prompt):\n    command = Handler().handle(prompt)\n    subprocess.run(command, shell=True)\n`;
    const sinks = async (printer: string) => (await scan(workspace({ 'handler.py': handler(printer), 'app.py': app }))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await sinks('Printer() if self.markdown else Printer()'), ['app.py:5']);
    assert.deepEqual(await sinks('Quiet()'), [], 'a printer that returns its own text');
    const ts = (body: string) => `import OpenAI from "openai";\nimport { execSync } from "node:child_process";\nconst openai = new OpenAI();\nasync function* stream(prompt: string) {\n  for await (const chunk of await openai.chat.completions.create({ model: "m", messages: [{ role: "user", content: prompt }], stream: true })) ${body};\n}\nexport async function run(prompt: string) {\n  let command = "";\n  for await (const part of stream(prompt)) command += part;\n  execSync(command);\n}\n`;
    const tsSinks = async (body: string) => (await scanDocument({ file: 'src/run.ts', text: ts(body) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await tsSinks('yield chunk.choices[0]?.delta?.content ?? ""'), [9]);
    assert.deepEqual(await tsSinks('yield "."'), [], 'a generator that yields its own text');
  });

  it('Python: a method called on what a factory returns runs that class’s method (SuperAGI’s output handlers, CVE-2024-21552)', async () => {
    const handlers = `class TaskHandler:\n    def handle(self, reply):\n        return eval(reply)\n\nclass ToolHandler:\n    def handle(self, reply):\n        return reply.strip()\n\ndef get_handler(kind):\n    if kind == "tasks":\n        return TaskHandler()\n    return ToolHandler()\n`;
    const loop = `from openai import OpenAI\nfrom app.handlers import get_handler\n\ndef step(kind, messages):\n    reply = OpenAI().chat.completions.create(model="m", messages=messages).choices[0].message.content\n    handler = get_handler(kind)\n    return handler.handle(reply)\n`;
    const sinks = async (factory: string) => (await scan(workspace({ 'app/handlers.py': factory, 'app/loop.py': loop }))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await sinks(handlers), ['app/loop.py:6']);
    assert.deepEqual(await sinks(handlers.replace('return TaskHandler()', 'return ToolHandler()')), [], 'a factory that never returns the eval handler');
  });

  it('TypeScript: a URL counts as the model\u2019s only when the model can choose its host (chatbot-ui\u2019s tool calls)', async () => {
    const code = `import OpenAI from "openai"
export async function POST(request: Request) {
  const details = [{ url: "https://tools.example.com", routeMap: { "/a": "getA" } }]
  const openai = new OpenAI()
  const first = await openai.chat.completions.create({ model: "m", messages: [], tools: [] })
  for (const toolCall of first.choices[0].message.tool_calls || []) {
    const functionName = toolCall.function.name
    const parsedArgs = JSON.parse(toolCall.function.arguments)
    const detail = details.find(d => Object.values(d.routeMap).includes(functionName))
    const path = "/a/" + encodeURIComponent(parsedArgs.id)
    const fullUrl = detail.url + path
    await fetch(fullUrl, { method: "POST" })
    await fetch(details[0].url + path)
    await fetch(\`\${parsedArgs.url}/x\`)
  }
}
`;
    const sinks = (await scanDocument({ file: 'app/api/tools/route.ts', text: code })).filter((f) => f.ruleId === 'llm/output-to-sink');
    // A configured base plus a path the model fills in goes to a server the app chose; a URL the model wrote does not.
    assert.deepEqual(sinks.map((f) => f.range.start.line), [13]);
  });

  it('a key handed to a client for authentication is spent there: the client is no credential', async () => {
    const code = `import os\nfrom anthropic import Anthropic\n\nclass Agent:\n    def __init__(self):\n        self.client = Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY", ""))\n        self.history = History(client=self.client)\n\n    def ask(self, q):\n        return self.client.messages.create(model="m", max_tokens=9, system=f"History: {self.history}", messages=[{"role": "user", "content": q}])\n`;
    assert.deepEqual((await scanDocument({ file: 'agent.py', text: code })).filter((f) => f.ruleId === 'prompt/secret-in-prompt'), []);
    const leak = code.replace('History(client=self.client)', 'History(note=os.environ["ANTHROPIC_API_KEY"])');
    assert.equal((await scanDocument({ file: 'agent.py', text: leak })).filter((f) => f.ruleId === 'prompt/secret-in-prompt').length, 1);
  });

  it('Python: a class method chain ending in exec, resolved by method name across files', async () => {
    const root = workspace({
      'analyst/base.py': `class Analyst:\n    def generate_code(self, question):\n        prompt = f"Write pandas code that answers: {question}"\n        return self.llm.invoke(prompt).content\n\n    def run_code(self, code):\n        env = {}\n        exec(code, env)\n        return env.get("result")\n`,
      'app.py': `import streamlit as st\nfrom analyst.base import Analyst\n\nanalyst = Analyst()\nquestion = st.chat_input("Ask about the data")\ncode = analyst.generate_code(question)\nst.write(analyst.run_code(code))\n`,
    });
    const findings = await scan(root);
    const sink = findings.find((f) => f.ruleId === 'llm/output-to-sink');
    assert.ok(sink, JSON.stringify(findings, null, 1));
    assert.equal(sink.file, 'app.py');
    assert.ok(sink.related!.some((r) => r.file === 'analyst/base.py' && r.range.start.line === 7));
  });

  it('a built-in string method (`trim`) is not taken for a workspace class that happens to define one: the model output still reaches the sink', async () => {
    const root = workspace({
      // Read from the environment: a file with a source's shape, so the index takes it in as a helper.
      'src/schema.ts': `export const strict = process.env.STRICT === '1';\nexport class StringSchema {\n  trim() { return new StringSchema(); }\n}\n`,
      'src/llm.ts': `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function askModel(q: string) {\n  const r = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: q }] });\n  return r.choices[0].message.content ?? '';\n}\n`,
      'src/route.ts': `import vm from 'node:vm';\nimport { askModel } from './llm';\nimport { StringSchema } from './schema';\nconst schema = new StringSchema();\napp.post('/calc', async (req, res) => {\n  const answer = await askModel(req.body.question);\n  const code = answer.trim();\n  res.json({ value: vm.runInNewContext(code), schema });\n});\n`,
    });
    const sinks = (await scan(root)).filter((f) => f.ruleId === 'llm/output-to-sink');
    assert.equal(sinks.length, 1, JSON.stringify(sinks, null, 1));
    assert.equal(sinks[0].range.start.line, 7);
  });

  it('Python: a langroid tool handler (the method a ToolMessage names) gets the model\'s message; only eval\'s code argument is code (CVE-2025-46725\'s shape)', async () => {
    const root = workspace({
      'tools.py': `from langroid.agent.tool_message import ToolMessage\n\nclass CalcTool(ToolMessage):\n    request = "calc"\n    expression: str\n`,
      'store.py': `import pandas as pd\n\nclass DocStore:\n    def compute_from_docs(self, docs, calc):\n        df = pd.DataFrame([d.dict() for d in docs])\n        return eval(calc, {}, {"df": df})\n`,
      'agent.py': `from langroid import ChatAgent\nfrom tools import CalcTool\n\nclass CalcAgent(ChatAgent):\n    def __init__(self, cfg):\n        super().__init__(cfg)\n        self.enable_message(CalcTool)\n\n    def calc(self, msg: CalcTool) -> str:\n        docs = self.get_relevant_extracts(msg.expression)\n        return str(self.store.compute_from_docs(docs, msg.expression))\n`,
    });
    const sinks = (await scan(root)).filter((f) => f.ruleId === 'llm/output-to-sink');
    assert.deepEqual(sinks.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.character}`), ['agent.py:10:54'], JSON.stringify(sinks, null, 1));
  });

  it('Python: retrieval through a helper module reaches the system prompt', async () => {
    const root = workspace({
      'rag/search.py': `def find_context(query):\n    docs = vectordb.similarity_search(query, k=4)\n    return "\\n".join(d.page_content for d in docs)\n`,
      'rag/app.py': `from flask import request\nfrom .search import find_context\n\n@app.post("/ask")\ndef ask():\n    q = request.json["q"]\n    ctx = find_context(q)\n    return client.chat.completions.create(model="m", messages=[{"role": "system", "content": f"Use this context: {ctx}"}, {"role": "user", "content": q}])\n`,
    });
    const findings = (await scan(root)).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
    assert.deepEqual(findings.map((f) => `${f.file}:${f.range.start.line}:${f.severity}`), ['rag/app.py:7:error']);
    assert.ok(findings[0].related!.some((r) => r.file === 'rag/search.py'));
  });

  it('Python: a list of messages filled in place, sent through one of several implementations of a base class', async () => {
    const provider = (name: string) => `from .base import Provider\nclass ${name}(Provider):\n    def reply(self, prompt, context):\n        messages = [{"role": "system", "content": "You summarise Slack threads."}]\n        messages.append({"role": "user", "content": f"Summarise this thread for the team: {context}"})\n        messages.append({"role": "user", "content": prompt})\n        return self.client.chat.completions.create(model="m", messages=messages)\n`;
    const root = workspace({
      'bot/providers/base.py': 'class Provider:\n    def reply(self, prompt, context):\n        raise NotImplementedError\n',
      'bot/providers/one.py': provider('One'),
      'bot/providers/two.py': provider('Two'),
      'bot/providers/three.py': provider('Three'),
      'bot/listener.py': 'def on_mention(client, event, provider):\n    history = client.conversations_history(channel=event["channel"])["messages"]\n    return provider.reply(event["text"], history)\n',
    });
    const findings = (await scan(root)).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
    assert.deepEqual(findings.map((f) => `${f.file}:${f.range.start.line}:${f.severity}`), ['bot/listener.py:2:warning']);
    assert.ok(findings[0].related!.some((r) => r.file.startsWith('bot/providers/') && r.range.start.line === 4));
  });
});

describe('flow order within a function', () => {
  const sinks = async (file: string, text: string) => (await scanDocument({ file, text })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);

  it('a block-scoped const of the same name in a later block is another variable', async () => {
    const code = `export async function handle(code: string) {
  if (code) {
    const text = code.trim();
    eval(text);
  }
  const r = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
  {
    const text = r.choices[0].message.content;
    console.log(text);
  }
}`;
    assert.deepEqual(await sinks('src/a.ts', code), []);
    assert.deepEqual(await sinks('src/b.ts', code.replace('console.log(text)', 'eval(text)')), [8], 'the later block’s own read is still found');
  });

  it('a value written after a read does not reach it, unless a loop carries it back', async () => {
    const straight = `def answer(question):\n    result = eval(question)\n    question = llm.invoke("Write code").content\n    return result\n`;
    assert.deepEqual(await sinks('a.py', straight), []);
    const loop = `def answer(question):\n    code = "1 + 1"\n    while True:\n        try:\n            return eval(code)\n        except Exception:\n            code = llm.invoke("Fix this code").content\n`;
    assert.deepEqual(await sinks('b.py', loop), [4]);
  });
});

describe('model output is steered by whose text went into the call', () => {
  const prompts = async (file: string, text: string) => (await scanDocument({ file, text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);

  it("made from the requester's text only, it is theirs: nothing in instructions, a warning with tools", async () => {
    const code = `app.post('/ask', async (req, res) => {
  const standalone = (await openai.responses.create({ model: 'm', input: req.body.question })).output_text;
  await openai.responses.create({ model: 'm', instructions: \`Answer this rephrased question: \${standalone}\`, input: 'go' });
  await openai.responses.create({ model: 'm', tools, instructions: \`Answer this rephrased question: \${standalone}\`, input: 'go' });
  const page = await (await fetch(req.body.url)).text();
  const summary = (await openai.responses.create({ model: 'm', input: wrapUntrusted(page) })).output_text;
  await openai.responses.create({ model: 'm', instructions: \`Use this summary: \${summary}\`, input: 'go' });
});`;
    assert.deepEqual(await prompts('src/a.ts', code), ['3:warning', '6:error']);
  });

  it('through helpers in other files, each caller decides: the operator’s plan is no finding, a fetched page’s is', async () => {
    const root = workspace({
      'dev/prompts.py': `def plan(prompt):\n    return client.chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}]).choices[0].message.content\n\ndef write_code(plan_text, path):\n    return client.chat.completions.create(model="m", messages=[{"role": "system", "content": f"Follow this plan: {plan_text}"}, {"role": "user", "content": path}])\n`,
      'dev/cli.py': `import sys\nfrom dev.prompts import plan, write_code\n\ndef main(prompt):\n    steps = plan(prompt)\n    return write_code(steps, "app.py")\n\nmain(sys.argv[1])\n`,
      'dev/web.py': `import requests\nfrom dev.prompts import plan, write_code\n\ndef from_issue(url):\n    steps = plan(requests.get(url).text)\n    return write_code(steps, "app.py")\n`,
    });
    const findings = (await scan(root)).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
    assert.deepEqual(findings.map((f) => `${f.file}:${f.range.start.line}:${f.severity}`), ['dev/web.py:4:warning', 'dev/web.py:5:error'], JSON.stringify(findings, null, 1));
  });
});

describe('agent loops, stored history and helpers out of sight', () => {
  const prompts = async (file: string, text: string) => (await scanDocument({ file, text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);

  it('a hand-written tool loop: results appended after the call reach it on the next turn; a rewritten system message too', async () => {
    const code = `import json\n\ndef agent(question, tools):\n    context = [{"role": "system", "content": "You help."}, {"role": "user", "content": question}]\n    history = ""\n    while True:\n        context[0]["content"] = "You help. Earlier calls: " + history\n        response = client.chat.completions.create(model="m", messages=context, tools=tools)\n        calls = response.choices[0].message.tool_calls\n        if not calls:\n            return response\n        for call in calls:\n            output = execute_function_wrapper(call.function.name, **json.loads(call.function.arguments))\n            history += str(output)\n            context.append({"role": "tool", "tool_call_id": call.id, "content": output})\n`;
    assert.deepEqual(await prompts('agent.py', code), ['6:error', '14:error']);
  });

  it('a chat history stored in a database and passed back whole is the conversation; one stored text in the instructions is not', async () => {
    const code = `export async function POST(req: Request) {\n  const { id } = await req.json();\n  const chat = JSON.parse(await redis.get(\`chat:\${id}\`));\n  return streamText({ model, tools, system: \`Columns: \${chat.headers}\`, messages: chat.messages });\n}\n`;
    assert.deepEqual(await prompts('src/route.ts', code), ['3:error']);
  });

  it('web search and scraper helpers whose code is out of sight: their text is someone else’s, a URL the model picks for them is fetched', async () => {
    const code = `def research(topic):\n    results = serpapi_search(query=topic)\n    pick = completion(model="m", messages=[{"role": "user", "content": f"Pick the most useful link from these results: {results}"}])\n    url = pick.choices[0].message.content\n    return scrape_website(url)\n`;
    const findings = await scanDocument({ file: 'research.py', text: code });
    assert.deepEqual(findings.map((f) => `${f.ruleId}:${f.range.start.line}`).sort(), ['llm/output-to-sink:4', 'prompt/untrusted-interpolation:2']);
  });
});

describe('agents the library builds', () => {
  const findings = async (file: string, text: string) => (await scanDocument({ file, text })).map((f) => `${f.ruleId}:${f.range.start.line}:${f.severity}`);
  const agent = (input: string) =>
    `import streamlit as st\nimport requests\nfrom langchain import hub\nfrom langchain.agents import AgentExecutor, create_react_agent\n\nagent = AgentExecutor(agent=create_react_agent(llm, tools, hub.pull("hwchase17/react")), tools=tools)\nquestion = st.text_input("Ask")\npage = requests.get(st.text_input("URL")).text\nanswer = agent.invoke({"input": ${input}})\n`;

  it("the asker's question in an agent's input is their own message; someone else's text there still counts", async () => {
    assert.deepEqual(await findings('agent.py', agent('question')), []);
    assert.deepEqual(await findings('agent.py', agent('page')), ['prompt/untrusted-interpolation:8:error']);
  });

  it('an agent that runs the Python or SQL its model writes is reported where it is built, once per toolkit and agent', async () => {
    const code = `from langchain_experimental.agents import create_pandas_dataframe_agent\nfrom langchain_community.agent_toolkits import SQLDatabaseToolkit, create_sql_agent\n\ndef build(llm, df, db):\n    pandas_agent = create_pandas_dataframe_agent(llm, df, allow_dangerous_code=True)\n    toolkit = SQLDatabaseToolkit(db=db, llm=llm)\n    sql_agent = create_sql_agent(llm=llm, toolkit=toolkit)\n    return pandas_agent, sql_agent\n`;
    assert.deepEqual(await findings('agents.py', code), ['llm/output-to-sink:4:error', 'llm/output-to-sink:5:error']);
  });
});

describe("the app's own text helpers and scraped pages", () => {
  const found = async (file: string, text: string) => (await scanDocument({ file, text })).map((f) => `${f.ruleId}:${f.range.start.line}:${f.severity}`);
  const research = (wrap: string, open = '', close = '') =>
    `import { generateObject } from 'ai';\nfunction ${wrap}(prompt: string, size = 128000) {\n  return prompt.length <= size ? prompt : prompt.slice(0, size);\n}\nexport async function research(url: string) {\n  const page = await (await fetch(url)).text();\n  const notes = await generateObject({ model, prompt: page, schema });\n  return generateObject({ model, schema, prompt: ${wrap}(\`List the follow-up questions these research notes raise: ${open}\${notes.object.summary}${close}\`) });\n}\n`;

  it('a template handed through a helper that returns its text is still instruction text with the value mixed in', async () => {
    assert.deepEqual(await found('src/research.ts', research('tidyText')), ['prompt/untrusted-interpolation:6:warning', 'prompt/untrusted-interpolation:7:warning']);
  });

  it('…and a helper that cuts it to a length, with labelled delimiters in the template, mitigates it; delimiters alone do not', async () => {
    assert.deepEqual(await found('src/research.ts', research('trimPrompt', '<notes>', '</notes>')), ['prompt/untrusted-interpolation:6:warning']);
    assert.deepEqual(await found('src/research.ts', research('tidyText', '<notes>', '</notes>')), ['prompt/untrusted-interpolation:6:warning', 'prompt/untrusted-interpolation:7:warning']);
  });

  it("a helper given a value (not a template) may build its own instructions: its result is judged by its summary, as before", async () => {
    const code = `import { streamText } from 'ai';\nfunction toPrompt(data: { files: { content: string }[] }) {\n  return \`You are a data analyst. Files:\\n\${data.files.map((f) => f.content).join('\\n')}\`;\n}\nexport async function POST(req: Request) {\n  const { data, messages } = await req.json();\n  return streamText({ model, system: toPrompt(data), messages });\n}\n`;
    assert.deepEqual(await found('app/api/chat/route.ts', code), ['prompt/untrusted-interpolation:6:error']);
  });

  it('a scraped page or a fetched API answer serialised into a prompt is a document, not a whole record; database rows are records', async () => {
    const prompt = (value: string) => `def extract(url):\n    result = ${value}\n    return completion(model="m", messages=[{"role": "user", "content": f"Extract the API methods from this documentation: {json.dumps(result)}"}])\n`;
    assert.deepEqual((await found('extract.py', prompt('scrape_website(url)'))).filter((f) => f.startsWith('prompt/whole-record')), []);
    // (Policy changed at stop 61: an API's JSON answer is that service's document — the reference GitHub, GitLab and
    // Slack MCP servers' labels, written before their scans, hold no whole record for it.)
    assert.deepEqual((await found('extract.py', prompt('requests.get(url).json()'))).filter((f) => f.startsWith('prompt/whole-record')), []);
    assert.deepEqual((await found('extract.py', prompt('cursor.execute("SELECT * FROM endpoints").fetchall()'))).filter((f) => f.startsWith('prompt/whole-record')), ['prompt/whole-record:2:warning']);
  });
});

describe('objects named for their class, and loop variables', () => {
  const gptMigrate = (make: string) => ({
    'tool/ai.py': `from litellm import completion\nclass AI:\n    def __init__(self, model="m"):\n        self.model_name = model\n    def run(self, prompt):\n        response = completion(model=self.model_name, messages=[{"role": "user", "content": prompt}])\n        return response["choices"][0]["message"]["content"]\n`,
    'tool/utils.py': `import os\ndef llm_write(prompt, globals):\n    name = globals.ai.run(prompt)\n    with open(os.path.join(globals.targetdir, name), "w") as f:\n        f.write("x")\n`,
    'tool/main.py': `from ai import AI\nfrom utils import llm_write\nclass Globals:\n    def __init__(self, targetdir, ai):\n        self.targetdir = targetdir\n        self.ai = ai\ndef main(targetdir):\n    ai = ${make}\n    globals = Globals(targetdir, ai)\n    llm_write("Name the file", globals)\n`,
  });

  it('an object held under the name of a workspace class (`globals.ai.run(…)` for class AI) runs that class’s method, even one every class has', async () => {
    const findings = (await scan(workspace(gptMigrate('AI(model="m")')))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(findings, ['tool/utils.py:3']);
  });

  it('constructing an all-capitals workspace class (`AI(…)`) makes an object that holds its arguments, not model output', async () => {
    const findings = (await scan(workspace(gptMigrate('AI(model="m")')))).filter((f) => f.file === 'tool/main.py');
    assert.deepEqual(findings.map((f) => f.ruleId), []);
  });

  it("inside a for loop's body its variable is the current element, not what the name held before the loop", async () => {
    const code = (names: string) => `import os\nfrom litellm import completion\ndef debug(globals):\n    file_name = completion(model="m", messages=[{"role": "user", "content": "name a file"}]).choices[0].message.content\n    for file_name in ${names}:\n        open(os.path.join(globals.sourcedir, file_name))\n`;
    const sinks = async (names: string) => (await scanDocument({ file: 'tool/debug.py', text: code(names) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('globals.testfiles.split(",")'), []);
    assert.deepEqual(await sinks('file_name.split(",")'), [5]);
  });
});

describe("LangGraph state, and a length cut made by a helper's caller", () => {
  const research = (topic: string) => `from langchain_core.messages import HumanMessage
from langgraph.graph import StateGraph
from langchain.chat_models import init_chat_model
model = init_chat_model("m").bind_tools([])
async def supervisor_tools(state):
    call = (await model.ainvoke(state["messages"])).tool_calls[0]
    return await researcher_subgraph.ainvoke({"researcher_messages": [HumanMessage(content=${topic})], "research_topic": ${topic}})
researcher_builder = StateGraph(dict)
researcher_subgraph = researcher_builder.compile()
`;

  it("a compiled graph's input is its state, each value a message of its own: the model's own topic is no finding, a fetched page is", async () => {
    const found = async (topic: string) => (await scanDocument({ file: 'research/graph.py', text: research(topic) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await found('call["args"]["research_topic"]'), []);
    // The page lands twice in the state (the sub-agent's first message and its topic): both places are reported.
    assert.deepEqual(await found('requests.get(call["args"]["url"]).text'), ['6:warning', '6:warning']);
  });

  const summarise = (argument: string) => ({
    'research/prompts.py': 'SUMMARIZE_PAGE = """Summarise the web page below for a research agent. Keep the key facts, figures and quotes.\n<webpage_content>\n{webpage_content}\n</webpage_content>"""\n',
    'research/utils.py': `import requests
from langchain_core.messages import HumanMessage
from langchain.chat_models import init_chat_model
from prompts import SUMMARIZE_PAGE
async def summarize_webpage(model, webpage_content):
    prompt = SUMMARIZE_PAGE.format(webpage_content=webpage_content)
    return await model.ainvoke([HumanMessage(content=prompt)])
async def search(url, limit):
    model = init_chat_model("m")
    page = requests.get(url).text
    return await summarize_webpage(model, ${argument})
`,
  });

  it("a page cut to a length by the caller of a helper whose imported template labels it with delimiters is mitigated; uncut, it is not", async () => {
    const found = async (argument: string) => (await scan(workspace(summarise(argument)))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await found('page[:limit]'), []);
    assert.deepEqual(await found('page'), ['research/utils.py:10']);
  });
});

describe('a method the model chooses by name', () => {
  const computerUse = (dispatch: string) => ({
    'computers/docker.py': `import subprocess
class DockerComputer:
    def _exec(self, cmd):
        return subprocess.check_output(f'docker exec box sh -c "{cmd}"', shell=True)
    def type(self, text):
        self._exec(f"xdotool type -- '{text}'")
    def screenshot(self):
        return self._exec("import -window root png:-")
`,
    'agent/agent.py': `import json
from openai import OpenAI
client = OpenAI()
class Agent:
    def __init__(self, computer):
        self.computer = computer
    def step(self, items):
        response = client.responses.create(model="computer-use-preview", input=items, tools=[{"type": "computer-preview"}])
        action = response.output[0].action
        args = {k: v for k, v in action.items() if k != "type"}
        ${dispatch}
`,
  });

  it('`getattr(self.computer, action_type)(**args)` may run any method of the classes the object is named for: model output reaches their sinks', async () => {
    const sinks = async (dispatch: string) => (await scan(workspace(computerUse(dispatch)))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await sinks('method = getattr(self.computer, action["type"])\n        method(**args)'), ['agent/agent.py:11']);
    // A name written out is an ordinary method call; an object named for no class of the workspace is unknown.
    assert.deepEqual(await sinks('getattr(self.computer, "screenshot")()'), []);
    assert.deepEqual(await sinks('getattr(self.browser, action["type"])(**args)'), []);
  });

  it('the keywords given as a dict (`method(**args)`) reach every parameter: a path in the second one too (Bedrock tool-use reporter’s `write(content, write_file_path)`)', async () => {
    const files = (method: string) => ({
      'utils/tools.py': `class Tools:\n    ${method}\n`,
      'agent.py': `from openai import OpenAI\nfrom utils.tools import Tools\nclient = OpenAI()\nclass Agent:\n    def __init__(self):\n        self.tools = Tools()\n    def step(self, items):\n        response = client.responses.create(model="m", input=items, tools=[{"type": "function", "name": "write"}])\n        call = response.output[0]\n        method = getattr(self.tools, call.name)\n        method(**call.arguments)\n`,
    });
    const sinks = async (method: string) => (await scan(workspace(files(method)))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}:${f.message.slice(0, 40)}`);
    assert.deepEqual(await sinks('def write(self, content, write_file_path):\n        with open(write_file_path, "at") as f:\n            f.write(content)'), ['agent.py:10:Model output reaches a file path. Never ']);
    assert.deepEqual(await sinks('def write(self, content, write_file_path):\n        with open("notes.md", "at") as f:\n            f.write(content)'), [], 'look-alike: a fixed file');
  });
});

describe('module globals, prompts built in branches, and joined text', () => {
  const graphApp = (decorator: string) => `import openai, requests
from flask import Flask, request
app = Flask(__name__)
graph = ""
${decorator}
def update():
    global graph
    text = request.json.get("text", "")
    prompt = f"Update the knowledge graph below as the user asks: {graph}"
    completion = openai.ChatCompletion.create(model="m", messages=[{"role": "user", "content": prompt}])
    graph = completion.choices[0].message.content
    return graph
`;
  const found = async (text: string, file = 'app/main.py') => (await scanDocument({ file, text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);

  it("a web route's `global` keeps the model's answer for the next visitor, whose prompt then holds someone else's text; a plain function's does not", async () => {
    assert.deepEqual(await found(graphApp('@app.route("/update", methods=["POST"])')), ['8:warning']);
    assert.deepEqual(await found(graphApp('')), []);
  });

  it('a prompt built in branches is read branch by branch; one grown step by step is its last value', async () => {
    const branches = `import openai, requests
def answer(url, question, mode):
    page = requests.get(url).text
    if mode == "page":
        prompt = f"Summarise this page for the support team: {page}"
    else:
        prompt = f"Answer the support team's question: {question}"
    return openai.ChatCompletion.create(model="m", messages=[{"role": "user", "content": prompt}])
`;
    assert.deepEqual(await found(branches), ['4:warning']);
    const grown = branches.replace('    else:\n        prompt = f"Answer the support team\'s question: {question}"', '    prompt = prompt + " Keep it short."');
    // Once, where the grown text is last written (the page reaches it through `prompt`): not once per step.
    assert.deepEqual(await found(grown), ['5:warning']);
  });

  it('`"\\n".join([...])` of the app\'s words and a value is instruction text with the value mixed in', async () => {
    const joined = (pieces: string) => `import openai, requests
def answer(url):
    page = requests.get(url).text
    prompt = "\\n".join([${pieces}])
    return openai.ChatCompletion.create(model="m", tools=[], messages=[{"role": "user", "content": prompt}])
`;
    assert.deepEqual(await found(joined('"Summarise the page below for the support team.", page')), ['3:error']);
    // A value joined with no words of the app's is the page as its own message.
    assert.deepEqual(await found(joined('page, page')), ['4:error']);
  });
});

describe('model output a closure reads keeps who steered it', () => {
  const careers = (posted: string) => ({
    'app/api/careers/route.ts': `import OpenAI from 'openai';
const openai = new OpenAI();
export async function POST(request: Request) {
  const { resumeInfo } = await request.json();
  const first = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: \`List careers for this resume: \${resumeInfo}\` }] });
  const careers = JSON.parse(first.choices[0].message.content ?? '');
  const results = await Promise.all(careers.map(async (career: any) => {
    const second = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: \`Explain the \${career.jobTitle} role for the person in detail\` }] });
    return second.choices[0].message.content;
  }));
  return Response.json(results);
}
`,
    'app/page/page.tsx': `export async function run(url: string, form: HTMLFormElement) {
  const page = await (await fetch(url)).text();
  const response = await fetch('/api/careers', { method: 'POST', body: JSON.stringify({ resumeInfo: ${posted} }) });
  return response.json();
}
`,
  });

  it("a route's model output mapped over (`careers.map(async (career) => …)`) is steered by what the page posted: a fetched page's is someone else's", async () => {
    const labels = async (posted: string) => (await scan(workspace(careers(posted)))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${/\(([^)]+)\)/.exec(f.message)?.[1]}`).sort();
    assert.deepEqual(await labels('page'), ['app/page/page.tsx:2:model output', 'app/page/page.tsx:2:web content']);
    // The person's own text steers the answers to them: no finding at all.
    assert.deepEqual(await labels('form.elements.namedItem("resume").value'), []);
  });
});

describe('LangGraph: what one node writes to the graph state, another node reads', () => {
  // Gemini's full-stack LangGraph quickstart, cut down: a node searches with a hosted search tool, a router sends each
  // query to it, and the next node mixes the grounded summaries into its instructions.
  const graph = (written: string, registered = 'builder.add_node("reflect", reflect)', tools = '{"tools": [{"google_search": {}}]}') => `from langgraph.graph import StateGraph
from langgraph.types import Send
from google.genai import Client
client = Client()
def search(state, config):
    response = client.models.generate_content(model="m", contents=f"Research {state['query']}", config=${tools})
    return {"summaries": [${written}]}
def route(state):
    return [Send("search", {"query": q}) for q in state["queries"]]
def reflect(state, config):
    prompt = f"You are a research assistant. Find the gaps in these summaries: {state['summaries']}"
    return {"queries": client.models.generate_content(model="m", contents=prompt).text}
builder = StateGraph(dict)
builder.add_node("search", search)
${registered}
builder.add_conditional_edges("reflect", route, ["search"])
`;
  const found = async (code: string) => (await scanDocument({ file: 'agent/graph.py', text: code })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);

  it('grounded model output kept in a channel is model output where another node reads it; a constant kept there is not', async () => {
    assert.deepEqual(await found(graph('response.text')), ['10:warning']);
    assert.deepEqual(await found(graph('"no results"')), []);
  });

  it('a function the graph does not register as a node reads no channel', async () => {
    assert.deepEqual(await found(graph('response.text', 'builder.add_edge("reflect", reflect)')), []);
  });

  it('a search the provider runs steers the answer: without the hosted tool the answer is steered by the app’s words and the state alone', async () => {
    assert.deepEqual(await found(graph('response.text', undefined, '{"temperature": 0}')), []);
  });

  it('a query the reflection wrote from web summaries, sent back by a router, is mixed into the instructions of a call with tools: an error', async () => {
    const code = graph('response.text').replace(`contents=f"Research {state['query']}"`, `contents=f"Research this topic thoroughly: {state['query']}"`);
    assert.deepEqual(await found(code), ['5:error', '10:warning']);
  });

  it('a channel of messages is the conversation: a tool result appended there is judged at the tool, not again where the node sends the messages', async () => {
    const code = `from langgraph.graph import StateGraph
from langchain_core.messages import SystemMessage, ToolMessage
def agent(state):
    return {"messages": [llm.bind_tools(tools).invoke([SystemMessage(content="You are a helpful agent.")] + state["messages"])]}
def run_tools(state):
    return {"messages": [ToolMessage(content=requests.get(state["messages"][-1].tool_calls[0]["args"]["url"]).text, tool_call_id="1")]}
builder = StateGraph(dict)
builder.add_node("agent", agent)
builder.add_node("tools", run_tools)
`;
    assert.deepEqual(await found(code), []);
  });
});

describe('a stored conversation replayed is the conversation', () => {
  // A Telegram bot's shape (father-bot/chatgpt_telegram_bot): each person's dialog kept in MongoDB, rebuilt turn by
  // turn; /retry sends the last turn's message again.
  const bot = (userTurn: string, assistantTurn: string, retried: string) => `from openai import OpenAI
from pymongo import MongoClient
client = OpenAI()
dialogs = MongoClient()["bot"]["dialogs"]
def ask(user_id, text):
    turns = dialogs.find_one({"_id": user_id})["turns"]
    messages = [{"role": "system", "content": "You are a helpful assistant."}]
    for turn in turns:
        messages.append({"role": "user", "content": ${userTurn}})
${assistantTurn}
    messages.append({"role": "user", "content": text})
    return client.chat.completions.create(model="m", messages=messages)
def retry(user_id):
    last = dialogs.find_one({"_id": user_id})["turns"].pop()
    return ask(user_id, ${retried})
`;
  const found = async (code: string) => (await scanDocument({ file: 'bot/bot.py', text: code })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${/\(([^)]+)\)/.exec(f.message)?.[1]}`);
  const assistant = '        messages.append({"role": "assistant", "content": turn["bot"]})';

  it('user and assistant turns read from one stored record are history passed through; the user turn sent again is the person’s own', async () => {
    assert.deepEqual(await found(bot('turn["user"]', assistant, 'last["user"]')), []);
  });

  it('the turns replayed by a helper that builds the messages: the parameter it replays is history for its callers', async () => {
    const code = `from openai import OpenAI
from pymongo import MongoClient
client = OpenAI()
dialogs = MongoClient()["bot"]["dialogs"]
def build(text, turns):
    messages = [{"role": "system", "content": "You are a helpful assistant."}]
    for turn in turns:
        messages.append({"role": "user", "content": turn["user"]})
        messages.append({"role": "ROLE", "content": turn["bot"]})
    messages.append({"role": "user", "content": text})
    return messages
def ask(user_id, text):
    turns = dialogs.find_one({"_id": user_id})["turns"]
    return client.chat.completions.create(model="m", messages=build(text, turns))
`;
    assert.deepEqual(await found(code.replace('ROLE', 'assistant')), []);
    // The same helper replaying only user messages: the stored rows are someone else's text where the caller passes them.
    assert.deepEqual(await found(code.replace('ROLE', 'user')), ['13:database rows']);
  });

  it('look-alike: stored rows sent as user messages with no assistant turn, or a stored field that is no user turn, are someone else’s text', async () => {
    assert.deepEqual(await found(bot('turn["body"]', '', 'last["body"]')), ['8:database rows', '14:database rows']);
  });
});

describe('messages appended before a runnable is invoked with the list; tools bound in another file', () => {
  it('`messages.append(HumanMessage(…))` then `llm.invoke(messages)`: the appended message is in the prompt; a list never appended to holds only what it was built with', async () => {
    const code = (appended: string) => `import requests
from langchain_core.messages import HumanMessage, SystemMessage
from langchain.chat_models import init_chat_model
def check(url):
    page = requests.get(url).text
    llm = init_chat_model("m")
    messages = [SystemMessage(content="You check pages.")]
    prompt = "Review the page below and list every claim it makes:\\n{page}".format(page=${appended})
    messages.append(HumanMessage(content=prompt))
    return llm.invoke(messages)
`;
    const found = (appended: string) => untrustedLines('app/check.py', code(appended));
    assert.deepEqual(await found('page'), ['7:warning']);
    assert.deepEqual(await found('url'), []);
  });

  it('a model factory of the app’s own (`raw_model = init_model(config)`) makes the runnable it is named for; a factory named for something else does not', async () => {
    const code = (factory: string) => `import requests
def ${factory}(config):
    return make(config)
def check(url, config):
    page = requests.get(url).text
    raw = ${factory}(config)
    return raw.invoke(f"Review the page below and list every claim it makes: {page}")
`;
    const found = async (factory: string) => (await scanDocument({ file: 'app/check.py', text: code(factory) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line);
    assert.deepEqual(await found('init_model'), [6]);
    assert.deepEqual(await found('load_settings'), []);
  });

  it('a function another file gives a model as a tool (`llm.bind_tools([search])`) is a tool in its own file: what it returns goes back to the model', async () => {
    const files = (bound: string) => ({
      'agent/tools.py': `import requests
def fetch_page(url: str) -> str:
    """Fetch a web page."""
    return requests.get(url).text
`,
      'agent/graph.py': `from langchain.chat_models import init_chat_model
from agent.tools import fetch_page
def run(question):
    llm = init_chat_model("m")
    ${bound}
    return model.invoke(question)
`,
    });
    const found = async (bound: string) => (await scan(workspace(files(bound)))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await found('model = llm.bind_tools([fetch_page])'), ['agent/tools.py:3:error']);
    // Imported and called, not given to the model: the caller decides where the page goes.
    assert.deepEqual(await found('model = llm\n    fetch_page("https://example.com")'), []);
  });

  it('a list of tools imported from another file (`from agent.tools import TOOLS`, then `llm.bind_tools(TOOLS)`): each function it names is a tool there', async () => {
    const files = (use: string) => ({
      'agent/tools.py': `import requests\ndef fetch_page(url: str) -> str:\n    """Fetch a web page."""\n    return requests.get(url).text\nTOOLS = [fetch_page]\n`,
      'agent/graph.py': `from langchain.chat_models import init_chat_model\nfrom agent.tools import TOOLS\ndef run(question):\n    llm = init_chat_model("m")\n    ${use}\n`,
    });
    const found = async (use: string) => (await scan(workspace(files(use)))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await found('return llm.bind_tools(TOOLS).invoke(question)'), ['agent/tools.py:3:error']);
    assert.deepEqual(await found('print(TOOLS)\n    return llm.invoke(question)'), []);
  });

  it('LangGraph: a channel no node writes is the graph’s input (the caller’s text); one the nodes fill with the app’s values is not', async () => {
    const code = (written: string) => `from langgraph.graph import StateGraph
from langchain.chat_models import init_chat_model
def agent(state):
    llm = init_chat_model("m").bind_tools(tools)
    return {"messages": [llm.invoke(f"You research companies. Find the revenue of {state['topic']} and cite sources.")]}
def plan(state):
    return {${written}: "ACME Corp"}
builder = StateGraph(dict)
builder.add_node("plan", plan)
builder.add_node("agent", agent)
`;
    const found = (written: string) => untrustedLines('agent/graph.py', code(written));
    assert.deepEqual(await found('"company"'), ['4:warning']);
    assert.deepEqual(await found('"topic"'), []);
  });
});

describe('what a value does not carry: predicates, static methods of imported classes, the app’s own routes', () => {
  const system = (value: string) => `await openai.responses.create({ model: 'm', tools, instructions: \`Use these: \${${value}}\`, input: 'hi' });`;
  const found = async (file: string, code: string) => (await scanDocument({ file, text: code })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line);

  it('a predicate’s answer picks elements and puts none of its text in them (`filter`); a mapper’s does (`map`)', async () => {
    const code = (method: string, callback: string) => `import OpenAI from 'openai';
const TOOLS = [{ name: 'search', description: 'Search the web' }];
export async function run(url: string) {
  const page = await (await fetch(url)).text();
  const picked = TOOLS.${method}(${callback});
  ${system('picked')}
}`;
    assert.deepEqual(await found('src/a.ts', code('filter', '(t) => page.includes(t.name)')), []);
    assert.deepEqual(await found('src/a.ts', code('map', '(t) => page')), [5]);
  });

  it('a static method of an imported class is followed: what it returns decides, not what it was given', async () => {
    const files = (returned: string) => ({
      'src/registry.ts': `export class Registry {\n  static describe(topic: string): string {\n    return ${returned};\n  }\n}\n`,
      'src/agent.ts': `import OpenAI from 'openai';
import { Registry } from './registry';
export async function run(url: string) {
  const page = await (await fetch(url)).text();
  const tools = Registry.describe(page);
  ${system('tools')}
}`,
    });
    const labels = async (returned: string) => (await scan(workspace(files(returned)))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await labels("'Tools: search, scrape'"), []);
    assert.deepEqual(await labels("'Tools for ' + topic"), ['src/agent.ts:5']);
  });

  it('a request to a path of the app’s own origin is answered by the app, not by a web page; another site’s URL is', async () => {
    const code = (url: string) => `import OpenAI from 'openai';
export async function run(id: string) {
  const res = await fetch(${url});
  const saved = await res.text();
  ${system('saved')}
}`;
    assert.deepEqual(await found('src/a.ts', code('`/api/chats/${id}`')), []);
    assert.deepEqual(await found('src/a.ts', code('`https://example.com/chats/${id}`')), [4]);
  });
});

describe('MCP servers: what a prompt handler returns is the client model’s conversation', () => {
  const server = (decorator: string, module = 'mcp.server') => `import httpx
from ${module} import Server
from mcp.types import GetPromptResult, PromptMessage, TextContent
server = Server("fetch")
@server.${decorator}()
async def get_prompt(name, arguments):
    page = httpx.get(arguments["url"]).text
    return GetPromptResult(description="Page", messages=[PromptMessage(role="user", content=TextContent(type="text", text=page))])
`;
  const found = async (code: string) => (await scanDocument({ file: 'app/server.py', text: code })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);

  it('a page fetched into a prompt’s message is someone else’s text in a message of its own (the MCP fetch server’s prompt)', async () => {
    assert.deepEqual(await found(server('get_prompt')), ['7:warning']);
  });

  it('look-alike: a handler that lists prompts returns no conversation, nor does a web app’s own `prompt` route', async () => {
    assert.deepEqual(await found(server('list_prompts')), []);
    assert.deepEqual(await found(server('get_prompt').replace('from mcp.server import Server', 'from flask import Flask as Server').replace('from mcp.types import GetPromptResult, PromptMessage, TextContent\n', '')), []);
  });
});

describe('LlamaIndex templates and agents, submodules imported by name, and the most severe of a value’s prompts', () => {
  const found = async (file: string, text: string) => (await scanDocument({ file, text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);

  it('a QA template of the app’s (an f-string, .strip()ped) given to get_response_synthesizer: the retrieved nodes fill its {context_str}; a template with no such slot holds none', async () => {
    const code = (slot: string) => `from llama_index.core.prompts.prompts import QuestionAnswerPrompt
from llama_index.core.response_synthesizers.factory import get_response_synthesizer
def synth(titles):
    qa = f"""
You answer questions about SEC filings. Context information is below.
---------------------
{{${slot}}}
---------------------
Given the context information and not prior knowledge, answer the query.
Query: {{query_str}}
""".strip()
    return get_response_synthesizer(text_qa_template=QuestionAnswerPrompt(template=qa))
`;
    assert.deepEqual(await found('app/synth.py', code('context_str')), ['11:warning']);
    assert.deepEqual(await found('app/synth.py', code('query_hint')), []);
  });

  it('a LlamaIndex agent’s system_prompt is its instructions: someone else’s text there is an error (the agent has tools); the app’s own text is nothing', async () => {
    const code = (value: string) => `import requests
from llama_index.agent.openai import OpenAIAgent
def build(tools, llm, url):
    page = requests.get(url).text
    return OpenAIAgent.from_tools(tools, llm=llm, system_prompt=f"You are a financial analyst. Known companies: {${value}}")
`;
    assert.deepEqual(await found('app/agent.py', code('page')), ['4:error']);
    assert.deepEqual(await found('app/agent.py', code('url.split("/")[0]')), []);
  });

  it('one value reaching a helper’s mixed template and its agent’s system prompt is reported once, at the most severe (the system prompt)', async () => {
    const code = `import requests
from openai import OpenAI
client = OpenAI()
def answer(titles, tools):
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": f"Answer from the documents titled: {titles}"}])
    client.chat.completions.create(model="m", tools=tools, messages=[{"role": "system", "content": f"Documents: {titles}"}, {"role": "user", "content": "hi"}])
def route(url, tools):
    titles = requests.get(url).text
    answer(titles, tools)
`;
    assert.deepEqual(await found('app/route.py', code), ['8:error']);
  });

  it('`from app.api import crud`, then `crud.fetch_rows(…)`: the submodule’s function is followed (what it returns is database rows, not the id it was given)', async () => {
    const dir = workspace({
      'backend/app/api/__init__.py': '',
      'backend/app/api/crud.py': `def fetch_rows(db, row_id):\n    return db.execute("select body from notes where id = ?", (row_id,)).fetchall()\n`,
      'backend/app/api/route.py': `from fastapi import APIRouter\nfrom openai import OpenAI\nfrom app.api import crud\nrouter = APIRouter()\n@router.get("/notes/{row_id}")\ndef note(row_id: str, db):\n    rows = crud.fetch_rows(db, row_id)\n    return OpenAI().chat.completions.create(model="m", messages=[{"role": "system", "content": f"Summarise: {rows}"}, {"role": "user", "content": "go"}])\n`,
    });
    const findings = (await scan(dir)).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}:${f.message.slice(0, 35)}`);
    assert.deepEqual(findings, ['backend/app/api/route.py:7:error:Untrusted text (database rows) goes']);
  });
});

describe('a promise resolved in a callback', () => {
  const code = (resolved: string) => `import OpenAI from 'openai';
import PDFParser from 'pdf2json';
const openai = new OpenAI();
function parsePDF(path: string): Promise<string> {
  return new Promise((resolve) => {
    const parser = new PDFParser(null, 1);
    parser.on('pdfParser_dataReady', () => resolve(${resolved}));
    parser.loadPDF(path);
  });
}
export async function extract() {
  const text = await parsePDF('/tmp/resume.pdf');
  return openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: 'Extract the values.' }, { role: 'user', content: text }] });
}
`;
  const found = (resolved: string) => untrustedLines('app/api/extract/route.ts', code(resolved));

  it('`return new Promise((resolve) => … resolve(parser.getRawTextContent()))`: the caller awaits the PDF’s text (OpenAI’s resume extractor)', async () => {
    assert.deepEqual(await found('parser.getRawTextContent()'), ['12:warning']);
  });

  it('look-alike: a promise resolved with the app’s own text', async () => {
    assert.deepEqual(await found("'parsed'"), []);
  });
});

describe('Vercel AI SDK tools written inline, Firecrawl, and a failed request’s status', () => {
  const route = (execute: string) => `import { streamText } from 'ai';
import FirecrawlApp from '@mendable/firecrawl-js';
const app = new FirecrawlApp({ apiKey: process.env.FIRECRAWL_API_KEY });
export async function POST(req: Request) {
  const { messages } = await req.json();
  return streamText({
    model: openai('gpt-4o'),
    messages,
    tools: {
      extract: {
        description: 'Extract data from pages',
        parameters: z.object({ urls: z.array(z.string()) }),
        execute: ${execute},
      },
    },
  }).toDataStreamResponse();
}
`;
  const found = async (execute: string) => (await scanDocument({ file: 'app/api/chat/route.ts', text: route(execute) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation' || f.ruleId === 'llm/output-to-sink').map((f) => `${f.ruleId}:${f.range.start.line}:${f.severity}`);

  it('`tools: { extract: { execute } }`: its arguments are the model’s (Firecrawl fetches the URLs) and what it returns goes back to the model', async () => {
    assert.deepEqual(await found('async ({ urls }) => {\n          const result = await app.extract(urls, { prompt: "Key facts" });\n          return { data: result.data };\n        }'), [
      'llm/output-to-sink:13:error',
      'prompt/untrusted-interpolation:14:error',
    ]);
  });

  it('look-alikes: the same function outside `tools`; a tool that returns only the failed request’s error', async () => {
    assert.deepEqual((await scanDocument({ file: 'app/api/chat/route.ts', text: route('undefined').replace('  }).toDataStreamResponse();', '  }).toDataStreamResponse();\n  const later = { execute: async ({ urls }) => (await app.extract(urls)).data };') })).filter((f) => f.ruleId.startsWith('prompt/') || f.ruleId.startsWith('llm/')), []);
    assert.deepEqual(await found('async ({ urls }) => {\n          const result = await app.extract(["https://example.com/facts"]);\n          return { error: `Failed: ${result.error}` };\n        }'), []);
  });
});

describe('LangChain templates whose system text lives in a configuration object', () => {
  const found = async (text: string) => (await scanDocument({ file: 'src/retrieval_graph/graph.py', text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);

  it('`prompt.ainvoke({"retrieved_docs": docs, "messages": …})` then `model.ainvoke(…)`: with the system text unreadable (`configuration.response_system_prompt`), the documents fill the system message', async () => {
    const code = (docs: string) => `from langchain_core.prompts import ChatPromptTemplate
from langchain.chat_models import init_chat_model
async def respond(state, configuration, retriever):
    prompt = ChatPromptTemplate.from_messages([("system", configuration.response_system_prompt), ("placeholder", "{messages}")])
    docs = ${docs}
    value = await prompt.ainvoke({"messages": state["messages"], "retrieved_docs": docs})
    return await init_chat_model("m").ainvoke(value)
`;
    assert.deepEqual(await found(code('await retriever.ainvoke(state["messages"][-1].content)')), ['5:error']);
    assert.deepEqual(await found(code('"no documents"')), []);
  });

  it('the router’s answer (model output made from the person’s own messages by `model.with_structured_output(Router)`) in a later system prompt is the person’s, with no tools: nothing; a web page is an error', async () => {
    const code = (text: string) => `import requests
from langchain.chat_models import init_chat_model
async def route(messages, configuration, url):
    model = init_chat_model("m")
    router = await model.with_structured_output(Router).ainvoke([{"role": "system", "content": "Classify the question."}] + messages)
    system_prompt = configuration.more_info_system_prompt.format(logic=${text})
    return await model.ainvoke([{"role": "system", "content": system_prompt}] + messages)
`;
    assert.deepEqual(await found(code('router["logic"]')), []);
    assert.deepEqual(await found(code('requests.get(url).text')), ['5:error']);
  });
});

describe('a {slot} replaced in a text held where it cannot be read', () => {
  const code = (replaced: string) => `import { loadChatModel } from "./utils.js";
export async function callAgentModel(state: { topic: string; messages: string[] }, configuration: { prompt: string }, tools: unknown[]) {
  const model = (await loadChatModel("m")).bindTools(tools);
  const p = configuration.prompt.replace(${replaced}, state.topic);
  return model.invoke([{ role: "user", content: p }]);
}
export const graph = new StateGraph(StateAnnotation).addNode("callAgentModel", callAgentModel);
`;
  const found = async (replaced: string) => (await scanDocument({ file: 'src/agent/graph.ts', text: `import { StateGraph } from "@langchain/langgraph";\n${code(replaced)}` })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);

  it('`configuration.prompt.replace("{topic}", state.topic)` is a template filled: the graph’s input is mixed into instructions of a call with tools (the TypeScript data-enrichment template)', async () => {
    assert.deepEqual(await found('"{topic}"'), ['4:warning']);
  });

  it('look-alike: replacing a word that is no slot is text handling, not a template', async () => {
    assert.deepEqual(await found('"TOPIC"'), []);
  });
});

describe('a library search tool in a list of tools another file binds', () => {
  it('`export const TOOLS = [new TavilySearchResults(…)]` here, `model.bindTools(TOOLS)` there: reported where the tool is made; a list that is never bound is nothing', async () => {
    const files = (graph: string) => ({
      'src/agent/tools.ts': `import { TavilySearchResults } from "@langchain/community/tools/tavily_search";\nconst searchTavily = new TavilySearchResults({ maxResults: 3 });\nexport const TOOLS = [searchTavily];\n`,
      'src/agent/graph.ts': `import { ChatOpenAI } from "@langchain/openai";\nimport { TOOLS } from "./tools.js";\nexport async function callModel(messages: string[]) {\n  ${graph}\n}\n`,
    });
    const found = async (graph: string) => (await scan(workspace(files(graph)))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await found('return new ChatOpenAI({ model: "m" }).bindTools(TOOLS).invoke(messages);'), ['src/agent/tools.ts:1:error']);
    assert.deepEqual(await found('console.log(TOOLS.length);\n  return new ChatOpenAI({ model: "m" }).invoke(messages);'), []);
  });
});

describe('a runnable with options bound, in TypeScript LangGraph', () => {
  const code = (receiver: string) => `import { initChatModel } from "langchain/chat_models/universal";
import { StateGraph } from "@langchain/langgraph";
const llm = await initChatModel();
async function callModel(state: any, config: any) {
  const store = getStoreFromConfigOrThrow(config);
  const memories = await store.search(["memories", config.configurable.userId], { limit: 10 });
  const sys = \`You are a friendly chatbot. What you know about the user: \${memories.map((m) => JSON.stringify(m.value)).join("\\n")}\`;
  const boundLLM = ${receiver}.bind({ tools, tool_choice: "auto" });
  return boundLLM.invoke([{ role: "system", content: sys }, ...state.messages]);
}
export const graph = new StateGraph({}).addNode("call_model", callModel);
`;
  const found = (receiver: string) => untrustedLines('src/memory_agent/graph.ts', code(receiver));

  it('`boundLLM = llm.bind({ tools })` then `boundLLM.invoke(…)`: memories read back from `@langchain/langgraph`’s store go into its system prompt (the TypeScript memory-agent template)', async () => {
    assert.deepEqual(await found('llm'), ['6:error']);
  });

  it('look-alike: `.bind` on a function that is no model', async () => {
    assert.deepEqual(await found('formatter'), []);
  });
});

describe('delimiters that label the slot itself', () => {
  const code = (template: string) => `import requests
from openai import OpenAI
INFO_PROMPT = """You are doing web research. You are trying to find out this information:
<info>
{info}
</info>
Based on the website content below, jot down some notes.
${template}"""
def notes(url, info):
    content = requests.get(url).text
    p = INFO_PROMPT.format(info=info, content=content[:40000])
    return OpenAI().responses.create(model="m", input=p)
`;
  const found = (template: string) => untrustedLines('app/notes.py', code(template));

  it('a page cut to a length but outside the template’s delimiters (they label another slot) is mixed in: a warning (the TypeScript data-enrichment template)', async () => {
    assert.deepEqual(await found('\n{content}'), ['11:warning']);
  });

  it('look-alike: the same page between its own labelled tags (`<Website content>…</Website content>`) and cut: mitigated', async () => {
    assert.deepEqual(await found('<Website content>\n{content}\n</Website content>'), []);
  });
});

describe('delimiters that label the slot itself, in a template another module holds', () => {
  it('`INFO_PROMPT` imported from prompts.ts, its {content} outside the delimiters: a warning; inside them: mitigated', async () => {
    const files = (content: string) => ({
      'src/prompts.ts': `export const INFO_PROMPT = \`You are doing web research for a user who wants this:\n<info>\n{info}\n</info>\nJot down notes about the website below.\n${content}\`;\n`,
      'src/tools.ts': `import OpenAI from "openai";\nimport { INFO_PROMPT } from "./prompts.js";\nexport async function notes(url: string, info: string) {\n  const page = await (await fetch(url)).text();\n  const p = INFO_PROMPT.replace("{info}", info).replace("{content}", page.slice(0, 50000));\n  return new OpenAI().responses.create({ model: "m", input: p });\n}\n`,
    });
    const found = async (content: string) => (await scan(workspace(files(content)))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await found('{content}'), ['src/tools.ts:4:warning']);
    assert.deepEqual(await found('<page>\n{content}\n</page>'), []);
  });
});

describe('a thread the person has alone with the app (Slack assistant threads and direct messages)', () => {
  const python = (decorator: string, guard: string) => `import openai
from slack_bolt import Assistant
assistant = Assistant()

${decorator}
def respond(payload, client, context, event):
    ${guard}
    replies = client.conversations_replies(channel=context.channel_id, ts=context.thread_ts)
    turns = [{"role": "user", "content": m["text"]} for m in replies["messages"]]
    openai.OpenAI().chat.completions.create(model="m", messages=[{"role": "system", "content": "Be brief."}, *turns])
`;
  const found = (decorator: string, guard = 'pass') => untrustedLines('listeners/assistant.py', python(decorator, guard));

  it('`conversations_replies` in an `@assistant.user_message` handler, or in one that checks `channel_type == "im"`, is the person’s own conversation: nothing', async () => {
    assert.deepEqual(await found('@assistant.user_message'), []);
    assert.deepEqual(await found('@app.event("message")', 'if event.get("channel_type") == "im": pass'), []);
    // An event listener registered elsewhere with an assistant-thread matcher: it sets the thread's status.
    assert.deepEqual(await found('', 'client.assistant_threads_setStatus(channel_id=context.channel_id, thread_ts=context.thread_ts, status="is typing...")'), []);
  });

  it('look-alike: the same replies read in a channel’s message handler are other people’s messages: a warning', async () => {
    assert.deepEqual(await found('@app.event("message")'), ['9:warning']);
  });

  it('TypeScript: `new Assistant({ userMessage })` reads its own thread; `app.message` in a channel reads other people’s', async () => {
    const code = (registration: string) => `import OpenAI from 'openai';
const openai = new OpenAI();
${registration} async ({ client, message }) => {
  const thread = await client.conversations.replies({ channel: message.channel, ts: message.thread_ts });
  const turns = thread.messages.map((m) => ({ role: 'user', content: m.text }));
  await openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: 'Be brief.' }, ...turns] });
}${registration.endsWith('(') ? ')' : ' })'};
`;
    assert.deepEqual(await untrustedLines('app.ts', code('const assistant = new Assistant({ userMessage:')), []);
    assert.deepEqual(await untrustedLines('app.ts', code("app.message(")), ['5:warning']);
  });
});

describe('a value written again replaces the one before it', () => {
  const code = (reset: string) => `import openai
def call_llm(thread):
    messages = [{"role": "system", "content": "Summarise."}]
    messages.extend(thread)
    return openai.OpenAI().chat.completions.create(model="m", messages=messages)

def respond(payload, client, say):
    if payload["text"] == "summary":
        history = client.conversations_history(channel="c", limit=50)
        turns = [{"role": "user", "content": history["messages"][0]["text"]}]
        say(call_llm(turns))
        return
${reset}
    turns.append({"role": "user", "content": "hello"})
    say(call_llm(turns))
`;
  it('a list reset to `[]` after a branch that returned no longer holds the channel history (Bolt’s assistant template)', async () => {
    assert.deepEqual(await untrustedLines('bot.py', code('    turns = []')), ['10:warning']);
  });

  it('look-alikes: `turns += []` adds to it, and a reset in an `else:` branch is another branch: both still carry it', async () => {
    assert.deepEqual(await untrustedLines('bot.py', code('    turns += []')), ['10:warning', '14:warning']);
    assert.deepEqual(await untrustedLines('bot.py', code('    if payload["text"]:\n        pass\n    else:\n        turns = []').replace('        return\n', '')), ['10:warning', '16:warning']);
  });
});

describe('messages an object of the app’s own class holds (a message builder)', () => {
  const builderTs = `export class MessageBuilder {
  messages: { role: string; content: string }[];
  constructor(systemContent: string) {
    this.messages = [{ role: 'system', content: systemContent }];
  }
  appendMessage(role: string, content: string, index = 1) {
    this.messages.splice(index, 0, { role, content });
  }
}
`;
  const routeTs = (role: string) => `import OpenAI from 'openai';
import { MessageBuilder } from './message-builder.js';
const openai = new OpenAI();
export async function POST(req: Request) {
  const { question } = await req.json();
  const page = await (await fetch('https://example.com/terms')).text();
  const builder = new MessageBuilder(\`Answer from the sources. \${page}\`);
  builder.appendMessage('${role}', \`\${question}\\nSources:\\n\${page}\`);
  const messages = builder.messages;
  return Response.json(await openai.chat.completions.create({ model: 'm', messages }));
}
`;
  const lines = async (files: Record<string, string>) =>
    (await scan(workspace(files))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`).sort();

  it('TypeScript: the constructor’s system message and `appendMessage(role, content)`’s message land by their roles (Azure’s RAG sample in JavaScript)', async () => {
    assert.deepEqual(await lines({ 'src/message-builder.ts': builderTs, 'src/route.ts': routeTs('user') }), ['src/route.ts:6:error', 'src/route.ts:7:warning']);
  });

  it('the role an argument gives decides: appended as `system`, the page is instructions', async () => {
    assert.deepEqual(await lines({ 'src/message-builder.ts': builderTs, 'src/route.ts': routeTs('system') }), ['src/route.ts:6:error', 'src/route.ts:7:error']);
  });

  it('Python: `self.messages.append({"role": role, "content": content})` in a Conversation class', async () => {
    const conversation = `class Conversation:\n    def __init__(self, system):\n        self.messages = [{"role": "system", "content": system}]\n\n    def add(self, role, content):\n        self.messages.append({"role": role, "content": content})\n`;
    const app = (added: string) => `import requests\nfrom openai import OpenAI\nfrom conversation import Conversation\n\ndef answer(url, question):\n    page = requests.get(url).text\n    conv = Conversation("Answer briefly.")\n    conv.add("user", ${added})\n    return OpenAI().chat.completions.create(model="m", messages=conv.messages)\n`;
    assert.deepEqual(await lines({ 'conversation.py': conversation, 'app.py': app('page') }), ['app.py:7:warning']);
    assert.deepEqual(await lines({ 'conversation.py': conversation, 'app.py': app('question') }), []);
  });

  it('look-alike: a class that keeps a list it never sends (`builder.log`) adds no message', async () => {
    const logged = builderTs.replace('this.messages.splice(index, 0, { role, content });', 'this.log.push({ role, content });').replace('messages: {', 'log: { role: string; content: string }[] = [];\n  messages: {');
    assert.deepEqual(await lines({ 'src/message-builder.ts': logged, 'src/route.ts': routeTs('user') }), ['src/route.ts:6:error']);
  });
});

describe('LangChain models by module, chain templates written out, and the app’s own files (a16z’s companion app)', () => {
  const companion = (model: string, read: string) => `import { ${model} } from 'langchain/llms/${model.toLowerCase()}';
import fs from 'node:fs';
export async function POST(req: Request) {
  const { name } = await req.json();
  const docs = await vectorStore.similaritySearch(name, 3);
  const preamble = fs.readFileSync(${read}, 'utf8');
  const llm = new ${model}({ model: 'm' });
  return llm.call(\`You are \${name}. \${preamble}\\nRelevant past: \${docs.map((d) => d.pageContent).join()}\`);
}
`;
  it('`new Replicate(…)` imported from `langchain/llms/replicate` is a model: `.call(text)` sends the retrieved documents', async () => {
    assert.deepEqual(await untrustedLines('app/api/chat/route.ts', companion('Replicate', "'companions/' + name + '.txt'")), ['7:warning']);
  });

  it('look-alike: a class of that name from another module is no model', async () => {
    assert.deepEqual(await untrustedLines('app/api/chat/route.ts', companion('Replicate', "'companions/x.txt'").replace("from 'langchain/llms/replicate'", "from './replicate'")), []);
  });

  it('a file the code names in the app’s folders (`companions/…`, `path.join(__dirname, "prompts", …)`) is the app’s; an absolute, upload or temporary path is someone else’s', async () => {
    const preambleOnly = (read: string) => companion('Replicate', read).replace('\\nRelevant past: ${docs.map((d) => d.pageContent).join()}', '');
    assert.deepEqual(await untrustedLines('app/api/chat/route.ts', preambleOnly("'companions/' + name + '.txt'")), []);
    assert.deepEqual(await untrustedLines('app/api/chat/route.ts', preambleOnly("path.join(__dirname, 'prompts', name)")), []);
    assert.deepEqual(await untrustedLines('app/api/chat/route.ts', preambleOnly("'/srv/shared/' + name")), ['7:warning']);
    assert.deepEqual(await untrustedLines('app/api/chat/route.ts', preambleOnly("'uploads/' + name")), ['7:warning']);
  });

  it('`new LLMChain({ prompt: PromptTemplate.fromTemplate(`…${docs}…`) }).call({ docs })`: the template took the documents in already; the input with no `{slot}` is not a second prompt', async () => {
    const chain = (template: string) => `import { OpenAI } from 'langchain/llms/openai';
import { LLMChain } from 'langchain/chains';
import { PromptTemplate } from 'langchain/prompts';
export async function POST(req: Request) {
  const { q } = await req.json();
  const docs = (await vectorStore.similaritySearch(q, 3)).map((d) => d.pageContent).join();
  const chain = new LLMChain({ llm: new OpenAI(), prompt: PromptTemplate.fromTemplate(${template}) });
  return chain.call({ docs });
}
`;
    assert.deepEqual(await untrustedLines('app/api/chat/route.ts', chain('`Answer from these notes: ${docs}`')), ['6:warning']);
    assert.deepEqual(await untrustedLines('app/api/chat/route.ts', chain("'Answer from these notes: {docs}'")), ['7:warning']);
  });
});

describe('a retrieval chain built with the library’s own QA prompt', () => {
  it('`ConversationalRetrievalChain.from_llm(llm, retriever=…)` with no prompt: the library’s default puts the documents in its instructions (reported where the chain is built); with the app’s prompt, where its {context} sits', async () => {
    const chain = (extra: string) => `from langchain.chains import ConversationalRetrievalChain
from langchain.chat_models import ChatOpenAI
from langchain.prompts import PromptTemplate

def build(store):
    return ConversationalRetrievalChain.from_llm(llm=ChatOpenAI(), retriever=store.as_retriever()${extra})
`;
    assert.deepEqual(await untrustedLines('app.py', chain('')), ['5:warning']);
    assert.deepEqual(await untrustedLines('app.py', `QA = PromptTemplate.from_template("Question: {question}")\n${chain(', combine_docs_chain_kwargs={"prompt": QA}')}`), []);
  });
});

describe('LangChain `RunnablePassthrough.assign` steps (a text-to-SQL chain)', () => {
  const app = (runs: string) => `from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnablePassthrough
from langchain_core.output_parsers import StrOutputParser
from langchain_groq import ChatGroq

def get_sql_chain(db):
    prompt = ChatPromptTemplate.from_template("Write SQL for the schema <SCHEMA>{schema}</SCHEMA>. Question: {question}")
    llm = ChatGroq(model="m")
    def get_schema(_):
        return db.get_table_info()
    return (RunnablePassthrough.assign(schema=get_schema) | prompt | llm | StrOutputParser())

def get_response(question, db):
    sql_chain = get_sql_chain(db)
    prompt = ChatPromptTemplate.from_template("Answer from the query <SQL>{query}</SQL> and its rows: {response}")
    chain = (
        RunnablePassthrough.assign(query=sql_chain).assign(response=lambda vars: ${runs})
        | prompt
        | ChatGroq(model="m")
        | StrOutputParser()
    )
    return chain.invoke({"question": question})
`;
  const lines = async (runs: string) => (await scanDocument({ file: 'app.py', text: app(runs) })).filter((f) => f.ruleId.startsWith('prompt/') || f.ruleId === 'llm/output-to-sink').map((f) => `${f.range.start.line}:${f.ruleId}`);

  it('the SQL a chain wrote (`assign(query=sql_chain)`) run by a later step’s `db.run(vars["query"])`; the table info, the rows and the query fill the templates’ slots', async () => {
    assert.deepEqual(await lines('db.run(vars["query"])'), [
      '9:prompt/untrusted-interpolation',
      '16:prompt/untrusted-interpolation',
      '16:llm/output-to-sink',
      '16:prompt/untrusted-interpolation',
    ]);
  });

  it('look-alike: a later step that runs only the app’s own query sends no model output to the database', async () => {
    // (Rows of names, not a count: a count is numbers since 2026-12-08, and this look-alike is about the sink.)
    assert.deepEqual(await lines('db.run("SELECT name FROM orders LIMIT 5")'), ['9:prompt/untrusted-interpolation', '16:prompt/untrusted-interpolation', '16:prompt/untrusted-interpolation']);
  });
});

describe('Streamlit’s session state, chain objects called directly, and the app’s settings folder', () => {
  it('`st.session_state.page` written in one function reaches a prompt built in another', async () => {
    const app = (page: string) => `import streamlit as st
import requests
from openai import OpenAI

def load(url):
    st.session_state.page = ${page}

def ask(q):
    system = f"Answer from this page: {st.session_state.page}"
    return OpenAI().chat.completions.create(model="m", messages=[{"role": "system", "content": system}, {"role": "user", "content": q}])
`;
    assert.deepEqual(await untrustedLines('app.py', app('requests.get(url).text')), ['8:error']);
    assert.deepEqual(await untrustedLines('app.py', app('"Our refund policy: 30 days."')), []);
  });

  it('a chain kept in `st.session_state` and called directly runs a model: its answer rendered with unsafe_allow_html is model output as HTML (ask-multiple-pdfs)', async () => {
    const app = (render: string) => `import streamlit as st
from langchain.chains import ConversationalRetrievalChain
from langchain.chat_models import ChatOpenAI

def get_chain(store):
    return ConversationalRetrievalChain.from_llm(llm=ChatOpenAI(), retriever=store.as_retriever())

def handle(question):
    response = st.session_state.conversation({"question": question})
    st.write(${render}, unsafe_allow_html=True)

def main(store):
    st.session_state.conversation = None
    st.session_state.conversation = get_chain(store)
`;
    const sinks = async (render: string) => (await scanDocument({ file: 'app.py', text: app(render) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('response["answer"]'), [9]);
    assert.deepEqual(await sinks('"<b>Done</b>"'), []);
  });

  it('a file in the app’s own settings folder in the home folder (`~/.anthropic`) is the app’s configuration, not someone else’s text', async () => {
    const app = (folder: string) => `from pathlib import PosixPath
from anthropic import Anthropic
CONFIG_DIR = ${folder}

def load(name):
    path = CONFIG_DIR / name
    return path.read_text().strip()

def run(q, tools):
    return Anthropic().messages.create(model="m", system=f"Be careful. {load('system_prompt')}", tools=tools, messages=[{"role": "user", "content": q}])
`;
    assert.deepEqual(await untrustedLines('app.py', app('PosixPath("~/.anthropic").expanduser()')), []);
    assert.deepEqual(await untrustedLines('app.py', app('PosixPath("/srv/inbox")')), ['9:error']);
  });

  it('a file beside the code (`Path(__file__).parent / "research.json"`) is the app’s; one in an uploads folder beside it is someone else’s', async () => {
    const app = (name: string) => `import json
from pathlib import Path
from anthropic import Anthropic
base = Path(__file__).parent

def run(q, tools):
    research = json.loads(Path(base / ${name}).read_text())
    return Anthropic().messages.create(model="m", system=f"Use this research: {research}", tools=tools, messages=[{"role": "user", "content": q}])
`;
    assert.deepEqual(await untrustedLines('app.py', app('"research.json"')), []);
    assert.deepEqual(await untrustedLines('app.py', app('"uploads/research.json"')), ['7:error']);
  });
});

describe('Flask/Quart `request.get_json()` and image parts of a message (Azure’s vision quickstart)', () => {
  const app = (part: string) => `from quart import request
from openai import AsyncOpenAI
client = AsyncOpenAI()

async def chat_handler():
    body = await request.get_json()
    image = body["context"]["file"]
    content = [{"type": "input_text", "text": "Describe it"}, ${part}]
    return await client.responses.create(model="m", input=[{"role": "user", "content": content}], tools=[{"type": "web_search"}])
`;
  it('an uploaded image appended as `{"type": "input_image", "image_url": …}` (or `image_url: { url }`) is someone else’s file in the user message', async () => {
    assert.deepEqual(await untrustedLines('app.py', app('{"type": "input_image", "image_url": image}')), ['7:error']);
    assert.deepEqual(await untrustedLines('app.py', app('{"type": "image_url", "image_url": {"url": image}}')), ['7:error']);
  });

  it('look-alike: an image part holding the app’s own picture', async () => {
    assert.deepEqual(await untrustedLines('app.py', app('{"type": "input_image", "image_url": "https://example.com/logo.png"}')), []);
  });
});

describe('a channel’s messages kept to the asking person’s own (a discord.js bot)', () => {
  const bot = (predicate: string) => `import OpenAI from 'openai';
const openai = new OpenAI();
export async function chat(interaction) {
  const fetched = await interaction.channel.messages.fetch({ limit: 100 });
  const mine = fetched.filter((m) => ${predicate});
  const history = mine.map((m) => ({ role: 'user', content: m.content }));
  return openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: 'Be brief.' }, ...history] });
}
`;
  it('`.filter((m) => m.author.id === interaction.user.id)`: the person’s own messages, their conversation: nothing', async () => {
    assert.deepEqual(await untrustedLines('bot.ts', bot('m.author.id === interaction.user.id')), []);
  });

  it('look-alike: `!==` keeps everyone else’s messages: other people’s text, a warning', async () => {
    assert.deepEqual(await untrustedLines('bot.ts', bot('m.author.id !== interaction.client.user.id')), ['6:warning']);
  });
});

describe('RediSearch vector queries are retrieval (Azure’s File Q&A port)', () => {
  it('`redis_index.ft(INDEX).search(query)`: the documents it returns are someone else’s text; `.info()` of the index is not', async () => {
    const app = (read: string) => `import openai

def answer(question, redis_index):
    results = redis_index.ft("files").${read}
    found = "".join(doc.text for doc in results.docs)
    return openai.ChatCompletion.create(messages=[{"role": "system", "content": "Answer from the files."}, {"role": "user", "content": f"{question}\\n{found}"}])
`;
    assert.deepEqual(await untrustedLines('app.py', app('search(query)')), ['5:warning']);
    assert.deepEqual(await untrustedLines('app.py', app('info()')), []);
  });
});

describe('a search helper whose code is not in sight is retrieval by its name; a text editor\'s search-and-replace is not (code-mcp)', () => {
  it('`search_docs(q)` returns someone else\'s documents; `search_and_replace(…)` edits the text it is given', async () => {
    const app = (call: string) => `import openai

def answer(question, draft):
    found = ${call}
    return openai.ChatCompletion.create(messages=[{"role": "system", "content": "Answer from the files."}, {"role": "user", "content": f"{question}\\n{found}"}])
`;
    assert.deepEqual(await untrustedLines('app.py', app('search_docs(question)')), ['4:warning']);
    assert.deepEqual(await untrustedLines('app.py', app('search_and_replace((question, "", draft))')), []);
    assert.deepEqual(await untrustedLines('app.py', app('searchAndReplace(draft, question)')), []);
  });
});

describe('Ollama’s JavaScript examples: tool functions written in the dispatch table, message images', () => {
  const loop = (webSearch: string) => `import { Ollama } from 'ollama'
const client = new Ollama()
async function main(tools: any) {
  const availableTools = {
    webSearch: async (args: { query: string }) => {
      const res = ${webSearch}
      return res
    },
  }
  const messages: any[] = [{ role: 'user', content: 'What is new?' }]
  while (true) {
    const response = await client.chat({ model: 'm', messages, tools })
    if (!response.message.tool_calls) break
    for (const toolCall of response.message.tool_calls) {
      const functionToCall = availableTools[toolCall.function.name]
      const output = await functionToCall(toolCall.function.arguments)
      messages.push({ role: 'tool', content: JSON.stringify(output).slice(0, 8000) })
    }
  }
}
`;

  it('a tool function written in the dispatch table (`{ webSearch: async (args) => … }`) returns its web search results to the model: an error in a loop with tools', async () => {
    assert.deepEqual(await untrustedLines('src/app.ts', loop('await client.webSearch(args)')), ['16:error']);
  });

  it('look-alike: the table’s function returns the app’s own data', async () => {
    assert.deepEqual(await untrustedLines('src/app.ts', loop("'Ollama 0.12 is out'")), []);
  });

  const image = (data: string) => `import ollama from 'ollama'
import { readFileSync } from 'fs'
export async function describe(path: string) {
  const base64Image = ${data}
  return ollama.chat({ model: 'm', messages: [{ role: 'user', content: 'Describe this image.', images: [base64Image] }] })
}
`;

  it('an image read from a path the caller gives, in a message’s `images`, is a file’s content in the user message', async () => {
    assert.deepEqual(await untrustedLines('src/app.ts', image("readFileSync(path).toString('base64')")), ['4:warning']);
  });

  it('look-alike: the app’s own bundled picture', async () => {
    assert.deepEqual(await untrustedLines('src/app.ts', image("readFileSync('assets/cat.jpg').toString('base64')")), []);
  });
});

describe('an index the app builds from its own documents (Pamela Fox’s RAG demos)', () => {
  const app = (source: string, searchBody = 'return index.search(query)') => `import csv
import requests
from lunr import lunr
from openai import OpenAI
rows = ${source}
documents = [{"id": i, "body": " ".join(row)} for i, row in enumerate(rows)]
index = lunr(ref="id", fields=["body"], documents=documents)

def search(query):
    ${searchBody}

def answer(question):
    matches = search(question)
    return OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": f"{question}\\nSources: {matches}"}])
`;

  it('a search of an index built in sight from the app’s bundled CSV, through a helper of the file, returns the app’s text', async () => {
    assert.deepEqual(await untrustedLines('rag.py', app('list(csv.reader(open("hybrid.csv")))')), []);
  });

  it('look-alike: the same index built from a page fetched from the web is someone else’s documents', async () => {
    assert.deepEqual(await untrustedLines('rag.py', app('[line.split(",") for line in requests.get(URL).text.splitlines()]')), ['13:warning']);
  });

  it('look-alike: a search helper whose code calls a service the catalogue does not know keeps the helper’s row', async () => {
    assert.deepEqual(await untrustedLines('rag.py', app('list(csv.reader(open("hybrid.csv")))', 'return knowledge_base.retrieve(query)')), ['13:warning']);
  });
});

describe('LlamaIndex: `structured_predict` fills a template from its keywords; `retriever.retrieve` returns documents (create-llama’s contract review)', () => {
  const app = (retrieve: string) => `from llama_index.core.prompts import ChatPromptTemplate
from app.config import MATCH_PROMPT

class Review:
    def __init__(self, guideline_retriever, llm):
        self.guideline_retriever = guideline_retriever
        self.llm = llm

    async def match(self, query, clause):
        docs = ${retrieve}
        guideline_text = "\\n\\n".join([d.get_content() for d in docs])
        prompt = ChatPromptTemplate.from_messages([("user", MATCH_PROMPT)])
        return await self.llm.astructured_predict(Check, prompt, clause_text=clause, guideline_text=guideline_text)
`;

  it('guidelines a retriever returns, filled into an imported template by `astructured_predict`, are mixed into its instruction text', async () => {
    assert.deepEqual(await untrustedLines('app/review.py', app('self.guideline_retriever.retrieve(query)')), ['12:warning']);
  });

  it('look-alike: the same call given the app’s own guideline text', async () => {
    assert.deepEqual(await untrustedLines('app/review.py', app('[GUIDELINE]')), []);
  });
});

describe('LlamaIndex workflows: events and the context carry values from step to step', () => {
  const app = (extracted: string) => `import requests
from llama_index.core.workflow import Context, Event, StartEvent, StopEvent, Workflow, step
from llama_index.core.prompts import PromptTemplate

class ExtractedEvent(Event):
    vendor: str

class Review(Workflow):
    @step
    async def extract(self, ctx: Context, ev: StartEvent) -> ExtractedEvent:
        vendor = ${extracted}
        return ExtractedEvent(vendor=vendor)

    @step
    async def remember(self, ctx: Context, ev: ExtractedEvent) -> StopEvent:
        await ctx.set("vendor_name", ev.vendor)
        return StopEvent(result=await self.report(ctx))

    async def report(self, ctx: Context):
        return await self.llm.apredict(PromptTemplate("Write the compliance report for vendor {vendor_name} and list each open issue."), vendor_name=await ctx.get("vendor_name"))
`;

  it('model output sent in an event, kept in the context by the step that receives it, and read back by another step is mixed into the report template', async () => {
    assert.deepEqual(await untrustedLines('app/workflow.py', app('(await self.llm.acomplete(f"Name the vendor in: {requests.get(ev.url).text}")).text')), ['10:warning', '19:warning']);
  });

  it('look-alike: the same chain carrying the app’s own vendor name', async () => {
    assert.deepEqual(await untrustedLines('app/workflow.py', app('"Acme"')), []);
  });
});

describe('a model method held in a variable (create-llama’s deep research)', () => {
  const app = (held: string) => `import requests
from llama_index.core.settings import Settings

async def report(url, stream):
    page = requests.get(url).text
    complete = ${held}
    return await complete(prompt=f"Write a report on this page and cite every claim: {page}")

async def summary(text):
    return await Settings.llm.acomplete(prompt="Summarise: " + text)
`;

  it('`complete = llm.astream_complete if stream else llm.acomplete`, then `complete(prompt=…)`, calls the model', async () => {
    assert.deepEqual(await untrustedLines('app/report.py', app('Settings.llm.astream_complete if stream else Settings.llm.acomplete')), ['6:warning']);
  });

  it('look-alike: a variable holding another object’s method', async () => {
    assert.deepEqual(await untrustedLines('app/report.py', app('printer.write if stream else printer.flush')), []);
  });
});

describe('instructor’s patched OpenAI client (`create_partial`, `create_iterable`, `create_with_completion`)', () => {
  const app = (method: string) => `import instructor
import requests
from openai import OpenAI
client = instructor.from_openai(OpenAI())

def chapters(url):
    return client.chat.completions.${method}(model="m", response_model=Chapters, messages=[{"role": "user", "content": requests.get(url).text}])
`;

  it('a web page sent with `create_partial` is someone else’s text in the user message', async () => {
    assert.deepEqual(await untrustedLines('app.py', app('create_partial')), ['6:warning']);
    assert.deepEqual(await untrustedLines('app.py', app('create_iterable')), ['6:warning']);
  });

  it('look-alike: a method of that name on another API', async () => {
    assert.deepEqual(await untrustedLines('app.py', app('create_partial').replace('client.chat.completions.', 'client.chat.records.')), []);
  });
});

describe('raw chat requests of the React Native AI server: Gemini inline data, a provider URL given elsewhere, an attached image', () => {
  const gemini = (data: string) => `import express from 'express'
const app = express()
const BASE = 'https://generativelanguage.googleapis.com/v1beta/models'
app.post('/img', async (req, res) => {
  const response = await fetch(\`\${BASE}/gemini-2.0:generateContent\`, {
    method: 'POST',
    body: JSON.stringify({ contents: [{ parts: [{ text: 'Describe it' }, { inline_data: { mime_type: 'image/png', data: ${data} } }] }] }),
  })
  res.json(await response.json())
})
`;

  it('an uploaded file’s bytes in Gemini’s `inline_data` part (the URL’s host in a constant) are a file’s content in the user message', async () => {
    assert.deepEqual(await untrustedLines('server/img.ts', gemini("req.file.buffer.toString('base64')")), ['6:warning']);
  });

  it('look-alike: the app’s own picture in `inline_data`', async () => {
    assert.deepEqual(await untrustedLines('server/img.ts', gemini("readFileSync('assets/logo.png').toString('base64')")), []);
  });

  const proxy = (field: string, body: string) => `import express from 'express'
const app = express()
app.post('/chat', async (req, res) => {
  const { ${field} } = req.body
  const response = await fetch(process.env.PROVIDER_URL, { method: 'POST', body: JSON.stringify(${body}) })
  res.json(await response.json())
})
`;

  it('a body with a model and its messages is a chat request whatever the URL; an attached `image` field is a file', async () => {
    assert.deepEqual(await untrustedLines('server/chat.ts', proxy('image', "{ model: 'm', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: image } }] }] }")), ['4:warning']);
  });

  it('look-alikes: a caption the person types is their own message; a body without a model and messages is no chat request', async () => {
    assert.deepEqual(await untrustedLines('server/chat.ts', proxy('caption', "{ model: 'm', messages: [{ role: 'user', content: caption }] }")), []);
    assert.deepEqual(await untrustedLines('server/chat.ts', proxy('image', "{ event: 'upload', payload: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: image } }] }] }")), []);
  });
});

describe('a list built up before it is placed in a message', () => {
  const app = (pushed: string) => `import express from 'express'
const app = express()
app.post('/img', async (req, res) => {
  const parts: any[] = []
  parts.push({ text: 'Describe the picture.' })
  parts.push(${pushed})
  const response = await fetch('https://generativelanguage.googleapis.com/v1beta/models/g:generateContent', {
    method: 'POST',
    body: JSON.stringify({ contents: [{ parts }] }),
  })
  res.json(await response.json())
})
`;

  it('what was pushed to `parts` before `contents: [{ parts }]` is in the message: an uploaded image there is a file’s content', async () => {
    assert.deepEqual(await untrustedLines('server/img.ts', app("{ inline_data: { mime_type: 'image/png', data: req.file.buffer.toString('base64') } }")), ['5:warning']);
  });

  it('look-alike: only the app’s own text pushed', async () => {
    assert.deepEqual(await untrustedLines('server/img.ts', app("{ text: 'Answer in one sentence.' }")), []);
  });
});

describe('a page of the app that fetches its own Express route', () => {
  const server = (answer: string) => `const express = require('express');
const OpenAI = require('openai');
const app = express();
const openai = new OpenAI();
app.use(express.json());
app.post('/api/chat', async (req, res) => {
  const page = await (await fetch(req.body.url)).text();
  const completion = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: \`Summarise: \${page}\` }] });
  res.json({ answer: ${answer} });
});
app.listen(3000);
`;
  const page = (render: string, method = "method: 'POST', ") => `async function ask(url) {
  const response = await fetch('/api/chat', { ${method}headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ url }) });
  const data = await response.json();
  document.getElementById('answer').${render} = data.answer;
}
`;
  const sinks = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);

  it('what the route sends (model output) reaches the page’s innerHTML, the chain walking from the model call to the page', async () => {
    const root = workspace({ 'server.js': server('completion.choices[0].message.content'), 'public/app.js': page('innerHTML') });
    const found = (await scan(root)).filter((f) => f.ruleId === 'llm/output-to-sink');
    assert.deepEqual(found.map((f) => `${f.file}:${f.range.start.line}`), ['public/app.js:3']);
    assert.deepEqual(found[0].related?.map((r) => r.file), ['server.js', 'public/app.js']);
  });

  it('look-alikes: the route sends the app’s own text; the page sets textContent; the page fetches with GET a route registered for POST', async () => {
    assert.deepEqual(await sinks({ 'server.js': server("'Done'"), 'public/app.js': page('innerHTML') }), []);
    assert.deepEqual(await sinks({ 'server.js': server('completion.choices[0].message.content'), 'public/app.js': page('textContent') }), []);
    assert.deepEqual(await sinks({ 'server.js': server('completion.choices[0].message.content'), 'public/app.js': page('innerHTML', '') }), []);
  });
});

describe('a page of the app that fetches its own Flask or FastAPI route', () => {
  const server = (decorator: string, answer: string) => `import requests
from flask import Flask, request, jsonify
from openai import OpenAI

app = Flask(__name__)
client = OpenAI()

${decorator}
def chat():
    page = requests.get(request.json["url"]).text
    completion = client.chat.completions.create(model="m", messages=[{"role": "user", "content": f"Summarise: {page}"}])
    return jsonify({"answer": ${answer}})
`;
  const script = `async function ask(url) {
  const response = await fetch('/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ url }) });
  const data = await response.json();
  document.getElementById('answer').innerHTML = data.answer;
}
`;
  const sinks = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);

  it('`@app.route("/chat", methods=["POST"])` (or FastAPI’s `@app.post("/chat")`) answers the page’s fetch: the model output it returns reaches innerHTML', async () => {
    assert.deepEqual(await sinks({ 'app.py': server('@app.route("/chat", methods=["POST"])', 'completion.choices[0].message.content'), 'static/script.js': script }), ['static/script.js:3']);
    assert.deepEqual(await sinks({ 'app.py': server('@app.post("/chat")', 'completion.choices[0].message.content'), 'static/script.js': script }), ['static/script.js:3']);
  });

  it('look-alikes: a route that answers with the app’s own text; a GET-only route the page does not post to', async () => {
    assert.deepEqual(await sinks({ 'app.py': server('@app.route("/chat", methods=["POST"])', '"Done"'), 'static/script.js': script }), []);
    assert.deepEqual(await sinks({ 'app.py': server('@app.route("/chat")', 'completion.choices[0].message.content'), 'static/script.js': script }), []);
  });
});

describe('a page that fetches its own server at a configured base URL', () => {
  const server = `const express = require('express');
const OpenAI = require('openai');
const app = express();
app.post('/api/chat', async (req, res) => {
  const page = await (await fetch(req.body.url)).text();
  const completion = await new OpenAI().chat.completions.create({ model: 'm', messages: [{ role: 'user', content: \`Summarise: \${page}\` }] });
  res.json({ answer: completion.choices[0].message.content });
});
`;
  const page = (base: string) => `const { ${base} = 'http://localhost:3000' } = import.meta.env;
async function ask(url) {
  const response = await fetch(\`\${${base}}/api/chat\`, { method: 'POST', body: JSON.stringify({ url }) });
  document.getElementById('answer').innerHTML = (await response.json()).answer;
}
`;
  const sinks = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);

  it('`${API_URL}/api/chat` is the app’s own route: its model output reaches the page’s innerHTML', async () => {
    assert.deepEqual(await sinks({ 'server.js': server, 'web/app.js': page('API_URL') }), ['web/app.js:3']);
  });

  it('look-alike: a base URL not named for the app’s own server (a third party’s API with the same path)', async () => {
    assert.deepEqual(await sinks({ 'server.js': server, 'web/app.js': page('PARTNER') }), []);
  });
});

describe('a page that fetches its own server at localhost or through a path constant', () => {
  const server = `from flask import Flask, request, jsonify
import requests
from openai import OpenAI
app = Flask(__name__)

@app.route("/chat", methods=["POST"])
def chat():
    page = requests.get(request.json["url"]).text
    completion = OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": f"Summarise: {page}"}])
    return jsonify({"answer": completion.choices[0].message.content})
`;
  const page = (setup: string, url: string) => `${setup}
async function ask(url) {
  const res = await fetch(${url}, { method: 'POST', body: JSON.stringify({ url }) });
  document.getElementById('answer').innerHTML = (await res.json()).answer;
}
`;
  const sinks = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);

  it('`http://127.0.0.1:5000/chat` and `const API_URL = "/chat"; fetch(API_URL)` reach the Flask route', async () => {
    assert.deepEqual(await sinks({ 'app.py': server, 'static/script.js': page('', "'http://127.0.0.1:5000/chat'") }), ['static/script.js:3']);
    assert.deepEqual(await sinks({ 'app.py': server, 'static/script.js': page("const API_URL = '/chat';", 'API_URL') }), ['static/script.js:3']);
  });

  it('look-alikes: another host’s /chat; a constant naming another path', async () => {
    assert.deepEqual(await sinks({ 'app.py': server, 'static/script.js': page('', "'https://partner.example.com/chat'") }), []);
    assert.deepEqual(await sinks({ 'app.py': server, 'static/script.js': page("const API_URL = '/status';", 'API_URL') }), []);
  });
});

describe('a page that fetches its own Azure Functions HTTP function', () => {
  const api = (name: string) => `const { app } = require('@azure/functions');
const { AzureOpenAI } = require('openai');
app.http('${name}', {
  methods: ['POST'],
  handler: async (request) => {
    const page = await (await fetch(await request.text())).text();
    const completion = await new AzureOpenAI().chat.completions.create({ model: 'm', messages: [{ role: 'user', content: \`Summarise: \${page}\` }] });
    return { body: completion.choices[0].message.content };
  },
});
`;
  const page = `const { API_URL = 'http://localhost:7071' } = import.meta.env;
async function ask(url) {
  const response = await fetch(\`\${API_URL}/api/assistant\`, { body: url, method: 'POST' });
  document.querySelector('#out').innerHTML = await response.text();
}
`;
  const sinks = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);

  it('`app.http("assistant", { handler })` answers `/api/assistant`: the model output it returns reaches the page’s innerHTML', async () => {
    assert.deepEqual(await sinks({ 'api/src/functions/assistant.js': api('assistant'), 'src/script.js': page }), ['src/script.js:3']);
  });

  it('look-alike: a function of another name', async () => {
    assert.deepEqual(await sinks({ 'api/src/functions/assistant.js': api('summary'), 'src/script.js': page }), []);
  });
});

describe('a page reading its own server’s answer through promise callbacks and a stream sink', () => {
  const server = `const express = require('express');
const OpenAI = require('openai');
const app = express();
app.post('/api/chat', async (req, res) => {
  const page = await (await fetch(req.body.url)).text();
  const completion = await new OpenAI().chat.completions.create({ model: 'm', messages: [{ role: 'user', content: \`Summarise: \${page}\` }] });
  res.send(completion.choices[0].message.content);
});
`;
  const sinks = async (page: string) => (await scan(workspace({ 'server.js': server, 'web/app.js': page }))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);
  const out = "document.querySelector('#out')";

  it('`.then((response) => response.text()).then((text) => { out.innerHTML = text })`: inline callbacks get what the promise resolves to', async () => {
    assert.deepEqual(await sinks(`function ask(url) {\n  fetch('/api/chat', { method: 'POST', body: url }).then((response) => response.text()).then((text) => { ${out}.innerHTML = text; });\n}\n`), ['web/app.js:1']);
  });

  it('`.then(show)`: a function of the file given to `.then` is called with it', async () => {
    assert.deepEqual(await sinks(`function show(text) {\n  ${out}.innerHTML = text;\n}\nfunction ask(url) {\n  fetch('/api/chat', { method: 'POST', body: url }).then((response) => response.text()).then(show);\n}\n`), ['web/app.js:4']);
  });

  it('`response.body.pipeTo(new WritableStream({ write(chunk) { … } }))`: the sink’s `write` gets the stream’s chunks', async () => {
    assert.deepEqual(await sinks(`async function ask(url) {\n  const response = await fetch('/api/chat', { method: 'POST', body: url });\n  await response.body.pipeTo(new WritableStream({\n    write(chunk) {\n      ${out}.innerHTML += new TextDecoder().decode(chunk);\n    },\n  }));\n}\n`), ['web/app.js:4']);
  });

  it('look-alikes: the same callbacks writing textContent; a `.then` callback that ignores its value', async () => {
    assert.deepEqual(await sinks(`function ask(url) {\n  fetch('/api/chat', { method: 'POST', body: url }).then((response) => response.text()).then((text) => { ${out}.textContent = text; });\n}\n`), []);
    assert.deepEqual(await sinks(`function ask(url) {\n  fetch('/api/chat', { method: 'POST', body: url }).then(() => { ${out}.innerHTML = '<b>Sent</b>'; });\n}\n`), []);
  });
});

describe('MCP servers whose tools build shell commands (published command injections: ios-simulator-mcp, mcp-server-kubernetes, git-mcp-server)', () => {
  const sinks = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);
  const mcp = `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nimport { z } from 'zod';\n`;

  it('`const execAsync = promisify(exec)` runs a shell: a tool argument in its command is model output reaching a shell', async () => {
    const tool = (run: string, call: string) => `${mcp}import { exec, execFile } from 'child_process';\nimport { promisify } from 'util';\nconst execAsync = promisify(${run});\nserver.tool('ui_type', 'Type text', { text: z.string() }, async ({ text }) => {\n  await execAsync(${call});\n  return { content: [{ type: 'text', text: 'typed' }] };\n});\n`;
    assert.deepEqual(await sinks({ 'src/index.ts': tool('exec', '`idb ui text ${text}`') }), ['src/index.ts:6']);
    assert.deepEqual(await sinks({ 'src/index.ts': tool('execFile', "'idb', ['ui', 'text', text]") }), [], 'look-alike: a promisified execFile given its arguments as a list runs no shell');
  });

  it("a command's output is the program's, not the model's text it was given: what a helper returns beside it is judged on its own (PolarVista's Xcode-mcp-server)", async () => {
    const kinds = async (logPath: string, language: 'ts' | 'py' = 'ts') => {
      const code =
        language === 'ts'
          ? `${mcp}import { exec } from 'child_process';\nimport { promisify } from 'util';\nimport { readFile } from 'fs/promises';\nconst execAsync = promisify(exec);\nasync function build(project: string) {\n  const { stdout } = await execAsync(\`xcodebuild -project "\${project}"\`);\n  return { output: stdout, logPath: ${logPath} };\n}\nserver.tool('build', 'Build', { project: z.string() }, async ({ project }) => {\n  const result = await build(project);\n  return { content: [{ type: 'text', text: await readFile(result.logPath, 'utf8') }] };\n});\n`
          : `import subprocess\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP("xcode")\n\ndef build(project: str):\n    out = subprocess.run(f"xcodebuild -project {project}", shell=True, capture_output=True, text=True).stdout\n    return ${logPath}, out\n\n@mcp.tool()\ndef build_project(project: str) -> str:\n    log_path, out = build(project)\n    return open(log_path).read()\n`;
      const found = await scan(workspace({ [language === 'ts' ? 'src/index.ts' : 'server.py']: code }));
      return [...new Set(found.filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => /reaches (a shell command|a file path)/.exec(f.message)?.[1]))].sort();
    };
    assert.deepEqual(await kinds('`/tmp/build-${Date.now()}.log`'), ['a shell command'], 'the log path is the server\'s own');
    assert.deepEqual(await kinds("'/tmp/build-' + stdout.length + '.log'"), ['a shell command'], 'built from the output only');
    assert.deepEqual(await kinds('`${project}/build.log`'), ['a file path', 'a shell command'], "look-alike: the model's project folder");
    assert.deepEqual(await kinds('"/tmp/build.log"', 'py'), ['a shell command'], 'Python');
    assert.deepEqual(await kinds('f"{project}/build.log"', 'py'), ['a file path', 'a shell command'], "Python look-alike: the model's folder");
  });

  it("a tool argument its zod schema or Python annotation makes a number, boolean or fixed choice carries no text of the model's into a command (create-mcp-server-stdio)", async () => {
    const tool = (schema: string, params: string, command: string) => `${mcp}import { exec } from 'child_process';\nserver.tool('which-app-on-port', ${schema}, async (${params}) => {\n  exec(\`${command}\`, () => {});\n  return { content: [{ type: 'text', text: 'ok' }] };\n});\n`;
    assert.deepEqual(await sinks({ 'src/index.ts': tool('{ port: z.number() }', '{ port }', 'lsof -t -i tcp:${port}') }), [], 'a number');
    assert.deepEqual(await sinks({ 'src/index.ts': tool("{ port: z.number().int().describe('TCP port') }", '{ port }', 'lsof -t -i tcp:${port}') }), [], 'a number, described');
    assert.deepEqual(await sinks({ 'src/index.ts': tool("'Which app', { signal: z.enum(['TERM', 'KILL']), pid: z.string() }", '{ signal }', 'kill -${signal} 1') }), [], 'one of fixed values, with a description first');
    assert.deepEqual(await sinks({ 'src/index.ts': tool('{ port: z.string() }', '{ port }', 'lsof -t -i tcp:${port}') }), ['src/index.ts:4'], 'look-alike: a string');
    assert.deepEqual(await sinks({ 'src/index.ts': tool('{ port: z.number().transform(String), host: z.string() }', '{ port }', 'lsof -t -i tcp:${port}') }), ['src/index.ts:4'], 'look-alike: transformed, it can be anything');
    assert.deepEqual(await sinks({ 'src/index.ts': tool('{ port: z.number(), host: z.string() }', '{ port, host }', 'nc ${host} ${port}') }), ['src/index.ts:4'], 'look-alike: a number beside a string');
    // The AI SDK's tool(): its parameters schema, its execute.
    const aiTool = (type: string) => `import { tool } from 'ai';\nimport { z } from 'zod';\nimport { execSync } from 'child_process';\nexport const lsof = tool({\n  description: 'Which app is on a port',\n  parameters: z.object({ port: ${type} }),\n  execute: async ({ port }) => execSync(\`lsof -t -i tcp:\${port}\`).toString(),\n});\n`;
    assert.deepEqual(await sinks({ 'src/tools.ts': aiTool('z.number()') }), [], "the AI SDK's tool with a number");
    assert.deepEqual(await sinks({ 'src/tools.ts': aiTool('z.string()') }), ['src/tools.ts:6'], 'look-alike: a string');
    // Python: a FastMCP tool's annotation is validated before the call.
    const pyTool = (annotation: string) => `import subprocess\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP("ports")\n\n@mcp.tool()\ndef which_app_on_port(port${annotation}) -> str:\n    return subprocess.run(f"lsof -t -i tcp:{port}", shell=True, capture_output=True, text=True).stdout\n`;
    assert.deepEqual(await sinks({ 'server.py': pyTool(': int') }), [], 'Python: port: int');
    assert.deepEqual(await sinks({ 'server.py': pyTool(': Literal["80", "443"]') }), [], 'Python: one of fixed values');
    assert.deepEqual(await sinks({ 'server.py': pyTool(': str') }), ['server.py:7'], 'look-alike: port: str');
    assert.deepEqual(await sinks({ 'server.py': pyTool('') }), ['server.py:7'], 'look-alike: no annotation');
  });

  it("Figma-Context-MCP (CVE-2025-53967): a tool object's handler, imported through a barrel, hands the model's key to a service class whose request helper runs curl through a shell", async () => {
    const helper = (run: string) => `import { exec, execFile } from 'child_process';\nimport { promisify } from 'util';\nconst execAsync = promisify(${run});\nexport async function fetchWithRetry(url: string) {\n  try {\n    return await (await fetch(url)).json();\n  } catch {\n    const { stdout } = await execAsync(${run === 'exec' ? '`curl -s "${url}"`' : "'curl', ['-s', url]"});\n    return JSON.parse(stdout);\n  }\n}\n`;
    const service = `import { fetchWithRetry } from '~/utils/fetch-with-retry.js';\nexport class FigmaService {\n  private readonly baseUrl = 'https://api.figma.com/v1';\n  private async request(endpoint: string) {\n    return fetchWithRetry(\`\${this.baseUrl}\${endpoint}\`);\n  }\n  async getRawFile(fileKey: string) {\n    return this.request(\`/files/\${fileKey}\`);\n  }\n}\n`;
    const tool = (read: string) => `import { z } from 'zod';\nimport { FigmaService } from '~/services/figma.js';\nconst parameters = { fileKey: z.string() };\nasync function getFigmaData(params: { fileKey: string }, figmaService: FigmaService) {\n  const { fileKey } = params;\n  const raw = await figmaService.getRawFile(${read});\n  return { content: [{ type: 'text' as const, text: JSON.stringify(raw).length.toString() }] };\n}\nexport const getFigmaDataTool = { name: 'get_figma_data', description: 'Get a file', parameters, handler: getFigmaData } as const;\n`;
    const server = `${mcp}import { FigmaService } from '../services/figma.js';\nimport { getFigmaDataTool } from './tools/index.js';\nexport function registerTools(server: McpServer, figmaService: FigmaService): void {\n  server.tool(getFigmaDataTool.name, getFigmaDataTool.description, getFigmaDataTool.parameters, (params: { fileKey: string }) =>\n    getFigmaDataTool.handler(params, figmaService));\n}\n`;
    const files = (run: string, read: string) => ({
      'src/utils/fetch-with-retry.ts': helper(run),
      'src/services/figma.ts': service,
      'src/mcp/tools/get-figma-data-tool.ts': tool(read),
      'src/mcp/tools/index.ts': "export { getFigmaDataTool } from './get-figma-data-tool.js';\nexport type { Other } from './types.js';\n",
      'src/mcp/index.ts': server,
    });
    const all = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}:${f.message.split('.')[0]}`);
    assert.deepEqual(await all(files('exec', 'fileKey')), ['src/mcp/index.ts:6:Model output reaches a shell command'], 'the shell only: the URL fetched is on the host the service fixes');
    assert.deepEqual(await all(files('execFile', 'fileKey')), [], 'look-alike: curl run with an argument list, no shell');
    assert.deepEqual(await all(files('exec', "'my-design-file'")), [], "look-alike: the handler asks for the app's own file");
  });

  it("Python: a function a package's __init__.py imports is found through the package (`from pkg import run_code`)", async () => {
    const server = (imported: string) => `from mcp.server.fastmcp import FastMCP\nfrom pkg import ${imported}\n\nmcp = FastMCP("runner")\n\n@mcp.tool()\ndef run(code: str) -> str:\n    return str(${imported}(code))\n`;
    const files = (imported: string) => ({ 'pkg/__init__.py': 'from .ops import run_code, describe\n', 'pkg/ops.py': 'def run_code(code):\n    return exec(code)\n\ndef describe(code):\n    return len(code)\n', 'server.py': server(imported) });
    assert.deepEqual(await sinks(files('run_code')), ['server.py:7']);
    assert.deepEqual(await sinks(files('describe')), [], 'look-alike: the package\'s other function only measures the text');
  });

  it("node-code-sandbox-mcp: text fetched into a field of an object the tool made, then returned in a list, is someone else's text for the model", async () => {
    const code = (value: string) => `${mcp}server.tool('types', 'Get the types of packages', { names: z.array(z.string()) }, async ({ names }) => {\n  const results: { name: string; types?: string }[] = [];\n  for (const name of names) {\n    const info: { name: string; types?: string } = { name };\n    const res = await fetch(\`https://unpkg.com/\${name}/index.d.ts\`);\n    if (res.ok) info.types = ${value};\n    results.push(info);\n  }\n  return { content: [{ type: 'text', text: results.map((r) => \`\${r.name}: \${r.types}\`).join('\\n') }] };\n});\n`;
    const untrusted = async (value: string) => (await scanDocument({ file: 'src/index.ts', text: code(value) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line);
    assert.deepEqual(await untrusted('await res.text()'), [10]);
    assert.deepEqual(await untrusted("'bundled'"), [], "look-alike: the field holds the app's own text");
  });

  it("magento2-dev-mcp's fix: each argument quoted by the app's own shellQuote in `args.map((a) => shellQuote(a)).join(' ')` runs no injected command", async () => {
    const code = (mapped: string) => `${mcp}import { exec } from 'child_process';\nfunction shellQuote(arg: string): string {\n  return "'" + arg.replace(/'/g, "'\\\\''") + "'";\n}\nfunction runPhp(args: string[]) {\n  exec(\`php get-plugins.php \${${mapped}.join(' ')}\`);\n}\nserver.registerTool('dev-plugin-list', { inputSchema: { className: z.string() } }, async ({ className }) => {\n  runPhp([process.cwd(), className]);\n  return { content: [] };\n});\n`;
    assert.deepEqual(await sinks({ 'src/index.ts': code('args.map((a) => shellQuote(a))') }), [], 'quoted, through a helper given the list');
    assert.deepEqual(await sinks({ 'src/index.ts': code('args.map(shellQuoteEach)').replace('function runPhp', 'const shellQuoteEach = (a: string) => a;\nfunction runPhp') }), ['src/index.ts:11'], 'look-alike: a function named for quoting that is not the quoting helper');
    assert.deepEqual(await sinks({ 'src/index.ts': code('args.map((a) => a.trim())') }), ['src/index.ts:10'], 'look-alike: trimmed, not quoted');
    assert.deepEqual(await sinks({ 'src/index.ts': code('args.map((a) => shellQuote(a) + a)') }), ['src/index.ts:10'], 'look-alike: quoted and then again unquoted');
  });

  it("a helper that fetches the URL it is given, given one on a host the app chose, fetches no URL the model chose", async () => {
    const code = (url: string) => `${mcp}async function getJson(url: string) {\n  return (await fetch(url)).json();\n}\nserver.tool('issue', 'Read an issue', { id: z.string(), url: z.string() }, async ({ id, url }) => {\n  const issue = await getJson(${url});\n  return { content: [{ type: 'text', text: String(issue.title).length.toString() }] };\n});\n`;
    assert.deepEqual(await sinks({ 'src/index.ts': code('`https://api.example.com/issues/${id}`') }), [], 'a fixed host, the model picks the path');
    assert.deepEqual(await sinks({ 'src/index.ts': code('url') }), ['src/index.ts:6'], "look-alike: the model's URL");
  });

  it('a tool registered as `server.tool<typeof S>(…)` hands its arguments, from a closure inside it, to a function in another file', async () => {
    const registration = (argument: string) => `${mcp}import { addFiles } from './logic.js';\nexport const register = async (server: McpServer) => {\n  server.tool<typeof Schema.shape>('git_add', 'Stage files', Schema.shape, async (validatedArgs, callContext) => {\n    return await ErrorHandler.tryCatch(async () => {\n      const result = await addFiles(${argument});\n      return { content: [{ type: 'text', text: JSON.stringify(result) }] };\n    });\n  });\n};\n`;
    const logic = `import { exec } from 'child_process';\nimport { promisify } from 'util';\nconst execAsync = promisify(exec);\nexport async function addFiles(input: { path: string }) {\n  const command = \`git -C "\${input.path}" add .\`;\n  return (await execAsync(command)).stdout;\n}\n`;
    assert.deepEqual(await sinks({ 'src/tools/registration.ts': registration('validatedArgs'), 'src/tools/logic.ts': logic }), ['src/tools/registration.ts:6']);
    assert.deepEqual(await sinks({ 'src/tools/registration.ts': registration('callContext'), 'src/tools/logic.ts': logic }), [], "look-alike: the tool's second parameter is the SDK's own request context, not the model's");
  });

  it("the low-level server: `request.params.arguments` of a CallToolRequestSchema handler, destructured, reaching a tool function in another file (its only one: the tool's own code, reported there)", async () => {
    const index = (read: string) => `import { Server } from '@modelcontextprotocol/sdk/server/index.js';\nimport { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nimport { kubectlScale } from './tools/kubectl-scale.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const { name, ${read} } = request.params;\n  if (name === 'kubectl_scale') return await kubectlScale(input as { name: string; replicas: number });\n});\n`;
    const scale = `import { execSync } from 'child_process';\nexport async function kubectlScale(input: { name: string; replicas: number }) {\n  const command = \`kubectl scale deployment \${input.name} --replicas=\${input.replicas}\`;\n  return execSync(command, { encoding: 'utf8' });\n}\n`;
    assert.deepEqual(await sinks({ 'src/index.ts': index('arguments: input = {}'), 'src/tools/kubectl-scale.ts': scale }), ['src/tools/kubectl-scale.ts:3']);
    assert.deepEqual(await sinks({ 'src/index.ts': index('_meta: input = {}'), 'src/tools/kubectl-scale.ts': scale }), [], "look-alike: the request's metadata is the client's, not the model's arguments");
  });

  it('a helper with several shell commands: one finding at the call, naming each of them, each in its related information', async () => {
    const logic = `import { execSync } from 'child_process';\nexport function commit(input: { path: string }) {\n  execSync(\`git -C "\${input.path}" add .\`);\n  execSync(\`git -C "\${input.path}" commit -m wip\`);\n}\n`;
    const root = workspace({ 'src/logic.ts': logic, 'src/index.ts': `${mcp}import { commit } from './logic.js';\nserver.tool('git_commit', 'Commit', { path: z.string() }, async (args) => {\n  commit(args);\n  return { content: [] };\n});\n` });
    const found = (await scan(root)).filter((f) => f.ruleId === 'llm/output-to-sink');
    assert.deepEqual(found.map((f) => `${f.file}:${f.range.start.line}`), ['src/index.ts:4']);
    assert.match(found[0].message, /reaches a shell command at src\/logic\.ts:3 and 4\./);
    assert.deepEqual(found[0].related!.filter((r) => r.file === 'src/logic.ts').map((r) => r.range.start.line), [2, 3]);
  });

  it('look-alike: a helper whose one shell command the parameter reaches twice (the command and the options beside it) names no list of places', async () => {
    const code = `${mcp}import { exec } from 'child_process';\nimport { promisify } from 'util';\nconst execAsync = promisify(exec);\nfunction shellFor(cmd: string) {\n  return { command: \`source venv/bin/activate && \${cmd}\`, options: { shell: '/bin/bash' } };\n}\nasync function runFile(filePath: string) {\n  const { command, options } = shellFor(\`python3 -u "\${filePath}"\`);\n  return execAsync(command, { cwd: '/tmp', ...options });\n}\nserver.tool('run', 'Run', {}, async ({ file }) => ({ content: [{ type: 'text', text: (await runFile(file)).stdout }] }));\n`;
    const found = (await scan(workspace({ 'src/index.ts': code }))).filter((f) => f.ruleId === 'llm/output-to-sink');
    assert.deepEqual(found.map((f) => `${f.file}:${f.range.start.line}`), ['src/index.ts:12']);
    assert.match(found[0].message, /^Model output reaches a shell command\. /, 'one place: no "at lines 11 and 11"');
    assert.equal(found[0].related!.filter((r) => /reaches a shell command/.test(r.message)).length, 1);
  });

  it("the low-level server's tools/call handler: what it returns is the tool's result, so a file's text there is judged like any tool's (not the model's own arguments echoed back)", async () => {
    const handler = (read: string, other = '') => `import { Server } from '@modelcontextprotocol/sdk/server/index.js';\nimport { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nimport { readFile } from 'node:fs/promises';\n${other}server.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const args = request.params.arguments as { path: string };\n  const text = ${read};\n  return { content: [{ type: 'text', text }] };\n});\n`;
    assert.deepEqual(await untrustedLines('src/server.ts', handler("await readFile(args.path, 'utf8')")), ['6:error']);
    assert.deepEqual(await untrustedLines('src/server.ts', handler('`Saved ${args.path}`')), [], "look-alike: the model's own argument echoed back");
    const files = (method: string) => workspace({
      'src/Markdownify.ts': `import fs from 'fs';\nexport class Markdownify {\n  static async get({ filePath }: { filePath: string }) {\n    const text = ${method};\n    return { path: filePath, text };\n  }\n}\n`,
      'src/server.ts': `import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nimport { Markdownify } from './Markdownify.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const args = request.params.arguments as { filepath: string };\n  const result = await Markdownify.get({ filePath: args.filepath });\n  return {\n    content: [\n      { type: 'text', text: \`Read \${args.filepath}\` },\n      { type: 'text', text: result.text },\n    ],\n  };\n});\n`,
    });
    const prompts = async (method: string) => (await scan(files(method))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await prompts("await fs.promises.readFile(filePath, 'utf-8')"), ['src/server.ts:8'], "the file read by a class in another file, at the part of the result that carries it (not the model's own path echoed beside it)");
    assert.deepEqual(await prompts('`# ${filePath}`'), [], 'look-alike: the class returns only the path it was given');
  });

  it("GitPython: the model's value as a whole argument of git is a possible option (the reference git server's CWE-88 advisory); after '--', as an option's value, or in a list of options built elsewhere it is not", async () => {
    const server = (body: string) => `import git\nfrom mcp.server import Server\nserver = Server("git")\n\n@server.call_tool()\nasync def call_tool(name: str, arguments: dict) -> list:\n    repo = git.Repo(REPOSITORY)\n    ${body}\n`;
    const sinks = async (body: string) => (await scanDocument({ file: 'server.py', text: server(body) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('repo.git.checkout(arguments["branch"])'), [7]);
    assert.deepEqual(await sinks('repo.git.diff("--unified=3", arguments["target"])'), [7], "an option with its value in one word leaves the next argument positional");
    assert.deepEqual(await sinks('repo.git.diff("--unified=3", "--", arguments["target"])'), [], "look-alike: after '--' git reads paths and revisions only");
    assert.deepEqual(await sinks('repo.git.log("--since", arguments["since"])'), [], "look-alike: the value of an option that takes one");
    assert.deepEqual(await sinks('contains = ("--contains", arguments["sha"])\n    repo.git.branch("-a", *contains)'), [], "look-alike: a spread tuple's value after its option");
    assert.deepEqual(await sinks('args = []\n    args.extend(["--until", arguments["until"]])\n    repo.git.log(*args)'), [], 'look-alike: a list of options built elsewhere (its items unknown)');
    assert.deepEqual(await sinks('target = arguments["target"]\n    repo.git.diff(*[target])'), [8], 'a spread list written out in place');
    assert.deepEqual(await sinks('git.Repo(arguments["repo_path"])'), [7], 'a repository opened where the model says');
    assert.deepEqual(await sinks('repo.index.add(arguments["files"])'), [7], 'files the model names, read into the index');
    const guarded = (check: string, use: string) => `target = arguments["target"]\n    if ${check}:\n        ${/raise|log/.test(check) ? '' : 'raise ValueError("no options")'}\n    ${use}`;
    assert.deepEqual(await sinks(guarded('target.startswith("-")', 'repo.git.diff(target)')), [], "look-alike: rejected when it starts with '-' (the advisory's fix)");
    assert.deepEqual(await sinks(guarded('target and target.startswith("-")', 'repo.git.diff(target)')), [], "look-alike: the fix's optional-value form");
    assert.deepEqual(await sinks('target = arguments["target"]\n    if target.startswith("-"):\n        print("odd")\n    repo.git.diff(target)'), [10], 'a check that only logs lets it through');
    assert.deepEqual(await sinks(guarded('target.startswith("-")', 'git.Repo(target)')), [10], "the check says nothing about a path: a repository opened there is still the model's choice");
  });

  it("JavaScript: git run with an argument list (execFile, spawn, execa) — the model's value as a whole item of the list is a possible option", async () => {
    const tool = (line: string) => `import { execFileSync } from 'node:child_process';\nimport { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nconst server = new McpServer({ name: 'g', version: '1' });\nserver.tool('checkout', { branch: z.string() }, async ({ branch }) => {\n  ${line}\n  return { content: [{ type: 'text', text: 'ok' }] };\n});\n`;
    const sinks = async (line: string) => (await scanDocument({ file: 'src/server.ts', text: tool(line) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks("execFileSync('git', ['checkout', branch]);"), [4]);
    assert.deepEqual(await sinks("execFileSync('git', ['checkout', '--', branch]);"), [], "look-alike: after '--'");
    assert.deepEqual(await sinks("execFileSync('git', ['commit', '-m', branch]);"), [], "look-alike: an option's value");
    assert.deepEqual(await sinks("execFileSync('git', ['log', `--since=${branch}`]);"), [], 'look-alike: inside an option written with its value');
    assert.deepEqual(await sinks("execFileSync('ls', ['-la', branch]);"), [], 'look-alike: another program (only git is catalogued)');
    assert.deepEqual(await sinks("if (branch.startsWith('-')) throw new Error('no options');\n  execFileSync('git', ['checkout', branch]);"), [], "look-alike: rejected when it starts with '-'");
    assert.deepEqual(await sinks("if (branch.startsWith('-')) console.warn('odd');\n  execFileSync('git', ['checkout', branch]);"), [5], 'a check that only logs lets it through');
    assert.deepEqual(await sinks("if (branch.startsWith('-')) throw new Error('no options');\n  execFileSync('git', ['-C', 'repo', 'checkout', branch]);\n  readFileSync(branch);"), [6], "the check says nothing about a path: the file read there is still the model's choice");
  });

  it("a path rejected unless an allowlist check passes (`if (!isPathAllowed(p)) throw`) is confined for file operations only; a check named only 'safe' says nothing", async () => {
    const tool = (line: string) => `import { promises as fs } from 'node:fs';\nimport { execSync } from 'node:child_process';\nimport { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nconst server = new McpServer({ name: 'f', version: '1' });\nserver.tool('write', { path: z.string() }, async ({ path: target }) => {\n  ${line}\n  return { content: [{ type: 'text', text: 'ok' }] };\n});\n`;
    const sinks = async (line: string) => (await scanDocument({ file: 'src/server.ts', text: tool(line) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks("await fs.writeFile(target, 'x');"), [5]);
    assert.deepEqual(await sinks("if (!isPathAllowed(target)) throw new Error('denied');\n  await fs.writeFile(path.resolve(target), 'x');"), [], 'look-alike: confined to the allowed folders (fast-filesystem-mcp)');
    assert.deepEqual(await sinks("if (!target || !utils.isAllowedPath(target)) return { error: 'denied' };\n  await fs.writeFile(target, 'x');"), [], "look-alike: either side of '||'");
    assert.deepEqual(await sinks("if (!isSafePath(target)) throw new Error('denied');\n  await fs.writeFile(target, 'x');"), [6], "a check named only 'safe' (code-mcp's lets '..' through)");
    assert.deepEqual(await sinks("if (!isPathAllowed(target)) console.warn('outside');\n  await fs.writeFile(target, 'x');"), [6], 'a check that only logs lets it through');
    assert.deepEqual(await sinks("if (!isPathAllowed(target)) throw new Error('denied');\n  execSync(`df -h \"${target}\"`);"), [6], 'the check says nothing about a shell: quotes and $(…) stay inside an allowed folder');
    const pyTool = (body: string) => `from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("files")\n\n@mcp.tool()\ndef write(path: str) -> str:\n    ${body}\n    return "ok"\n`;
    const pySinks = async (body: string) => (await scanDocument({ file: 'server.py', text: pyTool(body) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await pySinks('open(path, "w").write("x")'), [5]);
    assert.deepEqual(await pySinks('if not is_path_allowed(path):\n        raise ValueError("denied")\n    open(path, "w").write("x")'), [], 'look-alike: Python');
    assert.deepEqual(await pySinks('if not is_safe_path(path):\n        raise ValueError("denied")\n    open(path, "w").write("x")'), [7], "Python: a check named only 'safe'");
  });

  it("AssemblyAI: LeMUR sends the transcript beside its prompt (an uploaded recording's words: a warning), and the transcriber reads the path or URL it is given", async () => {
    const page = (audio: string) => `import assemblyai as aai\nimport streamlit as st\n\naudio = ${audio}\nst.session_state.transcript = aai.Transcriber().transcribe(audio)\nif question := st.chat_input("Ask"):\n    answer = st.session_state.transcript.lemur.task(f"Answer from the transcript: {question}")\n    st.markdown(answer.response)\n`;
    const prompts = async (audio: string) => (await scanDocument({ file: 'app.py', text: page(audio) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await prompts('st.file_uploader("Recording")'), ['6:warning'], "the audio analysis toolkit's shape: an uploaded recording");
    assert.deepEqual(await prompts('"recordings/all-hands.mp3"'), [], "look-alike: the app's own recording");
    const server = (location: string) => `import assemblyai as aai\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("audio")\n\n@mcp.tool()\ndef transcribe_audio(audio_location: str) -> str:\n    transcript = aai.Transcriber().transcribe(${location})\n    return "done"\n`;
    const sinks = async (location: string) => (await scanDocument({ file: 'server.py', text: server(location) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('audio_location'), [6], "the model's path or URL");
    assert.deepEqual(await sinks('"recordings/all-hands.mp3"'), [], "look-alike: the app's own recording");
  });

  it("a helper in another file that returns gitingest's repository text in a dict: the caller's prompt mixes it into instructions", async () => {
    const files = (source: string) => ({
      'ingestion.py': `${source}\n\ndef ingest_repo(url: str) -> dict:\n    summary, tree, content = ingest(url)\n    return {"summary": summary, "content": content}\n`,
      'service.py': 'from litellm import completion\n\ndef generate(request: str, context: dict):\n    prompt = f"Write code in the style of this repository:\\n{context[\'content\']}\\nRequest: {request}"\n    return completion(model="m", messages=[{"role": "user", "content": prompt}])\n',
      'app.py': 'from ingestion import ingest_repo\nfrom service import generate\n\ndef main(url: str, request: str):\n    return generate(request, ingest_repo(url))\n',
    });
    const found = async (source: string) => (await scan(workspace(files(source)))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await found('from gitingest import ingest'), ['app.py:4:warning']);
    assert.deepEqual(await found('from pipeline import ingest'), [], 'look-alike: the app\'s own ingest');
  });

  it('a sink imported by name or under another module name (`from shutil import rmtree`, `import subprocess as sp`) is the same sink; a same-named function of another module is not', async () => {
    const pyTool = (imports: string, body: string) => `${imports}\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("repos")\n\n@mcp.tool()\ndef fetch_repo(repo_url: str) -> str:\n    ${body}\n    return "ok"\n`;
    const sinks = async (imports: string, body: string) => (await scanDocument({ file: 'server.py', text: pyTool(imports, body) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.range.start.line}:${/reaches (?:a |an )?([\w ]+?)\./.exec(f.message)?.[1]}`);
    // The documentation writer flow's shape: `from shutil import rmtree` of a folder named from the model's URL.
    assert.deepEqual(await sinks('from shutil import rmtree', 'rmtree(f"workdir/{repo_url.split(\'/\')[-1]}")'), ['6:file path']);
    assert.deepEqual(await sinks('from os import remove', 'remove(repo_url)'), ['6:file path']);
    assert.deepEqual(await sinks('from subprocess import run', 'run(f"git clone {repo_url}", shell=True)'), ['6:shell command']);
    assert.deepEqual(await sinks('import subprocess as sp', 'sp.run(f"git clone {repo_url}", shell=True)'), ['6:shell command']);
    assert.deepEqual(await sinks('from repos import rmtree', 'rmtree(repo_url)'), [], "look-alike: the app's own helper module's function of that name");
    assert.deepEqual(await sinks('from shutil import rmtree', 'rmtree("workdir/cache")'), [], "look-alike: the app's own folder");
  });

  it("a function registered as a tool with `mcp.tool(fn)` — in its own file or imported from another — takes the model's arguments, also when it remakes them from themselves", async () => {
    const ops = (body: string) => `from sympy import sympify\n\ndef algebra_operation(expr: str) -> str:\n    ${body}\n    return str(sympify(expr))\n`;
    const server = 'from fastmcp import FastMCP\nfrom pkg.ops import algebra_operation\n\nsympy_mcp = FastMCP(name="sympy")\nsympy_mcp.tool(algebra_operation, description="Do algebra")\n';
    const sinks = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await sinks({ 'pkg/ops.py': ops('pass'), 'pkg/server.py': server }), ['pkg/ops.py:4'], "fermat-mcp: the tool's function in another module");
    assert.deepEqual(await sinks({ 'pkg/ops.py': ops('expr = expr.strip()'), 'pkg/server.py': server }), ['pkg/ops.py:4'], 'the argument remade from itself is still the model\'s');
    assert.deepEqual(await sinks({ 'pkg/ops.py': ops('expr = "x**2"'), 'pkg/server.py': server }), [], "look-alike: the argument replaced by the app's own text");
    assert.deepEqual(await sinks({ 'pkg/ops.py': ops('pass') }), [], 'look-alike: a function no one registers as a tool');
    const same = 'from fastmcp import FastMCP\nfrom sympy import sympify\n\ndef calc(expr: str) -> str:\n    return str(sympify(expr))\n\nm = FastMCP(name="m")\nm.tool(calc, description="calc")\n';
    assert.deepEqual(await sinks({ 'calc.py': same }), ['calc.py:4'], 'in its own file, registered by name (no decorator for the prefilter to see)');
    const decorated = (decorator: string) => `from fastmcp import FastMCP\n\ncalc_mcp = FastMCP(name="calc")\n\n@calc_mcp.${decorator}\ndef calc(expr: str) -> str:\n    return str(eval(expr))\n`;
    assert.deepEqual(await sinks({ 'calc.py': decorated('tool()') }), ['calc.py:6'], 'a FastMCP instance under any name, decorating with .tool()');
    assert.deepEqual(await sinks({ 'calc.py': decorated('resource("calc://{expr}")') }), [], 'look-alike: a resource, which the person picks (the corpus does not label resources)');
  });

  it("a function a factory method defines and returns, kept in an attribute (`self._llm_fn = self._build_default_llm()`), runs when the attribute is called", async () => {
    const enricher = (inner: string) => `import requests\nfrom langchain_google_genai import ChatGoogleGenerativeAI\nPROMPT = """You are a code documentation expert. Write a concise summary that describes what it does.\nDocstring: {docstring}\nSummary:"""\n\nclass Enricher:\n    def __init__(self, llm_fn=None):\n        self._llm_fn = llm_fn or self._build_default_llm()\n\n    @staticmethod\n    def _build_default_llm():\n        model = ChatGoogleGenerativeAI(model="gemini")\n        def call(prompt):\n            ${inner}\n        return call\n\n    def enrich(self, url):\n        doc = requests.get(url).json()\n        return self._llm_fn(PROMPT.format(docstring=doc.get("docstring", "")))\n`;
    const found = async (inner: string) => (await scanDocument({ file: 'enricher.py', text: enricher(inner) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line);
    assert.deepEqual(await found('return model.invoke([{"role": "user", "content": prompt}]).content'), [19], "XMem's enricher: a fetched docstring in the summariser's instructions");
    assert.deepEqual(await found('return prompt.upper()'), [], 'look-alike: the returned function calls no model');
  });

  it("a decorator of the app's own that calls LangChain's tool() makes what it decorates a tool, in another file too; a tool's result record runs no tool", async () => {
    const registry = 'from langchain.agents import tool\n\ndef regist_tool(*args, title=""):\n    def wrapper(fn):\n        return tool(*args)(fn)\n    return wrapper\n';
    const plain = 'def regist_tool(*args, title=""):\n    def wrapper(fn):\n        REGISTRY.append(fn)\n        return fn\n    return wrapper\n';
    const shell = 'import subprocess\nfrom .tools_registry import regist_tool\n\n@regist_tool(title="shell")\ndef shell(query: str):\n    return BaseToolOutput(subprocess.run(query, shell=True, capture_output=True).stdout)\n';
    const found = async (reg: string) => (await scan(workspace({ 'tools/__init__.py': '', 'tools/tools_registry.py': reg, 'tools/shell.py': shell }))).map((f) => `${f.file}:${f.range.start.line}:${f.ruleId}`);
    assert.deepEqual(await found(registry), ['tools/shell.py:5:llm/output-to-sink'], "Langchain-Chatchat's @regist_tool: the command is the model's; the command's output wrapped in BaseToolOutput is no tool result");
    assert.deepEqual(await found(plain), [], 'look-alike: a registry decorator that makes no tool');
  });

  it("SQLDatabaseChain runs its model's SQL on the database it is given, unless that database is opened read-only where it is built", async () => {
    const tool = (db: string) => `from langchain_core.tools import tool\nfrom langchain_experimental.sql import SQLDatabaseChain\n\n@tool\ndef text2sql(query: str, read_only: bool = False):\n    """Chat with the database."""\n    ${db}\n    return SQLDatabaseChain.from_llm(llm, db).invoke(query)\n`;
    const sinks = async (db: string) => (await scanDocument({ file: 'text2sql.py', text: tool(db) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('db = SQLDatabase.from_uri(config["uri"])'), [7], "Langchain-Chatchat's text2sql: a writable database by default");
    assert.deepEqual(await sinks('db = SQLDatabase.from_uri(config["uri"]) if read_only else SQLDatabase.from_uri(config["uri"])'), [7], 'a flag named read_only opens nothing read-only');
    assert.deepEqual(await sinks('db = SQLDatabase.from_uri("sqlite:///file:data.db?mode=ro&uri=true")'), [], 'look-alike: SQLite opened read-only');
    assert.deepEqual(await sinks('db = SQLDatabase(create_engine(url, execution_options={"postgresql_readonly": True}))'), [], 'look-alike: a read-only engine option');
  });

  it("a function run in a thread or an executor with arguments given beside it (`Thread(target=run, args=(code,))`), or by a wrapper applied to it (`func_set_timeout(20)(run)(code)`), is a call of it with them", async () => {
    const agent = (body: string) => `import threading\nfrom concurrent.futures import ThreadPoolExecutor\nfrom openai import OpenAI\nclient = OpenAI()\n\ndef run(cmd):\n    exec(cmd)\n\ndef plan(question):\n    code = client.chat.completions.create(model="m", messages=[{"role": "user", "content": question}]).choices[0].message.content\n    ${body}\n`;
    const sinks = async (body: string) => (await scanDocument({ file: 'agent.py', text: agent(body) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('threading.Thread(target=run, args=(code,)).start()'), [10], "the planner's code run in a thread (MindSearch)");
    assert.deepEqual(await sinks('ThreadPoolExecutor().submit(run, code)'), [], 'a receiver not named for an executor or pool says nothing');
    assert.deepEqual(await sinks('executor = ThreadPoolExecutor()\n    executor.submit(run, code)'), [11]);
    assert.deepEqual(await sinks('await asyncio.to_thread(run, code)'), [10]);
    assert.deepEqual(await sinks('threading.Thread(target=run, args=("print(1)",)).start()'), [], "look-alike: the app's own code");
    assert.deepEqual(await sinks('threading.Thread(target=print, args=(code,)).start()'), [], 'look-alike: a function with no sink');
    assert.deepEqual(await sinks('func_set_timeout(20)(run)(code)'), [10], "a wrapper applied to the function and called at once (lagent's PythonInterpreter)");
    assert.deepEqual(await sinks('retry(run)(code)'), [10]);
    assert.deepEqual(await sinks('partial(run, "print(1)")(code)'), [], 'a wrapper given more than the function: where the arguments land is not known');
    assert.deepEqual(await sinks('func_set_timeout(20)(print)(code)'), [], 'look-alike: a wrapped function with no sink');
  });

  it("an attachment the person sends, turned into a message's image part by a helper that maps the conversation, is an uploaded file; a file's name in text is not", async () => {
    const route = (helper: string, use = 'toMessages(messages)') => `import Anthropic from '@anthropic-ai/sdk';\nimport type { Request, Response } from 'express';\nconst client = new Anthropic();\n${helper}\nexport async function chat(req: Request, res: Response) {\n  const { messages } = req.body;\n  res.json(await client.messages.create({ model: 'm', max_tokens: 100, messages: ${use} }));\n}\n`;
    const findings = async (helper: string, use?: string) => (await scanDocument({ file: 'src/chat.ts', text: route(helper, use) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.related?.[0]?.message}`);
    const anthropic = "function toMessages(messages: any[]) {\n  return messages.map((m) => m.image ? { role: m.role, content: [{ type: 'image', source: { type: 'base64', media_type: m.image.mimeType, data: m.image.data } }, { type: 'text', text: m.content }] } : { role: m.role, content: m.content });\n}";
    assert.deepEqual(await findings(anthropic), ['8:Source: uploaded file.'], "Anthropic's image part (React Native AI's server)");
    const gemini = "function toMessages(messages: any[]) {\n  return messages.map((m) => {\n    const parts: any[] = [{ text: m.content }];\n    if (m.image) parts.push({ inline_data: { mime_type: m.image.mimeType, data: m.image.data } });\n    return { role: m.role, parts };\n  });\n}";
    assert.deepEqual(await findings(gemini), ['12:Source: uploaded file.'], "a part pushed onto the list it returns (Gemini's inline_data)");
    assert.deepEqual(await findings("function toMessages(messages: any[]) {\n  return messages.map((m) => ({ role: m.role, content: m.content }));\n}"), [], "look-alike: the person's own turns, passed through");
    const named = "function toMessages(messages: any[]) {\n  return messages.map((m) => ({ role: m.role, content: `${m.content} (File: ${m.file})` }));\n}";
    assert.deepEqual(await findings(named), [], "look-alike: a field named file written into text is a file's name (E2B Fragments' templates)");
  });

  it("a file read is someone else's text unless the app names it in its own folders, made absolute or not, or its operator names it on the command line", async () => {
    const answer = (body: string) => `from openai import OpenAI\nclient = OpenAI()\n\ndef answer(question, path, tools):\n    ${body}\n    return client.responses.create(model="m", tools=tools, instructions=f"Answer from: {text}", input=question)\n`;
    const sources = async (body: string) => (await scanDocument({ file: 'app.py', text: answer(body) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.related?.[0]?.message);
    assert.deepEqual(await sources('text = open(path).read()'), ['Source: file contents.']);
    assert.deepEqual(await sources('text = open("prompts/context.md").read()'), [], "look-alike: the app's own file, by a relative path in the code");
    assert.deepEqual(await sources('text = open(os.path.abspath(f"prompts/{question[:0]}rules.md")).read()'), [], 'look-alike: the same, made absolute (gpt-migrate)');
    assert.deepEqual(await sources('text = open(os.path.abspath(path)).read()'), ['Source: file contents.'], 'any path made absolute is still any path');
    assert.deepEqual(await sources('args = parser.parse_args()\n    text = open(args.spec).read()'), [], 'look-alike: a file its operator names on the command line (smol-developer)');
    assert.deepEqual(await sources('text = open(sys.argv[1]).read()'), [], 'look-alike: the same, from sys.argv');
    assert.deepEqual(await sources('args = load_settings()\n    text = open(args.spec).read()'), ['Source: file contents.'], 'an object named args that is no parsed command line');
  });

  it("a conditional's test picks a branch and is not its value (`backup ? `${file}.bak` : null`); a branch still carries what it holds", async () => {
    const tool = (lines: string) => `import { promises as fs } from 'node:fs';\nimport { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nconst server = new McpServer({ name: 'f', version: '1' });\nserver.tool('edit', { backup: z.boolean(), alt: z.string() }, async ({ backup, alt }) => {\n  const file = '/srv/data/notes.txt';\n  ${lines}\n  return { content: [{ type: 'text', text: 'ok' }] };\n});\n`;
    const sinks = async (lines: string) => (await scanDocument({ file: 'src/server.ts', text: tool(lines) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks("const copy = backup ? `${file}.bak` : null;\n  await fs.copyFile(file, copy!);"), [], 'look-alike: the model only chooses whether');
    assert.deepEqual(await sinks('const copy = backup ? alt : `${file}.bak`;\n  await fs.copyFile(file, copy);'), [6], "a branch holding the model's path");
    const pyTool = (body: string) => `from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("files")\n\n@mcp.tool()\ndef edit(backup: bool, alt: str) -> str:\n    name = "/srv/data/notes.txt"\n    ${body}\n    return "ok"\n`;
    const pySinks = async (body: string) => (await scanDocument({ file: 'server.py', text: pyTool(body) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await pySinks('copy = f"{name}.bak" if backup else name\n    open(copy, "w").write("x")'), [], 'look-alike: Python');
    assert.deepEqual(await pySinks('copy = alt if backup else name\n    open(copy, "w").write("x")'), [7], "Python: a branch holding the model's path");
  });

  it("rows read through a client taken from a pool (`(await pool.connect()).query(…)`) are database content; an API client's query is not", async () => {
    const server = (setup: string) => `import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  ${setup}\n  const result = await client.query('SELECT body FROM tickets');\n  return { content: [{ type: 'text', text: result.rows[0].body }] };\n});\n`;
    assert.deepEqual(await untrustedLines('src/server.ts', server('const client = await pool.connect();')), ['4:error']);
    assert.deepEqual(await untrustedLines('src/server.ts', server('const client = await db.getConnection();')), ['4:error'], "mysql2's pooled connection");
    assert.deepEqual(await untrustedLines('src/server.ts', server('const client = createApolloClient();')), [], "look-alike: a GraphQL client's query");
  });

  it('tools written as objects with a handler, picked from a table by the tool\'s name (`allTools[name].handler(args)`): every handler of the objects it spreads, in other files or this one', async () => {
    const network = `import { exec } from 'node:child_process';\nimport { promisify } from 'node:util';\nconst execAsync = promisify(exec);\nexport const networkTools = {\n  pingHost: {\n    inputSchema: { type: 'object', properties: { host: { type: 'string' } } },\n    handler: async ({ host }: { host: string }) => ({ content: [{ type: 'text', text: (await execAsync(\`ping -c 4 \${host}\`)).stdout }] }),\n  },\n  traceroute: {\n    inputSchema: { type: 'object', properties: { host: { type: 'string' } } },\n    handler: async ({ host }: { host: string }) => ({ content: [{ type: 'text', text: (await execAsync(\`traceroute \${host}\`)).stdout }] }),\n  },\n};\n`;
    const index = (table: string) => `import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nimport { networkTools } from './tools/network.js';\nimport { dateTools } from './tools/datetime.js';\nconst allTools = ${table};\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const tool = allTools[request.params.name as keyof typeof allTools];\n  return await tool.handler(request.params.arguments);\n});\n`;
    const dates = `export const dateTools = {\n  now: { inputSchema: {}, handler: async () => ({ content: [{ type: 'text', text: new Date().toISOString() }] }) },\n};\n`;
    const files = (table: string) => workspace({ 'src/tools/network.ts': network, 'src/tools/datetime.ts': dates, 'src/index.ts': index(table) });
    const found = (await scan(files('{ ...dateTools, ...networkTools }'))).filter((f) => f.ruleId === 'llm/output-to-sink');
    assert.deepEqual(found.map((f) => `${f.file}:${f.range.start.line}`), ['src/index.ts:6']);
    assert.match(found[0].message, /reaches a shell command at src\/tools\/network\.ts:7 and 11\./, 'each tool the model may pick is named');
    assert.deepEqual(await sinks({ 'src/tools/network.ts': network, 'src/tools/datetime.ts': dates, 'src/index.ts': index('{ ...dateTools }') }), [], 'look-alike: a table of tools that run no shell');
    const local = (run: string) => `import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nimport { exec } from 'node:child_process';\nconst tools = {\n  ping: { handler: async (args: { host: string }) => exec(${run}) },\n};\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const tool = tools[request.params.name];\n  return tool.handler(request.params.arguments);\n});\n`;
    assert.deepEqual(await sinks({ 'src/index.ts': local('`ping -c 4 ${args.host}`') }), ['src/index.ts:7'], 'the table written in the same file');
    assert.deepEqual(await sinks({ 'src/index.ts': local("'ping -c 4 localhost'") }), [], 'look-alike: its handler runs a fixed command');
  });

  it('a URL variable given the model\'s URL or, failing that, a path on the app\'s own host: opening it opens what the model chose', async () => {
    const shot = (first: string) => `${mcp}import puppeteer from 'puppeteer';\nserver.tool('shot', 'Screenshot', { url: z.string() }, async (args) => {\n  let finalUrl = ${first};\n  if (!finalUrl) finalUrl = \`http://localhost:3000/\${args.relativePath}\`;\n  const page = await (await puppeteer.launch()).newPage();\n  await page.goto(finalUrl);\n  return { content: [] };\n});\n`;
    assert.deepEqual(await sinks({ 'src/index.ts': shot('args.url') }), ['src/index.ts:7']);
    assert.deepEqual(await sinks({ 'src/index.ts': shot('`https://docs.example.com/${args.page}`') }), [], 'look-alike: both values are paths on hosts the app chose');
  });

  it('look-alike: a call that may run one of several functions of that name (the type unknown) is one finding', async () => {
    const db = (name: string) => `export class ${name} {\n  run_sql(sql: string) {\n    return this.cursor.execute(sql);\n  }\n}\n`;
    const root = workspace({ 'src/snowflake.ts': db('Snowflake'), 'src/postgres.ts': db('Postgres'), 'src/index.ts': `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function ask(store: any, q: string) {\n  const r = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: q }] });\n  return store.run_sql(r.choices[0].message.content);\n}\n` });
    assert.equal((await scan(root)).filter((f) => f.ruleId === 'llm/output-to-sink').length, 1);
  });
});

describe('a value checked against a list before it is used (the allowlist the sink advice asks for)', () => {
  it('TypeScript: `if (!ALLOWED.includes(kind)) throw …` makes kind one of the list; reads before the check, an unchecked argument and a check that does not leave stay findings', async () => {
    const code = `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { execSync } from 'child_process';
const ALLOWED = ['pods', 'services'];
server.tool('get', 'Get', {}, async ({ kind, name }) => {
  if (!ALLOWED.includes(kind)) throw new Error(\`unknown \${kind}\`);
  execSync(\`kubectl get \${kind}\`);
  execSync(\`kubectl get pods \${name}\`);
});
server.tool('before', 'Get', {}, async ({ kind }) => {
  execSync(\`kubectl get \${kind}\`);
  if (ALLOWED.indexOf(kind) === -1) return;
});
server.tool('logged', 'Get', {}, async ({ kind }) => {
  if (!new Set(ALLOWED).has(kind)) console.warn('unknown kind');
  execSync(\`kubectl get \${kind}\`);
});
`;
    const lines = (await scanDocument({ file: 'src/server.ts', text: code })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(lines, [6, 9, 14]);
  });

  it('Python: `if kind not in ALLOWED: raise …` (and `not (kind in ALLOWED)`)', async () => {
    const code = (check: string) => `import subprocess
from mcp.server.fastmcp import FastMCP
mcp = FastMCP("k")
ALLOWED = {"pods", "services"}

@mcp.tool()
def get(kind: str) -> str:
    if ${check}:
        raise ValueError(f"unknown {kind}")
    return subprocess.run(f"kubectl get {kind}", shell=True).stdout
`;
    const sinks = async (text: string) => (await scanDocument({ file: 'app/server.py', text })).filter((f) => f.ruleId === 'llm/output-to-sink').length;
    assert.equal(await sinks(code('kind not in ALLOWED')), 0);
    assert.equal(await sinks(code('not (kind in ALLOWED)')), 0);
    assert.equal(await sinks(code('kind in ALLOWED')), 1, 'look-alike: the check leaves when the value is allowed');
    assert.equal(await sinks(code('len(kind) > 40')), 1, 'look-alike: a length check lets any short command through');
  });
});

describe("LlamaIndex's own question-answering prompt over an index built from someone else's text", () => {
  const warnings = async (file: string, text: string) => (await scanDocument({ file, text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}:${/\(([^)]+)\)/.exec(f.message)?.[1]}`);

  it('Python: a fetched page indexed and queried with the default prompt is mixed into its instructions (a warning at the query)', async () => {
    const code = (documents: string, engine = 'index.as_query_engine()') => `import requests
from llama_index.core import VectorStoreIndex, Document, SimpleDirectoryReader

def answer(url: str, question: str):
    index = VectorStoreIndex.from_documents(${documents})
    return ${engine}.query("What does it say about pricing?")
`;
    assert.deepEqual(await warnings('app/rag.py', code('[Document(text=requests.get(url).text)]')), ['5:warning:web content']);
    assert.deepEqual(await warnings('app/rag.py', code('SimpleDirectoryReader("data").load_data()')), [], "look-alike: the app's own data folder");
    assert.deepEqual(await warnings('app/rag.py', code('[Document(text=requests.get(url).text)]', 'index.as_query_engine(text_qa_template=qa)')), [], 'look-alike: a QA template of the app’s (its own row judges where the documents go)');
  });

  it('TypeScript: files read from a folder the model filled, indexed by a helper, queried with the default prompt', async () => {
    const code = (read: string) => `import fs from 'node:fs';
import { VectorStoreIndex, Document } from 'llamaindex';
async function load(dir: string) {
  const documents = fs.readdirSync(dir).map((name) => new Document({ text: ${read} }));
  return VectorStoreIndex.fromDocuments(documents);
}
export async function ask(dir: string) {
  const index = await load(dir);
  const engine = index.asQueryEngine();
  return engine.query({ query: 'Summarise the changes.' });
}
`;
    assert.deepEqual(await warnings('src/rag.ts', code("fs.readFileSync(`${dir}/${name}`, 'utf-8')")), ['9:warning:file contents']);
    assert.deepEqual(await warnings('src/rag.ts', code("fs.readFileSync('./data/handbook.md', 'utf-8')")), [], "look-alike: a file of the app's own data folder");
  });
});

describe('making and removing folders at a path the model names', () => {
  it('`fs.mkdirSync(path.join(DOCS, name))` and `os.makedirs(…)` with a tool argument are file-path sinks; a constant folder is not', async () => {
    const ts = (folder: string) => `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nimport fs from 'node:fs';\nimport path from 'node:path';\nserver.tool('add', 'Add', {}, async ({ name }) => {\n  fs.mkdirSync(${folder}, { recursive: true });\n  return { content: [] };\n});\n`;
    const py = (folder: string) => `import os\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("docs")\n\n@mcp.tool()\ndef add(name: str) -> str:\n    os.makedirs(${folder}, exist_ok=True)\n    return "ok"\n`;
    const sinks = async (file: string, text: string) => (await scanDocument({ file, text })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('src/server.ts', ts("path.join('docs', name)")), [4]);
    assert.deepEqual(await sinks('src/server.ts', ts("path.join('docs', 'inbox')")), []);
    assert.deepEqual(await sinks('app/server.py', py('os.path.join("docs", name)')), [6]);
    assert.deepEqual(await sinks('app/server.py', py('os.path.join("docs", "inbox")')), []);
  });
});

describe('the Teams AI library: actions the model calls and the state its prompt folder renders', () => {
  const index = (action: string) => `import * as path from 'path';
import { Application, ActionPlanner, OpenAIModel, PromptManager } from '@microsoft/teams-ai';
const model = new OpenAIModel({ apiKey: process.env.OPENAI_KEY!, defaultModel: 'gpt-4o' });
const prompts = new PromptManager({ promptsFolder: path.join(__dirname, '../src/prompts') });
const planner = new ActionPlanner({ model, prompts, defaultPrompt: 'default' });
const app = new Application({ ai: { planner } });
app.ai.action('createTask', async (context, state, parameters) => {
  ${action}
  return 'created';
});
`;
  const prompt = (variables: string) => `You manage the team's tasks.\n\ntasks:\n${variables}\n`;
  const found = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}:${f.severity}`);

  it('what an action keeps in the conversation state, rendered by skprompt.txt (`{{$conversation.tasks}}`), is model output in the system text: an error', async () => {
    const findings = await found({ 'src/index.ts': index('state.conversation.tasks.push(parameters);'), 'src/prompts/default/skprompt.txt': prompt('{{$conversation.tasks}}') });
    assert.deepEqual(findings, ['src/index.ts:7:error']);
    const [finding] = (await scan(workspace({ 'src/index.ts': index('state.conversation.tasks.push(parameters);'), 'src/prompts/default/skprompt.txt': prompt('{{$conversation.tasks}}') }))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
    assert.match(finding.related!.at(-1)!.message, /src\/prompts\/default\/skprompt\.txt puts it in the prompt/);
  });

  it('look-alikes: a template that does not render that state; the app’s own text kept; the turn’s state parameter, not the model’s', async () => {
    assert.deepEqual(await found({ 'src/index.ts': index('state.conversation.tasks.push(parameters);'), 'src/prompts/default/skprompt.txt': prompt('(none yet)') }), []);
    assert.deepEqual(await found({ 'src/index.ts': index("state.conversation.tasks.push('review the budget');"), 'src/prompts/default/skprompt.txt': prompt('{{$conversation.tasks}}') }), []);
    assert.deepEqual(await found({ 'src/index.ts': index('state.conversation.tasks.push(state.user.name);'), 'src/prompts/default/skprompt.txt': prompt('{{$conversation.tasks}}') }), []);
  });
});

describe("a function a decorator makes a model call (promptic's @llm; skeet runs the command its reply holds)", () => {
  const sinks = async (code: string) => (await scan(workspace({ 'skeet.py': code }))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.range.start.line + 1}:${f.message.split('.')[0]}`);
  const app = (imports: string, decorator: string, call: string) => `import re
import subprocess
${imports}

def run_command(command):
    return subprocess.Popen(command, shell=True, stdout=subprocess.PIPE, text=True).communicate()[0]

def main(query, python):
    ${decorator}
    def command_for(query):
        """Write one shell command for: {query}"""

    ${decorator}
    def script_for(query):
        """Write a Python script for: {query}"""

    method = script_for if python else command_for
    reply = ${call}
    command = re.search(r"\`\`\`(?:\\w+)?\\n(.*?)\`\`\`", reply, re.DOTALL).group(1)
    run_command(command)
`;

  it('the reply of `method(query)` — either decorated function — reaches the shell', async () => {
    assert.deepEqual(await sinks(app('from promptic import llm', '@llm(system="You write shell commands.")', 'method(query)')), ['20:Model output reaches a shell command']);
    assert.deepEqual(await sinks(app('from promptic import llm', '@llm', 'command_for.message("Shorter, please")')), ['20:Model output reaches a shell command'], "memory's .message, a bare decorator");
  });

  it('look-alikes: a decorator that is not a model call; the same name with no model library imported', async () => {
    assert.deepEqual(await sinks(app('from functools import lru_cache', '@lru_cache', 'method(query)')), []);
    assert.deepEqual(await sinks(app('from mytools import llm', '@llm', 'method(query)')), []);
  });
});

describe("a hand-written agent loop over raw HTTP (Kubeflow's docs agent: httpx's client.stream, tool calls gathered in a dict)", () => {
  const app = (url: string, loop = 'tool_calls_buffer.values()') => `import json
import httpx

URL = "${url}"

def search_docs(query):
    return "\\n".join(hit["text"] for hit in collection.search(query))

async def execute_tool(tool_call):
    arguments = json.loads(tool_call["function"]["arguments"])
    return search_docs(arguments.get("query", ""))

async def stream_llm_response(payload):
    async with httpx.AsyncClient(timeout=120) as client:
        async with client.stream("POST", URL, json=payload) as response:
            tool_calls_buffer = {}
            async for line in response.aiter_lines():
                delta = json.loads(line[6:])["choices"][0]["delta"]
                for tool_call in delta.get("tool_calls", []):
                    tool_calls_buffer[tool_call.get("index", 0)] = tool_call
            for tool_call in ${loop}:
                result = await execute_tool(tool_call)
                await follow_up(payload, tool_call, result)

async def follow_up(original_payload, tool_call, tool_result):
    messages = original_payload["messages"].copy()
    messages.append({"role": "assistant", "tool_calls": [tool_call]})
    messages.append({"role": "tool", "tool_call_id": tool_call["id"], "content": tool_result})
    await stream_llm_response({"model": "m", "messages": messages, "stream": True})
`;
  const lines = async (code: string) => (await scan(workspace({ 'server/app.py': code }))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line + 1}:${f.range.start.character}`);

  it("the tool's result in the follow-up's tool message is someone else's text; the model's own tool call replayed is not", async () => {
    assert.deepEqual(await lines(app('http://llama.svc.cluster.local/openai/v1/chat/completions')), ['23:52']);
  });

  it('look-alikes: the same loop posting to a host that is no model API', async () => {
    assert.deepEqual(await lines(app('http://search.svc.cluster.local/v1/index')), []);
  });

  it("a collection's own accessor (`tool_calls_buffer.values()`) runs no tool: what it hands back is the model's tool call, not a tool's result", async () => {
    assert.deepEqual(await lines(app('http://llama.svc.cluster.local/openai/v1/chat/completions', 'run_tools(tool_calls_buffer)')), ['23:41', '23:52'], 'look-alike: a function of tools given the calls returns their results');
  });
});

describe("Python's `from module import *` (PhaseLLM's ResearchLLM: the Flask front end star-imports the analysis module)", () => {
  const analysis = `from phasellm.llms import ChatBot, OpenAIGPTWrapper
from phasellm.agents import CodeExecutionAgent

CHATBOT = ChatBot(OpenAIGPTWrapper("k", "gpt-4"), "You write Python.")

def run_analysis(msg):
    code = CHATBOT.chat(msg + " Answer with Python code only.")
    return CodeExecutionAgent().execute_code(code, globals(), locals())
`;
  const front = (imports: string) => `${imports}
from flask import Flask, request

APP = Flask(__name__)

@APP.route("/text_completion", methods=["POST"])
def analysis():
    return {"content": run_analysis("I am researching incomes. " + request.json["input"])}
`;
  const found = async (imports: string, module = analysis) => (await scan(workspace({ 'researchllm.py': module, 'frontend.py': front(imports) }))).filter((f) => f.file === 'frontend.py' && f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line + 1}:${f.severity}`);

  it('a star-imported function is the module\'s: the question reaches its prompt, whose answer runs as code', async () => {
    assert.deepEqual(await found('from researchllm import *'), ['8:warning']);
    assert.deepEqual(await found('from researchllm import run_analysis'), ['8:warning'], 'as with the name imported');
  });

  it('look-alikes: a star import of a module that does not define the name; no import at all', async () => {
    assert.deepEqual(await found('from researchllm import *', analysis.replace('def run_analysis', 'def other_analysis')), []);
    assert.deepEqual(await found(''), []);
  });
});

describe("an app's HTML page: its inline scripts are JavaScript (Flask and Quart templates; PhaseLLM's ResearchLLM, Azure's chat quickstarts)", () => {
  const route = (app = 'app', returned = 'answer') => `from openai import OpenAI
from flask import Flask, request

${app} = Flask(__name__)
client = OpenAI()

def ask(msg):
    answer = client.chat.completions.create(model="m", messages=[{"role": "user", "content": msg}]).choices[0].message.content
    result = {"code": "", "interpretation": "*none*"}
    result["interpretation"] = ${returned}
    return result

@${app}.route("/text_completion", methods=["POST"])
def analysis():
    return {"status": "ok", "content": ask(request.json["input"])["interpretation"]}
`;
  const page = (url: string, sink: string) => `<html>
<body>
<div id="out"></div>
<script src="/static/showdown.min.js"></script>
<script type="application/json" id="config">{"fetch": "innerHTML"}</script>
<script>
var first = {{ first|tojson }};
function show(msg) {
  document.getElementById("out").${sink} = \`<div class="bot">\${msg}</div>\`;
}
function ask() {
  fetch("${url}", { method: "POST", body: JSON.stringify({ input: document.getElementById("q").value }) })
    .then((response) => response.json())
    .then((data) => show(data["content"]));
}
</script>
</body>
</html>
`;
  const sinks = async (files: Record<string, string>) => (await scan(workspace(files))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.character}`);

  it("the route's model output reaches the page's innerHTML: found at the page's own line and column", async () => {
    assert.deepEqual(await sinks({ 'app.py': route(), 'templates/index.html': page('text_completion', 'innerHTML') }), ['templates/index.html:14:25'], 'a path relative to the page');
    assert.deepEqual(await sinks({ 'app.py': route('APP'), 'templates/index.html': page('/text_completion', 'innerHTML') }), ['templates/index.html:14:25'], 'Flask named APP; an absolute path');
  });

  it('look-alikes: textContent; a route whose dict holds no model output; a page in a documents folder is text', async () => {
    assert.deepEqual(await sinks({ 'app.py': route(), 'templates/index.html': page('text_completion', 'textContent') }), []);
    assert.deepEqual(await sinks({ 'app.py': route('app', '"done"'), 'templates/index.html': page('text_completion', 'innerHTML') }), []);
    assert.deepEqual(await sinks({ 'app.py': route(), 'data/index.html': page('text_completion', 'innerHTML') }), []);
  });

  it('a dict spread as keyword arguments is read key by key: a key written on it does not taint its other keys (swarm)', async () => {
    const code = `from openai import OpenAI
client = OpenAI()

def complete(agent, history):
    params = {"model": "m", "messages": [{"role": "system", "content": "You help."}] + history}
    params["parallel_tool_calls"] = agent.parallel_tool_calls
    return client.chat.completions.create(**params)

def run(agent, history, tools):
    result = tools[agent.tool_calls[0].function.name]()
    return complete(result.agent, history)
`;
    const found = (await scan(workspace({ 'core.py': code }))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
    assert.deepEqual(found.map((f) => f.range.start.line + 1), []);
  });
});

describe('inlineScriptText', () => {
  it('keeps every offset: markup, external and non-JavaScript scripts become spaces, newlines stay', async () => {
    const { inlineScriptText } = await import('../../src/core/scan/code/htmlScripts');
    const html = '<p>a</p>\n<script src="x.js"></script>\n<script type="module">\nconst a = {{ v|tojson }};\n{% if x %}f(a){% endif %}\n</script>\n<script type="text/template"><b>{{ y }}</b></script>';
    const js = inlineScriptText(html);
    assert.equal(js.length, html.length);
    assert.deepEqual(js.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()), ['', '', '', 'const a = _ ;', 'f(a)', '', '']);
    assert.equal(js.indexOf('const a'), html.indexOf('const a'));
  });
});

describe('model output written to a file that the function then runs (skeet runs the script its model wrote with `uv run`)', () => {
  const py = (run: string) => `import subprocess
import tempfile
from openai import OpenAI
client = OpenAI()

def run_script(script):
    with tempfile.NamedTemporaryFile(mode="w", suffix=".py", delete=False) as f:
        f.write(script)
        script_path = f.name
    return subprocess.run(${run}, capture_output=True, text=True).stdout

def main(query):
    reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": query}]).choices[0].message.content
    return run_script(reply)
`;
  const ts = (run: string) => `import { writeFileSync } from 'fs';
import { execFileSync } from 'child_process';
import OpenAI from 'openai';
const openai = new OpenAI();
export async function runReply(q: string) {
  const r = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: q }] });
  const file = '/tmp/snippet.js';
  writeFileSync(file, r.choices[0].message.content ?? '');
  return execFileSync(${run}).toString();
}
`;
  const found = async (file: string, code: string) => (await scan(workspace({ [file]: code }))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.range.start.line + 1}:${/reaches ([^.]+)/.exec(f.message)?.[1]}`);

  it('Python: the temporary file written with the reply, then run by an interpreter', async () => {
    assert.deepEqual(await found('app.py', py('["uv", "run", "-q", script_path]')), ['14:code execution (a file it writes and then runs)']);
    assert.deepEqual(await found('app.py', py('["python3", f.name]')), ['14:code execution (a file it writes and then runs)'], 'by its .name');
  });

  it('TypeScript: writeFileSync, then node runs it', async () => {
    assert.deepEqual(await found('src/run.ts', ts("'node', [file]")), ['8:code execution (a file it writes and then runs)']);
  });

  it('look-alikes: a program that only stores the file; a run that does not name it', async () => {
    assert.deepEqual(await found('app.py', py('["git", "add", script_path]')), []);
    assert.deepEqual(await found('app.py', py('["python3", "report.py"]')), []);
    assert.deepEqual(await found('src/run.ts', ts("'cat', [file]")), []);
  });
});

describe("gel-mcp-server: the server's own bundled docs, and a database's catalogue, are no one else's text", () => {
  const mcp = `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nimport { z } from "zod";\nimport fs from "fs";\nimport path from "path";\nimport { createClient } from "gel";\nconst server = new McpServer({ name: "x", version: "1" });\nconst db = createClient();\n`;
  const found = async (body: string) => (await scan(workspace({ 'src/index.ts': `${mcp}server.tool("t", "T", { term: z.string() }, async (args) => {\n${body}\n});\n` }))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line + 1);
  const docs = (places: string) => `  const possiblePaths = [${places}];\n  let docFilePath = null;\n  for (const potentialPath of possiblePaths) {\n    if (fs.existsSync(potentialPath)) { docFilePath = potentialPath; break; }\n  }\n  const lines = fs.readFileSync(docFilePath, 'utf8').split('\\n');\n  return { content: [{ type: "text", text: lines.join('\\n') }] };`;

  it("a file read from whichever of the app's own places exists (beside the code, up from it, the working folder) is the app's text", async () => {
    assert.deepEqual(await found(docs("path.join(__dirname, '..', 'gel_llm.txt'), path.join(process.cwd(), 'gel_llm.txt'), './gel_llm.txt'")), []);
  });

  it("path.join keeps a part written with a leading slash inside the app's folder (Perplexica's `/data/config.json`)", async () => {
    assert.deepEqual(await found(docs("path.join(process.env.DATA_DIR || process.cwd(), '/data/config.json')")), []);
    assert.deepEqual(await found(docs("path.join(process.cwd(), '/uploads/doc.txt')")), [15], 'look-alike: an uploads folder');
  });

  it('look-alike: one of the places is an uploads folder', async () => {
    assert.deepEqual(await found(docs("path.join(__dirname, '..', 'gel_llm.txt'), '/tmp/uploads/docs.txt'")), [15]);
  });

  it("a query of the database's catalogue returns its structure; a query of its rows returns someone else's text", async () => {
    const query = (q: string) => `  const result = await db.query(\`${q}\`, { name: args.term });\n  return { content: [{ type: "text", text: JSON.stringify(result) }] };`;
    assert.deepEqual(await found(query('WITH module schema SELECT ObjectType { name } FILTER .name = <str>$name')), []);
    assert.deepEqual(await found(query('SELECT column_name FROM information_schema.columns WHERE table_name = $1')), []);
    assert.deepEqual(await found(query('SELECT Ticket { body } FILTER .title = <str>$name')), [10], 'look-alike: rows');
  });
});

describe('llm_agents: a Python tool class the app writes itself, and a dict of settings beside the query', () => {
  const agent = (toolClass: string) => `import openai\n${toolClass}\nclass Agent:\n    def run(self, question):\n        reply = openai.ChatCompletion.create(model="m", messages=[{"role": "user", "content": question}]).choices[0].message.content\n        return PythonREPLTool().use(reply)\n\nif __name__ == "__main__":\n    Agent(tools=[PythonREPLTool()]).run("7 * 9")\n`;
  const sinks = async (text: string) => (await scanDocument({ file: 'agent.py', text })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.range.start.line}:${f.message.split('.')[0]}`);
  it("the app's own PythonREPLTool is analysed, not taken for LangChain's: its exec is found where the model's reply is handed to it, and building it is no finding", async () => {
    const own = 'class PythonREPLTool:\n    def use(self, command):\n        exec(command)\n';
    assert.deepEqual(await sinks(agent(own)), ['8:Model output reaches code execution']);
    assert.deepEqual(await sinks(agent('class PythonREPLTool:\n    def use(self, command):\n        print(command)\n')), [], 'look-alike: its own tool runs nothing');
    // LangChain's tool, imported: building an agent with it is the finding (its code is not in the workspace).
    assert.deepEqual(await sinks('from langchain_experimental.tools import PythonREPLTool\nagent = initialize_agent([PythonREPLTool()], llm)\n'), ["1:Model output reaches code execution in the agent's Python tool (it runs what its model writes)"]);
  });
  it("a helper reading one key of a dict parameter gets that key's value from the dict its caller writes", async () => {
    const tool = (settings: string) => `import os, requests\nfrom langchain.tools import tool\n\ndef _search(params):\n    return requests.post(params['instance_url'], data={"q": params['q']})\n\n@tool\ndef search(query: str) -> str:\n    """Search"""\n    params = {"q": query, "instance_url": ${settings}}\n    return _search(params).text\n`;
    assert.deepEqual(await sinks(tool('os.environ["SEARX_URL"]')), [], "look-alike: the URL is the operator's setting; only the query is the model's (llm_agents' Searx tool)");
    assert.deepEqual(await sinks(tool('query')), ['9:Model output reaches a URL that is then fetched']);
    const whole = `import requests\nfrom langchain.tools import tool\n\ndef _get(params):\n    return requests.get(params['url'])\n\n@tool\ndef fetch_page(args: dict) -> str:\n    """Fetch"""\n    return _get(args).text\n`;
    assert.deepEqual(await sinks(whole), ['9:Model output reaches a URL that is then fetched'], 'a dict the caller does not write out: all of it counts');
  });
});

describe("CodeFuse-muAgent's model wrapper: an object that calls itself runs its class's __call__", () => {
  const wrapper = (call: string) => `import json, re\nfrom langchain.llms.base import LLM\n\nclass Wrapper:\n    def __init__(self, llm: LLM):\n        self.llm = llm\n\n    def __call__(self, prompt, stop=None):\n        return ${call}\n\n    def predict(self, prompt, stop=None):\n        return self(prompt, stop)\n\n    def fc(self, question):\n        reply = self.predict(f"Answer as JSON: {question}")\n        block = re.search(r"\`\`\`json\\n(.*?)\`\`\`", reply, re.DOTALL).group(1)\n        try:\n            return json.loads(block)\n        except ValueError:\n            return eval(block)\n`;
  const sinks = async (call: string) => (await scanDocument({ file: 'wrapper.py', text: wrapper(call) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
  it("`self(prompt, stop)` runs `__call__`, whose `self.llm(prompt, stop)` is LangChain's legacy call of a model", async () => {
    assert.deepEqual(await sinks('self.llm(prompt, stop)'), [19]);
    assert.deepEqual(await sinks('prompt.upper()'), [], 'look-alike: a __call__ that calls no model');
  });
});

describe("Page Assist's document loader: a TypeScript constructor's parameter kept as a field is what the caller gave", () => {
  const tool = (given: string, constructorBody = 'this.html = html\n    this.url = url') => `import { DynamicStructuredTool } from "@langchain/core/tools"\nimport { z } from "zod"\n\nclass Loader {\n  html: string\n  url: string\n  constructor({ html, url }: { html: string; url: string }) {\n    ${constructorBody}\n  }\n  async loadByURL() {\n    const response = await fetch(this.url)\n    return response.text()\n  }\n}\n\nexport const webFetch = new DynamicStructuredTool({\n  name: "web_fetch",\n  description: "Fetch a page",\n  schema: z.object({ url: z.string() }),\n  func: async ({ url }) => new Loader({ html: "", url: ${given} }).loadByURL(),\n})\n`;
  const sinks = async (text: string) => (await scanDocument({ file: 'src/tools.ts', text })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.range.start.line}:${f.message.split('.')[0]}`);
  it("`this.url = url` in the constructor: the model's URL given to it is fetched by a method", async () => {
    assert.deepEqual(await sinks(tool('url')), ['20:Model output reaches a URL that is then fetched']);
    assert.deepEqual(await sinks(tool('"https://docs.example.com/guide"')), [], 'look-alike: the caller gives a fixed address');
    assert.deepEqual(await sinks(tool('url', 'this.html = html\n    this.url = "https://docs.example.com/guide"')), [], 'look-alike: the constructor keeps its own address');
  });
});

describe('mcp-server-mariadb: rows formatted line by line into a list, then joined into the tool result, are whole records', () => {
  const server = (line: string) => `from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("db")\n\n@mcp.tool()\ndef query_database(query: str) -> str:\n    cursor = get_connection().cursor()\n    cursor.execute("SELECT * FROM customers")\n    output = []\n    for row in cursor.fetchall():\n        output.append(${line})\n    return "\\n".join(output)\n`;
  const records = async (line: string) => (await scanDocument({ file: 'server.py', text: server(line) })).filter((f) => f.ruleId === 'prompt/whole-record').map((f) => f.range.start.line);
  it('`output.append(" | ".join(str(v) for v in row))` then `"\\n".join(output)`: every column of every row', async () => {
    assert.deepEqual(await records('" | ".join(str(val) for val in row)'), [9]);
    assert.deepEqual(await records('"one row"'), [], 'look-alike: the list holds the app\'s own text');
  });
});

describe("a low-level MCP server that hands every tool call to one function of the app's", () => {
  const lowLevel = `import { Server } from '@modelcontextprotocol/sdk/server/index.js';\nimport { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\n`;
  const found = async (files: Record<string, string>, rule: string) => (await scan(workspace(files))).filter((f) => f.ruleId === rule).map((f) => `${f.file}:${f.range.start.line}`).sort();
  const handlers = `import { execSync } from 'child_process';\nexport async function handleToolCall(name: string, args: any) {\n  switch (name) {\n    case 'navigate': {\n      const page = await browser.newPage();\n      await page.goto(args.url);\n      return { content: [{ type: 'text', text: await page.content() }] };\n    }\n    case 'list':\n      return { content: [{ type: 'text', text: execSync(\`ls \${args.dir}\`, { encoding: 'utf8' }) }] };\n  }\n}\n`;

  it('puppeteer-mcp-server, mcp-database-server: `return handleToolCall(request.params.name, request.params.arguments)` — each tool reported in that function, where it goes wrong, not once at the hand-over', async () => {
    const index = (given: string) => `${lowLevel}import { handleToolCall } from './handlers.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => handleToolCall(request.params.name, ${given}));\n`;
    const files = (given: string) => ({ 'src/index.ts': index(given), 'src/handlers.ts': handlers });
    assert.deepEqual(await found(files('request.params.arguments ?? {}'), 'llm/output-to-sink'), ['src/handlers.ts:5', 'src/handlers.ts:9']);
    assert.deepEqual(await found(files('request.params.arguments ?? {}'), 'prompt/untrusted-interpolation'), ['src/handlers.ts:6']);
    assert.deepEqual(await found(files('{ url: DEFAULT_URL, dir: HOME }'), 'llm/output-to-sink'), [], "look-alike: the handler passes the app's own values, not the model's arguments");
  });

  it("fetcher-mcp: `const handler = toolHandlers[request.params.name]; return handler(request.params.arguments)` with the table in another module, each of its functions in a module of its own", async () => {
    const fetchUrl = `export async function fetchUrl(args: any) {\n  const url = String(args?.url || '');\n  const res = await fetch(url);\n  return { content: [{ type: 'text', text: await res.text() }] };\n}\n`;
    const files = (table: string) => ({
      'src/server.ts': `${lowLevel}import { toolHandlers } from './tools/index.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const handler = toolHandlers[request.params.name];\n  return handler(request.params.arguments);\n});\n`,
      'src/tools/index.ts': `import { fetchUrlTool, fetchUrl } from './fetchUrl.js';\nimport { pingTool, ping } from './ping.js';\nexport const toolHandlers = ${table};\n`,
      'src/tools/fetchUrl.ts': fetchUrl,
      'src/tools/ping.ts': `export async function ping(args: any) {\n  return { content: [{ type: 'text', text: 'pong' }] };\n}\n`,
    });
    assert.deepEqual(await found(files('{ [fetchUrlTool.name]: fetchUrl, [pingTool.name]: ping }'), 'llm/output-to-sink'), ['src/tools/fetchUrl.ts:2']);
    assert.deepEqual(await found(files('{ [fetchUrlTool.name]: fetchUrl, [pingTool.name]: ping }'), 'prompt/untrusted-interpolation'), ['src/tools/fetchUrl.ts:3']);
    assert.deepEqual(await found(files('{ [pingTool.name]: ping }'), 'llm/output-to-sink'), [], 'look-alike: the table does not hold the fetching function');
  });

  it("Python: `@server.call_tool()` handing its arguments to the app's dispatcher", async () => {
    const server = (given: string) => `import subprocess\nfrom mcp.server import Server\n\nserver = Server("runner")\n\n@server.call_tool()\nasync def call_tool(name, arguments):\n    return await dispatch(name, ${given})\n\nasync def dispatch(name, arguments):\n    if name == "run":\n        return subprocess.run(arguments["cmd"], shell=True, capture_output=True, text=True).stdout\n    return ""\n`;
    assert.deepEqual(await found({ 'server.py': server('arguments') }, 'llm/output-to-sink'), ['server.py:11']);
    assert.deepEqual(await found({ 'server.py': server('{"cmd": "uptime"}') }, 'llm/output-to-sink'), [], "look-alike: the dispatcher is given the app's own command");
  });

  it('look-alike: a handler that picks a function per tool (mcp-server-kubernetes) is itself the dispatcher — each tool is reported at its own call there', async () => {
    const index = `${lowLevel}import { kubectlScale } from './scale.js';\nimport { kubectlLogs } from './logs.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const { name, arguments: input = {} } = request.params;\n  if (name === 'kubectl_scale') return await kubectlScale(input);\n  if (name === 'kubectl_logs') return await kubectlLogs(input);\n});\n`;
    const tool = (name: string, command: string) => `import { execSync } from 'child_process';\nexport async function ${name}(input: any) {\n  return execSync(\`${command}\`, { encoding: 'utf8' });\n}\n`;
    const files = { 'src/index.ts': index, 'src/scale.ts': tool('kubectlScale', 'kubectl scale deployment ${input.name}'), 'src/logs.ts': tool('kubectlLogs', 'kubectl logs ${input.name}') };
    assert.deepEqual(await found(files, 'llm/output-to-sink'), ['src/index.ts:6', 'src/index.ts:7']);
  });

  it("a helper that runs the query it is given: rows of a catalogue query passed to it are the database's structure (dpflucas's MySQL server)", async () => {
    const code = (query: string) => `${`import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nimport { z } from 'zod';\n`}async function executeQuery(pool: any, sql: string) {\n  const [rows] = await pool.query(sql);\n  return rows;\n}\nserver.tool('list', 'List', {}, async () => ({ content: [{ type: 'text', text: JSON.stringify(await executeQuery(pool, ${query})) }] }));\n`;
    const untrusted = async (query: string) => (await scanDocument({ file: 'src/index.ts', text: code(query) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line);
    assert.deepEqual(await untrusted("'SELECT body FROM tickets'"), [6]);
    assert.deepEqual(await untrusted("'SHOW FULL TABLES'"), [], 'look-alike: the database catalogue, names the operator made');
  });
});

describe('listing a folder and reading file details', () => {
  const mcp = `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nimport fs from 'fs';\nimport path from 'path';\n`;
  const lines = async (text: string, file = 'src/index.ts') => (await scanDocument({ file, text })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);

  it("mcp-local-file-reader's list_files and get_file_info: the model's path listed or stat'ed is a file path (TypeScript and Python)", async () => {
    assert.deepEqual(await lines(`${mcp}server.tool('ls', 'List', {}, async (args) => ({ content: [{ type: 'text', text: fs.readdirSync(args.dir).join('\\n') }] }));\n`), [3]);
    assert.deepEqual(await lines(`${mcp}server.tool('info', 'Info', {}, async (args) => ({ content: [{ type: 'text', text: String(fs.statSync(args.file).size) }] }));\n`), [3]);
    assert.deepEqual(await lines('import os\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("files")\n\n@mcp.tool()\ndef list_files(folder: str) -> str:\n    return "\\n".join(os.listdir(folder))\n', 'server.py'), [6]);
    assert.deepEqual(await lines(`${mcp}server.tool('ls', 'List', {}, async () => ({ content: [{ type: 'text', text: fs.readdirSync(path.join(__dirname, 'data')).join('\\n') }] }));\n`), [], "look-alike: the app's own folder");
  });

  it("look-alike: the names a listing returns are read off the disk, not the model's text (a folder the app chose joined with them is the app's)", async () => {
    const code = (folder: string) => `${mcp}server.tool('clean', 'Clean', {}, async (args) => {\n  const names = fs.readdirSync(${folder});\n  for (const name of names) fs.unlinkSync(path.join('/tmp/cache', name));\n  return { content: [] };\n});\n`;
    assert.deepEqual(await lines(code("'/tmp/cache'")), []);
    assert.deepEqual(await lines(code('args.dir')), [4], 'the listing of the model\'s folder is reported, not the names it returns');
  });

  it("look-alike: `names.slice(args.start, args.end)` picks the app's names by the model's positions — the part is still the app's (fast-filesystem-mcp's pages of a listing)", async () => {
    const code = (list: string) => `${mcp}server.tool('clean', 'Clean', {}, async (args) => {\n  const page = ${list}.slice(args.start, args.end);\n  for (const name of page) fs.unlinkSync(path.join('/tmp/cache', name));\n  return { content: [] };\n});\n`;
    assert.deepEqual(await lines(code("['a.log', 'b.log']")), []);
    assert.deepEqual(await lines(code('args.names')), [5], "the model's own list, cut to a page, is still the model's");
  });
});

describe('agno agents and a query engine over documents a caller gives (awesome-ai-apps)', () => {
  it("agno toolkits that fetch someone else's text (GithubTools, ExaTools, DuckDuckGoTools) in an agent's tools: their results go back to the model", async () => {
    const code = (tool: string) => `import streamlit as st\nfrom agno.agent import Agent\nfrom agno.models.nebius import Nebius\nfrom agno.tools.exa import ExaTools\nfrom agno.tools.thinking import ThinkingTools\n\nagent = Agent(model=Nebius(id="m"), tools=[${tool}], markdown=True)\nagent.print_response("Summarise today's news")\n`;
    assert.deepEqual(await untrustedLines('app.py', code('ExaTools(api_key=KEY)')), ['6:error']);
    assert.deepEqual(await untrustedLines('app.py', code('ThinkingTools(think=True)')), [], 'look-alike: a thinking scratchpad fetches nothing');
  });

  it("a Streamlit app that asks for the person's own keys: their role in the instructions of an agent with tools acts on their accounts", async () => {
    const code = (keys: string) => `import os\nimport requests\nimport streamlit as st\nfrom agno.agent import Agent\nfrom agno.models.nebius import Nebius\n\n${keys}\n\ndef open_issue(title: str) -> str:\n    return requests.post("https://api.github.com/repos/acme/hr/issues", json={"title": title}, headers={"Authorization": token}).text\n\nrole = st.text_input("Job role")\nagent = Agent(model=Nebius(id="m", api_key=key), instructions=f"You triage candidates for the role '{role}'. Be strict.", tools=[open_issue])\nst.markdown(agent.run("Triage them.").content)\n`;
    const asked = 'key = st.sidebar.text_input("Nebius API Key", type="password")\ntoken = st.sidebar.text_input("GitHub token", type="password")';
    assert.deepEqual(await untrustedLines('app.py', code(asked)), []);
    assert.deepEqual(await untrustedLines('app.py', code('key = st.sidebar.text_input("Nebius API Key", type="password")\ntoken = os.getenv("GITHUB_TOKEN")')), ['13:warning'], "look-alike: the GitHub token is the operator's");
    assert.deepEqual(await untrustedLines('app.py', code('key = os.environ["NEBIUS_API_KEY"]\ntoken = os.environ["GITHUB_TOKEN"]')), ['13:warning'], "look-alike: the operator's keys");
  });

  it("Agentic RAG: `knowledge=load_knowledge_base(urls)`, the app's own builder returning agno's UrlKnowledge — the agent searches those pages as a tool", async () => {
    const code = (made: string) => `import streamlit as st\nfrom agno.agent import Agent\nfrom agno.knowledge.url import UrlKnowledge\n\ndef load_knowledge_base(urls):\n    kb = ${made}\n    kb.load()\n    return kb\n\nagent = Agent(model=model, knowledge=load_knowledge_base(st.session_state.urls), search_knowledge=True)\nst.write(agent.run(st.chat_input("Ask")).content)\n`;
    assert.deepEqual(await untrustedLines('app.py', code('UrlKnowledge(urls=urls, vector_db=db)')), ['5:error']);
    assert.deepEqual(await untrustedLines('app.py', code('TextKnowledgeBase(path="handbook", vector_db=db)')), [], "look-alike: the app's own handbook");
  });

  it("the job finder: `Runner.run(starting_agent=agent, input=…)` runs an agent with MCP servers — the requester's text mixed into its input is a warning, and its answer is steered by what its tools return", async () => {
    const code = (servers: string) => `import streamlit as st\nfrom agents import Agent, Runner\n\nurl = st.text_input("LinkedIn URL")\nanalyst = Agent(name="analyst", instructions="Analyse profiles."${servers})\nwriter = Agent(name="writer", instructions="Write reports.")\nasync def go():\n    first = await Runner.run(starting_agent=analyst, input=f"Analyze the profile at {url}. Then suggest jobs.")\n    report = await Runner.run(starting_agent=writer, input=f"Profile analysis: {first.final_output}\\nWrite a career report.")\n    st.markdown(report.final_output)\n`;
    assert.deepEqual(await untrustedLines('app.py', code(', mcp_servers=[scraper]')), ['7:warning', '8:warning']);
    assert.deepEqual(await untrustedLines('app.py', code('')), [], "look-alike: an agent with no tools or MCP servers — the person's own text, then output only their text steered");
  });

  it("Chat with Code: `index = VectorStoreIndex.from_documents(docs)` in a helper given a repository's files — the caller's documents go into the query engine's instructions", async () => {
    const code = (docs: string) => `import streamlit as st\nfrom llama_index.core import VectorStoreIndex\nfrom llama_index.readers.github import GithubRepositoryReader\n\ndef answer(question, docs):\n    index = VectorStoreIndex.from_documents(docs)\n    return str(index.as_query_engine().query(question))\n\nloader = GithubRepositoryReader(client, owner=owner, repo=repo)\nrepo_docs = loader.load_data(branch="main")\nst.write(answer(st.chat_input("Ask"), ${docs}))\n`;
    assert.deepEqual(await untrustedLines('app.py', code('repo_docs')), ['10:warning']);
    assert.deepEqual(await untrustedLines('app.py', code('[Document(text="Our handbook")]')), [], "look-alike: the app's own documents");
  });
});

describe("a model response's metadata", () => {
  it("the RouteLLM chat: `response.model` or `getattr(response, \"model\", …)` in unsafe HTML is the API's model id, not text the model wrote; the answer itself is", async () => {
    const code = (shown: string) => `import streamlit as st\nfrom openai import OpenAI\nclient = OpenAI()\nresponse = client.chat.completions.create(model="m", messages=[{"role": "user", "content": st.chat_input("Ask")}])\nst.markdown(f"<span class='badge'>{${shown}}</span>", unsafe_allow_html=True)\n`;
    const sinks = async (shown: string) => (await scanDocument({ file: 'app.py', text: code(shown) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('response.model'), []);
    assert.deepEqual(await sinks('getattr(response, "model", "Unknown")'), []);
    assert.deepEqual(await sinks('response.choices[0].message.content'), [4], "the answer's text is the model's");
  });
});

describe('a LangGraph data agent, CrewAI crews and browser-use (awesome-ai-apps)', () => {
  const ruleLines = async (files: Record<string, string>, rule: string) => (await scan(workspace(files))).filter((f) => f.ruleId === rule).map((f) => `${f.file}:${f.range.start.line}:${f.severity}`).sort();

  it("rows fetched from a cursor that ran `PRAGMA table_info(…)` are the database's structure; rows of any other query are someone's", async () => {
    const code = (query: string) => `import sqlite3\nfrom langchain_core.messages import HumanMessage, SystemMessage\nconn = sqlite3.connect("shop.db")\n\ndef schema(table):\n    cursor = conn.execute(${query})\n    return "\\n".join(str(row) for row in cursor.fetchall())\n\ndef write_sql(llm, question):\n    return llm.invoke([SystemMessage(content="Write SQLite."), HumanMessage(content=f"Schema:\\n{schema('orders')}\\nWrite a query that answers the question below, and explain it.")]).content\n`;
    assert.deepEqual(await untrustedLines('agent.py', code('f"SELECT * FROM {table}"')), ['9:warning']);
    assert.deepEqual(await untrustedLines('agent.py', code('f"PRAGMA table_info({table})"')), [], 'look-alike: the column names the operator made');
  });

  it("`self.dataset = dataset or DemoDataset()`: a method called on the attribute is the class's, in another file, and its parameter's sink is the caller's", async () => {
    const files = (stored: string) => ({
      'dataset.py': 'import sqlite3\n\nclass DemoDataset:\n    def __init__(self):\n        self.connection = sqlite3.connect(":memory:")\n\n    def execute(self, sql):\n        return self.connection.execute(sql).fetchall()\n',
      'agent.py': `from dataset import DemoDataset\n\nclass DataAgent:\n    def __init__(self, llm, dataset=None):\n        self.llm = llm\n        self.dataset = ${stored}\n\n    def answer(self, question):\n        sql = self.llm.invoke(f"Write SQL for: {question}").content\n        return self.dataset.execute(sql)\n`,
    });
    assert.deepEqual(await ruleLines(files('dataset or DemoDataset()'), 'llm/output-to-sink'), ['agent.py:9:error']);
    assert.deepEqual(await ruleLines(files('dataset or AuditLog()'), 'llm/output-to-sink'), [], 'look-alike: another class, whose execute is not in sight');
  });

  it("CrewAI: crewai_tools' search and retrieval tools in an agent's tools — built here, or returned by a helper in another file", async () => {
    const files = (helper: string) => ({
      'qdrant_tool.py': `from crewai_tools import QdrantVectorSearchTool\n\ndef get_qdrant_tool():\n    return ${helper}\n`,
      'crews.py': 'from crewai import Agent\nfrom crewai_tools import EXASearchTool\nfrom qdrant_tool import get_qdrant_tool\n\nsearch_tool = EXASearchTool()\ndocs_tool = get_qdrant_tool()\nresearcher = Agent(role="Researcher", goal="Find", backstory="…", tools=[search_tool, docs_tool])\n',
    });
    assert.deepEqual(await ruleLines(files('QdrantVectorSearchTool(collection_name="docs", qdrant_url=URL)'), 'prompt/untrusted-interpolation'), ['crews.py:4:error', 'crews.py:5:error']);
    assert.deepEqual(await ruleLines(files('CalculatorTool()'), 'prompt/untrusted-interpolation'), ['crews.py:4:error'], "look-alike: the helper's tool finds no documents");
  });

  it('an agent declared in a class body (`writer: Agent = Agent(…)`) runs when `agent.writer.run(…)` or `self.writer.run(…)` is called', async () => {
    const code = (held: string) =>
      `import streamlit as st\nfrom agno.agent import Agent\nfrom agno.workflow import Workflow\n\nclass Researcher(Workflow):\n    writer: ${held}\n\n    def go(self, q):\n        return self.writer.run(q)\n\nq = st.chat_input("Ask")\nresearcher = Researcher()\nst.markdown(researcher.writer.run(q).content, unsafe_allow_html=True)\nst.markdown(researcher.go(q).content, unsafe_allow_html=True)\n`;
    const sinks = async (held: string) => (await scanDocument({ file: 'app.py', text: code(held) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('Agent = Agent(model=model, markdown=True)'), [12, 13]);
    assert.deepEqual(await sinks('Printer = Printer(width=80)'), [], "look-alike: the attribute holds a printer, whose run is no model's");
  });

  it("…and from another file: `agent.writer.run(…)` with `agent = Researcher()` imported runs the agent that class's body declares", async () => {
    const files = (held: string) => ({
      'agents.py': `from agno.agent import Agent\nfrom agno.workflow import Workflow\n\nclass Researcher(Workflow):\n    writer: ${held}\n\n    def summary(self, topic):\n        return self.writer.run(topic).content\n`,
      'app.py': 'import streamlit as st\nfrom agents import Researcher\n\nq = st.chat_input("Ask")\nagent = Researcher()\nreport = agent.writer.run(q)\nst.markdown(report.content, unsafe_allow_html=True)\n',
    });
    assert.deepEqual(await ruleLines(files('Agent = Agent(model=model, markdown=True)'), 'llm/output-to-sink'), ['app.py:6:error']);
    assert.deepEqual(await ruleLines(files('Printer = Printer(width=80)'), 'llm/output-to-sink'), [], "look-alike: the attribute holds a printer, whose run is no model's");
  });

  it("a hosted RAG agent's answer (Contextual AI) is steered by the documents it retrieved, unlike a bare model's answer to the person's own question", async () => {
    const code = (call: string) =>
      `import streamlit as st\nfrom contextual import ContextualAI\nfrom openai import OpenAI\n\nq = st.chat_input("Ask")\nanswer = ${call}\nprompt = f"Add two follow-up questions to this answer, in one line each: {answer}"\nst.markdown(OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}]).choices[0].message.content)\n`;
    assert.deepEqual(await untrustedLines('app.py', code('ContextualAI().agents.query.create(agent_id=AGENT, messages=[{"role": "user", "content": q}]).message.content')), ['6:warning']);
    assert.deepEqual(await untrustedLines('app.py', code('OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": q}]).choices[0].message.content')), [], "look-alike: a bare model's answer to the person's own question is theirs");
  });

  it("CrewAI: `crew.kickoff(inputs={…})` fills the tasks' instructions, and its answer is model output", async () => {
    const code = (shown: string) => `import streamlit as st\nfrom crews import crew\n\nquery = st.chat_input("Ask")\nresponse = crew.kickoff(inputs={"query": query})\nst.markdown(${shown}, unsafe_allow_html=True)\n`;
    assert.deepEqual(await untrustedLines('main.py', code('response.raw')), ['4:warning'], "the person's query mixed into the instructions of a crew whose answer reaches a sink");
    const sinks = async (shown: string) => (await scanDocument({ file: 'main.py', text: code(shown) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('response.raw'), [5]);
    assert.deepEqual(await sinks('"<hr>"'), [], "look-alike: the app's own HTML");
    assert.deepEqual(await untrustedLines('main.py', code('"<hr>"')), [], "look-alike: nothing of the crew's reaches a sink, so the person's own query steers only their answer");
  });

  it("a file at `ROOT / \"data\" / \"orders.json\"` with `ROOT = Path(__file__).parent` is the app's own; one under an uploads folder is not", async () => {
    const code = (folder: string) => `from pathlib import Path\nfrom langchain_core.tools import tool\nROOT = Path(__file__).parent\nORDERS_PATH = ROOT / ${folder} / "orders.json"\n\n@tool\ndef lookup_order(order_id: str) -> str:\n    """Look up an order."""\n    return ORDERS_PATH.read_text()\n`;
    assert.deepEqual(await untrustedLines('tools.py', code('"data"')), []);
    assert.deepEqual(await untrustedLines('tools.py', code('"uploads"')), ['8:error'], 'look-alike: a file someone uploaded');
  });

  it("CrewAI: a task's output read after the crew ran is its agent's answer", async () => {
    const code = (read: string) => `import streamlit as st\nfrom crewai import Agent, Crew, Task\nscrape_task = Task(description="Scrape the product page", expected_output="JSON", agent=scraper)\nCrew(agents=[scraper], tasks=[scrape_task]).kickoff()\nst.markdown(f"<div>{${read}}</div>", unsafe_allow_html=True)\n`;
    const sinks = async (read: string) => (await scanDocument({ file: 'app.py', text: code(read) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('scrape_task.output.raw'), [4]);
    assert.deepEqual(await sinks('scrape_task.description'), [], "look-alike: the app's own description");
  });

  it("CrewAI: a task's description is its agent's instructions — the person's text there is a warning when the agent has tools", async () => {
    const code = (tools: string) => `from flask import Flask, request\nfrom crewai import Agent, Task\napp = Flask(__name__)\n\n@app.post("/scrape")\ndef scrape():\n    scraper = Agent(role="Scraper", goal="Read pages", backstory="…"${tools})\n    Task(description=f"Scrape the latest product data from {request.form['url']}", expected_output="JSON", agent=scraper)\n    return "ok"\n`;
    assert.deepEqual(await untrustedLines('app.py', code(', tools=[scrape_tool]')), ['7:warning']);
    assert.deepEqual(await untrustedLines('app.py', code('')), [], "look-alike: an agent without tools steers nothing the person could not");
  });

  it("browser-use: the pages the agent's browser reads go back to the model that drives it", async () => {
    const code = (module: string) => `import asyncio\nfrom ${module} import Agent\n\nasync def main():\n    agent = Agent(task="Find the best-rated laptop on shop.example", llm=llm)\n    await agent.run()\n`;
    assert.deepEqual(await untrustedLines('main.py', code('browser_use')), ['4:error']);
    assert.deepEqual(await untrustedLines('main.py', code('agno.agent')), [], "look-alike: another library's Agent");
  });
});

describe('AG2 conversations, wrapped tools, helpers and CrewAI task helpers (awesome-ai-apps, eighth round)', () => {
  it("AG2: `initiate_chat` runs a model; a tool registered with `register_for_llm` that reads the web steers its answer", async () => {
    const code = (tool: string) =>
      `import os\nfrom autogen import AssistantAgent, UserProxyAgent\nfrom autogen.tools.experimental import TinyFishTool\n\ndef research(url):\n    assistant = AssistantAgent(name="a", system_message="You research.", llm_config={})\n    executor = UserProxyAgent(name="x", human_input_mode="NEVER", code_execution_config=False)\n    tool = ${tool}\n    tool.register_for_llm(assistant)\n    first = executor.initiate_chat(recipient=assistant, message=f"Crawl {url}").summary\n    checker = AssistantAgent(name="v", system_message="You validate.", llm_config={})\n    return executor.initiate_chat(recipient=checker, message=f"Validate this due diligence data for the board:\\n\\n{first}")\n`;
    assert.deepEqual(await untrustedLines('agents.py', code('TinyFishTool(api_key=os.getenv("K"))')), ['7:error', '11:error'], "the scraped pages come back to the model; the answer they steered is mixed into the next agent's instructions");
    assert.deepEqual(await untrustedLines('agents.py', code('CalendarTool(api_key=os.getenv("K"))')), [], "look-alike: a tool that reads no one else's text, so the answer is the person's own request's");
  });

  it("Google ADK: `LangchainTool(tool=TavilySearch(…))` is the search tool it wraps", async () => {
    const code = (inner: string) =>
      `from google.adk.agents.llm_agent import LlmAgent\nfrom google.adk.tools.langchain_tool import LangchainTool\nfrom langchain_tavily import TavilySearch\n\nsearch_instance = ${inner}\nsearch = LangchainTool(tool=search_instance)\nagent = LlmAgent(name="r", model=MODEL, instruction="Research the market.", tools=[search])\n`;
    assert.deepEqual(await untrustedLines('main.py', code('TavilySearch(max_results=3)')), ['4:error']);
    assert.deepEqual(await untrustedLines('main.py', code('Calculator()')), [], 'look-alike: a wrapped tool that reads nothing');
  });

  it("an f-string of instruction text handed to a helper that sends it as the user message: its values are mixed into instructions", async () => {
    const code = (message: string) =>
      `import requests\nfrom openai import OpenAI\nclient = OpenAI()\n\ndef ask(message):\n    return client.chat.completions.create(model="m", messages=[{"role": "user", "content": message}]).choices[0].message.content\n\ndef brief(url):\n    notes = ask(requests.get(url).text)\n    return ask(${message})\n`;
    assert.deepEqual(await untrustedLines('app.py', code('f"Write a memo for the board from these notes and list the risks:\\n\\n{notes}"')), ['8:warning', '9:warning'], "the page in the first call's message; the answer it steered, mixed into the second call's instructions");
    assert.deepEqual(await untrustedLines('app.py', code('notes')), ['8:warning'], "look-alike: the answer handed on whole is the conversation");
  });

  it("a nested tuple target (`for name, (prompt, msg) in specs.items()`) binds each name", async () => {
    const code = (loop: string) =>
      `import requests\nfrom openai import OpenAI\nclient = OpenAI()\n\ndef brief(url):\n    page = requests.get(url).text\n    specs = {"a": ("You brief.", page)}\n    for ${loop} in specs.items():\n        client.chat.completions.create(model="m", messages=[{"role": "system", "content": prompt}, {"role": "system", "content": msg}])\n`;
    assert.deepEqual(await untrustedLines('app.py', code('name, (prompt, msg)')), ['8:error', '8:error']);
    assert.deepEqual(await untrustedLines('app.py', code('name, pair')), [], 'look-alike: the loop binds other names (prompt and msg are unbound here)');
  });

  it("CrewAI: `Task(description=task_description)` in a helper — what each caller passes is the task's instructions", async () => {
    const files = (passed: string) => ({
      'db.py': 'from pymongo import MongoClient\ncars = MongoClient("mongodb://localhost")["shop"]["cars"]\n\ndef find_cars():\n    return list(cars.find({}).limit(20))\n',
      'agent.py': `from crewai import Agent, Task, Crew\nfrom db import find_cars\n\ndef run_crew(task_description):\n    advisor = Agent(role="Advisor", goal="Help", backstory="…")\n    task = Task(description=task_description, expected_output="An answer", agent=advisor)\n    Crew(agents=[advisor], tasks=[task]).kickoff()\n    return str(task.output)\n\ndef handle(question):\n    listings = "\\n".join(str(car.get("title")) for car in find_cars())\n    return run_crew(${passed})\n`,
    });
    const ruleLines = async (passed: string) => (await scan(workspace(files(passed)))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await ruleLines('f"Recommend cars from these listings:\\n{listings}"'), ['agent.py:11']);
    assert.deepEqual(await ruleLines('f"Recommend cars for a family of {len(listings)}"'), [], "look-alike: only the listings' length reaches the task");
  });

  it("an app password's environment variable named a passkey is a credential sent to the model", async () => {
    const code = (name: string) => `import os\nfrom agents import Agent, Runner\nPASSKEY = os.environ["${name}"]\n\nasync def main(email_agent):\n    message = f"Configure e-mail with passkey '{PASSKEY}', then send the report"\n    await Runner.run(starting_agent=email_agent, input=message)\n`;
    const secrets = async (name: string) => (await scanDocument({ file: 'client.py', text: code(name) })).filter((f) => f.ruleId === 'prompt/secret-in-prompt').map((f) => f.range.start.line);
    assert.deepEqual(await secrets('GOOGLE_PASSKEY'), [5]);
    assert.deepEqual(await secrets('GOOGLE_SENDER_NAME'), [], "look-alike: the sender's name");
  });

  it('an MCP client on a server whose tools return what people post (Airbnb listings and reviews)', async () => {
    const code = (server: string) => `from agno.agent import Agent\nfrom agno.tools.mcp import MCPTools\nfrom mcp import StdioServerParameters\nparams = StdioServerParameters(command="npx", args=["-y", "${server}"])\nagent = Agent(model=model, tools=[MCPTools(server_params=params)])\n`;
    assert.deepEqual(await untrustedLines('main.py', code('@openbnb/mcp-server-airbnb')), ['3:error']);
    assert.deepEqual(await untrustedLines('main.py', code('@modelcontextprotocol/server-everything')), [], "look-alike: the reference test server returns the app's own fixtures");
  });
});

describe('Streamlit state across modules, comprehensions, getattr and joined templates (awesome-ai-apps, ninth round)', () => {
  it("the Exa client built in sight (`client = Exa(…)`, then `client.search_and_contents(…)`) returns web pages", async () => {
    const code = (made: string) => `from exa_py import Exa\nfrom openai import OpenAI\n\ndef ask(q):\n    client = ${made}\n    res = client.search_and_contents(query=q)\n    prompt = f"You advise on trends. Be specific and concise.\\n{res}"\n    return OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}])\n`;
    assert.deepEqual(await untrustedLines('app.py', code('Exa(api_key=KEY)')), ['6:warning']);
    assert.deepEqual(await untrustedLines('app.py', code('Notes(path=DIR)')), [], "look-alike: the app's own notes");
  });

  it("`st.session_state.get(\"key\", default)` reads what another function kept under that key", async () => {
    const code = (read: string) => `import streamlit as st\nimport yt_dlp\nfrom openai import OpenAI\n\ndef load(url):\n    with yt_dlp.YoutubeDL({}) as ydl:\n        info = ydl.extract_info(url, download=False)\n    st.session_state["channel_title"] = info.get("title") or ""\n\nquestion = st.chat_input("Ask")\nif question:\n    name = ${read}\n    prompt = f"You are a strategy assistant for the channel {name}. Suggest specific ideas."\n    OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}])\n`;
    assert.deepEqual(await untrustedLines('app.py', code('st.session_state.get("channel_title") or "this channel"')), ['12:warning'], "a video's title its owner wrote, kept for the session");
    assert.deepEqual(await untrustedLines('app.py', code('st.session_state.get("topic") or "this channel"')), [], 'look-alike: another key, which nothing here keeps');
  });

  it("Streamlit's session state is the session's: a key kept by a function of an imported module is read in the page", async () => {
    const files = (key: string) => ({
      'core.py': 'import streamlit as st\nimport yt_dlp\n\ndef load(url):\n    with yt_dlp.YoutubeDL({}) as ydl:\n        info = ydl.extract_info(url, download=False)\n    st.session_state["channel_videos"] = info.get("entries") or []\n    return 0\n',
      'app.py': `import streamlit as st\nfrom openai import OpenAI\nfrom core import load\n\nif st.button("Load"):\n    load(st.text_input("Channel"))\nquestion = st.chat_input("Ask")\nif question:\n    videos = st.session_state.get("${key}") or []\n    prompt = f"You are a strategy assistant. Suggest specific ideas from these videos:\\n{videos}"\n    OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}])\n`,
    });
    const ruleLines = async (key: string) => (await scan(workspace(files(key)))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await ruleLines('channel_videos'), ['app.py:9']);
    assert.deepEqual(await ruleLines('channel_notes'), [], 'look-alike: a key the imported module does not keep');
  });

  it("a comprehension whose body reads none of its loop's variables (`[\"\" for _ in quiz]`) holds nothing of what it iterates", async () => {
    const code = (body: string) => `import requests\nfrom openai import OpenAI\n\ndef grade(url):\n    quiz = requests.get(url).json()["questions"]\n    answers = [${body} for q in quiz]\n    prompt = f"You grade answers strictly. Score each one:\\n{answers}"\n    OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}])\n`;
    assert.deepEqual(await untrustedLines('app.py', code('""')), []);
    assert.deepEqual(await untrustedLines('app.py', code('q["text"]')), ['6:warning'], "look-alike: a body that reads the loop's variable holds the page's text");
  });

  it("`search_fn = getattr(self.memory, \"search\", None)` then `search_fn(…)` is that method, not a search helper guessed from the variable's name", async () => {
    const code = (held: string) => `from openai import OpenAI\n\nclass Coach:\n    def profile(self):\n        search_fn = ${held}\n        found = search_fn("PROFILE", limit=5)\n        prompt = f"You are a study coach. Plan the week for this learner:\\n{found}"\n        return OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}])\n`;
    assert.deepEqual(await untrustedLines('coach.py', code('getattr(self.memory, "search", None)')), []);
    assert.deepEqual(await untrustedLines('coach.py', code('search_documents')), ['6:warning'], 'look-alike: a search helper whose code is not in sight returns retrieved documents');
  });

  it("a helper named like a search whose summary says it returns someone else's text is followed through it (its source, not the name's guess)", async () => {
    const code = (fetch: string) => `from openai import OpenAI\nimport requests\n\ndef search_jobs_with_exa(url):\n    return ${fetch}\n\ndef process():\n    listings = search_jobs_with_exa("https://jobs.example")\n    prompt = f"You extract companies. List them:\\n{listings}"\n    return OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}])\n`;
    const labels = async (fetch: string) => (await scanDocument({ file: 'wf.py', text: code(fetch) })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => /\(([^)]*)\)/.exec(f.message)?.[1]);
    assert.deepEqual(await labels('requests.get(url).text'), ['web content']);
    assert.deepEqual(await labels('jobs_client.lookup(url)'), ['retrieved documents'], "look-alike: a summary that finds no one else's text (a call it does not know) leaves the name's guess");
    assert.deepEqual(await labels('url.upper()'), [], "…but one whose every call reads nothing (text work) retrieves nothing");
  });

  it("a template of instructions kept in a name and joined to the person's question (`full + \"Question: \" + q`) mixes its values into instructions", async () => {
    const code = (held: string) => `import streamlit as st\nfrom langchain_core.messages import HumanMessage\nfrom pypdf import PdfReader\n\nup = st.file_uploader("Resume")\nq = st.chat_input("Ask")\nif q and up:\n    text = PdfReader(up).pages[0].extract_text()\n    full = ${held}\n    llm.invoke([HumanMessage(content=full + "\\n\\nQuestion: " + q)])\n`;
    assert.deepEqual(await untrustedLines('app.py', code('f"You are a helpful job search assistant. Answer from this resume:\\n{text}"')), ['8:warning'], "reported where the resume's text is put into the instructions");
    assert.deepEqual(await untrustedLines('app.py', code('f"Resume:\\n{text}"')), ['9:warning'], 'look-alike: a template without instructions joined to the question is its own message');
  });
});

describe('agno agents, tools that read public pages, Streamlit reruns and dead code (awesome-ai-apps, tenth round)', () => {
  it("agno: an agent's description and instructions are its system message — model output put there is mixed into instructions", async () => {
    const code = (key: string) => `import requests\nfrom agno.agent import Agent\n\ndef follow_up(url, question):\n    summary = Agent(model=model).run(f"Summarise this article: {requests.get(url).text}").content\n    helper = Agent(model=model, ${key}=f"You answer questions strictly about this analysis:\\n{summary}")\n    return helper.run(question).content\n`;
    assert.deepEqual(await untrustedLines('app.py', code('description')), ['4:warning', '5:warning'], "the article in the first agent's message; the answer it steered in the second agent's description");
    assert.deepEqual(await untrustedLines('app.py', code('name')), ['4:warning'], "look-alike: an agent's name is no instruction");
  });

  it("an agent made in sight without tools (`Agent(model=m)`) has none, whatever its variable's name says", async () => {
    const code = (tools: string) => `import streamlit as st\nfrom agno.agent import Agent\nfrom agno.tools.file import FileTools\n\nquestion = st.chat_input("Ask")\nif question:\n    followup_agent = Agent(model=model${tools})\n    followup_agent.run(f"You are an analyst. Answer concisely and cite the analysis. Question: {question}")\n`;
    assert.deepEqual(await untrustedLines('app.py', code('')), [], "the person's own question, in a call that can do nothing they could not");
    assert.deepEqual(await untrustedLines('app.py', code(', tools=[FileTools()]')), ['7:warning'], 'look-alike: an agent with tools that act on the server');
  });

  it("requester text in the instructions of an agent whose only tools read public pages (search, an Airbnb MCP server) steers no power they lack", async () => {
    const code = (server: string) => `import streamlit as st\nfrom agno.agent import Agent\nfrom agno.tools.mcp import MCPTools\nfrom mcp import ClientSession, StdioServerParameters\nfrom mcp.client.stdio import stdio_client\n\nasync def find(query):\n    params = StdioServerParameters(command="npx", args=["-y", "${server}"])\n    async with stdio_client(params) as (read, write):\n        async with ClientSession(read, write) as session:\n            tools = MCPTools(session=session)\n            agent = Agent(model=model, tools=[tools], instructions=f"You find hotels. The guest asked: {query}")\n            return await agent.arun("Search now")\n\nq = st.text_input("Where?")\nst.markdown(find(q))\n`;
    const lines = async (server: string) => (await untrustedLines('app.py', code(server))).filter((line) => !line.startsWith('7:'));
    assert.deepEqual(await lines('@openbnb/mcp-server-airbnb'), [], "the Airbnb server's tools search listings the person could search themselves");
    assert.deepEqual(await lines('@modelcontextprotocol/server-filesystem'), ['15:warning'], "look-alike: a filesystem server's tools act on the server's files");
  });

  it("Streamlit reruns the script: what a run appends to `st.session_state.messages` is read by the next run's earlier lines", async () => {
    const code = (appended: string) => `import streamlit as st\nfrom agno.agent import Agent\nfrom agno.tools.duckduckgo import DuckDuckGoTools\n\nteam = Agent(model=model, tools=[DuckDuckGoTools()])\nprompt = st.chat_input("Ask")\nif prompt:\n    history = "".join(m["content"] for m in st.session_state.messages[-6:])\n    answer = Agent(model=model).run(f"You are an analyst. Answer from this conversation:\\n{history}\\nQuestion: {prompt}").content\n    result = team.run(prompt).content\n    st.session_state.messages.append({"role": "assistant", "content": ${appended}})\n`;
    const lines = async (appended: string) => (await untrustedLines('app.py', code(appended))).filter((line) => !line.startsWith('4:'));
    assert.deepEqual(await lines('result'), ['8:warning'], "the search agent's answer (steered by web pages) kept for the next run, mixed into instructions");
    assert.deepEqual(await lines('"Done."'), [], "look-alike: the app's own text kept there");
  });

  it("statements after a module-level `st.stop()` never run", async () => {
    const code = (stop: string) => `import streamlit as st\nimport subprocess\nfrom openai import OpenAI\n\n${stop}\nq = st.text_input("q")\ncmd = OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": q}]).choices[0].message.content\nsubprocess.run(cmd, shell=True)\n`;
    const sinks = async (stop: string) => (await scanDocument({ file: 'app.py', text: code(stop) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('st.stop()'), []);
    assert.deepEqual(await sinks('if st.button("Stop"):\n    st.stop()'), [8], 'look-alike: a stop inside a branch leaves the rest to run');
  });

  it("a Tavily client held in an attribute (`self.tavily_client.search(…)`) returns web search results", async () => {
    const tavily = (held: string) => `import requests\nfrom openai import OpenAI\n\nclass Researcher:\n    def ask(self, q):\n        found = self.${held}.search(query=q)\n        return OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": f"You summarise papers. List the findings:\\n{found}"}])\n`;
    assert.deepEqual(await untrustedLines('r.py', tavily('tavily_client')), ['6:warning']);
    assert.deepEqual(await untrustedLines('r.py', tavily('notes_client')), [], "look-alike: the app's own notes client");
  });
});

describe('search APIs over raw HTTP, files of the app chosen by name, memory stores and prefixed keys (awesome-ai-apps, eleventh round)', () => {
  it("a memory store searched with the model's words inside a tool (`memory_tool.execute(query=q)`) is no dispatched tool's result", async () => {
    const code = (called: string) => `from strands import Agent, tool\n\ndef make_agent(store, tools):\n    @tool\n    def search_memory(query: str) -> str:\n        return str(${called}(query=query))\n    return Agent(model=model, tools=[search_memory])\n`;
    assert.deepEqual(await untrustedLines('coach.py', code('store.memory_tool.execute')), []);
    assert.deepEqual(await untrustedLines('coach.py', code('tools.web_tool.execute')), ['5:error'], "look-alike: another tool run with the model's arguments returns that tool's result");
  });

  it("a key given as a prefixed key option (`Memori(openai_api_key=key)`) is spent there: what the object returns is not the key", async () => {
    const code = (option: string) => `import os\nfrom openai import OpenAI\nfrom memori import Memori\n\nstore = Memori(${option}=os.getenv("OPENAI_API_KEY"))\nfound = store.search("goals")\nOpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": f"Plan my week from: {found}"}])\n`;
    const secrets = async (option: string) => (await scanDocument({ file: 'coach.py', text: code(option) })).filter((f) => f.ruleId === 'prompt/secret-in-prompt').map((f) => f.range.start.line);
    assert.deepEqual(await secrets('openai_api_key'), []);
    assert.deepEqual(await secrets('notes'), [6], 'look-alike: a key passed as data the object keeps and returns');
  });

  it("an MCP tool's own request helper posting to a search API's host (`f\"{base_url}/{endpoint}\"`) returns web search results", async () => {
    const code = (host: string) => `import httpx\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("search")\n\nasync def make_request(endpoint, payload):\n    base_url = "${host}"\n    async with httpx.AsyncClient() as client:\n        response = await client.post(f"{base_url}/{endpoint}", json=payload)\n        return response.json()\n\n@mcp.tool()\nasync def search(query: str) -> dict:\n    result = await make_request("search", {"query": query})\n    return {"results": result.get("results", [])}\n`;
    assert.deepEqual(await untrustedLines('server.py', code('https://api.exa.ai')), ['13:error']);
    assert.deepEqual(await untrustedLines('server.py', code('https://billing.example.com')), [], "look-alike: the company's own billing API's answer");
  });

  it("`(PROMPTS_DIR / f\"{task}_{fmt}.txt\").read_text()` with `PROMPTS_DIR = Path(__file__).parent / \"prompts\"` is one of the app's own files", async () => {
    const code = (folder: string) => `from pathlib import Path\nfrom openai import OpenAI\nROOT = Path(__file__).parent\nPROMPTS_DIR = ROOT / "${folder}"\n\ndef run(task, fmt, text):\n    template = (PROMPTS_DIR / f"{task}_{fmt}.txt").read_text()\n    return OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": template.replace("{text}", text)}])\n`;
    assert.deepEqual(await untrustedLines('runner.py', code('prompts')), []);
    assert.deepEqual(await untrustedLines('runner.py', code('uploads')), ['7:warning'], 'look-alike: a file in the uploads folder is the uploader\'s');
  });
});

describe('authenticators and ADK runners (awesome-ai-apps, twelfth round)', () => {
  it("a password given to an authenticator (`PasswordAuthenticator(user, password)`) signs the client's requests: what the client returns is not the password", async () => {
    const code = (made: string) => `import os\nfrom openai import OpenAI\nfrom couchbase.auth import PasswordAuthenticator\nfrom couchbase.cluster import Cluster\n\nauth = ${made}("admin", os.getenv("CB_PASSWORD"))\ncluster = Cluster("couchbase://db", auth)\ntalks = cluster.describe("talks")\nOpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": f"Suggest a talk unlike: {talks}"}])\n`;
    const secrets = async (made: string) => (await scanDocument({ file: 'app.py', text: code(made) })).filter((f) => f.ruleId === 'prompt/secret-in-prompt').map((f) => f.range.start.line);
    assert.deepEqual(await secrets('PasswordAuthenticator'), []);
    assert.deepEqual(await secrets('make_pair'), [8], 'look-alike: a password kept in a plain structure the query results carry');
  });

  it("Google ADK: the events a Runner yields carry its agents' answer, steered by whatever their tools read", async () => {
    const code = (method: string) => `from google.adk.runners import Runner\nfrom openai import OpenAI\n\ndef propose(runner, content, idea):\n    events = runner.${method}(user_id="u", session_id="s", new_message=content)\n    research = "".join(e.content.parts[0].text for e in events)\n    prompt = f"You are a conference advisor. Write a proposal for {idea} using this research:\\n{research}"\n    return OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}])\n`;
    assert.deepEqual(await untrustedLines('app.py', code('run')), ['6:warning']);
    assert.deepEqual(await untrustedLines('app.py', code('stop')), [], "look-alike: a runner's other method");
  });
});

describe('search clients, in-sight helpers and served HTML (awesome-ai-apps, thirteenth round)', () => {
  it("a key handed to a client in a params dict (`WeatherClient({… 'api_key': key})`) is spent there: what it returns is not the key", async () => {
    const code = (field: string) => `import os\nfrom openai import OpenAI\nfrom weather import WeatherClient\n\ndef fetch_results(query):\n    params = {"city": query, "${field}": os.getenv("WEATHER_API_KEY")}\n    client = WeatherClient(params)\n    results = client.current()\n    return results\n\nOpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": f"Summarise: {fetch_results('x')}"}])\n`;
    const secrets = async (field: string) => (await scanDocument({ file: 'app.py', text: code(field) })).filter((f) => f.ruleId === 'prompt/secret-in-prompt').map((f) => f.range.start.line);
    assert.deepEqual(await secrets('api_key'), []);
    assert.deepEqual(await secrets('note'), [10], 'look-alike: the key under a field that is not for authentication travels with the data');
  });

  it("SerpAPI's Python client: `GoogleSearch(params).get_dict()` returns web search results", async () => {
    const code = (method: string) => `import os\nfrom openai import OpenAI\nfrom serpapi import GoogleSearch\n\ndef fetch_results(query):\n    search = GoogleSearch({"q": query, "api_key": os.getenv("SERPAPI_API_KEY")})\n    return search.${method}()\n\ndef main(q):\n    OpenAI().chat.completions.create(model="m", messages=[{"role": "system", "content": f"Use: {fetch_results(q)}"}])\n`;
    assert.deepEqual(await untrustedLines('app.py', code('get_dict')), ['9:error']);
    assert.deepEqual(await untrustedLines('app.py', code('get_params')), [], "look-alike: the client's own settings");
  });

  it('a search-named function in sight that makes no call (a stub formatting its arguments) retrieves nothing: no guess from its name', async () => {
    const code = (body: string) => `from agent_framework import Agent\n\ndef search_flights(origin, destination):\n    ${body}\n\nasync def plan(agent, origin, destination):\n    flights = search_flights(origin, destination)\n    return await agent.run(f"Flights:\\n{flights}\\n\\nCreate a succinct itinerary with the cheapest flight.")\n`;
    assert.deepEqual(await untrustedLines('app.py', code('return f"Flights {origin}->{destination}: Delta $320, United $290"')), []);
    assert.deepEqual(await untrustedLines('app.py', code('return flights_api.find(origin, destination)')), ['7:error'], 'look-alike: a helper that calls code we cannot see keeps the guess from its name');
  });

  it("a tool the app calls itself (`flights = find_flights(origin)`) returns what the app gave it, not arguments the model wrote", async () => {
    const code = (given: string) => `import requests\nfrom agent_framework import Agent, tool\n\n@tool(approval_mode="never_require")\ndef find_flights(origin: str) -> str:\n    return f"Flights from {origin}: Delta $320"\n\nplanner = Agent(client=client, instructions="You plan.", tools=[find_flights])\n\nasync def plan(url):\n    flights = find_flights(${given})\n    return await planner.run(f"Flights:\\n{flights}\\n\\nCreate an itinerary.")\n`;
    assert.deepEqual(await untrustedLines('app.py', code('"New York"')), []);
    assert.deepEqual(await untrustedLines('app.py', code('requests.get(url).text')), ['11:error'], 'look-alike: the app hands the tool a web page, which comes back in its answer');
  });

  it("an agent made in sight with only a model and instructions (`Agent(client=…, instructions=…)`) answers what it is asked: the app's own question leaves its answer the app's", async () => {
    const code = (options: string) => `from agent_framework import Agent\n\nplanner = Agent(client=client, instructions="You plan."${options})\ncritic = Agent(client=client, instructions="You critique.")\n\nasync def trip():\n    plan = await planner.run("Plan a weekend in Paris.")\n    return await critic.run(f"Itinerary:\\n{plan}\\n\\nEvaluate the itinerary.")\n`;
    assert.deepEqual(await untrustedLines('app.py', code('')), []);
    assert.deepEqual(await untrustedLines('app.py', code(', tools=[search_web]')), ['7:warning'], 'look-alike: an agent with tools is steered by what they return');
  });

  it("an agent made by the app's own factory and kept in session state (`st.session_state.team = create_team()`) runs a model when `.run(…)` is called", async () => {
    const code = (made: string) => `import streamlit as st\nfrom agno.agent import Agent\nfrom agno.team import Team\n\ndef create_team():\n    researcher = Agent(model=model, tools=[search_web])\n    team = ${made}(model=model, members=[researcher], instructions=["Research the competitor."])\n    return team\n\nif "team" not in st.session_state:\n    st.session_state.team = create_team()\nprompt = st.chat_input("Ask")\nif prompt:\n    result = st.session_state.team.run(f"Request: {prompt}")\n    followup = Agent(model=model)\n    followup.run(f"You are an analyst. Answer from this analysis:\\n{result.content}")\n`;
    assert.deepEqual(await untrustedLines('app.py', code('Team')), ['15:warning']);
    assert.deepEqual(await untrustedLines('app.py', code('Schedule')), [], 'look-alike: a factory that makes something else');
  });
});

describe('served HTML, unknown agent APIs, finance data and parallel results (awesome-ai-apps, fourteenth round)', () => {
  it("an attribute of an object built in sight (`stock = yf.Ticker(t)`, then `stock.news`) is matched by the class that built it", async () => {
    const code = (read: string) => `import yfinance as yf\nfrom openai import OpenAI\n\ndef brief(ticker):\n    stock = yf.Ticker(ticker)\n    articles = stock.${read}\n    return OpenAI().chat.completions.create(model="m", messages=[{"role": "system", "content": f"Use these articles: {articles}"}])\n`;
    assert.deepEqual(await untrustedLines('app.py', code('news or []')), ['6:error']);
    assert.deepEqual(await untrustedLines('app.py', code('history(period="1mo")')), [], "look-alike: the stock's prices, numbers no one wrote");
  });

  it('`a, b = await asyncio.gather(f(), g())` and `a, b = f(), g()` give each name its own element', async () => {
    const code = (value: string) => `import asyncio\nimport requests\nfrom openai import OpenAI\n\nasync def fetch_page(url):\n    return requests.get(url).text\n\nasync def get_prices(ticker):\n    return [1, 2, 3]\n\nasync def research(url, ticker):\n    prices, page = ${value}\n    OpenAI().chat.completions.create(model="m", messages=[{"role": "system", "content": f"Prices: {prices}"}])\n    OpenAI().chat.completions.create(model="m", messages=[{"role": "system", "content": f"Page: {page}"}])\n`;
    assert.deepEqual(await untrustedLines('app.py', code('await asyncio.gather(get_prices(ticker), fetch_page(url), return_exceptions=True)')), ['13:error']);
    assert.deepEqual(await untrustedLines('app.py', code('await get_prices(ticker), await fetch_page(url)')), ['13:error']);
    assert.deepEqual(await untrustedLines('app.py', code('await asyncio.gather(*[fetch_page(url), get_prices(ticker)])')), ['12:error', '13:error'], 'look-alike: a starred list gives no elements to tell apart');
  });

  it("`pool.submit(fn, x).result()` and `await asyncio.to_thread(fn, x)` are what `fn(x)` returns", async () => {
    const code = (value: string) => `import asyncio\nfrom concurrent.futures import ThreadPoolExecutor\nfrom openai import OpenAI\n\ndef generate(prompt):\n    return OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}]).choices[0].message.content\n\nasync def run(prompt, pool):\n    code = ${value}\n    exec(code)\n`;
    const sinks = async (value: string) => (await scanDocument({ file: 'app.py', text: code(value) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('pool.submit(generate, prompt).result()'), [9]);
    assert.deepEqual(await sinks('await asyncio.to_thread(generate, prompt)'), [9]);
    assert.deepEqual(await sinks('await asyncio.to_thread(len, prompt)'), [], 'look-alike: a function that returns no model output');
  });

  it('a helper nested in a function (`def _fetch(): …` in several functions) is that function\'s own, not another one of the same name', async () => {
    const code = (caller: string) => `import requests\nfrom openai import OpenAI\n\ndef page(url):\n    def _fetch():\n        return requests.get(url).text\n    return _fetch()\n\ndef prices(ticker):\n    def _fetch():\n        return [1, 2, 3]\n    return _fetch()\n\ndef main(url, ticker):\n    found = ${caller}\n    OpenAI().chat.completions.create(model="m", messages=[{"role": "system", "content": f"Use: {found}"}])\n`;
    assert.deepEqual(await untrustedLines('app.py', code('prices(ticker)')), []);
    assert.deepEqual(await untrustedLines('app.py', code('page(url)')), ['15:error'], "look-alike: the function whose own helper fetches a page");
  });

  it("a tool's file read through the app's own path helper (`_resolve_safe(p)` returning `(ROOT / p).resolve()` under the code's folder) reads the app's own files", async () => {
    const code = (folder: string) => `from pathlib import Path\nfrom langchain_core.tools import tool\nfrom langchain_openai import ChatOpenAI\n\nROOT = Path(__file__).resolve().parent / "${folder}"\n\ndef _resolve_safe(path):\n    resolved = (ROOT / path).resolve()\n    if not resolved.is_relative_to(ROOT):\n        raise ValueError("outside")\n    return resolved\n\n@tool\ndef read_file(path: str) -> str:\n    """Read a workspace file."""\n    target = _resolve_safe(path)\n    return target.read_text()\n\nllm = ChatOpenAI().bind_tools([read_file])\n`;
    assert.deepEqual(await untrustedLines('app.py', code('workspace')), []);
    assert.deepEqual(await untrustedLines('app.py', code('uploads')), ['16:error'], 'look-alike: the folder people upload to');
  });

  it("a field the app's classes declare as a number or boolean (`latency_seconds: float`) holds no text, whatever object it is read from", async () => {
    const code = (type: string) => `import streamlit as st\nfrom dataclasses import dataclass\nfrom openai import OpenAI\n\n@dataclass\nclass Generation:\n    code: str\n    latency_seconds: ${type}\n\ndef generate(prompt):\n    out = OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}]).choices[0].message.content\n    return Generation(code=out, latency_seconds=1.0)\n\ndef show(results, key):\n    generation = results[key]\n    st.markdown(f"<span>{generation.latency_seconds} s</span>", unsafe_allow_html=True)\n\nshow({"m": generate("Write a sort")}, "m")\n`;
    const sinks = async (type: string) => (await scanDocument({ file: 'app.py', text: code(type) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('float'), []);
    assert.deepEqual(await sinks('Optional[int]'), []);
    assert.deepEqual(await sinks('str'), [17], 'look-alike: a text field can hold what the model wrote');
  });

  it("…and a `@property` whose return is declared a number (`def score(self) -> int`) reads like such a field", async () => {
    const code = (type: string) => `import streamlit as st\nfrom openai import OpenAI\n\nclass Result:\n    def __init__(self, code):\n        self.code = code\n\n    @property\n    def score(self) -> ${type}:\n        return len(self.code)\n\ndef show(result):\n    st.markdown(f"<b>{result.score}</b>", unsafe_allow_html=True)\n\nshow(Result(OpenAI().chat.completions.create(model="m", messages=[]).choices[0].message.content))\n`;
    const sinks = async (type: string) => (await scanDocument({ file: 'app.py', text: code(type) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('int'), []);
    assert.deepEqual(await sinks('str'), [14], 'look-alike: a property that returns text');
  });
});

describe('crews on public readers, tools of the app that only search, and libraries that read their own documents (awesome-llm-apps, eighteenth round)', () => {
  it("a CrewAI task's agent whose only tools read public pages: the person's company in the task's description steers no power they lack", async () => {
    const code = (tool: string) => `import streamlit as st\nfrom crewai import Agent, Task, Crew\nfrom crewai_tools import SerperDevTool, FileWriterTool\n\ncompany = st.text_input("Company")\nanalyst = Agent(role="Analyst", goal="Analyse", backstory="You analyse.", tools=[${tool}])\ntask = Task(description=f"Analyze the context for the meeting with {company}. Research recent news, products and competitors, and provide a comprehensive summary formatted in markdown.", agent=analyst, expected_output="A report")\nresult = Crew(agents=[analyst], tasks=[task]).kickoff()\n`;
    const lines = async (tool: string) => (await untrustedLines('app.py', code(tool))).filter((line) => line.startsWith('6:'));
    assert.deepEqual(await lines('SerperDevTool()'), []);
    assert.deepEqual(await lines('FileWriterTool()'), ['6:warning'], 'look-alike: an agent whose tool writes files');
  });

  it("a tool of the app's whose only answer is a web search (`def web_research(q): return DuckDuckGoSearchRun().run(q)`) reads public pages like the library's own", async () => {
    const code = (body: string) => `import streamlit as st\nfrom langchain_community.tools import DuckDuckGoSearchRun\nfrom langchain_core.messages import HumanMessage\nfrom langgraph.prebuilt import create_react_agent\nimport subprocess\n\ndef make_agent(model):\n    def web_research(query: str) -> str:\n        """Search the web."""\n        ${body}\n    agent = create_react_agent(model=model, tools=[web_research])\n    return agent\n\ndef answer(model, question):\n    agent = make_agent(model)\n    return agent.invoke({"messages": [HumanMessage(content=f"Research and provide a detailed answer for: '{question}'")]})\n\nanswer(None, st.text_input("Question"))\n`;
    const lines = async (body: string) => (await untrustedLines('app.py', code(body))).filter((line) => line.startsWith('17:'));
    assert.deepEqual(await lines('return DuckDuckGoSearchRun().run(query)'), []);
    assert.deepEqual(await lines('return subprocess.run(query, shell=True, capture_output=True, text=True).stdout'), ['17:warning'], 'look-alike: a tool that runs a command');
  });

  it("Embedchain's `app.query(q)`, with the app built by a helper of the file, answers from what `.add(…)` read — not from the app's own literal text", async () => {
    const code = (add: string) => `import streamlit as st\nfrom embedchain import App\n\ndef make_bot(key):\n    return App.from_config(config={"llm": {"provider": "openai", "config": {"api_key": key}}})\n\nbot = make_bot(st.secrets["key"])\n${add}\nanswer = bot.query(st.text_input("Question"))\n`;
    assert.deepEqual(await untrustedLines('app.py', code('bot.add(st.text_input("Video URL"), data_type="youtube_video")')), ['8:warning']);
    assert.deepEqual(await untrustedLines('app.py', code('bot.add("Refunds take five days.", data_type="text")')), [], "look-alike: the app's own sentence");
    assert.deepEqual(await untrustedLines('app.py', code('')), [], 'look-alike: nothing added in sight');
  });

  it("…also when the app is kept in session state and added to through another name in a helper (`bot = st.session_state.bot`; `global bot; bot.add(url)`)", async () => {
    const code = (add: string) => `import streamlit as st\nfrom embedchain import App\n\nif "bot" not in st.session_state:\n    st.session_state["bot"] = App()\nbot = st.session_state.bot\n\ndef load(source):\n    global bot\n    ${add}\n\nload(st.text_input("Page"))\nanswer = st.session_state.bot.chat(st.text_input("Question"))\n`;
    assert.deepEqual(await untrustedLines('app.py', code('bot.add(source, data_type="web_page")')), ['12:warning']);
    assert.deepEqual(await untrustedLines('app.py', code('bot.add("We open at 9.", data_type="text")')), [], "look-alike: the app's own sentence");
  });
});

describe('knowledge filled after it is made and constant fields (awesome-llm-apps, twentieth round)', () => {
  it("agno's `Knowledge()` filled with `add_content(url=…)` and handed to an agent built by a helper (`Agent(knowledge=_kb)`) is searched as the agent's tool", async () => {
    const code = (add: string) => `from agno.agent import Agent\nfrom agno.knowledge.knowledge import Knowledge\n\ndef load_knowledge():\n    kb = Knowledge(vector_db=db)\n    return kb\n\ndef load_agent(_kb):\n    return Agent(model=model, knowledge=_kb, search_knowledge=True)\n\nknowledge = load_knowledge()\n${add}\nagent = load_agent(knowledge)\nagent.print_response(question)\n`;
    assert.deepEqual(await untrustedLines('app.py', code('knowledge.add_content(url=new_url)')), ['4:error']);
    assert.deepEqual(await untrustedLines('app.py', code('knowledge.add_content(path="docs/handbook.pdf")')), [], "look-alike: the app's own file, named by a literal path");
  });

  it('a field the constructor sets once to a string (`self.RETRIEVAL_URL = "https://api.ragie.ai/retrievals"`) is that string where a method requests it', async () => {
    const code = (url: string) => `import requests\nfrom anthropic import Anthropic\n\nclass Pipeline:\n    def __init__(self):\n        self.RETRIEVAL_URL = "${url}"\n\n    def answer(self, query):\n        chunks = requests.post(self.RETRIEVAL_URL, json={"query": query}).json()["scored_chunks"]\n        return Anthropic().messages.create(model="m", max_tokens=500, system=f"Answer from: {chunks}", messages=[{"role": "user", "content": query}])\n`;
    assert.deepEqual(await untrustedLines('app.py', code('https://api.ragie.ai/retrievals')), ['9:error']);
    assert.deepEqual(await untrustedLines('app.py', code('https://api.example.com/retrievals')), [], 'look-alike: a service that is not a retrieval API');
  });
});

describe('LlamaIndex agents: prefix messages, tool specs and the functions they list (published vulnerability CVE-2024-12909, twenty-first round)', () => {
  it('`ChatMessage(role="system", content=…)` in an agent\'s `prefix_messages` is its system message; the rows of `sql_database.run_sql(…)` are database rows', async () => {
    const code = (role: string) => `from llama_index.agent.openai import OpenAIAgent\nfrom llama_index.core.base.llms.types import ChatMessage\n\ndef build(sql_database, llm, tools):\n    _, rows = sql_database.run_sql("SELECT * FROM trades LIMIT 1")\n    return OpenAIAgent.from_tools(tools, prefix_messages=[ChatMessage(role="${role}", content=f"Top rows: {rows}")], llm=llm)\n`;
    assert.deepEqual(await untrustedLines('app.py', code('system')), ['5:error']);
    const user = await scanDocument({ file: 'app.py', text: code('user') });
    assert.deepEqual(user.filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => /system instructions/.test(f.message)), [false], 'look-alike: a user message is no system instruction');
  });

  it("a ToolSpec's tools are the functions its `spec_functions` lists: a helper the app calls (`get_table_info`) returns nothing to the model", async () => {
    const code = (listed: string) => `from llama_index.core.tools.tool_spec.base import BaseToolSpec\n\nclass DatabaseSpec(BaseToolSpec):\n    spec_functions = [${listed}]\n\n    def run_query(self, query: str) -> str:\n        return "ok"\n\n    def get_table_info(self) -> str:\n        return str(self.cursor.execute("SELECT * FROM t LIMIT 1").fetchall())\n`;
    assert.deepEqual(await untrustedLines('app.py', code('"run_query"')), []);
    assert.deepEqual(await untrustedLines('app.py', code('"run_query", "get_table_info"')), ['9:error'], 'look-alike: listed, it is a tool returning rows');
  });

  it("`OpenAIAgent.from_tools(spec.to_tool_list())` with a tool spec that reads news or pages: its results go back to the agent", async () => {
    const code = (spec: string) => `from llama_index.agent.openai import OpenAIAgent\n\nclass Pack:\n    def __init__(self, keys, llm):\n        self.spec = ${spec}(*keys)\n        self.agent = OpenAIAgent.from_tools(self.spec.to_tool_list(), llm=llm)\n`;
    assert.deepEqual(await untrustedLines('app.py', code('FinanceAgentToolSpec')), ['4:error']);
    assert.deepEqual(await untrustedLines('app.py', code('CalculatorToolSpec')), [], 'look-alike: a spec that computes');
  });
});

describe('hosted web search, agents never run and Gemini Interactions (awesome-llm-apps, twenty-second round)', () => {
  it("a call whose only tool is the provider's web search (`tools=[{\"type\": \"google_search\"}]`) gives the person's text in its instructions no power", async () => {
    const code = (tool: string) => `import streamlit as st\nfrom google import genai\nclient = genai.Client()\ngoal = st.text_area("Goal")\nplan = client.interactions.create(model="gemini-3-flash", input=f"Create a numbered research plan for: {goal}. Include 5-8 specific tasks.", tools=[${tool}])\n`;
    assert.deepEqual(await untrustedLines('app.py', code('{"type": "google_search"}')), []);
    assert.deepEqual(await untrustedLines('app.py', code('send_email')), ['4:warning'], 'look-alike: a tool that acts');
  });

  it("an agent built with tools and never run, handed on or returned reads nothing with them", async () => {
    const code = (run: string, ui = 'import streamlit as st\n') => `${ui}from agno.agent import Agent\nfrom agno.tools.serpapi import SerpApiTools\n\nresearcher = Agent(model=model, tools=[SerpApiTools(api_key=KEY)])\nplanner = Agent(model=model)\n${run}\n`;
    assert.deepEqual(await untrustedLines('app.py', code('planner.run(goals)')), []);
    assert.deepEqual(await untrustedLines('app.py', code('researcher.run(goals)')), ['4:error'], 'look-alike: the searching agent runs');
    assert.deepEqual(await untrustedLines('agents.py', code('', '')), ['3:error'], "look-alike: a module's agent, which another module may import and run");
  });

  it("Gemini's hosted deep-research agent (`interactions.create(agent=…)`) browses the web: model output in its task is an error", async () => {
    const code = (kind: string) => `from google import genai\nclient = genai.Client()\nplan = client.interactions.create(model="gemini-3-flash", input="List five research tasks about solar power", tools=[{"type": "google_search"}])\ntasks = plan.outputs[0].text\nreport = client.interactions.create(${kind}, input=f"Research these tasks thoroughly with sources: {tasks}")\n`;
    assert.deepEqual(await untrustedLines('app.py', code('agent="deep-research-pro"')), ['4:error']);
    assert.deepEqual(await untrustedLines('app.py', code('model="gemini-3-pro"')), ['4:warning'], 'look-alike: a model without tools');
  });

  it("Firecrawl's `deep_research` returns pages and its synthesis of them", async () => {
    const code = (method: string) => `from agents import Agent, function_tool\nfrom firecrawl import FirecrawlApp\n\n@function_tool\ndef research(query: str) -> dict:\n    """Research the web."""\n    firecrawl_app = FirecrawlApp(api_key=KEY)\n    results = firecrawl_app.${method}(query=query)\n    return {"analysis": results["data"]["finalAnalysis"]}\n\nagent = Agent(name="r", instructions="Research.", tools=[research])\n`;
    assert.deepEqual(await untrustedLines('app.py', code('deep_research')), ['8:error']);
    assert.deepEqual(await untrustedLines('app.py', code('check_credit_usage')), [], "look-alike: the account's own figures");
  });
});

describe('agents made by a factory of the file (awesome-llm-apps, twenty-third round)', () => {
  it("an agent a function of the file builds (`create_agents(llm, tools)` returning `Agent(model=llm, instructions=…)`) has the tools its own arguments give, whatever the factory is called", async () => {
    const code = (agent: string) => `import streamlit as st\nfrom agno.agent import Agent\n\ndef create_agents(llm, tools):\n    generator = ${agent}\n    return generator\n\ntopic = st.text_input("Topic")\nquestions = create_agents(llm, tools).run(f"Generate exactly 5 specific research questions about the topic '{topic}'. Respond only with a numbered list.")\n`;
    assert.deepEqual(await untrustedLines('app.py', code('Agent(model=llm, instructions="You write research questions.")')), []);
    assert.deepEqual(await untrustedLines('app.py', code('Agent(model=llm, tools=[tools], instructions="You write research questions.")')), ['8:warning'], 'look-alike: the agent it builds has tools');
  });
});

describe('prompts pulled from LangChain Hub (awesome-llm-apps, twenty-fourth round)', () => {
  it('`hub.pull("langchain-ai/retrieval-qa-chat")` given to a stuff-documents chain puts the retrieved documents in its system message', async () => {
    const code = (name: string) => `from langchain import hub\nfrom langchain.chains.combine_documents import create_stuff_documents_chain\nfrom langchain.chains import create_retrieval_chain\n\ndef answer(llm, retriever, query):\n    prompt = hub.pull("${name}")\n    chain = create_retrieval_chain(retriever, create_stuff_documents_chain(llm, prompt))\n    return chain.invoke({"input": query})\n`;
    assert.deepEqual(await untrustedLines('app.py', code('langchain-ai/retrieval-qa-chat')), ['6:error']);
    assert.deepEqual(await untrustedLines('app.py', code('someone/unknown-prompt')), [], 'look-alike: a prompt whose text the catalogue does not know');
  });

  it('`hub.pull("rlm/rag-prompt")` in a pipe: the retrieved context sits beside its instructions', async () => {
    const code = (name: string) => `from langchain import hub\nfrom langchain_core.runnables import RunnablePassthrough\n\ndef format_docs(docs):\n    return "\\n\\n".join(doc.page_content for doc in docs)\n\ndef answer(llm, vectorstore, question):\n    retriever = vectorstore.as_retriever()\n    prompt = hub.pull("${name}")\n    chain = {"context": retriever | format_docs, "question": RunnablePassthrough()} | prompt | llm\n    return chain.invoke(question)\n`;
    assert.deepEqual(await untrustedLines('app.py', code('rlm/rag-prompt')), ['9:warning']);
    assert.deepEqual(await untrustedLines('app.py', code('someone/unknown-prompt')), [], 'look-alike: a prompt whose text the catalogue does not know');
  });
});

describe("the advice names who wrote the prompt", () => {
  it("a library's own prompt gets advice the app can act on, the app's own template the usual one", async () => {
    const library = (await scanDocument({ file: 'app.py', text: 'from embedchain import App\nbot = App()\nbot.add(url, data_type="web_page")\nanswer = bot.query(question)\n' })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
    assert.deepEqual(library.map((f) => /library's own prompt puts it there/.test(f.message) && /library prompt's instruction text/.test(f.message)), [true]);
    const own = (await scanDocument({ file: 'app.py', text: 'from langchain_core.prompts import PromptTemplate\nfrom langchain.chains.combine_documents import create_stuff_documents_chain\nprompt = PromptTemplate.from_template("Answer only from this context: {context}. Be brief and cite sources. Question: {input}")\nchain = create_stuff_documents_chain(llm, prompt)\n' })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation');
    assert.ok(own.length > 0 && own.every((f) => !/library/.test(f.message)), own.map((f) => f.message).join('\n'));
  });
});

describe('MCP servers named in a list kept apart (awesome-llm-apps, twenty-fifth round)', () => {
  it("`MultiMCPTools(mcp_servers)` with the servers' commands in a list: a server over a mailbox or workspace returns what others wrote", async () => {
    const code = (server: string) => `from agno.agent import Agent\nfrom agno.tools.mcp import MultiMCPTools\n\nasync def main(model):\n    mcp_servers = ["npx -y ${server}"]\n    async with MultiMCPTools(mcp_servers) as mcp_tools:\n        agent = Agent(model=model, tools=[mcp_tools])\n        await agent.acli_app()\n`;
    assert.deepEqual(await untrustedLines('app.py', code('@gongrzhe/server-gmail-autoauth-mcp')), ['5:error']);
    assert.deepEqual(await untrustedLines('app.py', code('@modelcontextprotocol/server-memory')), [], 'look-alike: a server that keeps the agent\'s own notes');
  });
});

describe('awesome-llm-apps, twenty-sixth round', () => {
  const sinkLines = async (file: string, text: string) => (await scanDocument({ file, text })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.range.start.line}:${f.severity}`);

  it("a tool result block (`{\"type\": \"tool_result\", …}`) is the tool's answer: the model's own tool name in it is no instruction text", async () => {
    const code = (content: string) => `import anthropic, requests\nclient = anthropic.Anthropic()\n\ndef run(query, tools, url):\n    messages = [{"role": "user", "content": query}]\n    response = client.messages.create(model="m", max_tokens=9, messages=messages, tools=tools)\n    while response.stop_reason == "tool_use":\n        tool_use_blocks = [b for b in response.content if b.type == "tool_use"]\n        tool_results = []\n        for tool_use in tool_use_blocks:\n            tool_results.append({"type": "tool_result", "tool_use_id": tool_use.id, "content": ${content}})\n        messages.append({"role": "user", "content": tool_results})\n        response = client.messages.create(model="m", max_tokens=9, messages=messages, tools=tools)\n    return response\n`;
    assert.deepEqual(await untrustedLines('loop.py', code(`f"Error: Unknown tool '{tool_use.name}'"`)), []);
    assert.deepEqual(await untrustedLines('loop.py', code('requests.get(url).text')), ['10:error'], 'look-alike: a fetched page in the tool result');
  });

  it('a prompt grown with `+=` keeps every part added to it, and the instructions it started with', async () => {
    const code = (added: string) => `import requests\nfrom agents import Agent, Runner\n\nasync def answer(url, question, processor_agent: Agent):\n    context = "Based on the following documentation, answer the question:\\n"\n    context += f"From the page:\\n{${added}}\\n"\n    context += "Please keep the answer short."\n    result = await Runner.run(processor_agent, context)\n    return result.final_output\n`;
    assert.deepEqual(await untrustedLines('doc.py', code('requests.get(url).text')), ['7:warning']);
    assert.deepEqual(await untrustedLines('doc.py', code('url.upper()')), [], "look-alike: only the person's own URL added");
  });

  it("one key of the dict a helper returns (`result[\"audio_path\"]`) holds what that key was given, not the whole dict", async () => {
    const code = (key: string) => `import uuid\nfrom openai import OpenAI\n\ndef process_query(query):\n    answer = OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": query}]).choices[0].message.content\n    return {"status": "ok", "text_response": answer, "audio_path": f"/tmp/{uuid.uuid4()}.mp3"}\n\ndef main(query):\n    result = process_query(query)\n    with open(result["${key}"], "rb") as f:\n        return f.read()\n`;
    assert.deepEqual(await sinkLines('voice.py', code('text_response')), ['9:error']);
    assert.deepEqual(await sinkLines('voice.py', code('audio_path')), [], 'look-alike: the path the app made');
  });

  it('`create(**request)` reads the call\'s keyword arguments from the dict built before it (and its `update`)', async () => {
    const code = (content: string) => `import requests\nfrom openai import OpenAI\n\ndef run(task, tools, url):\n    messages = [{"role": "user", "content": task}]\n    client = OpenAI()\n    while True:\n        request = {"model": "m", "messages": messages}\n        request.update(tools=tools)\n        response = client.chat.completions.create(**request)\n        for call in response.choices[0].message.tool_calls or []:\n            messages.append({"role": "tool", "tool_call_id": call.id, "content": ${content}})\n`;
    assert.deepEqual(await untrustedLines('bridge.py', code('requests.get(url).text')), ['11:error']);
    assert.deepEqual(await untrustedLines('bridge.py', code('"done"')), [], 'look-alike: the app\'s own tool message');
  });

  it("an agent handed to a helper as a parameter is judged by the agent each caller passes, not by its name", async () => {
    const code = (tools: string) => `import streamlit as st\nfrom agno.agent import Agent\nfrom agno.tools.duckduckgo import DuckDuckGoTools\n\ndef delete_account(user_id: str):\n    accounts.delete(user_id)\n\ndef make_finder():\n    return Agent(model=model, tools=[${tools}])\n\ndef find(agent, target):\n    return agent.run(f"Find companies that match the following targeting criteria and describe them: {target}")\n\ntarget = st.text_area("Target companies")\nfind(make_finder(), target)\n`;
    assert.deepEqual(await untrustedLines('gtm.py', code('DuckDuckGoTools()')), ['8:error'], "its only tools read public pages: only their results are reported");
    assert.deepEqual(await untrustedLines('gtm.py', code('delete_account')), ['14:warning'], 'look-alike: a finder that can delete accounts');
    assert.deepEqual(await untrustedLines('gtm.py', code('')), [], '`tools=[]` gives it none');
  });

  it('`a, b = make_agents()`: each name is the agent the factory returns in that place (and a factory that may return None builds what it returns after)', async () => {
    const code = (which: string) => `import streamlit as st\nfrom agno.agent import Agent\n\ndef delete_account(user_id: str):\n    accounts.delete(user_id)\n\ndef make_agents(key):\n    if not key:\n        return None\n    writer = Agent(model=model, instructions=["Write kindly"])\n    operator = Agent(model=model, tools=[delete_account])\n    return writer, operator\n\nfeelings = st.text_area("How are you?")\nwriter, operator = make_agents(st.secrets["KEY"])\n${which}.run(f"Provide a compassionate response to the following message: {feelings}")\n`;
    assert.deepEqual(await untrustedLines('squad.py', code('writer')), [], "the writer has no tools: the person's own text steers nothing more");
    assert.deepEqual(await untrustedLines('squad.py', code('operator')), ['15:warning'], 'look-alike: the agent that can delete accounts');
  });

  it('a tool that runs code in a remote sandbox (E2BTools) gives the person no power they lack', async () => {
    const code = (tool: string) => `import streamlit as st\nfrom agno.agent import Agent\nfrom agno.tools.firecrawl import FirecrawlTools\nfrom agno.tools.e2b import E2BTools\nfrom agno.tools.shell import ShellTools\n\nadvisor = Agent(model=model, tools=[${tool}, FirecrawlTools(enable_search=True)])\nlocation = st.text_input("Country")\nadvisor.run(f"Follow your workflow instructions to compute the coverage for a client in {location}")\n`;
    assert.deepEqual(await untrustedLines('advisor.py', code('E2BTools(timeout=180)')), ['6:error'], "only the search results (someone else's text) are reported");
    assert.deepEqual(await untrustedLines('advisor.py', code('ShellTools()')), ['6:error', '8:warning'], 'look-alike: a shell on this machine');
  });
});

describe('awesome-llm-apps, twenty-seventh round', () => {
  it("an agent's input built in branches is read branch by branch (`if context: full_prompt = f\"Context: {context}…\" else: …`)", async () => {
    const code = (context: string) => `import requests\nfrom agno.agent import Agent\n\ndef answer(prompt, url):\n    rag_agent = Agent(model=model)\n    context = ${context}\n    if context:\n        full_prompt = f"""Context: {context}\n\nOriginal Question: {prompt}\nPlease provide a comprehensive answer based on the available information."""\n    else:\n        full_prompt = f"Original Question: {prompt}"\n    return rag_agent.run(full_prompt).content\n`;
    assert.deepEqual(await untrustedLines('rag.py', code('requests.get(url).text')), ['7:warning']);
    assert.deepEqual(await untrustedLines('rag.py', code('prompt.strip()')), [], "look-alike: only the person's own question in either branch");
  });

  it('a team made in one branch and None in the other is the team where it runs; its members decide what it can do', async () => {
    const code = (made: string, tool: string) => `import requests\nimport streamlit as st\nfrom agno.agent import Agent\nfrom agno.team import Team\nfrom agno.tools.firecrawl import FirecrawlTools\n\ndef delete_account(user_id: str):\n    accounts.delete(user_id)\n\nkey = st.text_input("Key")\nif key:\n    analyst = Agent(model=model, tools=[${tool}])\n    team = ${made}\nelse:\n    team = None\ncompany = st.text_input("Company")\nteam.run(f"Generate up to 16 evidence-based insight bullets about {company}'s most recent launches")\nteam.run(f"Turn these bullets into a review for product managers: {requests.get(company).text}")\n`;
    assert.deepEqual(await untrustedLines('launch.py', code('Team(model=model, members=[analyst])', 'FirecrawlTools(search=True)')), ['11:error', '17:error'], "the members' search results, and a page in the team's instructions; the person's company name steers only public reading");
    assert.deepEqual(await untrustedLines('launch.py', code('Team(model=model, members=[analyst])', 'delete_account')), ['16:warning', '17:error'], 'look-alike: a member that can delete accounts');
    assert.deepEqual(await untrustedLines('launch.py', code('Roster(members=[analyst])', 'delete_account')), [], 'look-alike: no team of agents');
  });

  it("an agent a function of the file builds answers only what it is asked: its output made from the person's question is theirs", async () => {
    const code = (tools: string) => `import streamlit as st\nfrom agno.agent import Agent\nfrom agno.tools.duckduckgo import DuckDuckGoTools\n\ndef get_query_rewriter_agent() -> Agent:\n    return Agent(model=model, instructions="Rewrite the question to be more precise.", tools=[${tools}])\n\nprompt = st.chat_input("Ask")\nrewritten_query = get_query_rewriter_agent().run(prompt).content\nrag_agent = Agent(model=model)\nrag_agent.run(f"Answer the following rewritten question in detail and cite sources: {rewritten_query}")\n`;
    assert.deepEqual(await untrustedLines('rewrite.py', code('')), []);
    assert.deepEqual(await untrustedLines('rewrite.py', code('DuckDuckGoTools()')), ['5:error', '10:warning'], 'look-alike: a rewriter that searches the web writes what the pages steered');
  });
});

describe('awesome-llm-apps, twenty-eighth round', () => {
  it('`row, col = map(int, numbers)`: numbers parsed from a text carry none of its words', async () => {
    const code = (convert: string) => `import re, requests\nfrom openai import OpenAI\nclient = OpenAI()\n\ndef move(url):\n    answer = requests.get(url).text\n    row, col = map(${convert}, re.findall(r"\\\\d+", answer)[:2])\n    return client.chat.completions.create(model="m", messages=[{"role": "user", "content": f"Invalid move at {row}, {col}: please choose another empty square from the board"}], tools=TOOLS)\n`;
    assert.deepEqual(await untrustedLines('game.py', code('int')), []);
    assert.deepEqual(await untrustedLines('game.py', code('str')), ['7:error', '7:error'], 'look-alike: the text kept as text (row and column)');
  });

  it('a dict filled key by key and handed to a helper, whose prompt is a parenthesised template filled with `.format`', async () => {
    const code = (value: string) => `import requests\nfrom openai import OpenAI\nclient = OpenAI()\n\ndef final_tour(query, results: dict):\n    sections = [results[k] for k in results]\n    prompt = (\n        "Query: {}\\n"\n        "Content Sections:\\n{}\\n\\n"\n        "Instructions: Create a natural, conversational audio tour."\n    ).format(query, "\\n".join(sections))\n    return client.chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}])\n\ndef run(query, url):\n    results = {}\n    results["history"] = ${value}\n    return final_tour(query, results)\n`;
    assert.deepEqual(await untrustedLines('tour.py', code('requests.get(url).text')), ['16:warning']);
    assert.deepEqual(await untrustedLines('tour.py', code('"The old town."')), [], "look-alike: the app's own text");
  });
});

describe('awesome-llm-apps, twenty-ninth round', () => {
  it("a Streamlit page posting to the app's own FastAPI route at localhost gets what the route returns", async () => {
    const findings = async (url: string) => (await scan(workspace({
      'backend/main.py': `from fastapi import FastAPI\nfrom pydantic import BaseModel\nfrom agents.coach import coach_agent\n\napp = FastAPI()\n\nclass Request(BaseModel):\n    video_url: str\n\n@app.post("/analyze")\nasync def analyze(request: Request):\n    response = coach_agent.run("Give feedback on the speech in this recording")\n    return response.content\n`,
      'backend/agents/coach.py': `from agno.agent import Agent\ncoach_agent = Agent(model=model, instructions=["Coach the speaker."])\n`,
      'frontend/Home.py': `import requests\nimport streamlit as st\n\nAPI_URL = "${url}"\nresponse = requests.post(API_URL, json={"video_url": "talk.mp4"})\nfeedback = response.json()\nst.markdown(f"<div>{feedback}</div>", unsafe_allow_html=True)\n`,
    }))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await findings('http://localhost:8000/analyze'), ['frontend/Home.py:6']);
    assert.deepEqual(await findings('https://api.example.com/analyze'), [], "look-alike: someone else's service, not the app's own route");
  });

  it('`json.dumps({...})` of fields picked one by one is no whole record; the whole row is', async () => {
    const prompt = (value: string) => `import json\n\ndef lookup(db, place_id):\n    detail = db.places.find_one({"_id": place_id})\n    return completion(model="m", messages=[{"role": "user", "content": f"Summarise this place for the team: {json.dumps(${value})}"}])\n`;
    const records = async (value: string) => (await scanDocument({ file: 'places.py', text: prompt(value) })).filter((f) => f.ruleId === 'prompt/whole-record').map((f) => f.range.start.line);
    assert.deepEqual(await records('{"name": detail.get("name"), "rating": detail.get("rating")}'), []);
    assert.deepEqual(await records('detail'), [4], 'look-alike: the whole row');
    assert.deepEqual(await records('{**detail, "source": "places"}'), [4], 'look-alike: the whole object spread into a literal');
  });
});

describe('published vulnerabilities, thirtieth round (MetaGPT CVE-2024-23750)', () => {
  const action = (returned: string) => `from metagpt.actions import Action\n\nclass WriteTest(Action):\n    async def run(self):\n        self.context.test_doc.content = await self._aask("Write unit tests for this code")\n        return ${returned}\n`;

  it('an object returned after model output was written into its fields holds that output (`return self.context`)', async () => {
    const findings = async (returned: string) => (await scan(workspace({
      'write_test.py': action(returned),
      'qa.py': `from write_test import WriteTest\n\nasync def test_round(ctx):\n    context = await WriteTest(context=ctx).run()\n    exec(context.test_doc.content)\n`,
    }))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await findings('self.context'), ['qa.py:4']);
    assert.deepEqual(await findings('self.summary'), [], 'look-alike: a field the model output was never written into');
  });

  it('a command list handed on for later (`RunCodeContext(command=["python", <the model-written document>])`) runs what the model wrote', async () => {
    const findings = async (command: string) => (await scan(workspace({
      'write_test.py': action('self.context'),
      'qa.py': `from write_test import WriteTest\n\nasync def test_round(ctx):\n    context = await WriteTest(context=ctx).run()\n    await repo.save(filename=context.test_doc.filename, content=context.test_doc.content)\n    return RunCodeContext(command=${command})\n`,
    }))).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await findings('["python", context.test_doc.root_relative_path]'), ['qa.py:5']);
    assert.deepEqual(await findings('["git", "add", context.test_doc.root_relative_path]'), [], 'look-alike: git only records the file');
    assert.deepEqual(await findings('["python", ctx.test_doc.root_relative_path]'), [], "look-alike: the caller's own document, not the model's");
  });
});

describe('awesome-llm-apps, thirty-first round', () => {
  const findingLines = async (file: string, text: string, rule = 'prompt/untrusted-interpolation') => (await scanDocument({ file, text })).filter((f) => f.ruleId === rule).map((f) => f.range.start.line);

  it('a list that a function written inside this one fills (`found.extend(results)` in a tracked search tool) holds what it put there', async () => {
    const tool = (inner: string) => `from langchain_core.tools import tool\nfrom langchain_openai import ChatOpenAI\nfrom deepagents import create_deep_agent\nfrom tavily import TavilyClient\n\n\ndef search(query):\n    client = TavilyClient(api_key="k")\n    return client.search(query=query).get("results", [])\n\n\n@tool\ndef research(query: str) -> dict:\n    """Research a topic on the web."""\n    found = []\n\n    def tracked(q: str):\n        """Search the web."""\n${inner}\n        return "searched"\n\n    inner = create_deep_agent(model=ChatOpenAI(model="m"), system_prompt="Search once.", tools=[tracked])\n    inner.invoke({"messages": [{"role": "user", "content": query}]})\n    return {"sources": found}\n`;
    assert.deepEqual(await findingLines('tools.py', tool('        found.extend(search(q))')), [23]);
    assert.deepEqual(await findingLines('tools.py', tool('        found = []\n        found.extend(search(q))')), [], "look-alike: the inner function's own list");
  });

  it("a request object's URL decides the host (`urlopen(urllib.request.Request(f\"https://api.github.com/…{repo}…\"))`)", async () => {
    const fetcher = (url: string) => `import urllib.request\nfrom openai import OpenAI\n\nrepo = OpenAI().responses.create(model="m", input="Which repository?").output_text\nrequest = urllib.request.Request(${url}, headers={"Accept": "application/json"})\nurllib.request.urlopen(request)\n`;
    assert.deepEqual(await findingLines('radar.py', fetcher('f"https://api.github.com/repos/{repo}/releases"'), 'llm/output-to-sink'), []);
    assert.deepEqual(await findingLines('radar.py', fetcher('repo'), 'llm/output-to-sink'), [5], 'look-alike: the model chose the whole URL');
  });

  it("LangChain 1 tools share the agent's state through `ToolRuntime`: what one tool's `Command(update=…)` keeps there is read by another", async () => {
    const tools = (channel: string) => `import json, requests\nfrom typing import Any\nfrom langchain.tools import tool, ToolRuntime\nfrom langchain.messages import ToolMessage\nfrom langchain_openai import ChatOpenAI\nfrom langgraph.types import Command\n\n\n@tool\ndef extract(url: str, runtime: ToolRuntime[Any]) -> Command:\n    """Extract the nodes of a page."""\n    page = requests.get(url).text\n    data = json.loads(ChatOpenAI(model="m").invoke(f"List the entities of this page as JSON: {page}").content)\n    return Command(update={"nodes": data["nodes"], "messages": [ToolMessage(content="Extracted.", tool_call_id=runtime.tool_call_id)]})\n\n\n@tool\ndef connect(runtime: ToolRuntime[Any]) -> str:\n    """Connect the nodes."""\n    nodes = runtime.state.get("${channel}", [])\n    ChatOpenAI(model="m").invoke(f"Find the relationships between these knowledge graph nodes and answer as JSON: {nodes}")\n    return "done"\n`;
    assert.deepEqual(await findingLines('tools.py', tools('nodes')), [12, 20]);
    assert.deepEqual(await findingLines('tools.py', tools('topic')), [12], 'look-alike: a channel no tool writes is what the person invoked the agent with');
  });

  it("a tool's `Command(update=…)` gives the model only the messages it adds; the other channels are kept in the state", async () => {
    const tool = (message: string) => `import requests\nfrom typing import Any\nfrom langchain.tools import tool, ToolRuntime\nfrom langchain.messages import ToolMessage\nfrom langgraph.types import Command\n\n\n@tool\ndef fetch_page(url: str, runtime: ToolRuntime[Any]) -> Command:\n    """Fetch a page into the notes."""\n    page = requests.get("https://docs.example.com/" + url).text\n    return Command(update={"notes": page, "messages": [ToolMessage(content=${message}, tool_call_id=runtime.tool_call_id)]})\n`;
    assert.deepEqual(await findingLines('tools.py', tool('"Saved the page."')), []);
    assert.deepEqual(await findingLines('tools.py', tool('page')), [11], 'look-alike: the page itself in the tool message');
  });

  it('a file read from the folder the app keeps uploads in is an upload (`with open(os.path.join(UPLOAD_DIR, name)) as f`)', async () => {
    const reader = (folder: string) => `import glob, os, tempfile\nfrom openai import OpenAI\n\nFOLDER = os.path.join(tempfile.gettempdir(), "${folder}")\n\ndef summarise():\n    text = ""\n    for path in glob.glob(os.path.join(FOLDER, "*")):\n        with open(path) as f:\n            text += f.read()\n    return OpenAI().chat.completions.create(model="m", messages=[{"role": "system", "content": f"Summarise these documents for the team: {text}"}])\n`;
    assert.deepEqual(await findingLines('summary.py', reader('knowledge-uploads')), [10]);
    assert.deepEqual(await findingLines('summary.py', reader('knowledge-templates')), [], "look-alike: the app's own folder of templates");
  });
});

describe('awesome-llm-apps, thirty-second round', () => {
  const findingLines = async (file: string, text: string) => (await scanDocument({ file, text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line);

  it("Google ADK's `FunctionTool(read_page)` in an agent's tools makes the function a tool: the page it returns goes back to the model", async () => {
    const app = (tools: string) => `import requests\nfrom google.adk.agents import LlmAgent\nfrom google.adk.tools import FunctionTool\n\n\ndef read_page(url: str) -> dict:\n    """Read a page."""\n    return {"text": requests.get("https://docs.example.com/" + url).text}\n\n\nagent = LlmAgent(name="reader", model="gemini", instruction="Answer from the docs.", tools=[${tools}])\n`;
    assert.deepEqual(await findingLines('agent.py', app('FunctionTool(read_page)')), [7]);
    assert.deepEqual(await findingLines('agent.py', app('FunctionTool(other_tool)')), [], 'look-alike: a wrapper of another function');
  });

  it("in a server, what a tool keeps in a module-level object's list is read by every visitor's agent as another visitor's text", async () => {
    const app = (server: string) => `${server}from google.adk.agents import LlmAgent\nfrom google.adk.tools import FunctionTool\n\n\nclass Board:\n    def __init__(self):\n        self.notes = []\n\n\nboard = Board()\n\n\ndef post_note(message: str) -> dict:\n    """Post a note to the board."""\n    board.notes.append({"message": message})\n    return {"status": "posted"}\n\n\ndef read_board() -> dict:\n    """Read the board."""\n    return {"notes": board.notes}\n\n\nagent = LlmAgent(name="board", model="gemini", instruction="Keep the board.", tools=[FunctionTool(post_note), FunctionTool(read_board)])\n`;
    assert.deepEqual(await findingLines('agent.py', app('from fastapi import FastAPI\n')), [21]);
    assert.deepEqual(await findingLines('agent.py', app('')), [], 'look-alike: a script run by one person keeps only their own session');
  });
});

describe('awesome-llm-apps, thirty-third round', () => {
  it("a URL template constant filled with `.format` keeps its host (`SEC_SUBMISSIONS_URL.format(cik=…)`)", async () => {
    const fetcher = (template: string) => `import requests\nfrom openai import OpenAI\n\nURL_TEMPLATE = "${template}"\n\nticker = OpenAI().responses.create(model="m", input="Which ticker?").output_text\nrequests.get(URL_TEMPLATE.format(cik=ticker), timeout=10)\n`;
    const sinks = async (template: string) => (await scanDocument({ file: 'research.py', text: fetcher(template) })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line);
    assert.deepEqual(await sinks('https://data.sec.gov/submissions/CIK{cik}.json'), []);
    assert.deepEqual(await sinks('{cik}/submissions.json'), [6], 'look-alike: the model fills the start of the URL');
  });
});

describe('Google ADK agents', () => {
  const findingLines = async (text: string) => (await scanDocument({ file: 'agents.py', text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line);
  const pipeline = (researcherTools: string, writerInstruction: string) => `from google.adk.agents import LlmAgent, SequentialAgent\nfrom google.adk.tools import google_search\n\nresearcher = LlmAgent(name="researcher", model="gemini-2.5-flash", instruction="Search the web for the topic.", tools=[${researcherTools}], output_key="research")\nwriter = LlmAgent(name="writer", model="gemini-2.5-flash", instruction="${writerInstruction}")\npipeline = SequentialAgent(name="pipeline", sub_agents=[researcher, writer])\n`;

  it("`instruction=` is the agent's system instruction: a fetched page written there is someone else's text", async () => {
    const agent = (keyword: string) => `import requests\nfrom google.adk.agents import LlmAgent\n\npage = requests.get(url).text\nreader = LlmAgent(name="reader", model="gemini-2.5-flash", ${keyword}=f"Answer questions about this page and cite it: {page}")\n`;
    assert.deepEqual(await findingLines(agent('instruction')), [4]);
    assert.deepEqual(await findingLines(agent('description')), [], "look-alike: the agent's description is for other agents' routing");
  });

  it("`{research}` in an instruction is filled from the session state, where a search agent's `output_key` keeps its answer", async () => {
    assert.deepEqual(await findingLines(pipeline('google_search', 'Write a short report for the board from this research: {research}')), [4]);
    assert.deepEqual(await findingLines(pipeline('google_search', 'Write a short report for the board from this outline: {outline}')), [], 'look-alike: a key no agent of the file keeps');
    assert.deepEqual(await findingLines(pipeline('', 'Write a short report for the board from this research: {research}')), [], 'look-alike: an agent without tools answers only what it is asked');
  });
});

describe('modules that only define agents', () => {
  it('an agno or Google ADK module that builds agents and runs none is still read (the agents run from another module)', async () => {
    const lines = async (text: string) => (await scanDocument({ file: 'agents.py', text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line);
    assert.deepEqual(await lines(`import requests\nfrom agno.agent import Agent\n\npage = requests.get(url).text\nreader = Agent(model=model, description=f"You answer questions about this page and cite it: {page}")\n`), [4]);
    assert.deepEqual(await lines(`import requests\nfrom agno.agent import Agent\n\npage = requests.get(url).text\nreader = Agent(model=model, name=f"Reader of {len(page)} characters")\n`), [], 'look-alike: a number made from the page names the agent');
  });
});

describe('ai-engineering-hub apps: a file written and read back, CrewAI Flows, a tool relaying the request', () => {
  const ruleLines = async (file: string, text: string, rule: string) => (await scanDocument({ file, text })).filter((f) => f.ruleId === rule).map((f) => `${f.range.start.line}:${f.severity}`);

  it('code a tool is given, written to a file one function names and exec’d from it in another, is model output reaching exec', async () => {
    const server = (readName: string) => `from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("analyst")\n\n@mcp.tool()\ndef save_code(code: str) -> str:\n    with open('stock_analysis.py', 'w') as f:\n        f.write(code)\n    return "saved"\n\n@mcp.tool()\ndef run_code() -> str:\n    with open('${readName}', 'r') as f:\n        exec(f.read())\n`;
    assert.deepEqual(await ruleLines('server.py', server('stock_analysis.py'), 'llm/output-to-sink'), ['12:error']);
    assert.deepEqual(await ruleLines('server.py', server('./stock_analysis.py'), 'llm/output-to-sink'), ['12:error'], 'the same file, named with ./');
    assert.deepEqual(await ruleLines('server.py', server('plot_template.py'), 'llm/output-to-sink'), [], "look-alike: a file of the app's own that nothing here writes");
  });

  it('CrewAI Flow: a listener is given what the step it listens to returned; a crew whose agent has tools answers from what they read', async () => {
    const flow = (tools: string) => `from crewai import Agent, Task, Crew\nfrom crewai.flow.flow import Flow, start, listen\nfrom crewai_tools import ScrapeWebsiteTool\n\nclass Pipeline(Flow):\n    @start()\n    def browse(self):\n        agent = Agent(role="Browser", goal="Read the site", backstory="…"${tools})\n        task = Task(description="Read the pricing page", expected_output="notes", agent=agent)\n        return {"result": str(Crew(agents=[agent], tasks=[task]).kickoff())}\n\n    @listen(browse)\n    def summarise(self, inputs):\n        writer = Agent(role="Writer", goal="Summarise", backstory="…")\n        task = Task(description=f"Summarise these notes for the team:\\n\\n{inputs['result']}", expected_output="summary", agent=writer)\n        return Crew(agents=[writer], tasks=[task]).kickoff()\n`;
    // (Line 7: the scraped pages go back to the browsing agent, a model with tools, where they enter its conversation.)
    assert.deepEqual(await ruleLines('flow.py', flow(', tools=[ScrapeWebsiteTool()]'), 'prompt/untrusted-interpolation'), ['7:error', '14:warning']);
    assert.deepEqual(await ruleLines('flow.py', flow(''), 'prompt/untrusted-interpolation'), [], 'look-alike: a crew without tools answers only what it was asked');
  });

  it("a CrewAI project's crew (a @CrewBase class in another file) whose agent has tools answers from what they read; a Flow's `self.state` fields carry it to the next step", async () => {
    const crewFile = (tools: string) => `from crewai import Agent, Crew, Task\nfrom crewai.project import CrewBase, agent, crew, task\nfrom crewai_tools import SerperDevTool\n\n@CrewBase\nclass OutlineCrew:\n    @agent\n    def researcher(self) -> Agent:\n        return Agent(config=self.agents_config["researcher"]${tools})\n\n    @task\n    def outline(self) -> Task:\n        return Task(config=self.tasks_config["outline"])\n\n    @crew\n    def crew(self) -> Crew:\n        return Crew(agents=self.agents, tasks=self.tasks)\n`;
    const flowFile = `from crewai import Agent, Crew, Task\nfrom crewai.flow import Flow, listen, start\nfrom outline_crew import OutlineCrew\n\nclass BookFlow(Flow):\n    @start()\n    def outline(self):\n        result = OutlineCrew().crew().kickoff(inputs={"topic": "astronomy"})\n        self.state.titles = result.pydantic.titles\n\n    @listen(outline)\n    def chapters(self):\n        writer = Agent(role="Writer", goal="Write", backstory="…")\n        task = Task(description=f"Write a chapter titled {self.state.titles[0]}", expected_output="text", agent=writer)\n        return Crew(agents=[writer], tasks=[task]).kickoff()\n`;
    const lines = async (tools: string) => (await scan(workspace({ 'outline_crew.py': crewFile(tools), 'main.py': flowFile }))).filter((f) => f.file === 'main.py' && f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line);
    assert.deepEqual(await lines(', tools=[SerperDevTool()]'), [13]);
    assert.deepEqual(await lines(''), [], "look-alike: the crew's agent has no tools, its titles are steered by the app's topic alone");
  });

  it("a call that runs its tools in a loop (`generateText({ tools, stopWhen })`) answers from what they return: its text mixed into another call's instructions is a warning", async () => {
    const server = (loop: string) => `import { openai } from '@ai-sdk/openai';\nimport { generateText, generateObject, stepCountIs } from 'ai';\nimport { productTools } from './tools';\n\nexport async function analyse(url: string) {\n  const found = await generateText({ model: openai('gpt-4o'), tools: productTools,${loop} system: 'Extract product data with the tools.', prompt: 'Extract the product data.' });\n  return generateObject({ model: openai('gpt-4o'), prompt: \`Output this '\${found.text}' to the product analysis schema.\`, schema });\n}\n`;
    assert.deepEqual(await ruleLines('src/server.ts', server(' stopWhen: stepCountIs(12),'), 'prompt/untrusted-interpolation'), ['6:warning']);
    assert.deepEqual(await ruleLines('src/server.ts', server(''), 'prompt/untrusted-interpolation'), [], 'look-alike: tools offered for one reply return nothing to it');
  });

  it("pandas reading a file at the path a tool is given is a file path the model chose (an MCP server's folder)", async () => {
    const server = (path: string) => `import pandas as pd\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("data")\n\n@mcp.tool()\ndef summarise(folder_name: str) -> str:\n    table = pd.read_csv(${path})\n    return str(table.describe())\n`;
    assert.deepEqual(await ruleLines('server.py', server('f"{folder_name}/orders.csv"'), 'llm/output-to-sink'), ['6:error']);
    assert.deepEqual(await ruleLines('server.py', server('"data/orders.csv"'), 'llm/output-to-sink'), [], "look-alike: the app's own file");
  });

  it('a value formatted as a number in an f-string (`{score:.2f}`, `{n:,}`) carries no text into HTML; a width alone (`{a:>10}`) still does', async () => {
    const page = (spec: string) => `import streamlit as st\nfrom openai import OpenAI\nclient = OpenAI()\nanswer = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}]).choices[0].message.content\nst.markdown(f"<div>Score: {answer${spec}}</div>", unsafe_allow_html=True)\n`;
    for (const spec of [':.2f', ':,', ':.1%', ':d']) assert.deepEqual(await ruleLines('page.py', page(spec), 'llm/output-to-sink'), [], spec);
    assert.deepEqual(await ruleLines('page.py', page(':>10'), 'llm/output-to-sink'), ['4:error']);
    assert.deepEqual(await ruleLines('page.py', page(''), 'llm/output-to-sink'), ['4:error']);
  });

  it("a tool's arguments are the model relaying the person's request: into a sub-model's instructions no finding without tools; into exec still an error", async () => {
    const tool = (use: string) => `from mcp.server.fastmcp import FastMCP\nfrom openai import OpenAI\nclient = OpenAI()\nmcp = FastMCP("helper")\n\n@mcp.tool()\ndef analyse(query: str) -> str:\n    ${use}\n`;
    const instructions = tool(`return client.chat.completions.create(model="m", messages=[{"role": "user", "content": f"You are a careful analyst. Answer in three bullet points: {query}"}]).choices[0].message.content`);
    assert.deepEqual(await ruleLines('tools.py', instructions, 'prompt/untrusted-interpolation'), []);
    assert.deepEqual(await ruleLines('tools.py', tool('exec(query)'), 'llm/output-to-sink'), ['7:error']);
  });

  it('a list of tools filtered where it is written (`[t for t in [a, b] if t]`, `[a, b].filter(Boolean)`) still gives the agent its tools', async () => {
    const app = (tools: string) => `from crewai import Agent, Task, Crew\nfrom crewai_tools import SerperDevTool\n\ndef build(pdf_tool):\n    search = SerperDevTool()\n    agent = Agent(role="Researcher", goal="Find facts", backstory="…", tools=${tools})\n    task = Task(description="Find the facts", expected_output="notes", agent=agent)\n    return Crew(agents=[agent], tasks=[task]).kickoff()\n`;
    assert.deepEqual(await ruleLines('app.py', app('[t for t in [pdf_tool, search] if t]'), 'prompt/untrusted-interpolation'), ['4:error']);
    assert.deepEqual(await ruleLines('app.py', app('[t for t in [pdf_tool] if t]'), 'prompt/untrusted-interpolation'), [], 'look-alike: the search tool is not in the list');
    const agent = (tools: string) => `import { Agent, run } from '@openai/agents';\nimport { webSearchTool } from '@openai/agents';\n\nexport async function ask(question: string, extra?: any) {\n  const agent = new Agent({ name: 'Researcher', instructions: 'Answer from the web.', tools: ${tools} });\n  return run(agent, question);\n}\n`;
    assert.deepEqual(await ruleLines('src/agent.ts', agent('[webSearchTool(), extra].filter(Boolean)'), 'prompt/untrusted-interpolation'), await ruleLines('src/agent.ts', agent('[webSearchTool(), extra]'), 'prompt/untrusted-interpolation'));
  });

  it("a function of an imported module (`import tools`, then `tools.create(path)`) is the app's own code, not a tool the model picked: what it returns is judged by its summary", async () => {
    const helpers = `import os\n\ndef create(working_dir: str) -> str:\n    os.rename(os.path.join(working_dir, "Kitfile"), os.path.join(working_dir, "Kitfile.old"))\n    return f"Created a Kitfile in {working_dir}"\n`;
    const server = (call: string) => `from mcp.server.fastmcp import FastMCP\nimport tools\nmcp = FastMCP("kit")\n\n@mcp.tool()\ndef kitfile_for(working_dir: str) -> str:\n    return ${call}(working_dir)\n`;
    const findings = async (call: string) => (await scan(workspace({ 'tools.py': helpers, 'server.py': server(call) }))).filter((f) => f.file === 'server.py').map((f) => `${f.ruleId}:${f.range.start.line}`);
    assert.deepEqual(await findings('tools.create'), ['llm/output-to-sink:6']);
    assert.deepEqual(await findings('tools.run_tool'), ['prompt/untrusted-interpolation:6'], "look-alike: a dispatcher's name still returns a tool's result (tools.py has no run_tool: code out of sight)");
  });

  it("making an object of the app's class runs its constructor alone: a key given to `ScriptGenerator(key)` is not the document its other methods put in a prompt", async () => {
    const generator = `from crewai import LLM\n\nclass ScriptGenerator:\n    def __init__(self, openai_api_key: str, model_name: str = "gpt-4o-mini"):\n        self.llm = LLM(model=f"openai/{model_name}")\n\n    def from_text(self, document_content: str) -> str:\n        return self.llm.call(f"Write a podcast script from this document:\\n{document_content}\\nWrite it now:")\n`;
    const app = (use: string) => `import os\nfrom src.gen import ScriptGenerator\n\nkey = os.getenv("OPENAI_API_KEY")\n${use}\n`;
    const findings = async (use: string) => (await scan(workspace({ 'src/gen.py': generator, 'app.py': app(use) }))).filter((f) => f.file === 'app.py').map((f) => `${f.ruleId}:${f.range.start.line}`);
    assert.deepEqual(await findings('generator = ScriptGenerator(key) if key else None'), []);
    assert.deepEqual(await findings('script = ScriptGenerator("k").from_text(key)'), ['prompt/secret-in-prompt:4'], 'look-alike: the key handed to the method that writes the prompt');
  });

  it("Streamlit's session state: a method of the object kept there is the app's; a record's fields and a chat entry's keys keep their own values", async () => {
    const rag = `from dataclasses import dataclass\nfrom crewai import LLM\n\n@dataclass\nclass RAGResult:\n    response: str\n    sources_used: list\n\nclass RAGGenerator:\n    def __init__(self):\n        self.llm = LLM(model="openai/gpt-4o-mini")\n\n    def generate_response(self, query: str) -> RAGResult:\n        if not query.strip():\n            return RAGResult(response="Please ask.", sources_used=[])\n        answer = self.llm.call(f"Answer: {query}")\n        return RAGResult(response=answer, sources_used=[{"source_file": "handbook.pdf"}])\n`;
    const app = `import streamlit as st\nfrom src.rag import RAGGenerator\n\ndef init():\n    st.session_state.pipeline = {"rag": RAGGenerator()}\n\ndef render():\n    for message in st.session_state.chat_history:\n        st.markdown(f"<div>{message.get('interactive', message['content'])}</div>", unsafe_allow_html=True)\n        st.markdown("".join(f"<span>{c}</span>" for c in message["citations"]), unsafe_allow_html=True)\n    query = st.text_input("Ask")\n    if query:\n        result = st.session_state.pipeline["rag"].generate_response(query)\n        citations = [f"Source: {s['source_file']}" for s in result.sources_used]\n        st.session_state.chat_history.append({"role": "assistant", "content": result.response, "interactive": None, "citations": citations})\n\ninit()\nrender()\n`;
    const findings = (await scan(workspace({ 'src/rag.py': rag, 'app.py': app }))).filter((f) => f.file === 'app.py').map((f) => `${f.ruleId}:${f.range.start.line}`);
    // (Line 8: the answer, through the pipeline kept in session state; not line 9: the citations are the sources' file names.)
    assert.deepEqual(findings, ['llm/output-to-sink:8']);
  });

  it('MCP clients: mcp-use configured from a dict inside a function, a server started with a token, a shell server', async () => {
    const script = (servers: string) => `import os\nfrom mcp_use import MCPAgent, MCPClient\nfrom langchain_openai import ChatOpenAI\n\nasync def main():\n    config = {"mcpServers": {${servers}}}\n    client = MCPClient.from_dict(config)\n    agent = MCPAgent(llm=ChatOpenAI(model="gpt-4o"), client=client)\n    return await agent.run("What changed on the site?")\n`;
    const found = async (servers: string) => (await ruleLines('server.py', script(servers), 'prompt/untrusted-interpolation')).concat(await ruleLines('server.py', script(servers), 'llm/output-to-sink'));
    assert.deepEqual(await found('"web": {"command": "npx", "args": ["-y", "firecrawl-mcp"]}'), ['6:error']);
    assert.deepEqual(await found('"shell": {"command": "npx", "args": ["-y", "@wonderwhy-er/desktop-commander"]}'), ['6:error']);
    assert.deepEqual(await found('"memory": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory"]}'), [], 'look-alike: a server that reads nothing of anyone else');
    const voice = `import os\nfrom pydantic_ai.mcp import MCPServerStdio\nfrom livekit.agents import Agent, function_tool\n\nTOKEN = os.getenv("SUPABASE_ACCESS_TOKEN")\n\nasync def build(server):\n    async def proxy(**kwargs):\n        return await server.call_tool("execute_sql", arguments=kwargs)\n    return [function_tool(proxy)]\n\nasync def entrypoint(ctx):\n    server = MCPServerStdio("npx", args=["-y", "@supabase/mcp-server-supabase", "--access-token", TOKEN])\n    tools = await build(server)\n    agent = Agent(instructions="Answer from the database.", tools=tools)\n`;
    assert.deepEqual(await ruleLines('agent.py', voice, 'prompt/secret-in-prompt'), [], "the server uses the token; what its tools return is not the token");
  });

  it("a class-based tool of the app's that only searches the web reads what the person could read: their request beside its agent's instructions is no finding", async () => {
    const agents = (search: string) => `from crewai import Agent, Task, Crew\nfrom crewai.tools import BaseTool\nfrom linkup import LinkupClient\n\nclass SearchTool(BaseTool):\n    name: str = "search"\n    description: str = "Search the web"\n\n    def _run(self, query: str) -> str:\n        return str(${search})\n\ndef run_research(query: str):\n    searcher = Agent(role="Searcher", goal="Find sources", backstory="…", tools=[SearchTool()])\n    task = Task(description=f"Search for comprehensive information about: {query}.", agent=searcher, expected_output="notes")\n    return Crew(agents=[searcher], tasks=[task]).kickoff().raw\n`;
    const server = `from mcp.server.fastmcp import FastMCP\nfrom agents import run_research\nmcp = FastMCP("research")\n\n@mcp.tool()\nasync def research(query: str) -> str:\n    return run_research(query)\n`;
    const findings = async (search: string) => (await scan(workspace({ 'agents.py': agents(search), 'server.py': server }))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}`);
    // (agents.py line 9: the search results come back to the searcher, a model with tools.)
    assert.deepEqual(await findings('LinkupClient().search(query=query, depth="standard", output_type="searchResults")'), ['agents.py:9']);
    // (…and what the file holds comes back to the searcher too.)
    assert.deepEqual(await findings('open(query).read()'), ['agents.py:9', 'server.py:6'], "look-alike: a tool that reads any file the model names gives the request power the person lacks");
  });

  it('a media file opened at the path a tool is given is a file path the model chose; bytes in memory are no path', async () => {
    const tool = (open: string) => `import io\nimport cv2\nfrom PIL import Image\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("media")\n\n@mcp.tool()\ndef inspect(video_path: str, png: bytes) -> str:\n    ${open}\n    return "done"\n`;
    assert.deepEqual(await ruleLines('server.py', tool('cap = cv2.VideoCapture(video_path)'), 'llm/output-to-sink'), ['8:error']);
    assert.deepEqual(await ruleLines('server.py', tool('image = Image.open(io.BytesIO(png))'), 'llm/output-to-sink'), []);
  });

  it("a CrewAI task whose description is a template read from configuration (`config['description'].format(…)`) mixes what fills it into instructions", async () => {
    const tasks = `from crewai import Task\n\nclass Tasks:\n    def __init__(self, config):\n        self.config = config\n\n    def create_synthesis_task(self, query, context, agent):\n        config = self.config["synthesis_task"]\n        return Task(description=config["description"].format(query=query, context=context), expected_output="an answer", agent=agent)\n`;
    const flow = (context: string) => `import requests\nfrom crewai import Agent, Crew\nfrom tasks import Tasks\n\ndef answer(query, url, config):\n    writer = Agent(role="Writer", goal="Answer", backstory="…")\n    task = Tasks(config).create_synthesis_task(query, ${context}, writer)\n    return Crew(agents=[writer], tasks=[task]).kickoff().raw\n`;
    const lines = async (context: string) => (await scan(workspace({ 'tasks.py': tasks, 'flow.py': flow(context) }))).filter((f) => f.file === 'flow.py' && f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line}:${f.severity}`);
    assert.deepEqual(await lines('requests.get(url).text'), ['6:warning']);
    assert.deepEqual(await lines('"the handbook"'), [], "look-alike: the app's own text");
  });

  it("the app's own tool class named like a library's (`FirecrawlSearchTool` of the app's tools module) is read where its code is, not as the library's", async () => {
    const tool = (body: string) => `from crewai.tools import BaseTool\nfrom firecrawl import Firecrawl\n\nclass FirecrawlSearchTool(BaseTool):\n    name: str = "search"\n    description: str = "Search"\n\n    def _run(self, query: str) -> str:\n        ${body}\n`;
    const agents = `from crewai import Agent\nfrom web_search_tool import FirecrawlSearchTool\n\ndef create_agent(key):\n    search = FirecrawlSearchTool(api_key=key)\n    return Agent(role="Searcher", goal="Search", backstory="…", tools=[search])\n`;
    const findings = async (body: string) => (await scan(workspace({ 'web_search_tool.py': tool(body), 'agents.py': agents }))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await findings('app = Firecrawl(api_key="k")\n        return str(app.search(query))'), ['web_search_tool.py:9']);
    assert.deepEqual(await findings('return "search is switched off"'), [], 'look-alike: the class returns nothing anyone else wrote');
  });

  it("a tool's parameter read before it is given a new value is still the model's (`parts = re.split(…, cmd)`, then `cmd = ' && '.join(parts)`); MetaGPT's `include_functions` names a class's tools", async () => {
    const tool = (body: string, decorator = '@register_tool()') => `import os\nimport re\nfrom metagpt.tools.tool_registry import register_tool\n\n${decorator}\nclass Terminal:\n    def run_command(self, cmd: str) -> str:\n        ${body}\n`;
    assert.deepEqual(await ruleLines('terminal.py', tool('parts = re.split(r"\\\\s*&&\\\\s*", cmd)\n        cmd = " && ".join(parts)\n        os.system(cmd)'), 'llm/output-to-sink'), ['9:error']);
    assert.deepEqual(await ruleLines('terminal.py', tool('cmd = "pwd"\n        os.system(cmd)'), 'llm/output-to-sink'), [], "look-alike: a new value of the app's own");
    assert.deepEqual(await ruleLines('terminal.py', tool('os.system(cmd)', '@register_tool(include_functions=["run"])'), 'llm/output-to-sink'), [], 'look-alike: a method the decorator does not name is no tool');
  });

  it("Streamlit chat history rendered as HTML: the branch for the person's own entries (`if message['role'] == 'user'`) holds no model output", async () => {
    const page = (test: string) => `import streamlit as st\nfrom openai import OpenAI\nclient = OpenAI()\n\nfor message in st.session_state.messages:\n    if ${test}:\n        st.markdown(f"<div class='me'>{message['content']}</div>", unsafe_allow_html=True)\n    else:\n        st.markdown(f"<div class='bot'>{message['content']}</div>", unsafe_allow_html=True)\nif prompt := st.chat_input():\n    st.session_state.messages.append({"role": "user", "content": prompt})\n    answer = client.chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}]).choices[0].message.content\n    st.session_state.messages.append({"role": "assistant", "content": answer})\n`;
    assert.deepEqual(await ruleLines('app.py', page('message["role"] == "user"'), 'llm/output-to-sink'), ['8:error']);
    assert.deepEqual(await ruleLines('app.py', page('len(message["content"]) < 80'), 'llm/output-to-sink'), ['6:error', '8:error'], 'look-alike: a branch on anything else sees every entry');
  });

  it("a CrewAI tool class the app only runs itself (`tool._run(q)`, never in an agent's tools) returns to no model; given to an agent, it does", async () => {
    const tool = `import requests\nfrom crewai.tools import BaseTool\n\nclass SearchTool(BaseTool):\n    name: str = "search"\n    description: str = "Search the web"\n\n    def _run(self, title: str) -> str:\n        return requests.get("https://www.google.com/search", params={"q": title}).json()["organic"]\n`;
    const flow = (use: string) => `from crewai import Agent\nfrom tools import SearchTool\n\ndef scrape(brand):\n    search = SearchTool()\n    ${use}\n`;
    const lines = async (use: string) => (await scan(workspace({ 'tools.py': tool, 'flow.py': flow(use) }))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line}`);
    assert.deepEqual(await lines('return search._run(brand)'), []);
    assert.deepEqual(await lines('return Agent(role="Searcher", goal="Search", backstory="…", tools=[search])'), ['tools.py:8'], 'look-alike: given to an agent, its results go to that model');
  });

  it("LlamaIndex LLMs' streaming calls (`llm.stream_complete(prompt)`, `stream_chat`) are model calls like `complete`", async () => {
    const rag = (call: string) => `from llama_index.llms.openai import OpenAI\nfrom qdrant_client import QdrantClient\n\nclass RAG:\n    def __init__(self, vector_db):\n        self.llm = OpenAI(model="gpt-4o-mini")\n        self.vector_db = vector_db\n\n    def query(self, question):\n        hits = self.vector_db.client.search(collection_name="talks", query_vector=[0.1], limit=3)\n        context = "\\n".join(hit.payload["context"] for hit in hits)\n        prompt = f"Context information is below.\\n{context}\\nAnswer the question: {question}"\n        return self.llm.${call}(prompt)\n`;
    assert.deepEqual(await ruleLines('rag.py', rag('stream_complete'), 'prompt/untrusted-interpolation'), await ruleLines('rag.py', rag('complete'), 'prompt/untrusted-interpolation'));
    assert.notDeepEqual(await ruleLines('rag.py', rag('complete'), 'prompt/untrusted-interpolation'), [], 'the plain call is found, so the streaming one is compared with a finding');
  });
});

describe("a calculator tool that keeps only digits and arithmetic before eval (the Google ADK crash course's)", () => {
  const code = (kept: string) =>
    `from openai import OpenAI\nclient = OpenAI()\n\ndef calc():\n    out = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "2+2"}]).choices[0].message.content\n    allowed_chars = ${kept}\n    safe = ''.join(c for c in out if c in allowed_chars)\n    return eval(safe)\n`;
  const sinks = async (text: string) => (await scanDocument({ file: 'tools.py', text })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line + 1);

  it('digits and operators only: no code can pass', async () => {
    assert.deepEqual(await sinks(code('"0123456789+-*/.() "')), []);
  });

  it('look-alikes: letters or underscores kept (a name to call), or no filter at all', async () => {
    assert.deepEqual(await sinks(code('"abcdefghijklmnopqrstuvwxyz_()0123456789"')), [8]);
    assert.deepEqual(await sinks(code('"0123456789+-*/.() "').replace(' if c in allowed_chars', '')), [8]);
  });
});

describe("a key picks an entry of the app's own table, it puts no text in it (the CFP generator's `conferences.get(conference_id, {})`)", () => {
  const code = (lookup: string) =>
    `import json\nimport streamlit as st\nfrom openai import OpenAI\nclient = OpenAI()\nSTYLES = json.load(open("styles.json"))\n\ndef write(kind):\n    table = {s["id"]: s["text"] for s in STYLES}\n    style = ${lookup}\n    return client.chat.completions.create(model="m", tools=[{"type": "function", "function": {"name": "save"}}], messages=[{"role": "system", "content": f"You are a writer. Write in this style: {style}"}, {"role": "user", "content": "go"}])\n\nkind = st.text_input("Style")\nwrite(kind)\n`;
  const lines = async (text: string) => (await scanDocument({ file: 'app.py', text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line + 1);

  it("a dict the code builds, read with or without a default, or a two-argument `.get` of any receiver: the person's key is not in the prompt", async () => {
    assert.deepEqual(await lines(code('table.get(kind)')), []);
    assert.deepEqual(await lines(code('table.get(kind, "plain")')), []);
    assert.deepEqual(await lines(code('STYLES.get(kind, "plain")')), []);
  });

  it("look-alikes: a client's `.get(id)` (the record that id names), the key itself, and a default that is the person's text", async () => {
    assert.deepEqual(await lines(code('api.styles.get(kind)')), [13]);
    assert.deepEqual(await lines(code('kind')), [13]);
    assert.deepEqual(await lines(code('table.get("plain", kind)')), [13]);
  });
});

describe("a LlamaIndex index opened on a vector store (Doc-MCP's `VectorStoreIndex.from_vector_store(get_vector_store())`)", () => {
  const code = (index: string) =>
    `from llama_index.core import VectorStoreIndex, Document\nfrom .store import get_vector_store\nFAQ = "Opening hours are 9 to 5."\n\nclass Retriever:\n    def __init__(self):\n        self.index = ${index}\n\n    def ask(self, question):\n        engine = self.index.as_query_engine(similarity_top_k=3)\n        return engine.query(question)\n`;
  const lines = async (text: string) => (await scanDocument({ file: 'query.py', text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line + 1);

  it("retrieves what the store holds, which the code does not show: the library's QA prompt mixes it into its instructions", async () => {
    assert.deepEqual(await lines(code('VectorStoreIndex.from_vector_store(get_vector_store())')), [11]);
  });

  it("look-alike: an index built in sight from the app's own text", async () => {
    assert.deepEqual(await lines(code('VectorStoreIndex.from_documents([Document(text=FAQ)])')), []);
  });
});

describe("the OpenAI and Anthropic SDKs' request options after the request (`create({ model, messages }, { signal })`, the Web Intelligence Agent's)", () => {
  const code = (content: string, options: string) =>
    `import OpenAI from 'openai';\nconst client = new OpenAI();\nexport async function structure(url: string) {\n  const page = await (await fetch(url)).text();\n  const controller = new AbortController();\n  return client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: ${content} }] }${options});\n}\n`;
  const lines = async (text: string) => (await scanDocument({ file: 'src/lib/nebius.ts', text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line + 1);

  it('the request is read whether or not request options follow it', async () => {
    const mixed = '`Structure this page as JSON and keep its links: ${page}`';
    assert.deepEqual(await lines(code(mixed, '')), [6]);
    assert.deepEqual(await lines(code(mixed, ', { signal: controller.signal }')), [6]);
    assert.deepEqual(await lines(code(mixed, ', { signal: controller.signal, timeout: 120000, headers: { "x-trace": "1" } }')), [6]);
  });

  it("look-alike: the app's own text in the request, with the same options", async () => {
    assert.deepEqual(await lines(code("'Say hello in JSON.'", ', { signal: controller.signal }')), []);
  });
});

describe("closures: what a function written inside another returns of that function's parameters (linWinPwn's MCP server, `expand_vars(cmd, env)` with a `re.sub` callback)", () => {
  const tool = (helper: string, body: string) =>
    `import re\nimport subprocess\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("x")\nBASE = {"a": "1"}\n\n${helper}\n\n@mcp.tool()\ndef run(iface: str, env: dict) -> str:\n${body}\n`;
  const sinks = async (text: string) => (await scanDocument({ file: 'server.py', text })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line + 1);
  const call = (expr: string) => `    return subprocess.run(${expr}, shell=True).stdout`;

  it('a nested function called, handed to re.sub by name, or a lambda: the outer parameter comes back', async () => {
    const called = 'def expand(env):\n    def g():\n        return env["x"]\n    return g()';
    const byName = 'def expand(cmd, env):\n    def repl(m):\n        return env.get(m.group(1), "")\n    return re.sub(r"\\$(\\w+)", repl, cmd)';
    const lambda = 'def expand(cmd, env):\n    return re.sub(r"\\$(\\w+)", lambda m: env[m.group(1)], cmd)';
    assert.deepEqual(await sinks(tool(called, call('expand({"x": iface})'))), [14]);
    assert.deepEqual(await sinks(tool(byName, call('expand("ping $x", {"x": iface})'))), [14]);
    assert.deepEqual(await sinks(tool(lambda, call('expand("ping $x", {"x": iface})'))), [12]);
  });

  it('look-alikes: the nested function returns only its own argument or the app\'s text', async () => {
    const own = 'def expand(cmd, env):\n    def repl(m):\n        return m.group(1).upper()\n    return re.sub(r"\\$(\\w+)", repl, cmd)';
    const fixed = 'def expand(cmd, env):\n    def repl(m):\n        return BASE.get("a", "")\n    return re.sub(r"\\$(\\w+)", repl, cmd)';
    assert.deepEqual(await sinks(tool(own, call('expand("ping $x", {"x": iface})'))), []);
    assert.deepEqual(await sinks(tool(fixed, call('expand("ping $x", {"x": iface})'))), []);
  });

  it("a dict made by a call and filled in place (`merged = dict(BASE)`, `merged[k] = v`, `merged.update(env)`) holds what it was given", async () => {
    const helper = 'def expand(cmd, env):\n    return re.sub(r"\\$(\\w+)", lambda m: env.get(m.group(1), ""), cmd)';
    assert.deepEqual(await sinks(tool(helper, `    merged = dict(BASE)\n    merged["iface"] = iface\n${call('expand("ping $iface", merged)')}`)), [14]);
    assert.deepEqual(await sinks(tool(helper, `    merged = BASE.copy()\n    merged.update(env)\n${call('expand("ping $iface", merged)')}`)), [14]);
    assert.deepEqual(await sinks(tool(helper, `    merged = dict(BASE)\n    merged["mode"] = "fast"\n${call('expand("ping $mode", merged)')}`)), [], "the app's own values only");
  });
});

describe("comprehensions: each element is what the body makes of an item (DevRel agent's `\"\".join(f\"…{html.escape(str(v))}…\" for k, v in items)`)", () => {
  const code = (expr: string) =>
    `import html\nimport streamlit as st\nfrom openai import OpenAI\nclient = OpenAI()\n\ndef chips(items):\n    st.markdown(${expr}, unsafe_allow_html=True)\n\nanswer = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}]).choices[0].message.content\nchips([("Answer", answer)])\n`;
  const sinks = async (text: string) => (await scanDocument({ file: 'app.py', text })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.range.start.line + 1);

  it('escaped in the body, as a generator argument or a list: safe for HTML', async () => {
    assert.deepEqual(await sinks(code('"".join(f"<span>{html.escape(str(k))}: {html.escape(str(v))}</span>" for k, v in items)')), []);
    assert.deepEqual(await sinks(code('"".join([f"<span>{html.escape(str(v))}</span>" for k, v in items])')), []);
  });

  it('look-alikes: the body puts an item in unescaped, or escapes only the label', async () => {
    assert.deepEqual(await sinks(code('"".join(f"<span>{k}: {v}</span>" for k, v in items)')), [10]);
    assert.deepEqual(await sinks(code('"".join(f"<span>{html.escape(str(k))}: {v}</span>" for k, v in items)')), [10]);
  });
});

describe("a plain call of the file's own function is that function, whatever library API shares its name (the DevRel agent's nested `async def fetch(query, source_type)`)", () => {
  const code = (fetcher: string) =>
    `import httpx\nfrom openai import OpenAI\nclient = OpenAI()\n\nasync def search(queries):\n    async with httpx.AsyncClient() as http:\n${fetcher}\n        return [await fetch(q, "story") for q in queries]\n\nasync def main():\n    plan = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "plan"}]).choices[0].message.content\n    return await search(plan.split(","))\n`;
  const sinks = async (text: string) => (await scanDocument({ file: 'sources.py', text })).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.range.start.line + 1}`);

  it("its own fetch that queries a fixed host with the model's words as a parameter: no URL the model chose", async () => {
    assert.deepEqual(await sinks(code('        async def fetch(query, tag):\n            response = await http.get("https://hn.algolia.com/api/v1/search", params={"query": query, "tags": tag})\n            return response.json()')), []);
  });

  it('look-alike: its own fetch that requests the URL it is given', async () => {
    assert.notDeepEqual(await sinks(code('        async def fetch(url, tag):\n            response = await http.get(url)\n            return response.json()')), []);
  });
});

describe("a stored conversation every visitor shares: Google ADK runs named by fixed user and session ids in an app that serves many visitors (the ADK crash course's Streamlit pages)", () => {
  const agent = (run: string) =>
    `from google.adk.agents import LlmAgent\nfrom google.adk.runners import Runner, InMemoryRunner\nfrom google.adk.sessions import InMemorySessionService\nfrom google.genai import types\n\nagent = LlmAgent(name="a", model="gemini-3-flash-preview", instruction="Help.")\nsession_service = InMemorySessionService()\nrunner = Runner(agent=agent, app_name="demo", session_service=session_service)\n\n${run}\n`;
  const fixed = 'async def run_agent(message: str) -> str:\n    user_id = "demo_user"\n    session_id = "demo_session"\n    content = types.Content(role="user", parts=[types.Part(text=message)])\n    async for event in runner.run_async(user_id=user_id, session_id=session_id, new_message=content):\n        pass\n    return ""';
  const byParam = 'async def chat(user_id: str, message: str) -> str:\n    content = types.Content(role="user", parts=[types.Part(text=message)])\n    async for event in runner.run_async(user_id=user_id, session_id=f"session_{user_id}", new_message=content):\n        pass\n    return ""';
  const page = (call: string) => `import asyncio\nimport streamlit as st\nfrom agent import run_agent, chat\n\nUSER = "demo_user"\nif prompt := st.chat_input("Say something"):\n    st.markdown(asyncio.run(${call}))\n`;
  const shared = async (files: Record<string, string>) =>
    (await scan(workspace(files))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation' && /other visitors/.test(f.message)).map((f) => `${f.file}:${f.range.start.line + 1}`);

  it('fixed ids in the helper, or fixed text passed for the id parameter: reported once, where the page runs it with the visitor\'s text', async () => {
    assert.deepEqual(await shared({ 'agent.py': agent(fixed), 'app.py': page('run_agent(prompt)') }), ['app.py:7']);
    assert.deepEqual(await shared({ 'agent.py': agent(byParam), 'app.py': page('chat(USER, prompt)') }), ['app.py:7']);
    assert.deepEqual(await shared({ 'agent.py': agent(byParam), 'app.py': page('chat("demo_user", prompt)') }), ['app.py:7']);
  });

  it("look-alikes: each visitor's own id, a store made for each run, or a script run by one person", async () => {
    assert.deepEqual(await shared({ 'agent.py': agent(byParam), 'app.py': page('chat(st.session_state.visitor_id, prompt)') }), []);
    const ownStore = 'async def run_agent(message: str) -> str:\n    store = InMemorySessionService()\n    mine = Runner(agent=agent, app_name="demo", session_service=store)\n    content = types.Content(role="user", parts=[types.Part(text=message)])\n    async for event in mine.run_async(user_id="demo_user", session_id="demo_session", new_message=content):\n        pass\n    return ""';
    assert.deepEqual(await shared({ 'agent.py': agent(ownStore), 'app.py': page('run_agent(prompt)') }), []);
    assert.deepEqual(await shared({ 'agent.py': agent(fixed), 'cli.py': 'import asyncio\nimport sys\nfrom agent import run_agent\n\nprint(asyncio.run(run_agent(sys.argv[1])))\n' }), []);
  });
});

describe("the OpenAI Agents SDK's sessions kept in a database file, named by fixed ids in a Streamlit page (the SDK crash course's sessions page)", () => {
  const page = (sessions: string) =>
    `import asyncio\nimport streamlit as st\nfrom agents import Agent, Runner, SQLiteSession\n\nagent = Agent(name="a", instructions="Help.")\n\nclass SessionManager:\n    def __init__(self):\n        self.sessions = {}\n\n    def get_session(self, session_id, db_file="demo.db"):\n        if session_id not in self.sessions:\n            self.sessions[session_id] = ${sessions}\n        return self.sessions[session_id]\n\nif "manager" not in st.session_state:\n    st.session_state.manager = SessionManager()\ntext = st.text_input("Message")\nfor name in ["alice"]:\n    pass\nalice = st.session_state.manager.get_session("user_alice", "multi.db")\nbob = st.session_state.manager.get_session("user_bob", "multi.db")\nst.write(asyncio.run(Runner.run(agent, text, session=alice)).final_output)\n`;
  const shared = async (text: string) => (await scanDocument({ file: 'app.py', text })).filter((f) => /other visitors/.test(f.message)).map((f) => f.range.start.line + 1);

  it('one finding per conversation its fixed id names in the shared file', async () => {
    assert.deepEqual(await shared(page('SQLiteSession(session_id, db_file)')), [21, 22]);
  });

  it("look-alike: sessions in memory (no database file), each visitor's own object", async () => {
    assert.deepEqual(await shared(page('SQLiteSession(session_id)')), []);
  });
});

describe("Python imports resolve to the importing script's own folder first (several apps' `agent.py` side by side)", () => {
  it("`from agent import chat` in each app's page reaches that app's own agent module", async () => {
    const agent = (tool: string) => `import subprocess\n\ndef chat(text):\n    return ${tool}\n`;
    const page = 'import streamlit as st\nfrom openai import OpenAI\nfrom agent import chat\n\nanswer = OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}]).choices[0].message.content\nchat(answer)\n';
    const findings = (await scan(workspace({ 'one/agent.py': agent('text.upper()'), 'one/app.py': page, 'two/agent.py': agent('subprocess.run(text, shell=True)'), 'two/app.py': page })))
      .filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.file);
    assert.deepEqual(findings, ['two/app.py']);
  });
});

describe("a LangGraph thread every visitor shares: a checkpointer that outlives the call and a fixed thread id in a Streamlit page (snowChat's shape)", () => {
  const agent = (saver: string) =>
    `from langgraph.graph import StateGraph, MessagesState, START\nfrom langgraph.checkpoint.memory import MemorySaver\n\nmemory = MemorySaver()\n\ndef create_agent(llm):\n${saver}\n    builder = StateGraph(MessagesState)\n    builder.add_node("llm", lambda state: {"messages": [llm.invoke(state["messages"])]})\n    builder.add_edge(START, "llm")\n    return builder.compile(checkpointer=checkpointer)\n`;
  const page = (config: string) =>
    `import streamlit as st\nfrom langchain_core.messages import HumanMessage\nfrom langchain_openai import ChatOpenAI\nfrom agent import create_agent\n\nconfig = ${config}\ngraph = create_agent(ChatOpenAI())\nif text := st.chat_input("Ask"):\n    result = graph.invoke({"messages": [HumanMessage(content=text)]}, config=config)\n    st.write(result["messages"][-1].content)\n`;
  const shared = async (files: Record<string, string>) =>
    (await scan(workspace(files))).filter((f) => /other visitors/.test(f.message)).map((f) => `${f.file}:${f.range.start.line + 1}`);

  it("the module-level saver and thread '42': every visitor's history", async () => {
    assert.deepEqual(await shared({ 'agent.py': agent('    checkpointer = memory'), 'app.py': page('{"configurable": {"thread_id": "42"}}') }), ['app.py:9']);
  });

  it("look-alikes: each visitor's own thread, or a saver made for each graph", async () => {
    assert.deepEqual(await shared({ 'agent.py': agent('    checkpointer = memory'), 'app.py': page('{"configurable": {"thread_id": st.session_state.thread_id}}') }), []);
    assert.deepEqual(await shared({ 'agent.py': agent('    checkpointer = MemorySaver()'), 'app.py': page('{"configurable": {"thread_id": "42"}}') }), []);
  });
});

describe("AWS Strands: an agent built in sight with tools answers from what they read (the Strands course's research workflow); one MCP server is one finding", () => {
  const workflow = (tools: string) =>
    `from strands import Agent\nfrom strands_tools import http_request, calculator\n\nresearcher = Agent(system_prompt="Research.", tools=[${tools}])\nanalyst = Agent(system_prompt="Analyse.")\n\ndef run(topic: str):\n    findings = str(researcher(f"Research: {topic}. Use tools."))\n    return analyst(f"Analyze these findings about the topic:\\n\\n{findings}")\n`;
  const mixed = async (text: string) => (await scanDocument({ file: 'main.py', text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation' && f.range.start.line + 1 === 9).length;

  it("the researcher's answer, steered by the pages http_request fetched, mixed into the analyst's instructions", async () => {
    assert.equal(await mixed(workflow('http_request')), 1);
  });

  it('look-alike: a researcher given no tools (its answer is steered by the topic alone)', async () => {
    assert.equal(await mixed(workflow('')), 0);
  });

  it('an MCP client made around its server parameters (`MCPClient(lambda: stdio_client(StdioServerParameters(…)))`) is reported once, where it is made', async () => {
    const code = `from mcp import StdioServerParameters, stdio_client\nfrom strands import Agent\nfrom strands.tools.mcp import MCPClient\n\nclient = MCPClient(\n    lambda: stdio_client(\n        StdioServerParameters(command="npx", args=["-y", "@openbnb/mcp-server-airbnb"])\n    )\n)\nwith client:\n    agent = Agent(tools=client.list_tools_sync())\n    agent("Find rooms in Barcelona")\n`;
    const lines = (await scanDocument({ file: 'mcp.py', text: code })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line + 1);
    assert.deepEqual(lines, [5]);
  });
});

describe("a Gradio app served as an MCP server (`demo.launch(mcp_server=True)`): its public listener functions are tools (Doc-MCP's hidden MCP tab)", () => {
  const tab = (name: string) =>
    `import gradio as gr\nimport requests\n\nclass DocsTab:\n    def create(self):\n        path = gr.Textbox()\n        out = gr.JSON()\n        gr.Button("Get").click(fn=self.${name}, inputs=[path], outputs=out)\n\n    def ${name}(self, path: str):\n        """Get a file of the repository."""\n        return {"content": requests.get(f"https://raw.githubusercontent.com/org/repo/main/{path}").text}\n`;
  const main = (launch: string) => `import gradio as gr\nfrom .tabs import DocsTab\n\ndef main():\n    with gr.Blocks() as demo:\n        DocsTab().create()\n    demo.launch(${launch})\n`;
  const toolResults = async (files: Record<string, string>) =>
    (await scan(workspace(files))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line + 1}`);

  it("launched as an MCP server from the module that imports the tab: the fetched file goes back to the client's model", async () => {
    assert.deepEqual(await toolResults({ 'ui/__init__.py': '', 'ui/tabs.py': tab('get_file'), 'ui/main.py': main('mcp_server=True') }), ['ui/tabs.py:12']);
  });

  it('look-alikes: the same app launched as a web page only, or a `_private` handler of the page', async () => {
    assert.deepEqual(await toolResults({ 'ui/__init__.py': '', 'ui/tabs.py': tab('get_file'), 'ui/main.py': main('share=False') }), []);
    assert.deepEqual(await toolResults({ 'ui/__init__.py': '', 'ui/tabs.py': tab('_get_file'), 'ui/main.py': main('mcp_server=True') }), []);
  });
});

describe("LlamaIndex: a query response's source nodes are the retrieved documents (Doc-MCP's query_doc)", () => {
  const code = (part: string) =>
    `from openai import OpenAI\nclient = OpenAI()\n\ndef answer(engine, question):\n    response = engine.query(question)\n    return client.chat.completions.create(model="m", messages=[{"role": "system", "content": f"Check this answer against its sources and flag errors: {${part}}"}])\n`;
  const lines = async (text: string) => (await scanDocument({ file: 'check.py', text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => f.range.start.line + 1);

  it('the source nodes in a system prompt: retrieved documents, an error', async () => {
    assert.deepEqual(await lines(code('[n.get_content() for n in response.source_nodes]')), [6]);
  });

  it("look-alike: the response's score count", async () => {
    assert.deepEqual(await lines(code('len(response.source_nodes) > 0')), []);
  });
});

describe('a shared conversation is mended by its key, not by wrapping a value', () => {
  it('the message names the shared history and asks for a per-visitor id; no wrap quick fix is offered', async () => {
    const agent = 'from google.adk.runners import Runner\nfrom google.adk.sessions import InMemorySessionService\nfrom google.genai import types\nrunner = Runner(agent=None, app_name="demo", session_service=InMemorySessionService())\n\nasync def run_agent(message):\n    content = types.Content(role="user", parts=[types.Part(text=message)])\n    async for event in runner.run_async(user_id="demo_user", session_id="demo_session", new_message=content):\n        pass\n';
    const page = 'import asyncio\nimport streamlit as st\nfrom agent import run_agent\n\nif prompt := st.chat_input("Say"):\n    st.write(asyncio.run(run_agent(prompt)))\n';
    const [finding] = (await scan(workspace({ 'agent.py': agent, 'app.py': page }))).filter((f) => /other visitors/.test(f.message));
    assert.match(finding.message, /conversation history every visitor shares/);
    assert.match(finding.message, /id kept per visitor/);
    assert.doesNotMatch(finding.message, /wrapUntrusted/);
    assert.equal(finding.fixes, undefined);
  });
});

describe("a search helper in sight that reads nothing makes up its own results (the MCP Apps showcase's mock flights)", () => {
  const tool = `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nimport { z } from "zod";\nimport { searchFlights } from "./flights.js";\nconst server = new McpServer({ name: "travel", version: "1" });\nserver.registerTool("search-flights", { inputSchema: { origin: z.string() } }, async ({ origin }) => {\n  const search = await searchFlights(origin);\n  return { content: [{ type: "text", text: \`Found: \${search.flights.map((f) => f.name).join(", ")}\` }] };\n});\n`;
  const toolResults = async (flights: string) =>
    (await scan(workspace({ 'server.ts': tool, 'flights.ts': flights }))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line + 1}`);

  it('made up with Math.random, a constant table and an in-memory Map: no one else wrote it', async () => {
    const flights = `const AIRPORTS = [{ code: "JFK" }];\nconst searches = new Map<string, unknown>();\nfunction price() {\n  return Math.floor(100 + Math.random() * 400);\n}\nexport function searchFlights(origin: string) {\n  const airport = AIRPORTS.find((a) => a.code === origin.toUpperCase());\n  const flights = [1, 2, 3].map((n) => ({ name: \`\${airport?.code}-\${n}\`, price: price() }));\n  searches.set(origin, flights);\n  return { flights };\n}\n`;
    assert.deepEqual(await toolResults(flights), []);
  });

  it('look-alike: the same helper asking a flights API: its answer is someone else’s', async () => {
    const flights = `export async function searchFlights(origin: string) {\n  const response = await fetch(\`https://flights.example.com/search?from=\${origin}\`);\n  return { flights: (await response.json()).flights.map((f: any) => ({ name: f.name })) };\n}\n`;
    assert.deepEqual(await toolResults(flights), ['server.ts:7']);
  });
});

describe("a fixed weather, geocoding or exchange-rate API answers with measurements, not anyone's prose (the Chat SDK's getWeather)", () => {
  const direct = (url: string) =>
    `import { tool } from "ai";\nimport { z } from "zod";\nexport const lookUp = tool({\n  description: "Look it up",\n  inputSchema: z.object({ q: z.string() }),\n  execute: async ({ q }) => {\n    const response = await fetch(\`${url}?q=\${encodeURIComponent(q)}\`);\n    return await response.json();\n  },\n});\n`;
  const lines = (text: string) => ruleLines('tools.ts', text);
  const helper = (url: string) =>
    `import requests\nfrom langchain_core.tools import tool\n\ndef _get_json(url, params):\n    response = requests.get(url, params=params, timeout=10)\n    return response.json()\n\n@tool\ndef look_up(place: str) -> str:\n    """Look it up."""\n    return str(_get_json("${url}", {"name": place}))\n`;
  const pyLines = (text: string) => ruleLines('tools.py', text);

  it("Open-Meteo's forecast, fetched in the tool or through a helper given its URL: no finding", async () => {
    assert.deepEqual(await lines(direct('https://api.open-meteo.com/v1/forecast')), []);
    assert.deepEqual(await pyLines(helper('https://geocoding-api.open-meteo.com/v1/search')), []);
    assert.deepEqual(await lines(direct('http://ip-api.com/json/8.8.8.8')), [], 'an IP geolocation API (the toolkit MCP server’s geolocate)');
  });

  it("look-alike: a news API's articles, in the tool or through the same helper, go back to the model", async () => {
    assert.deepEqual(await lines(direct('https://newsapi.org/v2/everything')), [8]);
    assert.deepEqual(await pyLines(helper('https://newsapi.org/v2/everything')), [11]);
  });
});

describe('one place reached both directly and through a wrapper is one finding (the Chat SDK’s document handlers)', () => {
  it('`handler.onUpdateDocument({ document })` reaching the handler and the wrapper that calls it: reported once', async () => {
    const root = workspace({
      'handler.ts': `import { streamText } from "ai";\nimport { createDocumentHandler } from "./wrapper";\nexport const textHandler = createDocumentHandler({\n  kind: "text",\n  onUpdateDocument: async ({ document, description }) => {\n    const { text } = await streamText({ model, system: \`Improve this document:\\n\${document.content}\`, prompt: description });\n    return text;\n  },\n});\n`,
      'wrapper.ts': `export function createDocumentHandler(config: any) {\n  return {\n    kind: config.kind,\n    onUpdateDocument: async (args: any) => {\n      return await config.onUpdateDocument({ document: args.document, description: args.description });\n    },\n  };\n}\n`,
      'registry.ts': `import { textHandler } from "./handler";\nexport const handlers = [textHandler];\n`,
      'db.ts': `import { drizzle } from "drizzle-orm/postgres-js";\nimport { eq } from "drizzle-orm";\nimport { documents } from "./schema";\nconst db = drizzle(process.env.POSTGRES_URL!);\nexport async function getDocumentById({ id }: { id: string }) {\n  const [selected] = await db.select().from(documents).where(eq(documents.id, id));\n  return selected;\n}\n`,
      'tool.ts': `import { tool } from "ai";\nimport { z } from "zod";\nimport { handlers } from "./registry";\nimport { getDocumentById } from "./db";\nexport const updateDocument = tool({\n  description: "Update a document",\n  inputSchema: z.object({ id: z.string(), description: z.string() }),\n  execute: async ({ id, description }) => {\n    const document = await getDocumentById({ id });\n    const handler = handlers.find((h) => h.kind === document.kind);\n    await handler.onUpdateDocument({\n      document,\n      description,\n    });\n    return "done";\n  },\n});\n`,
    });
    const found = (await scan(root)).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line + 1}`);
    assert.deepEqual(found, ['tool.ts:12']);
  });
});

describe("RAGs and Chat LangChain (first scans): an agent built is no answer; a link checker's requests; documentation MCP servers", () => {
  it("`OpenAIAgent.from_tools(…)` builds an agent: the agent is no model output until it is asked (RAGs' builder)", async () => {
    const code = `import os\nfrom llama_index.agent import OpenAIAgent\nagent = OpenAIAgent.from_tools([], llm=None, system_prompt="Build agents.")\nos.remove(f"cache/{agent.agent_id}.json")\n`;
    const sinks = (text: string) => ruleLines('app.py', text, 'llm/output-to-sink');
    assert.deepEqual(await sinks(code), [], "the agent object's own id: the agent is built, not asked");
    const direct = `import os\nfrom llama_index.agent import OpenAIAgent\nagent = OpenAIAgent.from_tools([], llm=None, system_prompt="Build agents.")\nos.remove(f"cache/{agent.chat('Which agent id should go?').response}.json")\n`;
    assert.deepEqual(await sinks(direct), [4], "look-alike: the agent's answer, once it is chatted with, chosen as a file name");
  });

  it("a link checker's requests on a client the parameter is annotated with (`client: httpx.AsyncClient`): HEAD, GET and `stream(\"GET\", url)` fetch the model's URLs", async () => {
    const code = (request: string) => `import httpx\nfrom langchain_core.tools import tool\n\nasync def _check(client: httpx.AsyncClient, url: str) -> int:\n    response = await ${request}\n    return response.status_code\n\n@tool\nasync def check_links(urls: list[str]) -> str:\n    """Check that each URL resolves."""\n    async with httpx.AsyncClient() as client:\n        return str([await _check(client, url) for url in urls])\n`;
    const sinks = async (text: string) => (await ruleLines('links.py', text, 'llm/output-to-sink')).length;
    assert.equal(await sinks(code('client.head(url, follow_redirects=True)')), 1);
    assert.equal(await sinks(code('client.stream("GET", url).__aenter__()')), 1);
    assert.equal(await sinks(code('client.get("https://docs.example.com/health", params={"q": url})')), 0, 'look-alike: a fixed URL, the model text only a parameter');
  });

  it('documentation MCP servers (Context7, GitMCP, a `https://docs.…/mcp` endpoint) return pages to the agent; a memory server does not', async () => {
    const code = (url: string) => `from agents import Agent, Runner\nfrom agents.mcp import MCPServerStreamableHttp\nserver = MCPServerStreamableHttp(params={"url": "${url}"})\nagent = Agent(name="docs", mcp_servers=[server])\nRunner.run_sync(agent, question)\n`;
    const found = async (text: string) => (await ruleLines('agent.py', text)).length;
    assert.equal(await found(code('https://docs.langchain.com/mcp')), 1);
    assert.equal(await found(code('https://mcp.context7.com/mcp')), 1);
    assert.equal(await found(code('http://localhost:8000/memory/mcp')), 0);
  });
});

describe("an uploaded image's data URL (`f\"data:image/png;base64,{b64}\"`) is the image in its own message, not instruction text", () => {
  const ocr = (part: string, tools = '') =>
    `import base64\nimport streamlit as st\nfrom openai import OpenAI\n\nclient = OpenAI()\n\ndef ocr(file):\n    b64 = base64.b64encode(file.getvalue()).decode()\n    response = client.chat.completions.create(model="m"${tools}, messages=[{"role": "user", "content": [{"type": "text", "text": "Extract the details as a table"}, ${part}]}])\n    return response.choices[0].message.content\n\nuploaded = st.file_uploader("Receipt")\nif uploaded:\n    st.markdown(ocr(uploaded))\n`;
  const found = async (text: string) => (await scanDocument({ file: 'app.py', text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line + 1}:${f.severity}:${/goes into (a user message|the app's instruction text)/.exec(f.message)?.[1]}`);

  it('an image part of the upload: someone else\'s content in its own message, a warning (an error when the model has tools)', async () => {
    const image = '{"type": "image_url", "image_url": {"url": f"data:image/png;base64,{b64}"}}';
    assert.deepEqual(await found(ocr(image)), ['14:warning:a user message']);
    assert.deepEqual(await found(ocr(image, ', tools=[search_tool]')), ['14:error:a user message']);
  });

  it("look-alike: the upload's text written into a sentence of instructions is mixed into them", async () => {
    assert.deepEqual(await found(ocr('{"type": "text", "text": f"Here is the receipt text to put in the table: {file.getvalue().decode()}"}')), ["14:warning:the app's instruction text"]);
  });
});

describe("a function wrapped by LangSmith's `traceable` (or a memoizer) and exported under another name is that function (the social media agent)", () => {
  const code = (wrap: (name: string) => string) =>
    `import { ChatAnthropic } from "@langchain/anthropic";\nimport { traceable } from "langsmith/traceable";\n\nasync function checkFunc(content: string, args: { systemPrompt: string }) {\n  const model = new ChatAnthropic({ model: "m" });\n  return model.invoke([{ role: "system", content: args.systemPrompt }, { role: "user", content }]);\n}\nexport const check = ${wrap('checkFunc')};\n\nasync function getPageFunc(url: string) {\n  return (await fetch(url)).text();\n}\nexport const getPage = ${wrap('getPageFunc')};\n\nexport async function verify(link: string) {\n  const page = await getPage(link);\n  return check(page, { systemPrompt: "Is this relevant to our products?" });\n}\n`;
  const lines = (text: string) => ruleLines('verify.ts', text);

  it('`traceable(fn, { name })` and a plain alias pass the call on: the fetched page reaches the check', async () => {
    assert.deepEqual(await lines(code((name) => `traceable(${name}, { name: "step" })`)), [17]);
    assert.deepEqual(await lines(code((name) => name)), [17]);
  });

  it('look-alike: a wrapper that is no pass-through (`makeTool(fn)`) is not read as the function', async () => {
    assert.deepEqual(await lines(code((name) => `makeTool(${name}, { name: "step" })`)), []);
  });
});

describe("a LangGraph graph whose nodes live in other files shares one state: what one node returns under a key is what another reads (the social media agent)", () => {
  const files = (read: string) => ({
    'graph.ts': `import { StateGraph, Annotation } from "@langchain/langgraph";\nimport { writeReport } from "./nodes/report";\nimport { writePost } from "./nodes/post";\nconst State = Annotation.Root({ url: Annotation<string>, topic: Annotation<string>, report: Annotation<string> });\nexport const graph = new StateGraph(State).addNode("report", writeReport).addNode("post", writePost).compile();\n`,
    'nodes/report.ts': `import { ChatAnthropic } from "@langchain/anthropic";\nimport { LangGraphRunnableConfig } from "@langchain/langgraph";\nexport async function writeReport(state: { url: string }, _config: LangGraphRunnableConfig) {\n  const page = await (await fetch(state.url)).text();\n  const model = new ChatAnthropic({ model: "m" });\n  const result = await model.invoke([{ role: "system", content: "Write a report on the page." }, { role: "user", content: page }]);\n  return { report: result.content as string };\n}\n`,
    'nodes/post.ts': `import { ChatAnthropic } from "@langchain/anthropic";\nimport { LangGraphRunnableConfig } from "@langchain/langgraph";\nexport async function writePost(state: { report: string; topic: string }, _config: LangGraphRunnableConfig) {\n  const model = new ChatAnthropic({ model: "m" });\n  const result = await model.invoke([{ role: "system", content: \`You write posts. Use this material:\\n\${${read}}\` }, { role: "user", content: "Write the post." }]);\n  return { post: result.content as string };\n}\n`,
  });
  const found = async (read: string) =>
    (await scan(workspace(files(read)))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation' && f.file === 'nodes/post.ts').map((f) => `${f.range.start.line + 1}:${f.severity}`);

  it("the report node's answer (steered by the page it fetched) read by the post node as `state.report`, in its system prompt: an error", async () => {
    assert.deepEqual(await found('state.report'), ['5:error']);
  });

  it("the chain says where the text crossed between the nodes' files", async () => {
    const [finding] = (await scan(workspace(files('state.report')))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation' && f.file === 'nodes/post.ts');
    assert.ok(finding.related?.some((r) => r.file === 'nodes/post.ts' && /Read from the graph's state \(report\), which writeReport\(\) \(nodes\/report\.ts\) returns/.test(r.message)), JSON.stringify(finding.related));
  });

  it('look-alike: a channel no node writes (`state.topic`) is what the graph was invoked with', async () => {
    assert.deepEqual(await found('state.topic'), []);
  });
});

describe('a length written as text (`post.length.toString()`) carries none of the text', () => {
  const code = (value: string) =>
    `import OpenAI from "openai";\nconst openai = new OpenAI();\nexport async function condense(url: string) {\n  const page = await (await fetch(url)).text();\n  const draft = await openai.chat.completions.create({ model: "m", messages: [{ role: "user", content: page }] });\n  const post = draft.choices[0].message.content ?? "";\n  const system = "Condense the post to 280 characters. The original was {n} characters long.".replace("{n}", ${value});\n  return openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: system }, { role: "user", content: "Go." }] });\n}\n`;
  const lines = async (text: string) => (await ruleLines('condense.ts', text)).filter((line) => line === 7).length;

  it("the model's post counted (`post.length.toString()`): no finding; the post itself (`post.toString()`): one", async () => {
    assert.equal(await lines(code('post.length.toString()')), 0);
    assert.equal(await lines(code('post.toString()')), 1);
  });
});

describe("a field of an object a graph node keeps in the state is read alone (`state.tripDetails.startDate`, the LangGraph JS generative-UI trip planner)", () => {
  const files = (read: string) => ({
    'graph.ts': `import { StateGraph, Annotation } from "@langchain/langgraph";\nimport { extract } from "./nodes/extract";\nimport { classify } from "./nodes/classify";\nconst State = Annotation.Root({ topic: Annotation<string>, tripDetails: Annotation<{ startDate: Date; location: string }> });\nexport const graph = new StateGraph(State).addNode("extract", extract).addNode("classify", classify).compile();\n`,
    'nodes/extract.ts': `import { ChatOpenAI } from "@langchain/openai";\nexport async function extract(state: { topic: string }) {\n  const model = new ChatOpenAI({ model: "m" }).bindTools([{ name: "extract", description: "Extract the trip.", schema }]);\n  const response = await model.invoke([{ role: "system", content: "Extract the trip details." }, { role: "user", content: state.topic }]);\n  const args = response.tool_calls?.[0]?.args ?? {};\n  const details = { startDate: new Date(args.startDate), location: args.location };\n  return { tripDetails: details };\n}\n`,
    'nodes/classify.ts': `import { ChatOpenAI } from "@langchain/openai";\nexport async function classify(state: { tripDetails: { startDate: Date; location: string } }) {\n  const model = new ChatOpenAI({ model: "m" });\n  const system = \`You plan trips. The trip: \${${read}}.\`;\n  return model.invoke([{ role: "system", content: system }, { role: "user", content: "Still relevant?" }]);\n}\n`,
  });
  const found = async (read: string) =>
    (await scan(workspace(files(read)))).filter((f) => f.ruleId === 'prompt/untrusted-interpolation' && f.file === 'nodes/classify.ts').map((f) => `${f.range.start.line + 1}:${f.severity}`);

  it('the date the node made with `new Date(…)` from the model\'s arguments: no finding', async () => {
    assert.deepEqual(await found('state.tripDetails.startDate'), []);
  });

  it("look-alike: the location the model wrote, kept beside it, in the system prompt: an error", async () => {
    assert.deepEqual(await found('state.tripDetails.location'), ['4:error']);
  });
});

describe('a one-line heading before a value ("Here is the entire conversation so far:") asks nothing: the value is in a message of its own', () => {
  const code = (template: string) =>
    `import OpenAI from "openai";\nconst openai = new OpenAI();\nexport async function POST(req: Request) {\n  const { question } = await req.json();\n  const user = \`${template}\\n\${question}\`;\n  return openai.chat.completions.create({ model: "m", tools, messages: [{ role: "system", content: "Answer briefly." }, { role: "user", content: user }] });\n}\n`;
  // (A call with tools: the person's text mixed into instructions is then a warning, by the implemented policy.)
  const lines = (text: string) => ruleLines('app/api/ask/route.ts', text.replace('const openai = new OpenAI();', 'const openai = new OpenAI();\nconst tools = [{ type: "function" as const, function: { name: "refund", parameters: {} } }];'));

  it('"Here is the question so far:" and "Below are the notes:": no finding for the person\'s own text', async () => {
    assert.deepEqual(await lines(code('Here is the question so far:')), []);
    assert.deepEqual(await lines(code('Below are the notes:')), []);
  });

  it('look-alike: a lead-in that asks for something ("Here is the receipt text to put in the table:", "Answer the question below in one line:") is instruction text', async () => {
    assert.deepEqual(await lines(code('Here is the receipt text to put in the table:')), [6]);
    assert.deepEqual(await lines(code('Answer the question below in one line:')), [6]);
  });
});

describe('a Python record made with keywords holds each under its name (`record = StoredGame(id=_slugify(title), title=title)`, the Pydantic game agent)', () => {
  const code = (field: string) =>
    `import os\nimport re\nfrom dataclasses import dataclass\nfrom langchain_core.tools import tool\n\n@dataclass\nclass Saved:\n    id: str\n    title: str\n\ndef _slugify(value):\n    return re.sub(r"[^a-z0-9]+", "-", value.lower())\n\n@tool\ndef save_note(title: str, text: str) -> str:\n    """Save a note."""\n    record = Saved(id=_slugify(title), title=title)\n    folder = os.path.join("notes", record.${field})\n    os.makedirs(folder, exist_ok=True)\n    return "saved"\n`;
  const lines = (text: string) => ruleLines('notes.py', text, 'llm/output-to-sink');

  it('`record.id`, the slug of the title the model gave, names the folder: no finding', async () => {
    assert.deepEqual(await lines(code('id')), []);
  });

  it("look-alike: `record.title`, the model's title as it came, names the folder: a file path", async () => {
    assert.deepEqual(await lines(code('title')), [19]);
  });
});

describe("a LangChain toolkit handed over as `toolkit.get_tools()` is its tools (Deep Agents' text-to-SQL example)", () => {
  const code = (tools: string) =>
    `from deepagents import create_deep_agent\nfrom langchain_anthropic import ChatAnthropic\nfrom langchain_community.agent_toolkits import SQLDatabaseToolkit\nfrom langchain_community.utilities import SQLDatabase\n\ndef build():\n    db = SQLDatabase.from_uri("sqlite:///chinook.db")\n    model = ChatAnthropic(model="m")\n    toolkit = SQLDatabaseToolkit(db=db, llm=model)\n    return create_deep_agent(model=model, tools=${tools})\n`;
  const lines = (text: string) => ruleLines('agent.py', text);

  it("the toolkit's query results (database rows) go back to the agent's model: reported where the toolkit is made", async () => {
    assert.deepEqual(await lines(code('toolkit.get_tools()')), [9]);
  });

  it('look-alike: the agent given other tools', async () => {
    assert.deepEqual(await lines(code('[calculator]')), []);
  });
});

describe('a TypeScript field declared as a number, boolean, date or fixed literals (a type, an interface, a class, a zod schema) holds no one\'s text', () => {
  const code = (declare: string, field: string) =>
    `import OpenAI from "openai";\nimport { z } from "zod";\nconst openai = new OpenAI();\n${declare}\nexport async function plan(url: string) {\n  const page = await (await fetch(url)).text();\n  const first = await openai.chat.completions.create({ model: "m", messages: [{ role: "user", content: page }] });\n  const trip = JSON.parse(first.choices[0].message.content ?? "{}");\n  return openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: \`Plan a trip for \${trip.${field}}.\` }, { role: "user", content: "Go." }] });\n}\n`;
  // (The fetched page in the first call's own message is reported too, above: only the system prompt's line is asked about.)
  const lines = async (text: string) => (await ruleLines('plan.ts', text)).filter((line) => line >= 9);

  it('`guests: number` in a type, an interface or a class, `z.number()` or `z.enum([…])` in a schema: no finding', async () => {
    assert.deepEqual(await lines(code('type Trip = { guests: number; city: string };', 'guests')), []);
    assert.deepEqual(await lines(code('interface Trip { guests?: number | undefined; city: string }', 'guests')), []);
    assert.deepEqual(await lines(code('class Trip { guests: number = 2; city = ""; }', 'guests')), []);
    assert.deepEqual(await lines(code('const Trip = z.object({ guests: z.number().describe("how many"), city: z.string() });', 'guests')), []);
    assert.deepEqual(await lines(code('const Trip = z.object({ guests: z.enum(["one", "two"]), city: z.string() });', 'guests')), []);
  });

  it("look-alike: the model's `city` (a string; the model read a fetched page), and a field another declaration makes text", async () => {
    assert.deepEqual(await lines(code('type Trip = { guests: number; city: string };', 'city')), [9]);
    assert.deepEqual(await lines(code('type Trip = { guests: number; city: string };\ntype Other = { guests: string };', 'guests')), [10]);
  });
});

describe("Microsoft Agent Framework's retrieval context providers add what they find to each run (the Neo4j GraphRAG sample)", () => {
  const code = (providers: string) =>
    `import asyncio\nfrom agent_framework import Agent\nfrom agent_framework.foundry import FoundryChatClient\nfrom agent_framework_neo4j import Neo4jContextProvider\n\nasync def main():\n    async with (\n        Neo4jContextProvider(uri="bolt://localhost", index_name="chunks") as provider,\n        Agent(client=FoundryChatClient(), instructions="Answer from the context.", context_providers=${providers}) as agent,\n    ):\n        result = await agent.run("What risks does Apple face?")\n        print(result.text)\n`;
  const found = async (text: string) => (await scanDocument({ file: 'graphrag.py', text })).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.range.start.line + 1}:${f.severity}`);

  it('the provider given to the agent (bound by `async with … as provider`): the retrieved documents, a warning where it is made (the agent has no tools)', async () => {
    assert.deepEqual(await found(code('[provider]')), ['8:warning']);
  });

  it('look-alike: the provider made but not given to the agent', async () => {
    assert.deepEqual(await found(code('[]')), []);
  });
});

describe("the Claude Agent SDK's built-in tools, named by string (Anthropic's research-agent demo)", () => {
  const code = (mode: string) =>
    `from claude_agent_sdk import AgentDefinition, ClaudeAgentOptions, ClaudeSDKClient\n\nagents = {\n    "analyst": AgentDefinition(description="Charts", tools=["Read", "Bash"], prompt="Make charts."),\n    "writer": AgentDefinition(description="Reports", tools=["Read", "Bash", "Write"], prompt="Write reports."),\n}\noptions = ClaudeAgentOptions(permission_mode="${mode}", allowed_tools=["Task"], agents=agents)\n`;
  const lines = (text: string) => ruleLines('agent.py', text, 'llm/output-to-sink');

  it("each subagent whose tools include Bash, in a run that bypasses permissions, is a shell sink of its own", async () => {
    assert.deepEqual(await lines(code('bypassPermissions')), [4, 5]);
  });

  it('look-alike: the same subagents when the run asks before using a tool', async () => {
    assert.deepEqual(await lines(code('default')), []);
  });
});

describe("a low-level MCP server's prompt handler is given the person's arguments, not the model's (mcp-server-commands)", () => {
  // (A server with both handlers: the tools/call one runs a fixed command.)
  const code = (schema: string) =>
    `import { exec, execFile } from 'node:child_process';\nimport { CallToolRequestSchema, GetPromptRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nserver.setRequestHandler(CallToolRequestSchema, async () => execFile('uptime'));\nserver.setRequestHandler(${schema}, async (request) => {\n  const line = String(request.params.arguments?.command_line);\n  exec(line);\n});\n`;
  const lines = (text: string) => ruleLines('index.ts', text, 'llm/output-to-sink');

  it('the tools/call handler: the model’s command line run by a shell', async () => {
    assert.deepEqual(await lines(code('CallToolRequestSchema')), [6]);
  });

  it('look-alike: the prompts/get handler, whose arguments the person fills in', async () => {
    assert.deepEqual(await lines(code('GetPromptRequestSchema')), []);
  });

  it('the tools/call handler registered through a namespace (`types.CallToolRequestSchema`) is one too', async () => {
    const namespaced = code('CallToolRequestSchema').replace("import { CallToolRequestSchema, GetPromptRequestSchema } from '@modelcontextprotocol/sdk/types.js';", "import * as types from '@modelcontextprotocol/sdk/types.js';").replaceAll('(CallToolRequestSchema', '(types.CallToolRequestSchema');
    assert.deepEqual(await lines(namespaced), [6]);
  });
});

describe("a database connection opened with a password returns rows, not the password (designcomputer's MySQL MCP server)", () => {
  const code = (read: string) =>
    `import os\nfrom mcp.server import Server\nfrom mcp.types import TextContent\nfrom mysql.connector import connect\napp = Server("db")\n\ndef get_db_config():\n    return {"user": os.getenv("MYSQL_USER"), "password": os.getenv("MYSQL_PASSWORD"), "database": os.getenv("MYSQL_DATABASE")}\n\n@app.call_tool()\nasync def call_tool(name: str, arguments: dict) -> list[TextContent]:\n    config = get_db_config()\n    with connect(**config) as conn:\n        with conn.cursor() as cursor:\n            cursor.execute("SELECT name FROM products LIMIT 5")\n            rows = cursor.fetchall()\n            return [TextContent(type="text", text=f"{${read}}: {rows}")]\n`;
  const lines = (text: string) => ruleLines('server.py', text, 'prompt/secret-in-prompt');

  it('the connection and its rows, and the settings’ database name, carry no credential', async () => {
    assert.deepEqual(await lines(code('config.get("database")')), []);
  });

  it('look-alike: the settings’ password itself, or an entry not named as a connection setting', async () => {
    assert.deepEqual(await lines(code('config.get("password")')), [17]);
    assert.deepEqual(await lines(code('config.get("openai")')), [17]);
  });
});

describe("personal fields a message helper of the app's renders from the record it is given (ChatKit's customer-support sample)", () => {
  const code = (field: string) =>
    `from agents import Agent, Runner\n\ndef _profile_item(profile):\n    content = (\n        "<CUSTOMER_PROFILE>\\n"\n        f"Name: {profile.name}\\n"\n        f"Contact: {profile.${field}}\\n"\n        "</CUSTOMER_PROFILE>"\n    )\n    return EasyInputMessageParam(type="message", role="user", content=[ResponseInputTextParam(type="input_text", text=content)])\n\nagent = Agent(name="Concierge", instructions="Help the traveller.")\n\nasync def respond(state, thread_id, items):\n    input_items = [_profile_item(state.get_profile(thread_id))] + items\n    return Runner.run_streamed(agent, input_items)\n`;
  const lines = (text: string) => ruleLines('server.py', text, 'prompt/pii-in-prompt');

  it('the e-mail in the helper’s message, sent as the run’s input with the history: reported once, at the field', async () => {
    assert.deepEqual(await lines(code('email')), [7]);
  });

  it('look-alike: the loyalty status instead', async () => {
    assert.deepEqual(await lines(code('loyalty_status')), []);
  });

  it('across files: a helper that returns a `{ role, content }` message rendering the field, reported at the argument', async () => {
    const root = workspace({
      'profile_message.py': 'def profile_message(customer):\n    return {"role": "user", "content": f"Write to {customer.email} about their order."}\n',
      'app.py': 'from openai import OpenAI\nfrom profile_message import profile_message\nclient = OpenAI()\n\ndef reply(db, customer_id):\n    customer = db.get_customer(customer_id)\n    return client.chat.completions.create(model="m", messages=[{"role": "system", "content": "Be brief."}, profile_message(customer)])\n',
    });
    const found = (await scan(root)).filter((f) => f.ruleId === 'prompt/pii-in-prompt').map((f) => `${f.file}:${f.range.start.line + 1}`);
    assert.deepEqual(found, ['app.py:7']);
  });
});

describe("rows a helper reads after running the query it is given, `cursor.execute(query)` then `cursor.fetchall()` (designcomputer's MySQL MCP server)", () => {
  const code = (query: string) =>
    `import anyio\nfrom mcp.server import Server\nfrom mcp.types import TextContent\nfrom mysql.connector import connect\napp = Server("db")\n\nasync def run_query(query: str) -> list[TextContent]:\n    def _sync_run():\n        with connect(host="db") as conn:\n            with conn.cursor() as cursor:\n                cursor.execute(query)\n                rows = cursor.fetchall()\n                return [TextContent(type="text", text="\\n".join(str(row[0]) for row in rows))]\n    return await anyio.to_thread.run_sync(_sync_run)\n\n@app.call_tool()\nasync def call_tool(name: str, arguments: dict) -> list[TextContent]:\n    return await run_query(${query})\n`;
  const lines = (text: string) => ruleLines('server.py', text, 'prompt/untrusted-interpolation');

  it("a table's rows, returned as the tool's result", async () => {
    assert.deepEqual(await lines(code('"SELECT name FROM customers LIMIT 5"')), [18]);
  });

  it("look-alike: the database's catalogue (information_schema): names the operator made", async () => {
    assert.deepEqual(await lines(code('"SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"')), []);
  });
});

describe("a class that reads files under a folder it is given, constructed with the app's own folder (ChatKit's news-guide sample)", () => {
  const store =
    'from pathlib import Path\n\nclass ArticleStore:\n    def __init__(self, data_dir):\n        self.data_dir = Path(data_dir)\n        self._articles = {}\n        for name in ["a.md"]:\n            self._articles[name] = self._load_markdown(name)\n\n    @property\n    def articles_path(self) -> Path:\n        return self.data_dir / "articles"\n\n    def _load_markdown(self, filename):\n        markdown_path = self.articles_path / filename\n        return markdown_path.read_text(encoding="utf-8")\n\n    def get_article(self, article_id):\n        return self._articles.get(article_id)\n';
  const server = (folder: string) =>
    `from pathlib import Path\nfrom agents import Agent, function_tool\nfrom .store import ArticleStore\n\nstore = ArticleStore(${folder})\n\n@function_tool\ndef get_article(article_id: str) -> str:\n    return store.get_article(article_id)\n\nagent = Agent(name="news", instructions="Help.", tools=[get_article])\n`;
  const found = async (folder: string) => {
    const root = workspace({ 'app/__init__.py': '', 'app/store.py': store, 'app/server.py': server(folder) });
    return (await scan(root)).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line + 1}`);
  };

  it('constructed (in another file) with a folder beside the code: the articles are the app’s own, no finding', async () => {
    assert.deepEqual(await found('Path(__file__).resolve().parent / "data"'), []);
  });

  it('look-alike: constructed with a folder outside the app (an uploads folder): the files are someone else’s', async () => {
    assert.deepEqual(await found('Path("/srv/uploads")'), ['app/server.py:9']);
  });
});

describe('a value checked to be digits only carries no one’s text (the reference Sentry MCP server’s issue id)', () => {
  const python = (check: string) =>
    `import sqlite3\nfrom mcp.server import Server\napp = Server("issues")\nconn = sqlite3.connect("issues.db")\n\ndef extract_issue_id(value: str) -> str:\n    issue_id = value.strip("/").split("/")[-1]\n${check}    return issue_id\n\n@app.call_tool()\nasync def call_tool(name: str, arguments: dict):\n    issue_id = extract_issue_id(arguments["issue_id_or_url"])\n    return str(conn.execute(f"DELETE FROM issues WHERE id = {issue_id}").rowcount)\n`;
  const typescript = (check: string) =>
    `import { execSync } from 'node:child_process';\nimport { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const pid = String(request.params.arguments?.pid);\n  ${check}\n  return execSync(\`kill \${pid}\`).toString();\n});\n`;
  const sinks = (file: string, text: string) => ruleLines(file, text, 'llm/output-to-sink');

  it('Python: `if not issue_id.isdigit(): raise …` in a helper, then SQL built from it: no finding', async () => {
    assert.deepEqual(await sinks('server.py', python('    if not issue_id.isdigit():\n        raise ValueError("not a number")\n')), []);
  });

  it('look-alike (Python): the same helper without the check', async () => {
    assert.deepEqual(await sinks('server.py', python('')), [13]);
  });

  it('TypeScript: `if (!/^\\d+$/.test(pid)) throw …`, then a command built from it: no finding', async () => {
    assert.deepEqual(await sinks('index.ts', typescript("if (!/^\\d+$/.test(pid)) throw new Error('pid must be a number');")), []);
  });

  it('look-alike (TypeScript): a check that lets other characters through', async () => {
    assert.deepEqual(await sinks('index.ts', typescript("if (!/^[\\w-]+$/.test(pid)) throw new Error('bad pid');")), [6]);
  });
});

describe("Google's geocoding and place search answer with reference data; place details carry reviews anyone wrote (the reference Google Maps MCP server)", () => {
  const code = (endpoint: string) =>
    `import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const url = new URL("https://maps.googleapis.com/maps/api/${endpoint}/json");\n  url.searchParams.append("address", String(request.params.arguments?.address));\n  const response = await fetch(url.toString());\n  const data = await response.json();\n  return { content: [{ type: "text", text: JSON.stringify(data.results) }] };\n});\n`;
  const lines = (text: string) => ruleLines('index.ts', text);

  it('geocode, reached through `new URL(…)` and `url.toString()`: no finding', async () => {
    assert.deepEqual(await lines(code('geocode')), []);
  });

  it('look-alike: place details (its reviews) returned to the model', async () => {
    assert.deepEqual(await lines(code('place/details')), [7]);
  });
});

describe("a URL on a host the code names, whatever the model fills in after it (the reference GitHub MCP server)", () => {
  // The request helper lives in another module, as the server's `githubRequest`; each case builds the URL its own way.
  const helper = "export async function githubRequest(url: string) {\n  const response = await fetch(url, { headers: { Accept: 'application/json' } });\n  return response.json();\n}\nexport function buildUrl(baseUrl: string, params: Record<string, string | undefined>): string {\n  const url = new URL(baseUrl);\n  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.append(key, value);\n  return url.toString();\n}\n";
  const server = (build: string) =>
    `import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nimport { githubRequest, buildUrl } from './utils.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const { owner, repo, path, branch, organization } = request.params.arguments as Record<string, string>;\n${build}\n  await githubRequest(url);\n  return { content: [{ type: 'text', text: 'done' }] };\n});\n`;
  const sinks = async (build: string) => {
    const root = workspace({ 'src/utils.ts': helper, 'src/index.ts': server(build) });
    return (await scan(root)).filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => `${f.file}:${f.range.start.line + 1}`);
  };

  it('`url += `?ref=${branch}`` after a template on api.github.com: no finding', async () => {
    assert.deepEqual(await sinks('  let url = `https://api.github.com/repos/${owner}/${repo}/contents/${path}`;\n  if (branch) url += `?ref=${branch}`;'), []);
  });

  it('look-alike: the same `+=` after a base the model gave', async () => {
    assert.deepEqual(await sinks('  let url = `${owner}/repos/${repo}`;\n  if (branch) url += `?ref=${branch}`;'), ['src/index.ts:7']);
  });

  it('either of two URLs on api.github.com (a conditional expression): no finding', async () => {
    assert.deepEqual(await sinks('  const url = organization ? `https://api.github.com/repos/${owner}/${repo}/forks?organization=${organization}` : `https://api.github.com/repos/${owner}/${repo}/forks`;'), []);
  });

  it('look-alike: a conditional expression one of whose values the model wrote', async () => {
    assert.deepEqual(await sinks('  const url = organization ? organization : `https://api.github.com/repos/${owner}/${repo}/forks`;'), ['src/index.ts:6']);
  });

  it('`new URL(template).toString()` and a URL helper given a template on the host: no finding', async () => {
    assert.deepEqual(await sinks('  const made = new URL(`https://api.github.com/repos/${owner}/${repo}/pulls`);\n  made.searchParams.append("base", branch);\n  const url = made.toString();'), []);
    assert.deepEqual(await sinks('  const url = buildUrl(`https://api.github.com/repos/${owner}/${repo}/commits`, { sha: branch });'), []);
  });

  it('look-alike: the helper given a URL the model wrote', async () => {
    assert.deepEqual(await sinks('  const url = buildUrl(owner, { sha: branch });'), ['src/index.ts:6']);
  });
});

describe('a file the operator names in the environment is the app’s own (the reference memory MCP server’s graph file)', () => {
  const code = (file: string) =>
    `import { promises as fs } from 'fs';\nimport path from 'path';\nimport { fileURLToPath } from 'url';\nimport { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nconst defaultMemoryPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'memory.json');\nconst MEMORY_FILE_PATH = ${file};\nserver.setRequestHandler(CallToolRequestSchema, async () => {\n  const data = await fs.readFile(MEMORY_FILE_PATH, 'utf-8');\n  return { content: [{ type: 'text', text: data }] };\n});\n`;
  const lines = (text: string) => ruleLines('index.ts', text);

  it('the environment’s path, else a file beside the code: no finding', async () => {
    assert.deepEqual(await lines(code('process.env.MEMORY_FILE_PATH ? process.env.MEMORY_FILE_PATH : defaultMemoryPath')), []);
  });

  it('look-alike: else a file in the shared uploads folder', async () => {
    assert.deepEqual(await lines(code("process.env.MEMORY_FILE_PATH ? process.env.MEMORY_FILE_PATH : '/srv/uploads/latest.txt'")), [9]);
  });
});

describe('keys: a client made with one, and the whole environment (the reference EverArt and everything MCP servers)', () => {
  const everart = (returned: string) =>
    `import EverArt from 'everart';\nimport { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nconst client = new EverArt.default(process.env.EVERART_API_KEY);\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const generation = await client.v1.generations.create('m', String(request.params.arguments?.prompt), 'txt2img', {});\n  const done = await client.v1.generations.fetchWithPolling(generation[0].id);\n  return { content: [{ type: 'text', text: \`Image: \${${returned}}\` }] };\n});\n`;
  const secrets = (file: string, text: string) => ruleLines(file, text, 'prompt/secret-in-prompt');

  it('what a client made with a key answers (an image’s link) is not the key: no finding', async () => {
    assert.deepEqual(await secrets('index.ts', everart('done.image_url')), []);
  });

  it('look-alike: the key itself returned', async () => {
    assert.deepEqual(await secrets('index.ts', everart('process.env.EVERART_API_KEY')), [7]);
  });

  it('look-alike: a message made with the key holds it (`new HumanMessage(…)`)', async () => {
    const code = "import { HumanMessage } from '@langchain/core/messages';\nimport { ChatOpenAI } from '@langchain/openai';\nconst message = new HumanMessage(process.env.STRIPE_SECRET_KEY);\nawait new ChatOpenAI().invoke([message]);\n";
    assert.deepEqual(await secrets('chat.ts', code), [3]);
  });

  it('the whole environment as text, returned to the model: reported at the text', async () => {
    const code = (value: string) => `import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nserver.setRequestHandler(CallToolRequestSchema, async () => {\n  return {\n    content: [\n      { type: 'text', text: ${value} },\n    ],\n  };\n});\n`;
    assert.deepEqual(await secrets('index.ts', code('JSON.stringify(process.env, null, 2)')), [5]);
    assert.deepEqual(await secrets('server.py', 'import json, os\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("env")\n\n@mcp.tool()\ndef print_env() -> str:\n    return json.dumps(dict(os.environ))\n'), [7]);
  });

  it('look-alike: one setting of the environment that is no credential', async () => {
    const code = "import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nserver.setRequestHandler(CallToolRequestSchema, async () => {\n  return { content: [{ type: 'text', text: JSON.stringify(process.env.NODE_ENV) }] };\n});\n";
    assert.deepEqual(await secrets('index.ts', code), []);
  });
});

describe('Redis reads by any client name (the reference Redis MCP server’s `redisClient.get`)', () => {
  const code = (call: string) =>
    `import { createClient } from 'redis';\nimport { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nconst redisClient = createClient({ url: process.argv[2] });\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const value = await ${call};\n  return { content: [{ type: 'text', text: \`\${value}\` }] };\n});\n`;

  it('a stored value returned to the model', async () => {
    assert.deepEqual(await ruleLines('index.ts', code('redisClient.get(String(request.params.arguments?.key))')), [6]);
  });

  it('look-alike: the reply to a write (`set`)', async () => {
    assert.deepEqual(await ruleLines('index.ts', code("redisClient.set(String(request.params.arguments?.key), 'x')")), []);
  });
});

describe("JavaScript's `open(url)` (the `open` package) is no file API; Python's built-in `open` is", () => {
  it('TypeScript: a link opened in the default app, no path finding', async () => {
    const code = "import open from 'open';\nimport { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  await open(String(request.params.arguments?.link));\n  return { content: [] };\n});\n";
    assert.deepEqual(await ruleLines('index.ts', code, 'llm/output-to-sink'), []);
  });

  it('look-alike: Python writing to a path the model gave', async () => {
    const code = 'from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("files")\n\n@mcp.tool()\ndef save(path: str, text: str) -> str:\n    open(path, "w").write(text)\n    return "saved"\n';
    assert.deepEqual(await ruleLines('server.py', code, 'llm/output-to-sink'), [6]);
  });
});

describe("a template a function takes as a parameter's default, or imports, keeps its slots' places (Neo4j's LLM Graph Builder)", () => {
  const constants = 'SYSTEM_TEMPLATE = """\nYou are a helpful assistant. Answer only from the context below and never invent anything.\n<context>\n{context}\n</context>\n"""\n';
  const qa = (template: string) =>
    `from langchain_core.prompts import ChatPromptTemplate\nfrom src.constants import SYSTEM_TEMPLATE\n\ndef get_rag_chain(llm, system_template=${template}):\n    prompt = ChatPromptTemplate.from_messages([("system", system_template), ("human", "{input}")])\n    return prompt | llm\n\ndef answer(llm, retriever, question):\n    docs = retriever.invoke(question)\n    context = "\\n".join(doc.page_content for doc in docs)\n    chain = get_rag_chain(llm=llm)\n    return chain.invoke({"context": context, "input": question})\n`;
  const severities = async (template: string) => {
    const root = workspace({ 'src/__init__.py': '', 'src/constants.py': constants, 'src/qa.py': qa(template) });
    return (await scan(root)).filter((f) => f.ruleId === 'prompt/untrusted-interpolation').map((f) => `${f.file}:${f.range.start.line + 1}:${f.severity}`);
  };

  it("the imported system template, as the parameter's default: the retrieved text is in the system prompt, an error", async () => {
    assert.deepEqual(await severities('SYSTEM_TEMPLATE'), ['src/qa.py:12:error']);
  });

  it('look-alike: a default that is no template (the caller’s text then fills a human message of instructions): a warning', async () => {
    assert.deepEqual(await severities('"Answer the question using this context: {context}"'), ['src/qa.py:12:warning']);
  });
});

describe('documents a helper reads into its prompt, passed by its caller, are one risk (reported once)', () => {
  const code = (given: string) =>
    `import requests\nfrom langchain_core.documents import Document\nfrom langchain_core.prompts import ChatPromptTemplate\n\nprompt = ChatPromptTemplate.from_messages([("human", "Summarise these documents in three lines:\\n{context}")])\n\ndef summarise(llm, docs):\n    context = "\\n".join(f"{doc.metadata['source']}: {doc.page_content}" for doc in docs)\n    return (prompt | llm).invoke({"context": context})\n\ndef run(llm, retriever, loader, question):\n    docs = ${given}\n    return summarise(llm, docs)\n`;
  const lines = (given: string) => ruleLines('summary.py', code(given));

  it('retrieved documents: reported at the helper’s prompt only', async () => {
    assert.deepEqual(await lines('retriever.invoke(question)'), [9]);
  });

  it('look-alike: web pages the caller loaded, another kind of text: reported at the call too', async () => {
    assert.deepEqual(await lines('[Document(page_content=requests.get(question).text)]'), [9, 13]);
  });
});

describe('a loop’s variable is one item of what it iterates (community summaries over `df.to_dict("records")`)', () => {
  const code = (sent: string) =>
    `import json\nfrom graphdatascience import GraphDataScience\n\ndef summarise(chain, community):\n    text = f"id: {community['id']}, description: {community['description']}"\n    return chain.invoke({"community_info": text})\n\ndef run(gds, chain):\n    rows = gds.run_cypher("MATCH (c:__Community__) RETURN c.id AS id, c.description AS description")\n${sent}\n`;

  it('each row, read field by field by the helper: someone else’s text, no whole record', async () => {
    const text = code('    return [summarise(chain, community) for community in rows.to_dict(orient="records")]');
    assert.deepEqual(await ruleLines('communities.py', text), [10]);
    assert.deepEqual(await ruleLines('communities.py', text, 'prompt/whole-record'), []);
  });

  it('look-alike: the rows dumped whole into the prompt', async () => {
    assert.deepEqual(await ruleLines('communities.py', code('    return chain.invoke({"community_info": json.dumps(rows.to_dict(orient="records"))})'), 'prompt/whole-record'), [10]);
  });

  it('look-alike: the same query run without the GDS client imported is no database read of ours', async () => {
    assert.deepEqual(await ruleLines('communities.py', code('    return [summarise(chain, community) for community in rows.to_dict(orient="records")]').replace('from graphdatascience import GraphDataScience\n', '')), []);
  });
});

describe("a tools/call handler that dispatches on the tool's name: one finding per tool that returns someone else's text (the reference GitHub and Slack MCP servers)", () => {
  const typescript = (cases: string) =>
    `import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const args = request.params.arguments as Record<string, string>;\n  switch (request.params.name) {\n${cases}\n    default:\n      throw new Error('unknown tool');\n  }\n});\n`;
  const tool = (name: string, method = 'GET') =>
    `    case "${name}": {\n      const response = await fetch(\`https://api.github.com/repos/\${args.repo}/issues\`, { method: "${method}" });\n      const data = await response.json();\n      return { content: [{ type: "text", text: JSON.stringify(data) }] };\n    }`;
  const lines = (text: string) => ruleLines('index.ts', text);

  it('two tools that read issues: a finding at each one’s return', async () => {
    assert.deepEqual(await lines(typescript([tool('list_issues'), tool('get_issue')].join('\n'))), [8, 13]);
  });

  it('a tool named for a write answers with what it wrote: no finding for it', async () => {
    assert.deepEqual(await lines(typescript([tool('create_issue', 'POST'), tool('get_issue')].join('\n'))), [13]);
  });

  it('look-alike: one tool without a dispatch on names (its two answers are one risk)', async () => {
    const code = "import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const page = await (await fetch(String(request.params.arguments?.url))).text();\n  if (page.length > 1000) return { content: [{ type: 'text', text: page.slice(0, 1000) }] };\n  return { content: [{ type: 'text', text: page }] };\n});\n";
    assert.deepEqual(await lines(code), [4]);
  });

  it('Python: `if name == …` branches of `@app.call_tool()`, one finding per reading tool', async () => {
    const code = 'import httpx\nfrom mcp.server import Server\nfrom mcp.types import TextContent\napp = Server("tracker")\n\n@app.call_tool()\nasync def call_tool(name: str, arguments: dict) -> list[TextContent]:\n    if name == "get_ticket":\n        page = httpx.get(f"https://tracker.example.com/t/{arguments[\'id\']}").text\n        return [TextContent(type="text", text=page)]\n    elif name == "delete_ticket":\n        reply = httpx.delete(f"https://tracker.example.com/t/{arguments[\'id\']}").text\n        return [TextContent(type="text", text=reply)]\n    elif name == "search_tickets":\n        found = httpx.get("https://tracker.example.com/search", params={"q": arguments["q"]}).text\n        return [TextContent(type="text", text=found)]\n';
    assert.deepEqual(await ruleLines('server.py', code), [10, 16]);
  });
});

describe('a tuple a helper returns, unpacked by its caller: each name holds its own element (the LLM Graph Builder’s process_documents)', () => {
  const code = (kept: string) =>
    `from langchain_core.messages import AIMessage\nfrom langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder\n\ndef process(llm, retriever, question):\n    docs = retriever.invoke(question)\n    context = "\\n".join(doc.page_content for doc in docs)\n    answer = llm.invoke([("system", "Answer briefly."), ("human", question)]).content\n    return answer, context\n\ndef summarize(llm, messages):\n    prompt = ChatPromptTemplate.from_messages([MessagesPlaceholder(variable_name="chat_history"), ("human", "Summarize the above chat messages.")])\n    return (prompt | llm).invoke({"chat_history": messages})\n\ndef chat(llm, retriever, question, messages):\n    content, context = process(llm, retriever, question)\n    messages.append(AIMessage(content=${kept}))\n    return summarize(llm, messages)\n`;

  it('the answer (element 0) kept in the conversation: the model’s own reply, no finding', async () => {
    assert.deepEqual(await ruleLines('qa.py', code('content')), []);
  });

  it('look-alike: the retrieved documents (element 1) kept there instead', async () => {
    assert.deepEqual(await ruleLines('qa.py', code('context')), [17]);
  });
});

describe('rows of a prepared statement (better-sqlite3, `node:sqlite`): `db.prepare(sql).all()`, `stmt.get()` (a SQLite MCP server over any file)', () => {
  const code = (query: string) =>
    `import Database from 'better-sqlite3';\nimport { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nconst db = new Database('app.db', { readonly: true });\nserver.tool('rows', {}, async () => {\n  const stmt = db.prepare(${query});\n  const rows = stmt.all();\n  return { content: [{ type: 'text', text: rows.map((row) => String(row.body)).join('\\n') }] };\n});\n`;

  it('a table’s rows, returned as the tool’s result', async () => {
    assert.deepEqual(await ruleLines('index.ts', code("'SELECT body FROM tickets LIMIT 5'")), [7]);
  });

  it('look-alike: the catalogue (`sqlite_master`) or a query plan (`EXPLAIN QUERY PLAN …`): structure, not rows', async () => {
    assert.deepEqual(await ruleLines('index.ts', code("\"SELECT name AS body FROM sqlite_master WHERE type='table'\"")), []);
    assert.deepEqual(await ruleLines('index.ts', code("'EXPLAIN QUERY PLAN SELECT body FROM tickets'")), []);
  });
});

describe("a query's result beside its rows: the driver's counts and command, and the rows as they came (a read-write PostgreSQL MCP server)", () => {
  const code = (fields: string) =>
    `import { Pool } from 'pg';\nimport { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nconst pool = new Pool();\nserver.tool('run', {}, async () => {\n  const result = await pool.query('SELECT body FROM tickets');\n  return { content: [{ type: 'text', text: JSON.stringify({ success: true, ${fields} }) }] };\n});\n`;

  it('the count and the command that ran (`result.rowCount`, `result.command`): what the driver says, no finding', async () => {
    assert.deepEqual(await ruleLines('index.ts', code('rowCount: result.rowCount, command: result.command')), []);
    assert.deepEqual(await ruleLines('index.ts', code('rowCount: result.rowCount, command: result.command'), 'prompt/whole-record'), []);
  });

  it('look-alike: the rows as they came (`rows: result.rows`): someone else’s text, and every column of it', async () => {
    assert.deepEqual(await ruleLines('index.ts', code('rows: result.rows')), [6]);
    assert.deepEqual(await ruleLines('index.ts', code('rows: result.rows'), 'prompt/whole-record'), [6]);
    assert.deepEqual(await ruleLines('index.ts', code('...(result.rowCount > 0 && { rows: result.rows })'), 'prompt/whole-record'), [6]);
  });

  it('look-alike: one field picked from each row (`result.rows.map((row) => row.body)`): someone else’s text, not a whole record', async () => {
    assert.deepEqual(await ruleLines('index.ts', code('bodies: result.rows.map((row) => row.body)')), [6]);
    assert.deepEqual(await ruleLines('index.ts', code('bodies: result.rows.map((row) => row.body)'), 'prompt/whole-record'), []);
  });
});

describe('a wrapper that calls the function it is given (`withErrorHandling(() => db.readQuery(q))`, `retry(fn)`): what that function returns', () => {
  const wrapper = `async function withErrorHandling<T>(fn: () => Promise<T>) {\n  try {\n    const result = await fn();\n    return { content: [{ type: "text" as const, text: JSON.stringify(result, null, 2) }] };\n  } catch (error) {\n    return { content: [{ type: "text" as const, text: String(error) }] };\n  }\n}\n`;
  const server = (passed: string) => `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\n${wrapper}async function readPage(url: string) {\n  return (await fetch(url)).text();\n}\nserver.tool("read_page", { url: z.string() }, async ({ url }) => withErrorHandling(${passed}));\n`;

  it("a tool's answer made by the function passed (a page it fetched): reported at that function's return", async () => {
    assert.deepEqual(await ruleLines('index.ts', server('() => readPage(url)')), [13]);
    assert.deepEqual(await ruleLines('index.ts', server('async () => (await fetch(url)).text()')), [13]);
  });

  it('look-alike: the function passed returns the app’s own text', async () => {
    assert.deepEqual(await ruleLines('index.ts', server('async () => `Checked ${url.length} characters`')), []);
  });

  const helper = (passed: string) => `import OpenAI from "openai";\nconst openai = new OpenAI();\nasync function answerWith(question: string, loadContext: () => Promise<string>) {\n  const context = await loadContext();\n  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: \`Answer from this context: \${context}\` }, { role: "user", content: question }] });\n  return completion.choices[0].message.content;\n}\nexport async function ask(question: string, url: string) {\n  return answerWith(question, ${passed});\n}\n`;

  it('a helper that calls the function it is given and puts its answer in a system prompt: what the function returns, at its return', async () => {
    assert.deepEqual(await ruleLines('app.ts', helper('async () => (await fetch(url)).text()')), [9]);
  });

  it('look-alike: the function given returns the app’s own text', async () => {
    assert.deepEqual(await ruleLines('app.ts', helper('async () => "Our refund window is 30 days."')), []);
  });

  it('a parameter called with a value still carries that value (`createFunctionCallMessages(result)` in `experimental_onFunctionCall`, ChatHN’s shape)', async () => {
    const code = `import { OpenAI } from "openai";\nimport { OpenAIStream, StreamingTextResponse } from "ai";\nconst openai = new OpenAI();\nexport async function POST(req: Request) {\n  const { messages } = await req.json();\n  const first = await openai.chat.completions.create({ model: "m", messages, stream: true, functions: [], function_call: "auto" });\n  const stream = OpenAIStream(first, {\n    experimental_onFunctionCall: async ({ name }, createFunctionCallMessages) => {\n      const result = await (await fetch("https://hacker-news.firebaseio.com/v0/item/1.json")).json();\n      const newMessages = createFunctionCallMessages(result);\n      return openai.chat.completions.create({ model: "m", stream: true, messages: [...messages, ...newMessages] });\n    },\n  });\n  return new StreamingTextResponse(stream);\n}\n`;
    assert.deepEqual(await ruleLines('route.ts', code), [11]);
  });

  it('a dispatch to the app’s own tools inside an MCP tools/call handler, through such a wrapper: judged in the tools’ code, not again here', async () => {
    const code = `import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";\nimport { allTools } from "./tools";\nasync function withRateLimit<T>(key: string, fn: () => Promise<T>) {\n  return await fn();\n}\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const tool = allTools[request.params.name];\n  const result = await withRateLimit(request.params.name, async () => tool.handler(request.params.arguments));\n  return { content: result.content };\n});\n`;
    assert.deepEqual(await ruleLines('index.ts', code), []);
  });
});

describe("rows a driver hands a callback, resolved through a promise (node-sqlite3 wrapped in `new Promise`)", () => {
  const code = (query: string) =>
    `import sqlite3 from "sqlite3";\nimport { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nconst db = new sqlite3.Database("x.db");\nfunction all(sql: string): Promise<any[]> {\n  return new Promise((resolve, reject) => db.all(sql, [], (err: Error | null, rows: any[]) => (err ? reject(err) : resolve(rows))));\n}\nserver.tool("rows", {}, async () => {\n  const found = await new Promise((resolve, reject) => {\n    db.all(${query}, [], (err: Error | null, rows: any[]) => (err ? reject(err) : resolve(rows)));\n  });\n  const more = await all(${query});\n  return { content: [{ type: "text", text: JSON.stringify([found, more]) }] };\n});\n`;

  it('a table’s rows, awaited from the promise and from a helper that returns one', async () => {
    assert.deepEqual(await ruleLines('index.ts', code('"SELECT body FROM tickets"')), [12]);
  });

  it('look-alike: the catalogue’s rows (`sqlite_master`): structure, not rows anyone wrote', async () => {
    assert.deepEqual(await ruleLines('index.ts', code(`"SELECT name FROM sqlite_master WHERE type='table'"`)), []);
  });

  it('look-alike: a promise resolved with a count', async () => {
    const counted = `import sqlite3 from "sqlite3";\nimport { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nconst db = new sqlite3.Database("x.db");\nserver.tool("rows", {}, async () => {\n  const count = await new Promise((resolve) => db.all("SELECT body FROM tickets", [], (err: Error | null, rows: any[]) => resolve(rows.length)));\n  return { content: [{ type: "text", text: \`\${count} tickets\` }] };\n});\n`;
    assert.deepEqual(await ruleLines('index.ts', counted), []);
  });
});

describe('a tool registered under a name for a write answers with what it wrote (`server.tool("write_query", …)`, `@mcp.tool() def insert_rows`)', () => {
  const ts = (name: string) => `import { Pool } from "pg";\nimport { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\nconst pool = new Pool();\nserver.tool("${name}", { sql: z.string() }, async ({ sql }) => {\n  const result = await pool.query(sql);\n  return { content: [{ type: "text", text: JSON.stringify(result.rows) }] };\n});\n`;
  const py = (name: string) => `import sqlite3\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("db")\n\n@mcp.tool()\ndef ${name}(sql: str) -> str:\n    return str(sqlite3.connect("app.db").execute(sql).fetchall())\n`;

  it('write_query, insert_rows: no finding for what they return', async () => {
    assert.deepEqual(await ruleLines('index.ts', ts('write_query')), []);
    assert.deepEqual(await ruleLines('server.py', py('insert_rows')), []);
  });

  it('look-alike: read_query, read_rows, and an edit that answers with a diff of the file (`edit_file`): the rows or text go back to the model', async () => {
    assert.deepEqual(await ruleLines('index.ts', ts('read_query')), [6]);
    assert.deepEqual(await ruleLines('server.py', py('read_rows')), [7]);
    assert.deepEqual(await ruleLines('index.ts', ts('edit_file')), [6]);
  });
});

describe("an embedding or moderation endpoint answers with vectors or scores (ai-town's fetchEmbedding)", () => {
  const code = (path: string) => `export async function handler(req: any, res: any) {\n  const response = await fetch(process.env.LLM_URL + '${path}', { method: 'POST', body: JSON.stringify({ input: req.body.text }) });\n  const data = await response.json();\n  const completion = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: \`Nearest: \${JSON.stringify(data)}\` }] });\n  res.json(completion);\n}\nimport OpenAI from 'openai';\nconst openai = new OpenAI();\n`;

  it('`/v1/embeddings`, `/api/embeddings`: no one’s text', async () => {
    assert.deepEqual(await ruleLines('route.ts', code('/v1/embeddings')), []);
    assert.deepEqual(await ruleLines('route.ts', code('/api/embeddings')), []);
  });

  it('look-alike: another path of the same server (`/v1/pages`): a page someone wrote', async () => {
    assert.deepEqual(await ruleLines('route.ts', code('/v1/pages')), [4]);
  });
});

describe("a wrapper that hands its `**kwargs` to a model call is that call (`self._execute_with_retry(**kwargs)` around Bedrock's `converse`)", () => {
  const code = (wrapper: string) => `import boto3\nimport requests\n\nclass Model:\n    def __init__(self):\n        self.client = boto3.client("bedrock-runtime")\n\n${wrapper}\n\n    def describe(self, url):\n        page = requests.get(url).text\n        kwargs = {"modelId": "m", "messages": [{"role": "user", "content": [{"text": page}]}], "system": [{"text": "Summarise the page."}]}\n        return self._execute(**kwargs)\n`;

  it('the page in the messages the wrapper passes on: reported where the keywords are written', async () => {
    assert.deepEqual(await ruleLines('model.py', code('    def _execute(self, **kwargs):\n        return self.client.converse(**kwargs)')), [13]);
  });

  it('look-alike: a wrapper with parameters of its own maps them as it likes (here it sends none of them)', async () => {
    assert.deepEqual(await ruleLines('model.py', code('    def _execute(self, model_id="m", **kwargs):\n        return self.client.converse(modelId=model_id, messages=[{"role": "user", "content": [{"text": "Say hello."}]}])')), []);
  });
});

describe("Bedrock Converse's image and document blocks are content the model reads (`{\"document\": {\"source\": {\"bytes\": b}}}`)", () => {
  const code = (block: string) => `import boto3\nimport requests\nclient = boto3.client("bedrock-runtime")\n\ndef describe(url):\n    data = requests.get(url).content\n    return client.converse(modelId="m", messages=[{"role": "user", "content": [${block}, {"text": "Summarise it."}]}])\n`;

  it('a downloaded document or image: someone else’s content in its own message', async () => {
    assert.deepEqual(await ruleLines('describe.py', code('{"document": {"format": "pdf", "name": "file", "source": {"bytes": data}}}')), [7]);
    assert.deepEqual(await ruleLines('describe.py', code('{"image": {"format": "png", "source": {"bytes": data}}}')), [7]);
  });

  it('look-alike: a block of the app’s own bytes', async () => {
    assert.deepEqual(await ruleLines('describe.py', code('{"image": {"format": "png", "source": {"bytes": open("logo.png", "rb").read()}}}')), []);
  });
});

describe('SQL grown with `+=` from a query written first (`q = "SELECT …"; q += f" AND year=\'{year}\'"`, the Bedrock security-log action)', () => {
  const code = (grown: string) => `from mcp.server.fastmcp import FastMCP\nimport boto3\nmcp = FastMCP("logs")\nathena = boto3.client("athena")\n\n@mcp.tool()\ndef find_logs(year: str) -> str:\n    query = "SELECT * FROM logs WHERE 1=1"\n    ${grown}\n    sql = query\n    return athena.start_query_execution(QueryString=sql)["QueryExecutionId"]\n`;

  it("the tool's argument appended into the query: model output in SQL built from it", async () => {
    assert.deepEqual(await ruleLines('server.py', code(`query += f" AND year='{year}'"`), 'llm/output-to-sink'), [11]);
  });

  it('look-alike: a fixed condition appended, the argument passed as a parameter', async () => {
    assert.deepEqual(await ruleLines('server.py', code(`query += " AND level='error'"`), 'llm/output-to-sink'), []);
  });
});

describe('React components wrapped in `React.memo`/`forwardRef` are followed like any component; a `<style>` element’s inner HTML is CSS', () => {
  const page = (component: string, element = 'ReactMarkdown rehypePlugins={[rehypeRaw]}') =>
    `import React from 'react';\nimport ReactMarkdown from 'react-markdown';\nimport rehypeRaw from 'rehype-raw';\nimport OpenAI from 'openai';\nconst openai = new OpenAI();\n\nexport const Rendered = ${component}(({ content }: { content: string }) => (\n  <${element}>{content}</${element.split(' ')[0]}>\n));\n\nexport async function Page({ question }: { question: string }) {\n  const answer = (await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: question }] })).choices[0].message.content ?? '';\n  return <Rendered content={answer} />;\n}\n`;

  it('model output rendered with rehype-raw by a `React.memo` component (the Foundry local chat’s MarkdownRenderer)', async () => {
    assert.deepEqual(await ruleLines('page.tsx', page('React.memo'), 'llm/output-to-sink'), [13]);
  });

  it('look-alike: the same component rendering Markdown without raw HTML', async () => {
    assert.deepEqual(await ruleLines('page.tsx', page('React.memo', 'ReactMarkdown'), 'llm/output-to-sink'), []);
  });

  it('`<style dangerouslySetInnerHTML>` holds CSS, no markup; a `<div>`’s is HTML', async () => {
    const code = (tag: string) => `import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function Page({ q }: { q: string }) {\n  const css = (await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: q }] })).choices[0].message.content ?? '';\n  return <${tag} dangerouslySetInnerHTML={{ __html: css }} />;\n}\n`;
    assert.deepEqual(await ruleLines('page.tsx', code('style'), 'llm/output-to-sink'), []);
    assert.deepEqual(await ruleLines('page.tsx', code('div'), 'llm/output-to-sink'), [5]);
  });
});

describe('model output someone else already steers inside a helper is reported there once, not again at each caller (LOKI’s summaries)', () => {
  const code = (part: string) => `from openai import OpenAI\nfrom langchain.text_splitter import RecursiveCharacterTextSplitter\nimport requests\nclient = OpenAI()\n\ndef ask(prompt):\n    return client.chat.completions.create(model="m", messages=[{"role": "user", "content": prompt}]).choices[0].message.content\n\ndef summarise(info):\n    chunks = RecursiveCharacterTextSplitter(chunk_size=1000).create_documents([info])\n    notes = ask(f"Summarise this part in three short sentences: {${part}}")\n    return ask(f"Merge these notes into one summary of at most one hundred words: {notes}")\n\ndef page(url):\n    return summarise(requests.get(url).text)\n`;

  it('the chunks (retrieved documents) steer the notes: the merge prompt is reported in the helper, the caller adds nothing', async () => {
    assert.deepEqual(await ruleLines('summary.py', code('chunks[0].page_content')), [11, 12]);
  });

  it('look-alike: notes steered by the parameter alone — each caller decides, so the page’s fetched text is reported at the call', async () => {
    assert.deepEqual(await ruleLines('summary.py', code('info')), [15]);
  });
});

describe("a model object the app's own factory returns is that model where it is called (`chat_agent = build_chat_agent(…)`, the Strands Bedrock chatbot)", () => {
  const files = (made: string) => ({
    'agent/chat_agent.py': `from strands import Agent\n\ndef build_chat_agent(*, system_prompt, tools=None):\n    return ${made}(system_prompt=system_prompt, tools=tools or [])\n`,
    'app.py': `import streamlit as st\nfrom agent.chat_agent import build_chat_agent\n\nquestion = st.chat_input("Ask")\nchat_agent = build_chat_agent(system_prompt="You help.")\nanswer = str(chat_agent(question))\nst.markdown(answer, unsafe_allow_html=True)\n`,
  });
  const sinks = async (made: string) => workspaceRuleLines(files(made));

  it("a Strands `Agent` built in another module: calling it is a model call, its answer rendered as HTML is model output", async () => {
    assert.deepEqual(await sinks('Agent'), ['app.py:7']);
  });

  it('look-alike: a factory returning an object of another class, called the same way', async () => {
    assert.deepEqual(await sinks('Helper'), []);
  });
});

describe("a method of a parameter whose class this file defines is judged by that class's code, not by the parameter's name (`session.run(code)` of a sandbox session)", () => {
  const code = (run: string) => `from strands import Agent, tool\n\nclass CodeSessionManager:\n    def __init__(self, client):\n        self.client = client\n\n    def run(self, code):\n        ${run}\n\ndef make_execute_tool(session):\n    @tool\n    def execute_code(code: str) -> dict:\n        return session.run(code)\n    return execute_code\n\nagent = Agent(tools=[make_execute_tool(CodeSessionManager(sandbox))])\n`;

  it("the app's class sends the code to a remote sandbox: no database, no finding", async () => {
    assert.deepEqual(await ruleLines('analysis.py', code('return self.client.invoke("executeCode", {"code": code})'), 'llm/output-to-sink'), []);
  });

  it("look-alike: the app's class runs the code itself — reported through its code", async () => {
    assert.deepEqual(await ruleLines('analysis.py', code('return exec(code)'), 'llm/output-to-sink'), [13]);
  });

  it('a parameter no class of the file explains is still taken for a database session by its name', async () => {
    const plain = `from strands import Agent, tool\n\ndef make_query_tool(session):\n    @tool\n    def run_query(query: str) -> str:\n        return str(session.run(query))\n    return run_query\n`;
    assert.deepEqual(await ruleLines('graph.py', plain, 'llm/output-to-sink'), [6]);
  });
});

describe("Bedrock InvokeModel's JSON body is the prompt (`body: JSON.stringify(payload)`, `body=json.dumps(payload)`), also when a helper is given the payload (Code Coach)", () => {
  const ts = (payload: string) => `import { BedrockRuntimeClient, InvokeModelWithResponseStreamCommand } from "@aws-sdk/client-bedrock-runtime";\nconst client = new BedrockRuntimeClient({});\nexport async function POST(req: Request) {\n  const page = await (await fetch(String((await req.json()).url))).text();\n  const payload = ${payload};\n  const input = { body: JSON.stringify(payload), modelId: "m" };\n  return client.send(new InvokeModelWithResponseStreamCommand(input));\n}\n`;
  const py = (payload: string) => `import json, boto3, requests\nfrom flask import request\nclient = boto3.client("bedrock-runtime")\n\ndef route():\n    page = requests.get(request.args["url"]).text\n    payload = ${payload}\n    return client.invoke_model(body=json.dumps(payload), modelId="m")\n`;

  it("a fetched page in the body's messages (TypeScript, the input in a variable) or Titan's `inputText` (Python)", async () => {
    assert.deepEqual(await ruleLines('route.ts', ts('{ messages: [{ role: "user", content: `Context: ${page}` }], max_tokens: 100 }')), [5]);
    assert.deepEqual(await ruleLines('route.py', py('{"inputText": f"Summarise: {page}"}')), [7]);
  });

  it('look-alike: the page only in a field that is no prompt', async () => {
    assert.deepEqual(await ruleLines('route.ts', ts('{ messages: [{ role: "user", content: "Summarise the page." }], metadata: { source: page } }')), []);
    assert.deepEqual(await ruleLines('route.py', py('{"inputText": "Summarise the page.", "metadata": {"source": page}}')), []);
  });

  it('a payload handed to a class method that sends it as the body, in another file', async () => {
    const files = (content: string) => ({
      'aws.ts': `import { BedrockRuntimeClient, InvokeModelWithResponseStreamCommand } from "@aws-sdk/client-bedrock-runtime";\nexport class BedrockClient {\n  client = new BedrockRuntimeClient({});\n  async invokeModelWithStream(payload: object, modelId: string) {\n    return this.client.send(new InvokeModelWithResponseStreamCommand({ body: JSON.stringify(payload), modelId }));\n  }\n}\n`,
      'route.ts': `import { BedrockClient } from './aws';\nexport async function POST(req: Request) {\n  const page = await (await fetch(String((await req.json()).url))).text();\n  const payload = { messages: [{ role: "user", content: [{ type: "text", text: ${content} }] }] };\n  return new BedrockClient().invokeModelWithStream(payload, "m");\n}\n`,
    });
    const lines = async (content: string) => workspaceRuleLines(files(content), 'prompt/untrusted-interpolation');
    assert.deepEqual(await lines('`Context: ${page}`'), ['route.ts:5']);
    assert.deepEqual(await lines('"Say hello."'), []);
  });
});

describe('text a callback adds with `+=` to its enclosing function’s variable is in it there (`docs.map((doc) => { contents += doc.pageContent })`)', () => {
  const code = (added: string) => `import OpenAI from 'openai';\nimport { PDFLoader } from "langchain/document_loaders/fs/pdf";\nconst openai = new OpenAI();\nexport async function POST(req: Request) {\n  const docs = await new PDFLoader(String((await req.formData()).get("path"))).load();\n  let contents = "";\n  docs.map((doc) => { contents += ${added}; });\n  return openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: \`Answer from: \${contents}\` }] });\n}\n`;

  it("the documents' text, added in the callback, is in the system prompt", async () => {
    assert.deepEqual(await ruleLines('route.ts', code('" " + doc.pageContent')), [8]);
  });

  it('look-alike: the callback adds fixed text', async () => {
    assert.deepEqual(await ruleLines('route.ts', code('" page"')), []);
  });

  it('Python: an inner function that adds with `nonlocal`', async () => {
    const py = (added: string) => `import requests\nfrom openai import OpenAI\nclient = OpenAI()\n\ndef answer(url):\n    notes = ""\n    def keep():\n        nonlocal notes\n        notes += ${added}\n    keep()\n    return client.chat.completions.create(model="m", messages=[{"role": "system", "content": f"Use these notes: {notes}"}])\n`;
    assert.deepEqual(await ruleLines('notes.py', py('requests.get(url).text')), [11]);
    assert.deepEqual(await ruleLines('notes.py', py('"seen "')), []);
  });
});

describe('an import through a package scope that is a folder of the app (`@utils/completion`, tsconfig paths) reaches that file', () => {
  const files = (module: string) => ({
    'src/utils/runner.ts': `import vm from 'node:vm';\nexport function runSnippet(code: string) {\n  return vm.runInNewContext(code);\n}\n`,
    'src/app/api/calc/route.ts': `import OpenAI from 'openai';\nimport { runSnippet } from '${module}';\nconst openai = new OpenAI();\nexport async function POST(req: Request) {\n  const r = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: String((await req.json()).q) }] });\n  return Response.json({ value: runSnippet(r.choices[0].message.content ?? '') });\n}\n`,
  });
  const sinks = async (module: string) => workspaceRuleLines(files(module));

  it('`@utils/runner` is src/utils/runner.ts', async () => {
    assert.deepEqual(await sinks('@utils/runner'), ['src/app/api/calc/route.ts:6']);
  });

  it('look-alike: a scope with no such folder stays a package (nothing of the app runs)', async () => {
    assert.deepEqual(await sinks('@tools/runner'), []);
  });
});

describe("a page loaded with cheerio is read through its query function (`const $ = cheerio.load(html); $('p').text()`)", () => {
  const code = (read: string) => `import express from "express";\nimport axios from "axios";\nimport * as cheerio from "cheerio";\nimport OpenAI from "openai";\nconst app = express();\nconst openai = new OpenAI();\napp.post("/summarize", async (req, res) => {\n  const html = (await axios.get(String(req.body.url))).data;\n  const $ = cheerio.load(html);\n  let text = "";\n  ${read}\n  const completion = await openai.chat.completions.create({ model: "m", messages: [{ role: "user", content: \`Summarize this webpage:\\n\${text}\` }] });\n  res.json({ summary: completion.choices[0].message.content });\n});\n`;

  it("the paragraphs' text, read directly or added up in an `.each` callback (the website summariser)", async () => {
    assert.deepEqual(await ruleLines('server.js', code('text = $("p").text();')), [12]);
    assert.deepEqual(await ruleLines('server.js', code('$("p").each((i, el) => { text += $(el).text(); });')), [12]);
  });

  it('look-alike: a query function of another library, given fixed text', async () => {
    assert.deepEqual(await ruleLines('server.js', code('const pick = (selector) => selector.toUpperCase();\n  text = pick("p");')), []);
  });
});

describe('what one function keeps in a module-level dict is what another function reads there (`result_store[session_id] = result`, the SWOT agent)', () => {
  const code = (kept: string) => `from fastapi import FastAPI, Request\nfrom fastapi.responses import HTMLResponse\nfrom openai import OpenAI\nclient = OpenAI()\napp = FastAPI()\nresult_store = {}\n\ndef run_analysis(session_id: str, url: str):\n    answer = client.chat.completions.create(model="m", messages=[{"role": "user", "content": url}]).choices[0].message.content\n    result_store[session_id] = ${kept}\n\n@app.get("/result")\nasync def get_result(request: Request):\n    result = result_store[request.session.get("id")]\n    return HTMLResponse(f"<div>{result}</div>")\n`;

  it('the model’s answer kept by session and written into HTML by the route', async () => {
    assert.deepEqual(await ruleLines('main.py', code('answer'), 'llm/output-to-sink'), [15]);
  });

  it('look-alike: a status the app wrote kept there', async () => {
    assert.deepEqual(await ruleLines('main.py', code('"done"'), 'llm/output-to-sink'), []);
  });
});

describe('a template that writes a value with `|safe` (or with autoescape off) is an HTML sink for what the render call gives it', () => {
  const files = (template: string, render: string) => ({
    'templates/result.html': template,
    'app.py': `from flask import Flask, render_template, request\nfrom openai import OpenAI\nclient = OpenAI()\napp = Flask(__name__)\n\n@app.post("/ask")\ndef ask():\n    answer = client.chat.completions.create(model="m", messages=[{"role": "user", "content": request.form["q"]}]).choices[0].message.content\n    return ${render}\n`,
  });
  const sinks = async (template: string, render = 'render_template("result.html", answer=answer, title="Answer")') => workspaceRuleLines(files(template, render));

  it('Flask: `{{ answer|safe }}`, and a loop over the value inside `{% autoescape false %}`', async () => {
    assert.deepEqual(await sinks('<div>{{ answer | safe }}</div>'), ['app.py:9']);
    assert.deepEqual(await sinks('{% autoescape false %}{% for part in answer %}<p>{{ part }}</p>{% endfor %}{% endautoescape %}'), ['app.py:9']);
  });

  it('Starlette/FastAPI: `TemplateResponse("result.html", {"request": request, "answer": answer})`', async () => {
    assert.deepEqual(await sinks('<div>{{ answer|safe }}</div>', 'templates.TemplateResponse("result.html", {"request": request, "answer": answer})'), ['app.py:9']);
  });

  it('look-alike: the template escapes the answer and writes only the app’s title unescaped', async () => {
    assert.deepEqual(await sinks('<div>{{ answer }}</div><h1>{{ title|safe }}</h1>'), []);
  });
});

describe('a page’s request to the app’s own route with a query string reaches that route (`fetch("/api/answer?q=" + q)`)', () => {
  const files = (request: string) => ({
    'main.py': `from fastapi import FastAPI\nfrom openai import OpenAI\nclient = OpenAI()\napp = FastAPI()\n\n@app.get("/api/answer")\ndef answer(q: str):\n    return {"message": client.chat.completions.create(model="m", messages=[{"role": "user", "content": q}]).choices[0].message.content}\n`,
    'static/index.html': `<html><body><div id="out"></div>\n<script>\nasync function ask(q) {\n  const response = await fetch(${request});\n  const data = await response.json();\n  document.getElementById("out").innerHTML = data.message;\n}\n</script></body></html>\n`,
  });
  const sinks = async (request: string) => workspaceRuleLines(files(request));

  it('the path joined to its query, or written in a template before it', async () => {
    assert.deepEqual(await sinks(`'/api/answer?q=' + encodeURIComponent(q)`), ['static/index.html:6']);
    assert.deepEqual(await sinks('`/api/answer?q=${encodeURIComponent(q)}`'), ['static/index.html:6']);
  });

  it('look-alike: another route of the same name’s start, which the app does not serve', async () => {
    assert.deepEqual(await sinks(`'/api/answers?q=' + encodeURIComponent(q)`), []);
  });
});

describe('a query that only counts or adds up rows answers with numbers (`SELECT COUNT(*) AS c FROM memories`), also read from a chained fetch', () => {
  const code = (query: string) => `import sqlite3\nfrom google.adk.agents import Agent\n\ndef get_stats() -> dict:\n    """Memory statistics."""\n    db = sqlite3.connect("memory.db")\n    value = db.execute("${query}").fetchone()["c"]\n    return {"value": value}\n\nagent = Agent(name="a", model="m", instruction="Answer.", tools=[get_stats])\n`;

  it('a stored text read the same way is someone else’s, handed back to the agent', async () => {
    assert.deepEqual(await ruleLines('stats.py', code('SELECT summary AS c FROM memories LIMIT 1')), [8]);
  });

  it('look-alike: a count', async () => {
    assert.deepEqual(await ruleLines('stats.py', code('SELECT COUNT(*) AS c FROM memories')), []);
  });
});

describe("a request to a path of a client's base URL is a request to that host (`httpx.AsyncClient(base_url=…)`, then `client.get('/alerts/…')`)", () => {
  const code = (base: string) => `import httpx\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("data")\nhttp_client = httpx.AsyncClient(base_url="${base}")\n\n@mcp.tool()\nasync def get_alerts(state: str) -> str:\n    response = await http_client.get(f"/alerts/active/area/{state}")\n    return response.text\n`;

  it("a forum's API, its posts someone else's text handed back to the model", async () => {
    assert.deepEqual(await ruleLines('server.py', code('https://forum.example.com')), [9]);
  });

  it('look-alike: the National Weather Service, reference data like the other weather APIs', async () => {
    assert.deepEqual(await ruleLines('server.py', code('https://api.weather.gov')), []);
  });
});

describe("a page's WebSocket message handler reads what the app's own socket server sends (`websocket.send_text(…)` → `event.data`)", () => {
  const files = (sent: string, handler = 'socket.onmessage = function (event) {\n    const packet = JSON.parse(event.data);\n    document.getElementById("out").innerHTML = marked.parse(packet.message);\n  };') => ({
    'main.py': `import json\nfrom fastapi import FastAPI, WebSocket\nfrom openai import OpenAI\nclient = OpenAI()\napp = FastAPI()\n\n@app.websocket("/ws/{session_id}")\nasync def chat(websocket: WebSocket, session_id: str):\n    await websocket.accept()\n    while True:\n        text = await websocket.receive_text()\n        answer = client.chat.completions.create(model="m", messages=[{"role": "user", "content": text}]).choices[0].message.content\n        await websocket.send_text(json.dumps({"message": ${sent}}))\n`,
    'static/index.html': `<html><body><div id="out"></div>\n<script>\nlet socket;\nfunction handleMessage(event) {\n  document.getElementById("out").innerHTML = JSON.parse(event.data).message;\n}\nfunction connect() {\n  socket = new WebSocket("ws://" + window.location.host + "/ws/1");\n  ${handler}\n}\nconnect();\n</script></body></html>\n`,
  });
  const sinks = async (sent: string, handler?: string) => workspaceRuleLines(files(sent, handler));

  it('the model’s answer sent to the page and written with innerHTML (a handler written in place, or named)', async () => {
    assert.deepEqual(await sinks('answer'), ['static/index.html:11']);
    assert.deepEqual(await sinks('answer', 'socket.onmessage = handleMessage;'), ['static/index.html:5']);
  });

  it('look-alike: the server sends only a status it wrote', async () => {
    assert.deepEqual(await sinks('"received"'), []);
  });
});
