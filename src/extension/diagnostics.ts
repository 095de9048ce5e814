import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { manifestContradictions } from '../core/manifest/manifestContradictions';
import { parseManifest } from '../core/manifest/manifestDocument';
import { locateYamlPath } from '../core/yaml/yamlWithSchema';
import { detectWorkspace } from './manifestFiles';
import type { Finding, Range, Severity } from '../core/scan/finding';
import { docsFileFor } from '../core/scan/rule';
import { looksMinified } from '../core/scan/workspaceFiles';
import { PROMPT_FILE_NAME } from '../core/scan/language';
import type { FindingStore } from './findingStore';
import type { ProjectPolicy } from './projectPolicy';
import type { ScanWorkerClient } from './scanWorkerClient';

export const DIAGNOSTIC_SOURCE = 'Micro App Guard';
const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote']);
const DEBOUNCE_FLOOR_MS = 50;

export const toVsRange = (range: Range) => new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);

/** One finding as a VS Code diagnostic: our source, the rule id linking to its docs, related places in the same file. */
export function findingToDiagnostic(finding: Finding, uri: vscode.Uri, extensionUri: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVsRange(finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  // Manifest problems link to the README's manifest section; rules link to their bundled docs page.
  const target = finding.ruleId.startsWith('manifest/') ? vscode.Uri.parse(finding.docsUrl) : vscode.Uri.joinPath(extensionUri, 'docs', 'rules', docsFileFor(finding.ruleId));
  diagnostic.code = { value: finding.ruleId, target };
  if (finding.related?.length) {
    // Related places may be in other files (a flow across files): their paths are relative to the same folder as the finding's.
    const folder = finding.file && uri.path.endsWith(`/${finding.file}`) ? uri.with({ path: uri.path.slice(0, uri.path.length - finding.file.length - 1) }) : undefined;
    diagnostic.relatedInformation = finding.related.map((related) => {
      const target = related.file === finding.file || !folder ? uri : vscode.Uri.joinPath(folder, related.file);
      return new vscode.DiagnosticRelatedInformation(new vscode.Location(target, toVsRange(related.range)), related.message);
    });
  }
  return diagnostic;
}

export interface LiveDiagnostics {
  /** Scans a document now (no debounce) and resolves when its diagnostics are published. */
  scanNow(document: vscode.TextDocument): Promise<void>;
  readonly collection: vscode.DiagnosticCollection;
  /** Recent timings, for the output channel and `npm run bench`: main-thread work per scan, and edit-to-diagnostics. */
  readonly timings: {
    mainThreadMs: number[];
    editToDiagnosticsMs: number[];
    workerMs: number[];
    workerPhasesMs: { parse: number; index: number; rules: number }[];
    /** Of each `workerMs`, the worker thread's time on a core and waiting for one (Linux; empty elsewhere). */
    workerThreadMs: { cpuMs: number; waitMs: number }[];
    /** Document scans sent to the worker (a superseded one included). */
    documentScansSent: number;
  };
}

/** Live diagnostics for open documents: debounced per document, cached by content hash, stale results dropped. */
export function registerDiagnostics(
  context: vscode.ExtensionContext,
  deps: { worker: ScanWorkerClient; policy: ProjectPolicy; store: FindingStore; log: vscode.LogOutputChannel },
): LiveDiagnostics {
  const collection = vscode.languages.createDiagnosticCollection('microapp-guard');
  const generations = new Map<string, number>();
  /** The last "not fully checked" warning logged per document, so a lasting cause is logged once. */
  const warnedIncomplete = new Map<string, string>();
  const timers = new Map<string, NodeJS.Timeout>();
  const cache = new Map<string, { hash: string; findings: Finding[] }>();
  /** The scan under way for each document, by the hash of what it scans. */
  const inFlight = new Map<string, { hash: string; done: Promise<void> }>();
  const editStarted = new Map<string, number>();
  const timings: LiveDiagnostics['timings'] = { mainThreadMs: [], editToDiagnosticsMs: [], workerMs: [], workerPhasesMs: [], workerThreadMs: [], documentScansSent: 0 };
  /** How long the worker worked on each document's last scan (on a core, where Linux says): the debounce follows it. */
  const lastWorkMs = new Map<string, number>();
  const record = <T>(list: T[], value: T) => {
    list.push(value);
    if (list.length > 500) list.shift();
  };

  const toDiagnostic = (document: vscode.TextDocument, finding: Finding) => findingToDiagnostic(finding, document.uri, context.extensionUri);

  const clear = (uri: vscode.Uri) => {
    collection.delete(uri);
    deps.store.delete(uri);
  };

  const publish = (document: vscode.TextDocument, findings: Finding[]) => {
    deps.store.set(document.uri, findings);
    collection.set(document.uri, findings.map((finding) => toDiagnostic(document, finding)));
  };

  /** `fresh`: a file it depends on changed, so a scan of the same text already under way may be stale. */
  const scanNow = async (document: vscode.TextDocument, fresh = false): Promise<void> => {
    const entered = performance.now();
    const key = document.uri.toString();
    if (!SCHEMES.has(document.uri.scheme)) return;
    const policy = deps.policy.forDocument(document.uri);
    const settings = vscode.workspace.getConfiguration('microappGuard', document.uri);
    const text = document.getText();
    if (policy.skip || text.length > settings.get<number>('maxFileSize', 1024 * 1024) || text.includes('\0') || looksMinified(text, document.fileName)) {
      clear(document.uri);
      return;
    }
    const manifestProblems = /(^|[\\/])microapp\.yaml$/.test(document.fileName) ? [...manifestFindings(text, policy.relativePath), ...(await contradictionFindings(document, policy.relativePath))] : [];
    const hash = createHash('sha1').update(text).update(JSON.stringify([policy.config.rules, policy.manifest, policy.baseline?.size])).digest('hex');
    const cached = cache.get(key);
    if (cached?.hash === hash) return publish(document, [...cached.findings, ...manifestProblems]);
    // Opening a file fires more than one scan of the same text (the open event, a caller's scanDocument, a policy
    // reload): a second one would only queue in the worker ahead of the user's first edit.
    const running = inFlight.get(key);
    if (running?.hash === hash && !fresh) return running.done;
    const done = scanText(document, key, hash, text, policy, manifestProblems, entered);
    inFlight.set(key, { hash, done });
    try {
      await done;
    } finally {
      if (inFlight.get(key)?.done === done) inFlight.delete(key);
    }
  };

  const scanText = async (
    document: vscode.TextDocument,
    key: string,
    hash: string,
    text: string,
    policy: ReturnType<ProjectPolicy['forDocument']>,
    manifestProblems: Finding[],
    entered: number,
  ): Promise<void> => {
    const generation = (generations.get(key) ?? 0) + 1;
    generations.set(key, generation);
    let mainThread = performance.now() - entered;
    try {
      const root = policy.folder?.uri.fsPath ?? '';
      timings.documentScansSent++;
      const scanned = await deps.worker.scanDocument(root, policy.relativePath, text, policy.config, policy.manifest);
      if (!scanned || generations.get(key) !== generation || document.isClosed) return; // a newer edit is already being scanned
      const { findings, workMs, thread, dependents, phasesMs, incremental, incomplete } = scanned;
      // Said once per document and cause, not on every keystroke while it lasts.
      const failure = incomplete.map(({ part, reason }) => `${part}: ${reason}`).join('; ');
      if (failure && warnedIncomplete.get(key) !== failure) deps.log.warn(`${policy.relativePath} is not fully checked (${failure}); its other diagnostics are shown.`);
      warnedIncomplete.set(key, failure);
      const resumed = performance.now();
      const kept = policy.baseline ? findings.filter((f) => !f.fingerprint || !policy.baseline!.has(f.fingerprint)) : findings;
      cache.set(key, { hash, findings: kept });
      publish(document, [...kept, ...manifestProblems]);
      mainThread += performance.now() - resumed;
      record(timings.mainThreadMs, mainThread);
      record(timings.workerMs, workMs);
      record(timings.workerPhasesMs, phasesMs);
      if (thread) record(timings.workerThreadMs, thread);
      // Only an edit's re-scan predicts the next one (a document's first scan parses all of it). Its time on a core,
      // where known: a wait for one (the workbench and the TypeScript server starting) is no cost a longer pause saves.
      if (incremental) lastWorkMs.set(key, thread?.cpuMs ?? workMs);
      const since = editStarted.get(key);
      editStarted.delete(key);
      if (since) record(timings.editToDiagnosticsMs, performance.now() - since);
      // Files that use this one's functions: re-check the open ones, after this document's diagnostics are out.
      const wanted = new Set(dependents);
      for (const other of wanted.size ? vscode.workspace.textDocuments : []) {
        const otherPolicy = other === document ? undefined : deps.policy.forDocument(other.uri);
        if (!otherPolicy || otherPolicy.folder !== policy.folder || !wanted.has(otherPolicy.relativePath)) continue;
        cache.delete(other.uri.toString());
        setTimeout(() => void scanNow(other, true), 0);
      }
      deps.log.trace(`scanned ${policy.relativePath}: ${kept.length} finding(s), ${workMs.toFixed(1)} ms in the worker${thread ? ` (${thread.cpuMs.toFixed(1)} on a core, ${thread.waitMs.toFixed(1)} waiting for one)` : ''} (parse ${phasesMs.parse.toFixed(1)}, index ${phasesMs.index.toFixed(1)}, rules ${phasesMs.rules.toFixed(1)})${since ? `, ${(performance.now() - since).toFixed(1)} ms from edit to diagnostics` : ''}`);
    } catch (error) {
      deps.log.error(`scan of ${policy.relativePath} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const schedule = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    if (!editStarted.has(key)) editStarted.set(key, performance.now());
    // Adaptive: waiting longer than a re-scan of this document takes saves nothing, so a fast file is checked sooner;
    // the setting is the ceiling. Before the first re-scan there is no measure yet: the floor, for quick first feedback
    // (a newer edit supersedes a queued one in the worker, so fast typing cannot pile scans up).
    const ceiling = vscode.workspace.getConfiguration('microappGuard', document.uri).get<number>('debounceMs', 150);
    const delay = Math.min(ceiling, Math.max(DEBOUNCE_FLOOR_MS, lastWorkMs.get(key) ?? DEBOUNCE_FLOOR_MS));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      void scanNow(document);
    }, delay));
  };

  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument((document) => void scanNow(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) schedule(event.document);
    }),
    // The code that names a prompt file (`prompty.execute("writer.prompty", …)`, a Teams AI PromptManager's folder of
    // `skprompt.txt` files) reads it from disk: once it is saved, its scan re-checks the open files that read it.
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (!PROMPT_FILE_NAME.test(document.fileName)) return;
      cache.delete(document.uri.toString());
      void scanNow(document, true);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const key = document.uri.toString();
      const closed = deps.policy.forDocument(document.uri);
      if (closed.folder) deps.worker.documentClosed(closed.folder.uri.fsPath, closed.relativePath);
      clearTimeout(timers.get(key));
      timers.delete(key);
      cache.delete(key);
      generations.delete(key);
      warnedIncomplete.delete(key);
      lastWorkMs.delete(key);
      clear(document.uri);
    }),
    deps.policy.onDidChange(() => {
      cache.clear();
      vscode.workspace.textDocuments.forEach((document) => void scanNow(document));
    }),
    { dispose: () => timers.forEach((timer) => clearTimeout(timer)) },
  );
  // The documents already open are scanned once activation has returned: their first scan starts the worker thread,
  // whose start-up would otherwise compete with the rest of activation for the machine's cores.
  const initial = setTimeout(() => vscode.workspace.textDocuments.forEach((document) => void scanNow(document)), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(initial) });
  return { scanNow, collection, timings };
}

/** Schema problems of microapp.yaml as findings, so they show like every other diagnostic. */
function manifestFindings(text: string, file: string): Finding[] {
  return parseManifest(text).problems.map((problem) => ({
    ruleId: 'manifest/invalid',
    severity: 'error' as const,
    message: problem.message,
    file,
    range: {
      start: { line: problem.line - 1, character: problem.column - 1 },
      end: { line: problem.endLine - 1, character: Math.max(problem.endColumn - 1, problem.column) },
    },
    docsUrl: 'https://github.com/microapp-guard/microapp-guard#the-manifest-microappyaml',
  }));
}

/** Where microapp.yaml and the app's code disagree, with a fix that adds the missing entry. */
async function contradictionFindings(document: vscode.TextDocument, file: string): Promise<Finding[]> {
  let data: Record<string, unknown>;
  try {
    data = parse(document.getText()) ?? {};
  } catch {
    return [];
  }
  if (document.uri.scheme !== 'file') return [];
  const dir = path.dirname(document.uri.fsPath);
  const committedDotenv = ['.env', '.env.local', '.env.production'].some((name) => existsSync(path.join(dir, name)));
  const facts = await detectWorkspace(document.uri);
  return manifestContradictions(data, facts, committedDotenv).map((contradiction) => {
    const at = locateYamlPath(document.getText(), contradiction.path);
    return {
      ruleId: 'manifest/contradiction',
      severity: 'warning' as const,
      message: contradiction.message,
      file,
      range: { start: { line: at.line - 1, character: at.column - 1 }, end: { line: at.line - 1, character: Math.max(at.column, at.line === at.endLine ? at.endColumn - 1 : at.column + 1) } },
      docsUrl: 'https://github.com/microapp-guard/microapp-guard#manifest-and-code',
      fixes: contradiction.add
        ? [{ title: contradiction.add.title, kind: 'addManifestEntry' as const, edits: [], data: { list: JSON.stringify(contradiction.add.list), value: JSON.stringify(contradiction.add.value) } }]
        : undefined,
    };
  });
}
