/** The languages the scanner knows how to read; everything else is scanned as plain text. */
export type Language = 'typescript' | 'javascript' | 'python' | 'dotenv' | 'prompt' | 'text';

const BY_EXTENSION: Record<string, Language> = {
  '.ts': 'typescript', '.tsx': 'typescript', '.mts': 'typescript', '.cts': 'typescript',
  '.js': 'javascript', '.jsx': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript',
  '.py': 'python', '.pyw': 'python',
  '.prompt': 'prompt',
};

export function languageOf(file: string): Language {
  const base = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
  if (isDotenvName(base)) return 'dotenv';
  if (base.endsWith('.prompt.md') || /(^|\/)prompts\//.test(file)) return 'prompt';
  const dot = base.lastIndexOf('.');
  return (dot >= 0 && BY_EXTENSION[base.slice(dot)]) || 'text';
}

/** `.env`, `.env.local`, `prod.env` — but not the templates people commit on purpose. */
export function isDotenvName(base: string): boolean {
  if (/\.(example|sample|template|dist|defaults?)$/.test(base)) return false;
  return base === '.env' || base.startsWith('.env.') || base.endsWith('.env');
}
