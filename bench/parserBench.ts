// "Parse faster where it pays": the TypeScript compiler's parser (what the scanner uses), tree-sitter's TypeScript
// grammar in WebAssembly, and oxc (a native Rust parser shipped in an npm package), on the same files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { Language, Parser } from 'web-tree-sitter';
import { fmt } from './benchUtil';
import { ensureCorpus } from './scanBench';

function sources(dir: string, into: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    const stat = statSync(file);
    if (stat.isDirectory()) {
      if (name !== 'node_modules') sources(file, into);
    } else if (/\.[cm]?[jt]s$/.test(name) && !name.endsWith('.d.ts') && stat.size < 1_000_000) into.push(file);
  }
  return into;
}

export async function runParserBench(root: string): Promise<string[]> {
  const corpus = ensureCorpus(root);
  const files = [...sources(path.join(corpus, '@langchain', 'core')), ...sources(path.join(corpus, 'openai'))];
  const texts = files.map((file) => [file, readFileSync(file, 'utf8')] as const);
  const mb = texts.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0) / 1024 / 1024;
  await Parser.init();
  const treeSitter = new Parser();
  treeSitter.setLanguage(await Language.load(require.resolve('tree-sitter-typescript/tree-sitter-typescript.wasm')));
  const oxc = await import('oxc-parser');
  const parsers: [string, () => void][] = [
    ['TypeScript createSourceFile (in use)', () => texts.forEach(([file, text]) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true))],
    ['tree-sitter TypeScript grammar (WebAssembly)', () => texts.forEach(([, text]) => treeSitter.parse(text)?.delete())],
    ['oxc-parser (native, Rust)', () => texts.forEach(([file, text]) => oxc.parseSync(file, text))],
  ];
  const lines = [`${files.length} TS/JS files of @langchain/core and openai, ${fmt(mb, 1)} MB (the code the cross-file index parses most)`];
  for (const [name, parse] of parsers) {
    parse(); // warm-up
    const started = performance.now();
    parse();
    const seconds = (performance.now() - started) / 1000;
    lines.push(`${name}: ${fmt(seconds, 2)} s, ${fmt(mb / seconds, 1)} MB/s`);
  }
  return lines;
}
