import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { ScanConfig } from '../core/config/scanConfig';
import type { ManifestFacts } from '../core/scan/rule';
import type { ScanSummary } from '../core/scan/scanFiles';
import type { DocumentScanResult } from './documentScan';
import type { WorkerRequest, WorkerResponse } from './scanWorker';

type Reply = { result: unknown; workMs: number; thread?: { cpuMs: number; waitMs: number } };
type Pending = { resolve: (value: Reply) => void; reject: (error: Error) => void; onProgress?: (done: number, total: number) => void };
type DistributiveOmit<T, K extends keyof never> = T extends unknown ? Omit<T, K> : never;

/** The extension host's side of the scan worker: requests by id, restarts the worker if it dies. */
export class ScanWorkerClient implements vscode.Disposable {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly extensionPath: string,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /**
   * `root` is the workspace folder the relative `file` is in: flows across files stay within it. Undefined when a
   * newer version of the document reached the worker first (that one's result is the one to publish).
   */
  async scanDocument(root: string, file: string, text: string, config: Pick<ScanConfig, 'rules'>, manifest?: ManifestFacts): Promise<(DocumentScanResult & Omit<Reply, 'result'>) | undefined> {
    const { result, workMs, thread } = await this.request({ type: 'document', root, file, text, config, manifest });
    return result === undefined ? undefined : { ...(result as DocumentScanResult), workMs, thread };
  }

  async scanWorkspace(
    request: { paths: string[]; base: string; config: ScanConfig; manifest?: ManifestFacts; maxFileSize?: number; skipOpenDocuments?: boolean; cacheDir?: string },
    onProgress: (done: number, total: number) => void,
    token: vscode.CancellationToken,
  ): Promise<ScanSummary> {
    let subscription: vscode.Disposable | undefined;
    try {
      const { result } = await this.request({ type: 'workspace', ...request }, onProgress, (id) => {
        subscription = token.onCancellationRequested(() => this.ensureWorker().postMessage({ id: 0, type: 'cancel', target: id } satisfies WorkerRequest));
      });
      return result as ScanSummary;
    } finally {
      subscription?.dispose();
    }
  }

  /** The editor closed a document: a later start-up scan covers it again. */
  documentClosed(root: string, file: string): void {
    this.worker?.postMessage({ id: 0, type: 'closed', root, file } satisfies WorkerRequest);
  }

  private request(message: DistributiveOmit<WorkerRequest, 'id'>, onProgress?: Pending['onProgress'], onSent?: (id: number) => void): Promise<Reply> {
    const id = this.nextId++;
    onSent?.(id);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.ensureWorker().postMessage({ ...message, id } as WorkerRequest);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(path.join(this.extensionPath, 'dist', 'scanWorker.js'));
    worker.on('message', (response: WorkerResponse) => {
      const pending = this.pending.get(response.id);
      if (!pending) return;
      if (response.type === 'progress') return pending.onProgress?.(response.done, response.total);
      this.pending.delete(response.id);
      if (response.type === 'result') pending.resolve({ result: response.result, workMs: response.workMs, thread: response.thread });
      else if (response.type === 'superseded') pending.resolve({ result: undefined, workMs: 0 });
      else pending.reject(new Error(response.message));
    });
    worker.on('error', (error) => this.log.error(`scan worker failed: ${error.message}`));
    worker.on('exit', (code) => {
      this.worker = undefined;
      if (code !== 0) this.log.warn(`scan worker exited with code ${code}; it restarts on the next scan`);
      for (const pending of this.pending.values()) pending.reject(new Error('the scan worker stopped'));
      this.pending.clear();
    });
    this.worker = worker;
    return worker;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
