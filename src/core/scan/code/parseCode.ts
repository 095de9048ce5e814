import type { Language } from '../language';
import type { CodeModel } from './codeModel';
import { HTML_PAGE, inlineScriptText } from './htmlScripts';
import { loadPythonParser, pythonModel } from './pythonModel';
import { parseTypeScript, typescriptModel } from './typescriptModel';

import type ts from 'typescript';

/** Keeps the last syntax tree of each file, so the editor's next scan re-parses only what the edit changed. */
export class SyntaxTreeCache {
  private readonly trees = new Map<string, ts.SourceFile>();

  constructor(private readonly capacity = 50) {}

  has(file: string): boolean {
    return this.trees.has(file);
  }

  take(file: string): ts.SourceFile | undefined {
    const tree = this.trees.get(file);
    this.trees.delete(file); // updateSourceFile reuses the old tree's nodes: it must not be used twice
    return tree;
  }

  put(file: string, tree: ts.SourceFile): void {
    this.trees.set(file, tree);
    if (this.trees.size > this.capacity) this.trees.delete(this.trees.keys().next().value!);
  }
}

/** Parses a document into the code model, or undefined when its language has no syntax tree here. */
export async function parseCode(file: string, text: string, language: Language, cache?: SyntaxTreeCache): Promise<CodeModel | undefined> {
  if (language === 'typescript' || language === 'javascript') {
    // A page's inline scripts, at the page's own offsets (parsed as a .js file).
    const html = HTML_PAGE.test(file);
    const tree = parseTypeScript(html ? `${file}.js` : file, html ? inlineScriptText(text) : text, cache?.take(file));
    cache?.put(file, tree);
    return typescriptModel(tree, language, !!cache);
  }
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
