// One open document scanned against the workspace index: what the scan worker does for every edit, and what its
// warm-up repeats on a sample so that this very path is compiled before the first edit.
import type { ScanConfig } from '../core/config/scanConfig';
import { isDeclarationFile } from '../core/scan/code/codeText';
import { parseCode, type SyntaxTreeCache } from '../core/scan/code/parseCode';
import { hasFlowShape } from '../core/scan/flow/buildWorkspaceIndex';
import { PROMPT_FILE_NAME } from '../core/scan/language';
import type { WorkspaceIndex } from '../core/scan/flow/workspaceIndex';
import { languageOf } from '../core/scan/language';
import type { ManifestFacts } from '../core/scan/rule';
import { scanDocument } from '../core/scan/scanDocument';
import { addIncomplete, describeFailure, type IncompleteCheck } from '../core/scan/incompleteCheck';

/** Findings of one document, and the files whose findings may change because its function summaries did. */
export interface DocumentScanResult {
  findings: Awaited<ReturnType<typeof scanDocument>>;
  dependents: string[];
  /** Where the time went (the output channel's trace and `npm run bench`). */
  phasesMs: { parse: number; index: number; rules: number };
  /** The document's previous syntax tree was there: an edit's re-parse, not a first parse. */
  incremental: boolean;
  /** What could not be checked here (a tree nested too deeply to build): the other rules' findings are still there. */
  incomplete: IncompleteCheck[];
}

export async function scanOpenDocument(
  input: { file: string; text: string; config: Pick<ScanConfig, 'rules'>; manifest?: ManifestFacts },
  index: WorkspaceIndex,
  trees: SyntaxTreeCache,
): Promise<DocumentScanResult> {
  const started = performance.now();
  const language = languageOf(input.file);
  const incremental = trees.has(input.file);
  const incomplete: IncompleteCheck[] = [];
  // A failure here costs this document its flows, never its other diagnostics (secrets are found in the text).
  const attempt = async <T>(part: string, run: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      addIncomplete(incomplete, { file: input.file, part, reason: describeFailure(error) });
      return undefined;
    }
  };
  const model = await attempt('syntax tree', () => parseCode(input.file, input.text, language, trees));
  const parsed = performance.now();
  // Only a file that can carry data (or uses a function that does, or did before this edit) joins the index.
  const code = (language === 'typescript' || language === 'javascript' || language === 'python') && !isDeclarationFile(input.file);
  const relevant = code && (index.has(input.file) || hasFlowShape(input.text) || index.mayAffect(input.text));
  const updated = !!model && relevant;
  let changed = updated ? await attempt('data-flow analysis', () => index.update(input.file, input.text, model)) : false;
  if (changed === undefined) {
    // Its old summaries no longer describe it: out of the index, and its dependents re-checked without them.
    index.remove(input.file);
    changed = true;
  }
  // The index's update just analysed this text against the index as it is now: the rules reuse that analysis (asking
  // whether its answers still hold would only re-ask every one of them, on every keystroke).
  const analysis = updated ? index.latestAnalysis(input.file, input.text) : index.currentAnalysis(input.file, input.text);
  const indexed = performance.now();
  const findings = await scanDocument({ ...input, model, workspace: index, analysis, onIncomplete: (failure) => addIncomplete(incomplete, failure) });
  return {
    findings,
    // A prompt file (`writer.prompty`) is read from disk by the code that names it: those files, once it is saved.
    dependents: changed ? index.dependentsOf(input.file) : PROMPT_FILE_NAME.test(input.file) ? index.promptFileReaders(input.file) : [],
    phasesMs: { parse: parsed - started, index: indexed - parsed, rules: performance.now() - indexed },
    incremental,
    incomplete,
  };
}
