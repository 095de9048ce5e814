/** The languages the scanner knows how to read; everything else is scanned as plain text. */
export type Language = 'typescript' | 'javascript' | 'python' | 'dotenv' | 'prompt' | 'text';

const BY_EXTENSION: Record<string, Language> = {
  '.ts': 'typescript', '.tsx': 'typescript', '.mts': 'typescript', '.cts': 'typescript',
  '.js': 'javascript', '.jsx': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript',
  '.py': 'python', '.pyw': 'python',
  '.prompt': 'prompt',
};

/**
 * A prompt file the code fills and sends (Prompty's `.prompty`, a Teams AI prompt folder's `skprompt.txt`):
 * `prompty.execute("writer.prompty", …)` reads it, so its edits concern that code. (Here, with no imports, so the
 * extension's own bundle can test a name cheaply.)
 */
export const PROMPT_FILE_NAME = /[\w./\\-]*(?:\.prompty|skprompt\.txt)$/;

/**
 * The word in the code that reads a prompt file: its own name (`writer.prompty`), or — for a Teams AI `skprompt.txt`,
 * which the code names by its folder — `PromptManager`, the class that reads the folder.
 */
export function promptFileMention(file: string): string {
  const name = file.split('/').pop()!;
  return name === 'skprompt.txt' ? 'PromptManager' : name;
}

/** Folders of documents an app ingests (RAG sources, uploads): their pages are text to read, not the app's pages. */
export const DOCUMENT_FOLDER = /(^|\/)(data|documents?|docs_to_index|knowledge([_-]?base)?|kb|corpus|rag|retrieval|sources|uploads?|ingest(ion)?|content)\//i;

export function languageOf(file: string): Language {
  const base = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
  if (isDotenvName(base)) return 'dotenv';
  const dot = base.lastIndexOf('.');
  const byExtension = dot >= 0 ? BY_EXTENSION[base.slice(dot)] : undefined;
  // Code under a prompts/ folder (LangChain's own prompts/*.js) is code; the folder's text files are prompts.
  if (base.endsWith('.prompt.md') || (!byExtension && /(^|\/)prompts\//.test(file))) return 'prompt';
  // An HTML page of the app (a Flask or Django template, a static page): its inline scripts are JavaScript.
  if (!byExtension && /\.html?$/.test(base) && !DOCUMENT_FOLDER.test(file)) return 'javascript';
  return byExtension || 'text';
}

/** `.env`, `.env.local`, `prod.env` — but not the templates people commit on purpose. */
export function isDotenvName(base: string): boolean {
  if (/\.(example|sample|template|dist|defaults?)$/.test(base)) return false;
  return base === '.env' || base.startsWith('.env.') || base.endsWith('.env');
}
