// Converts deepset/prompt-injections (Apache-2.0; the Hugging Face dataset's two parquet files, as committed in
// github.com/sinanw/llm-security-prompt-injection at c8af0b0, data/raw/) into test/corpus/injection/deepset.jsonl,
// keeping deepset's own train/test split. Run once, with the parquet reader installed beside it:
//   npm install --no-save hyparquet && node scripts/injection/importDeepset.mjs /path/to/llm-security-prompt-injection
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';

const repo = process.argv[2];
if (!repo) throw new Error('usage: node scripts/injection/importDeepset.mjs /path/to/llm-security-prompt-injection');
const FILES = { train: 'data/raw/train-00000-of-00001-9564e8b05b4757ab.parquet', test: 'data/raw/test-00000-of-00001-701d16158af87368.parquet' };

const rows = [];
for (const [split, file] of Object.entries(FILES)) {
  const bytes = execFileSync('git', ['-C', repo, 'show', `HEAD:${file}`], { maxBuffer: 1 << 26 });
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  for (const { text, label } of await parquetReadObjects({ file: arrayBuffer })) rows.push({ text: String(text), label: Number(label) ? 1 : 0, split });
}
writeFileSync(new URL('../../test/corpus/injection/deepset.jsonl', import.meta.url), rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
console.log(`${rows.length} rows (${rows.filter((row) => row.label).length} injections; test ${rows.filter((row) => row.split === 'test').length})`);
