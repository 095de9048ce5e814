import type { ScanConfig } from '../config/scanConfig';
import type { Finding } from './finding';
import type { ManifestFacts } from './rule';
import { scanDocument } from './scanDocument';
import { buildWorkspaceIndex } from './flow/buildWorkspaceIndex';
import type { WorkspaceIndex } from './flow/workspaceIndex';

const FLOW_RULE_IDS = ['prompt/untrusted-interpolation', 'prompt/injection-text', 'prompt/secret-in-prompt', 'prompt/pii-in-prompt', 'prompt/whole-record', 'llm/output-to-sink'];
import { DEFAULT_MAX_FILE_SIZE, listFiles, readScannableFile, type FileCandidate, type IgnoredInput, type SkipReason } from './workspaceFiles';

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
  /** Called after each file, for progress reporting; return false to cancel. */
  onProgress?: (done: number, total: number) => boolean | void;
}

export interface ScanSummary {
  findings: Finding[];
  filesScanned: number;
  bytesScanned: number;
  skipped: { file: string; reason: SkipReason }[];
  /** Paths asked for by name that an ignore rule leaves out (the CLI says which rule). */
  ignoredInputs?: IgnoredInput[];
  cancelled: boolean;
}

/** Scans files and folders as the CLI and the workspace scan do. */
export async function scanFiles(options: ScanFilesOptions): Promise<ScanSummary> {
  const walk = listFiles(options.paths, { base: options.base, ignore: options.config.ignore, noIgnore: options.noIgnore });
  const summary = await scanFileList(walk.files, options);
  summary.skipped.unshift(...walk.skipped);
  if (walk.ignoredInputs.length) summary.ignoredInputs = walk.ignoredInputs;
  return summary;
}

/** Scans an already listed set of files (a worker thread gets its share of the list this way). */
export async function scanFileList(files: readonly FileCandidate[], options: Omit<ScanFilesOptions, 'paths' | 'base'>): Promise<ScanSummary> {
  const maxFileSize = options.maxFileSize ?? options.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const summary: ScanSummary = { findings: [], filesScanned: 0, bytesScanned: 0, skipped: [], cancelled: false };
  // First every file's function summaries (flows cross files), then the rules, each file parsed once.
  // (Skipped when every rule that follows data is turned off: a secrets-only scan parses nothing up front.)
  const flowRulesOn = FLOW_RULE_IDS.some((id) => options.config.rules?.[id] !== 'off');
  const { index: workspace, models } = flowRulesOn ? await buildWorkspaceIndex(files, maxFileSize, options.index) : { index: undefined, models: new Map() };
  for (const [index, file] of files.entries()) {
    const read = readScannableFile(file.absolute, maxFileSize);
    if ('skipped' in read) {
      summary.skipped.push({ file: file.relative, reason: read.skipped });
    } else {
      summary.filesScanned++;
      summary.bytesScanned += read.bytes;
      const manifest = options.manifestFor ? options.manifestFor(file.absolute) : options.manifest;
      const analysis = workspace?.latestAnalysis(file.relative, read.text);
      const findings = await scanDocument({ file: file.relative, text: read.text, config: options.config, manifest, workspace, model: models.get(file.relative), analysis });
      models.delete(file.relative);
      summary.findings.push(...findings);
    }
    if (options.onProgress?.(index + 1, files.length) === false) {
      summary.cancelled = true;
      break;
    }
  }
  return summary;
}
