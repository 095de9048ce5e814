import type { Language } from '../language';
import type { CodeModel } from './codeModel';
import { loadPythonParser, pythonModel } from './pythonModel';
import { parseTypeScript, typescriptModel } from './typescriptModel';

/** Parses a document into the code model, or undefined when its language has no syntax tree here. */
export async function parseCode(file: string, text: string, language: Language): Promise<CodeModel | undefined> {
  if (language === 'typescript' || language === 'javascript') return typescriptModel(parseTypeScript(file, text), language);
  if (language === 'python') {
    const parser = await loadPythonParser();
    const tree = parser.parse(text);
    if (!tree) return undefined;
    try {
      return pythonModel(tree.rootNode);
    } finally {
      tree.delete(); // WASM memory is not garbage-collected
    }
  }
  return undefined;
}
