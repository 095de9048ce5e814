// Runs in a worker thread: every parse and rule happens here, so typing never waits on a scan.
import { parentPort } from 'node:worker_threads';
import type { ScanConfig } from '../core/config/scanConfig';
import { nearestManifestLookup } from '../core/manifest/manifestFacts';
import { SyntaxTreeCache } from '../core/scan/code/parseCode';
import { WorkspaceIndex } from '../core/scan/flow/workspaceIndex';
import type { ManifestFacts } from '../core/scan/rule';
import { engineStamp } from '../core/scan/scanCache';
import { scanFiles } from '../core/scan/scanFiles';
import { hashText } from '../core/scan/workspaceFiles';
import { scanOpenDocument } from './documentScan';
import { threadTime, threadTimeSince } from './threadTime';
import { warmUp } from './workerWarmUp';

export type WorkerRequest =
  | { id: number; type: 'document'; root: string; file: string; text: string; config: Pick<ScanConfig, 'rules'>; manifest?: ManifestFacts }
  /** `skipOpenDocuments`: leave out the files open in the editor (the silent scan at start-up). */
  /** `cacheDir`: where each file's results are kept for the next scan (the extension's workspace storage). */
  | { id: number; type: 'workspace'; paths: string[]; base: string; config: ScanConfig; manifest?: ManifestFacts; maxFileSize?: number; skipOpenDocuments?: boolean; cacheDir?: string }
  | { id: number; type: 'cancel'; target: number }
  /** The editor closed the document: its own scans stop covering it. */
  | { id: number; type: 'closed'; root: string; file: string };

export type WorkerResponse =
  /** `thread`: of `workMs`, the time this thread ran and waited for a core (Linux). */
  | { id: number; type: 'result'; result: unknown; workMs: number; thread?: { cpuMs: number; waitMs: number } }
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'error'; message: string }
  /** A newer version of the document was already waiting: this one was not scanned. */
  | { id: number; type: 'superseded' };

const cancelled = new Set<number>();
/** The newest request per document (`root\0file`): the documents open in the editor, each scanned on its own. */
const latestDocumentRequest = new Map<string, number>();
const syntaxCache = new SyntaxTreeCache();
// Function summaries per workspace folder (built by the workspace scan, updated per edited file) for cross-file flows.
const indexes = new Map<string, WorkspaceIndex>();
const indexFor = (root: string) => {
  let index = indexes.get(root);
  if (!index) indexes.set(root, (index = new WorkspaceIndex()));
  index.root = root; // prompt files the code names are read from the folder
  return index;
};

// The file being typed in comes first: a workspace scan lets pending messages in every few milliseconds, and waits
// while a document scan runs (otherwise the first edits after start-up waited on the quiet workspace scan).
let documentsInFlight = 0;
let waiting: (() => void)[] = [];
let lastYield = 0;
async function documentsFirst(): Promise<void> {
  if (performance.now() - lastYield > 5) {
    await new Promise((resolve) => setImmediate(resolve));
    lastYield = performance.now();
  }
  while (documentsInFlight > 0) await new Promise<void>((resolve) => waiting.push(resolve));
}

/** Requests being handled (document or workspace): the warm-up runs only when there are none. */
let busy = 0;
/** Document scans done: once the user's own file has been scanned, it warms the code better than a sample does. */
let documentsScanned = 0;
if (parentPort) setTimeout(() => void warmUp(() => busy === 0, () => documentsScanned > 0).catch(() => undefined), 0);

/**
 * What the kept results depend on besides the files: this build of the engine (the bundle and the injection model
 * beside it), the config, the folder's manifest and the options. Another key and nothing kept is reused.
 */
function workspaceCacheKey(request: Extract<WorkerRequest, { type: 'workspace' }>): string {
  return hashText(JSON.stringify([engineStamp(__filename), request.config, request.manifest ?? null, request.maxFileSize ?? null, request.paths, request.base]));
}

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.type === 'cancel') {
    cancelled.add(request.target);
    return;
  }
  if (request.type === 'closed') {
    latestDocumentRequest.delete(`${request.root}\0${request.file}`);
    return;
  }
  void handle(request);
});

async function handle(request: Exclude<WorkerRequest, { type: 'cancel' | 'closed' }>): Promise<void> {
  const started = performance.now();
  const startedThread = threadTime();
  busy++;
  try {
    let result: unknown;
    if (request.type === 'document') {
      documentsInFlight++;
      // Typing faster than scans finish queues several versions of one document: only the newest is worth the work.
      const document = `${request.root}\0${request.file}`;
      latestDocumentRequest.set(document, request.id);
      await new Promise((resolve) => setImmediate(resolve)); // let requests already sent arrive first
      if (latestDocumentRequest.get(document) !== request.id) {
        parentPort!.postMessage({ id: request.id, type: 'superseded' } satisfies WorkerResponse);
        return;
      }
      const { file, text, config, manifest } = request;
      result = await scanOpenDocument({ file, text, config, manifest }, indexFor(request.root), syntaxCache);
      documentsScanned++;
    } else {
      let lastReport = 0;
      result = await scanFiles({
        paths: request.paths,
        base: request.base,
        config: request.config,
        manifest: request.manifest,
        maxFileSize: request.maxFileSize,
        index: indexFor(request.base),
        manifestFor: nearestManifestLookup(),
        cache: request.cacheDir ? { dir: request.cacheDir, key: workspaceCacheKey(request), maxBytes: 64 * 1024 * 1024 } : undefined,
        pause: documentsFirst,
        // Asked file by file, so a document opened while the scan runs is left to its own scan too.
        skipFile: request.skipOpenDocuments ? (relative) => latestDocumentRequest.has(`${request.base}\0${relative}`) : undefined,
        onProgress: (done, total) => {
          if (cancelled.has(request.id)) return false;
          if (done === total || Date.now() - lastReport > 100) {
            lastReport = Date.now();
            parentPort!.postMessage({ id: request.id, type: 'progress', done, total } satisfies WorkerResponse);
          }
          return true;
        },
      });
      cancelled.delete(request.id);
    }
    parentPort!.postMessage({ id: request.id, type: 'result', result, workMs: performance.now() - started, thread: threadTimeSince(startedThread) } satisfies WorkerResponse);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies WorkerResponse);
  } finally {
    busy--;
    if (request.type === 'document' && --documentsInFlight === 0) {
      const resume = waiting;
      waiting = [];
      resume.forEach((wake) => wake());
    }
  }
}
