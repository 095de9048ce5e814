import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { DEFAULT_CONFIG } from '../../src/core/config/scanConfig';
import type { ScanSummary } from '../../src/core/scan/scanFiles';
import type { WorkerRequest, WorkerResponse } from '../../src/extension/scanWorker';
import { tempFolder } from './helpers/tempFolder';

type Sendable = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** The editor's scan worker itself, in a worker thread, spoken to by messages as the extension does. */
function startWorker() {
  // The TypeScript source, loaded through tsx's require hook (a worker does not inherit the test's loader).
  const source = path.resolve(__dirname, '../../src/extension/scanWorker.ts');
  const worker = new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`, { eval: true });
  let nextId = 1;
  const ask = (message: Sendable) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (response: WorkerResponse) => {
        if (response.id !== id || response.type === 'progress') return;
        worker.off('message', onMessage);
        if (response.type === 'result') resolve(response.result);
        else reject(new Error(response.type === 'error' ? response.message : response.type));
      };
      worker.on('message', onMessage);
      worker.postMessage({ ...message, id });
    });
  const tell = (message: Sendable) => worker.postMessage({ ...message, id: 0 });
  return { ask, tell, stop: () => worker.terminate() };
}

const APP = "import OpenAI from 'openai';\nimport { execSync } from 'node:child_process';\nconst openai = new OpenAI();\nexport async function run(task: string) {\n  const reply = await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: task }] });\n  execSync(reply.choices[0].message.content ?? '');\n}\n";

describe('the scan worker', () => {
  it('leaves the documents open in the editor out of the start-up scan, and scans them again once closed', async () => {
    const root = tempFolder('mag-worker-', { 'src/app.ts': APP, 'src/other.ts': APP });
    const worker = startWorker();
    try {
      const workspace = (skipOpenDocuments: boolean) => worker.ask({ type: 'workspace', paths: ['.'], base: root, config: DEFAULT_CONFIG, skipOpenDocuments }) as Promise<ScanSummary>;
      const sinkFiles = (summary: ScanSummary) => summary.findings.filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.file).sort();
      await worker.ask({ type: 'document', root, file: 'src/app.ts', text: APP, config: DEFAULT_CONFIG });
      assert.deepEqual(sinkFiles(await workspace(true)), ['src/other.ts'], 'the open file is its own scan’s');
      assert.deepEqual(sinkFiles(await workspace(false)), ['src/app.ts', 'src/other.ts'], 'a scan the user asks for covers every file');
      worker.tell({ type: 'closed', root, file: 'src/app.ts' });
      assert.deepEqual(sinkFiles(await workspace(true)), ['src/app.ts', 'src/other.ts'], 'closed: the start-up scan covers it again');
    } finally {
      await worker.stop();
    }
  });

  it("keeps each file's results in its cache folder: the next window's scan reuses them, and an edited helper re-checks its importer", async () => {
    const root = tempFolder('mag-worker-cache-', {
      'src/helper.ts': 'export function run(code: string) {\n  return code.length;\n}\n',
      'src/route.ts': "import { run } from './helper';\nimport OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function go() {\n  const out = (await openai.responses.create({ model: 'm', input: 'x' })).output_text;\n  return run(out);\n}\n",
      'src/app.ts': APP,
    });
    const cacheDir = path.join(tempFolder('mag-worker-storage-', {}), 'scan-cache');
    const sinkFiles = (summary: ScanSummary) => summary.findings.filter((f) => f.ruleId === 'llm/output-to-sink').map((f) => f.file).sort();
    // Each scan in a new worker, as after a window reload: only the cache folder carries anything over.
    const scanInNewWorker = async (request: Partial<Extract<Sendable, { type: 'workspace' }>> = {}) => {
      const worker = startWorker();
      try {
        return (await worker.ask({ type: 'workspace', paths: ['.'], base: root, config: DEFAULT_CONFIG, cacheDir, ...request })) as ScanSummary;
      } finally {
        await worker.stop();
      }
    };
    const first = await scanInNewWorker();
    assert.deepEqual(sinkFiles(first), ['src/app.ts']);
    assert.equal(first.reusedFiles, undefined);
    const second = await scanInNewWorker();
    assert.deepEqual(JSON.parse(JSON.stringify(second.findings)), JSON.parse(JSON.stringify(first.findings)));
    assert.equal(second.reusedFiles, 3, 'every file reused');
    writeFileSync(path.join(root, 'src/helper.ts'), 'export function run(code: string) {\n  return eval(code) as number;\n}\n');
    const edited = await scanInNewWorker();
    assert.deepEqual(sinkFiles(edited), ['src/app.ts', 'src/route.ts'], 'the importer is checked again');
    assert.equal(edited.reusedFiles, 1, 'app.ts alone');
    assert.equal((await scanInNewWorker({ config: { ...DEFAULT_CONFIG, rules: { 'llm/output-to-sink': 'warning' } } })).reusedFiles, undefined, 'another config');
    assert.equal((await scanInNewWorker({ cacheDir: undefined })).reusedFiles, undefined, 'no cache folder');
  });
});
