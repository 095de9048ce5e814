// Mines benign training text from a public repository's Markdown: the sentences the current detector flags in data
// context (hard negatives — READMEs, tutorials, research notes about AI that an app ingests as knowledge). Written to
// test/corpus/injection/docs-<name>.jsonl; training only. Run once per source:
//   tsx scripts/injection/importDocs.ts /path/to/checkout <name> [--exclude dir,dir…]
// The checkout is read with `git ls-tree`/`git show` at HEAD (blobs missing from a partial clone are skipped).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { detectInjection } from '../../src/core/injection/detector';
import { injectionModel } from '../../src/core/injection/loadModel';

/** One file's many near-identical lines (a list of links) must not outweigh the rest. */
const PER_FILE = 12;
const MAX_LENGTH = 400;

const [checkout, name] = process.argv.slice(2);
if (!checkout || !name) {
  console.error('usage: tsx scripts/injection/importDocs.ts /path/to/checkout <name> [--exclude dir,dir…]');
  process.exit(2);
}
const excludeAt = process.argv.indexOf('--exclude');
const excluded = excludeAt > 0 ? process.argv[excludeAt + 1].split(',').filter(Boolean) : [];
const git = (...args: string[]) => execFileSync('git', ['-C', checkout, ...args], { maxBuffer: 1 << 28 }).toString();

const commit = git('rev-parse', 'HEAD').trim();
const files = git('ls-tree', '-r', '--name-only', 'HEAD')
  .split('\n')
  .filter((file) => /\.md$/i.test(file) && !excluded.some((dir) => file === dir || file.startsWith(`${dir}/`)));
const model = injectionModel();
const seen = new Set<string>();
const rows: { text: string; file: string }[] = [];
for (const file of files) {
  let text: string;
  try {
    text = git('show', `HEAD:${file}`);
  } catch {
    continue;
  }
  let kept = 0;
  for (const hit of detectInjection(text, model, { context: 'data' })) {
    const span = text.slice(hit.start, hit.end).trim();
    if (kept >= PER_FILE || span.length > MAX_LENGTH || seen.has(span)) continue;
    seen.add(span);
    rows.push({ text: span, file });
    kept++;
  }
}
const out = path.join(__dirname, `../../test/corpus/injection/docs-${name}.jsonl`);
writeFileSync(out, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
console.log(`${rows.length} sentences from ${new Set(rows.map((row) => row.file)).size} of ${files.length} Markdown files at ${commit} → ${path.relative(process.cwd(), out)}`);
