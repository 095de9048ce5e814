import type { CodeModel } from '../code/codeModel';
import { parseCode } from '../code/parseCode';
import { LLM_HINT } from '../catalogue/llmApis';
import { SINK_HINT } from '../catalogue/sinks';
import { languageOf } from '../language';
import { readScannableFile, type FileCandidate } from '../workspaceFiles';
import { WorkspaceIndex } from './workspaceIndex';

/** Files that can define a function worth summarising: one that calls a model, reads a source or reaches a sink. */
export const FLOW_HINT = new RegExp(`${LLM_HINT.source}|${SINK_HINT.source}|similarity|retriev|search|fetchall|fetchone|read_sql|readFile|read_text|request\\.|req\\.`);

/**
 * Parses the code files of a scan and computes their function summaries, rounds over the import graph until they
 * settle (a chain of helpers three files deep). Returns the parsed models so the rules do not parse again.
 */
export async function buildWorkspaceIndex(
  files: readonly FileCandidate[],
  maxFileSize: number,
  reuse?: WorkspaceIndex,
): Promise<{ index: WorkspaceIndex; models: Map<string, CodeModel> }> {
  const index = reuse ?? new WorkspaceIndex();
  const models = new Map<string, CodeModel>();
  const texts = new Map<string, string>();
  for (const file of files) {
    const language = languageOf(file.relative);
    if (language !== 'typescript' && language !== 'javascript' && language !== 'python') continue;
    const read = readScannableFile(file.absolute, maxFileSize);
    if ('skipped' in read || !FLOW_HINT.test(read.text)) continue;
    const model = await parseCode(file.relative, read.text, language);
    if (!model) continue;
    models.set(file.relative, model);
    texts.set(file.relative, read.text);
  }
  let pending = [...models.keys()];
  for (let round = 0; round < 3 && pending.length; round++) {
    const changed = new Set<string>();
    for (const file of pending) if (index.update(file, texts.get(file)!, models.get(file))) changed.add(file);
    // Only files that use a changed file's functions need another look.
    const next = new Set<string>();
    for (const file of changed) for (const dependent of index.dependentsOf(file)) if (models.has(dependent)) next.add(dependent);
    pending = [...next];
  }
  return { index, models };
}
