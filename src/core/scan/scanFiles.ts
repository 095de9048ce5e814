import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ScanConfig } from '../config/scanConfig';
import type { CodeModel } from './code/codeModel';
import { loadCachedSummary, loadFileResults, manifestsAbove, saveFileResults, saveSummary, type KeptFileResults, type ScanCacheOptions } from './scanCache';
import { controlEvidenceIn, type ControlEvidence } from './catalogue/controls';
import type { Finding } from './finding';
import type { ManifestFacts } from './rule';
import { scanDocument } from './scanDocument';
import { FileTexts, keptTextOf } from './fileTexts';
import { buildWorkspaceIndex } from './flow/buildWorkspaceIndex';
import { addIncomplete, describeFailure, type IncompleteCheck } from './incompleteCheck';
import type { WorkspaceIndex } from './flow/workspaceIndex';
import { DEFAULT_MAX_FILE_SIZE, listFiles, type FileCandidate, type IgnoredInput, type SkipReason } from './workspaceFiles';

/** The rules that follow data through the cross-file index: with all of them off, no index is built. */
export const FLOW_RULE_IDS = ['prompt/untrusted-interpolation', 'prompt/injection-text', 'prompt/secret-in-prompt', 'prompt/pii-in-prompt', 'prompt/whole-record', 'llm/output-to-sink'] as const;

export interface ScanFilesOptions {
  paths: readonly string[];
  base: string;
  config: ScanConfig;
  maxFileSize?: number;
  manifest?: ManifestFacts;
  /** The manifest that governs one file (the nearest microapp.yaml above it); wins over `manifest`. */
  manifestFor?: (absolute: string) => ManifestFacts | undefined;
  /** An index to reuse and update (the editor's worker keeps one); a fresh one otherwise. */
  index?: WorkspaceIndex;
  /** Scan what the config's `ignore:` and .gitignore files leave out. */
  noIgnore?: boolean;
  /**
   * Reuse the last scan's findings when nothing they depend on changed: the whole tree's (the CLI's), and each file's
   * (the CLI's, and the editor's in its workspace storage).
   */
  cache?: ScanCacheOptions;
  /** false: no prefilter — every code file is indexed and looked at by the flow rules (the baseline tests compare with). */
  prefilter?: boolean;
  /** Awaited before each file: the editor's worker lets a document scan go first. */
  pause?: () => Promise<void> | void;
  /**
   * Asked as the scan reaches each file: true leaves it out (the editor's open documents at start-up — their own scans
   * index them and own their diagnostics, so scanning the saved copy too only delays the first edits).
   */
  skipFile?: (relative: string) => boolean;
  /** Called after each file, for progress reporting; return false to cancel. */
  onProgress?: (done: number, total: number) => boolean | void;
}

export interface ScanSummary {
  findings: Finding[];
  filesScanned: number;
  bytesScanned: number;
  skipped: { file: string; reason: SkipReason }[];
  /** Files the scan could not check completely, and why: the other rules' findings there are still reported. */
  incomplete?: IncompleteCheck[];
  /** Paths asked for by name that an ignore rule leaves out (the CLI says which rule). */
  ignoredInputs?: IgnoredInput[];
  cancelled: boolean;
  /** The findings came from the cache: nothing was read. */
  fromCache?: boolean;
  /** Files whose findings the last scan's per-file results gave (unchanged, and nothing they asked the index changed). */
  reusedFiles?: number;
  /** Files whose contents were read (with per-file results kept, a file stamped unchanged is read only when needed). */
  filesRead?: number;
  /** SHA-256 over the scanned files' paths and the SHA-256 of each one's content, in scan order (what the registry is told was scanned). */
  digest?: string;
  /** Where the code shows a required control in place (SSO, audit log, redaction, injection screen, secret store). */
  evidence?: ControlEvidence[];
  /** What the prefilters left out: code files, those parsed for the index, those the flow rules looked at. */
  prefilter?: { codeFiles: number; indexed: number; flowChecked: number };
}

/** Scans files and folders as the CLI and the workspace scan do. */
export async function scanFiles(options: ScanFilesOptions): Promise<ScanSummary> {
  const startedAt = Date.now();
  const walk = listFiles(options.paths, { base: options.base, ignore: options.config.ignore, noIgnore: options.noIgnore });
  // Manifests above the roots govern files below them: a change there is a change to the scan.
  // (Not in the editor, whose index holds open documents' unsaved text: there each file's results are kept on their own.)
  const wholeTree = options.index ? undefined : options.cache;
  const outside = wholeTree ? manifestsAbove(options.paths.map((p) => path.resolve(options.base, p))) : [];
  const cached = wholeTree && loadCachedSummary(wholeTree, walk.files, outside);
  const contentHashes = new Map<string, string>();
  const summary = cached || (await scanFileList(walk.files, options, contentHashes));
  if (!cached) summary.skipped.unshift(...walk.skipped);
  if (wholeTree && !cached && !summary.cancelled) saveSummary(wholeTree, walk, outside, summary, startedAt, contentHashes);
  if (walk.ignoredInputs.length) summary.ignoredInputs = walk.ignoredInputs;
  return summary;
}

const CODE_FILE = /\.(py|[cm]?[jt]sx?)$/;

/**
 * Scans an already listed set of files (a worker thread gets its share of the list this way). `contentHashes`, when
 * given, gets each scanned file's hash of the text read (the cache's stamps).
 */
export async function scanFileList(files: readonly FileCandidate[], options: Omit<ScanFilesOptions, 'paths' | 'base'>, contentHashes?: Map<string, string>): Promise<ScanSummary> {
  const startedAt = Date.now();
  const maxFileSize = options.maxFileSize ?? options.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const summary: ScanSummary = { findings: [], filesScanned: 0, bytesScanned: 0, skipped: [], cancelled: false };
  const digest = createHash('sha256');
  // First every file's function summaries (flows cross files), then the rules, each file parsed once.
  // (Skipped when every rule that follows data is turned off: a secrets-only scan parses nothing up front.)
  const flowRulesOn = FLOW_RULE_IDS.some((id) => options.config.rules?.[id] !== 'off');
  // The last scan's results per file (a cache's): what no change reached is reused, not computed again, and a file
  // stamped unchanged since then is not even read unless something must be computed from its text.
  // (An index the editor keeps may hold open documents' unsaved text: a kept analysis is put back only for files it
  // does not hold, and a file's findings are reused only with its kept analysis, still current against it.)
  const keepResults = options.cache && options.prefilter !== false ? options.cache : undefined;
  const kept = keepResults ? loadFileResults(keepResults) : { files: new Map<string, KeptFileResults>(), startedAt: 0 };
  const keeping = new Map<string, KeptFileResults>();
  const restorable = new Map([...kept.files].flatMap(([file, { analysis }]) => (analysis ? [[file, analysis] as const] : [])));
  const texts = new FileTexts(maxFileSize, keepResults ? kept : undefined);
  const { index: workspace, models, indexed, codeFiles, incomplete } = flowRulesOn
    ? await buildWorkspaceIndex(files, texts, options.index, options.prefilter !== false, options.pause, options.skipFile, restorable)
    : { index: undefined, models: new Map<string, CodeModel>(), indexed: 0, codeFiles: 0, incomplete: [] as IncompleteCheck[] };
  if (workspace) summary.prefilter = { codeFiles, indexed, flowChecked: 0 };
  const onIncomplete = (failure: IncompleteCheck) => addIncomplete(incomplete, failure);
  for (const [index, file] of files.entries()) {
    await options.pause?.();
    // A file left to its own scan still counts for progress (the last one may be it).
    const read = options.skipFile?.(file.relative) ? undefined : texts.get(file);
    texts.release(file.relative);
    const before = kept.files.get(file.relative);
    // A file left to its own scan keeps what the last scan kept (reused only once its text and answers are checked).
    if (!read && before) keeping.set(file.relative, before);
    if (read && 'skipped' in read) {
      summary.skipped.push({ file: file.relative, reason: read.skipped });
      if (keepResults && read.stamp) keeping.set(file.relative, keptTextOf(read));
    } else if (read) {
      const codeFile = CODE_FILE.test(file.relative);
      const manifest = options.manifestFor ? options.manifestFor(file.absolute) : options.manifest;
      // The index was built from these very files: the ones it holds are the ones that may hold a flow.
      const flowCandidate = workspace ? workspace.has(file.relative) : undefined;
      const governedBy = JSON.stringify(manifest ?? null);
      // A file the index holds may reuse its findings only with its kept analysis, unchanged (a file outside the
      // index has findings that follow from its text, its manifest and the config alone).
      const current = !!flowCandidate && workspace!.isCurrentAt(file.relative, read.indexHash());
      const analysedAsKept = !flowCandidate || (current && workspace!.isRestored(file.relative));
      const reusable = before?.hash === read.hash && before.findings?.manifest === governedBy && before.findings.flowCandidate === (flowCandidate ?? null) && analysedAsKept ? before.findings.findings : undefined;
      // A file known from the cache is read only now, when something must be computed from it; gone (or unreadable)
      // since its stat, it is reported like a file the scan could not read at all.
      if (!reusable || (codeFile && !read.evidence)) read.text();
      if (read.unreadable) {
        summary.skipped.push({ file: file.relative, reason: 'unreadable' });
      } else {
        summary.filesScanned++;
        summary.bytesScanned += read.bytes;
        // (Over each file's hash, not its text: a file the cache knows unchanged is not read to say what was scanned.)
        digest.update(`${file.relative}\0${read.hash}\0`);
        contentHashes?.set(file.absolute, read.hash);
        if (codeFile && (summary.evidence ??= []).length < 100) summary.evidence.push(...(read.evidence ??= controlEvidenceIn(file.relative, read.text())));
        const incompleteBefore = incomplete.length;
        try {
          const analysis = flowCandidate ? workspace!.latestAnalysisAt(file.relative, read.indexHash()) : undefined;
          const findings = reusable ?? (await scanDocument({ file: file.relative, text: read.text(), config: options.config, manifest, workspace, model: models.get(file.relative), analysis, prefilter: options.prefilter, flowCandidate, onIncomplete }));
          summary.findings.push(...findings);
          if (reusable) summary.reusedFiles = (summary.reusedFiles ?? 0) + 1;
          if (keepResults) {
            // (A file not fully checked keeps no findings: the next scan tries it again and says so again.)
            const complete = !incomplete.some((failure, i) => i >= incompleteBefore || failure.file === file.relative);
            const analysis = current ? workspace!.stored(file.relative) : undefined;
            keeping.set(file.relative, { ...keptTextOf(read), analysis, findings: complete ? { manifest: governedBy, flowCandidate: flowCandidate ?? null, findings } : undefined });
          }
        } catch (error) {
          // Past the rules' own guard (suppressions, positions): this file's findings are lost, not the scan's.
          onIncomplete({ file: file.relative, part: 'scan', reason: describeFailure(error) });
        }
        if (summary.prefilter && codeFile && (options.prefilter === false || flowCandidate)) summary.prefilter.flowChecked++;
      }
      models.delete(file.relative);
    }
    if (options.onProgress?.(index + 1, files.length) === false) {
      summary.cancelled = true;
      break;
    }
  }
  summary.digest = digest.digest('hex');
  summary.filesRead = texts.filesRead;
  if (incomplete.length) summary.incomplete = incomplete;
  if (keepResults && !summary.cancelled) saveFileResults(keepResults, keeping, startedAt);
  return summary;
}
