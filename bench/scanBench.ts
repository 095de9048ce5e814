import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULE_CATALOGUE } from '../src/core/scan/rules';
import { scanDocument } from '../src/core/scan/scanDocument';
import { FLOW_RULE_IDS } from '../src/core/scan/scanFiles';
import { corpusStats, fmt, percentile, timeCommand } from './benchUtil';
import { generateLlmAppSource } from './generatedSources';

const CORPUS_PACKAGES = ['openai@6', 'lodash@4', 'express@5', '@langchain/core@1'];

/** Installs real npm package sources once into .bench-corpus/ (only the registry is reachable here). */
export function ensureCorpus(root: string): string {
  const dir = path.join(root, '.bench-corpus');
  // Copied out of node_modules/: both scanners skip folders of that name by default.
  const packages = path.join(dir, 'packages');
  if (!existsSync(path.join(packages, 'lodash'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "bench-corpus", "private": true }\n');
    execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', ...CORPUS_PACKAGES], { cwd: dir, stdio: 'inherit' });
    cpSync(path.join(dir, 'node_modules'), packages, { recursive: true, dereference: false });
  }
  return packages;
}

function ensureRipgrep(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  const install = spawnSync('sh', ['-c', 'apt-get install -y -qq ripgrep >/dev/null 2>&1 || (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq ripgrep >/dev/null 2>&1)']);
  return install.status === 0 ? spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim() || undefined : undefined;
}

/** Regexes equivalent to what our secret rules look for: ripgrep's near-limit reference. */
const RIPGREP_PATTERNS = [
  'secret_?access_?key', 'PRIVATE KEY', '_authToken', 'npm_[a-zA-Z0-9_]{36}', 'xox[bpaor]-', 'hooks\\.slack\\.com',
  '://[-\\w]{1,256}:[-\\w]{1,256}@', 'T3BlbkFJ', 'sk-ant-', 'shp(pa|ca|at|ss)_', 'gh[pousr]_[A-Za-z0-9_]{36}',
  'github_pat_', 'lin_api_', '(mongodb|mysql|postgres)://', 'AIza[0-9A-Za-z_-]{35}', 'gsk_[A-Za-z0-9]{52}',
  'hf_[A-Za-z]{34}', 'xai-[A-Za-z0-9]{80}', 'pplx-[A-Za-z0-9]{48}', 'r8_[A-Za-z0-9]{37}',
];

export async function runScanBench(root: string): Promise<string[]> {
  const lines: string[] = [];
  const corpus = ensureCorpus(root);
  const { files, bytes } = corpusStats(corpus);
  const mb = bytes / 1024 / 1024;
  lines.push(`Corpus: ${CORPUS_PACKAGES.join(', ')} with dependencies: ${files} files, ${fmt(mb, 1)} MB`);

  const cli = path.join(root, 'dist', 'cli.js');
  const ours = timeCommand(process.execPath, [cli, 'scan', corpus, '--no-cache', '--format', 'json', '--max-file-size', '100m', '--output', path.join(root, '.bench-corpus', 'ours.json')]);
  const report = JSON.parse(execFileSync('cat', [path.join(root, '.bench-corpus', 'ours.json')], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
  const scannedMb = report.bytesScanned / 1024 / 1024;
  lines.push(
    `microapp-guard scan: ${fmt(ours.seconds)} s, ${fmt(scannedMb / ours.seconds, 1)} MB/s, ${fmt(report.filesScanned / ours.seconds, 0)} files/s, peak ${fmt(ours.peakMb, 0)} MB; ` +
      `${report.findings.length} findings; scanned ${report.filesScanned} files (${fmt(scannedMb, 1)} MB), skipped ${report.skipped.length}`,
  );
  if (report.prefilter) {
    const { codeFiles, indexed, flowChecked } = report.prefilter;
    lines.push(`Prefilters (cheap text signals, before any parse): of ${codeFiles} code files, ${codeFiles - indexed} never parsed for the cross-file index (${indexed} parsed), ${codeFiles - flowChecked} skipped by the flow rules (${flowChecked} looked at); test/unit/prefilter.test.ts checks on every corpus app and template that no finding is lost`);
  }

  // The cache: a first scan that writes it, then a rescan of the unchanged tree.
  const cacheDir = path.join(root, '.bench-corpus', 'cache');
  rmSync(cacheDir, { recursive: true, force: true });
  const cachedArgs = [cli, 'scan', corpus, '--cache-dir', cacheDir, '--format', 'json', '--max-file-size', '100m', '--output', path.join(root, '.bench-corpus', 'cached.json')];
  const writing = timeCommand(process.execPath, cachedArgs);
  // (A run of a fifth of a second is at the mercy of the machine's other work: the median of five, and Node's own start
  // timed the same way — the floor of any one-shot process, whatever it does.)
  const medianRun = (args: string[]) => [0, 1, 2, 3, 4].map(() => timeCommand(process.execPath, args)).sort((a, b) => a.seconds - b.seconds)[2];
  const warm = medianRun(cachedArgs);
  const nodeStart = medianRun(['-e', '0']);
  const same = JSON.stringify(JSON.parse(readFileSync(path.join(root, '.bench-corpus', 'cached.json'), 'utf8')).findings) === JSON.stringify(report.findings);
  lines.push(
    `microapp-guard scan with its cache: first run (writes it) ${fmt(writing.seconds)} s, ${fmt(scannedMb / writing.seconds, 1)} MB/s; ` +
      `unchanged-tree rescan ${fmt(warm.seconds, 3)} s (median of 5), ${fmt(scannedMb / warm.seconds, 0)} MB/s, peak ${fmt(warm.peakMb, 0)} MB; findings ${same ? 'identical to the fresh scan' : 'DIFFERENT from the fresh scan'}; ` +
      `Node's own start (\`node -e 0\`, timed alike) ${fmt(nodeStart.seconds, 3)} s: no one-shot process passes ${fmt(scannedMb / nodeStart.seconds, 0)} MB/s on this corpus here`,
  );

  // The cache after a one-file edit: a widely imported module, then a file nothing imports, each restored after and
  // the cache brought back to the restored tree by an untimed scan (else the second edit's run would also redo the
  // first's restore); the findings must be the fresh scan's (a comment appended at the end moves no finding).
  // A comment appended to one file of the corpus while `args` run (timed), then the file as it was.
  const timedWithEdit = (edited: string, args: string[], options?: Parameters<typeof timeCommand>[2]) => {
    const original = readFileSync(path.join(corpus, edited));
    writeFileSync(path.join(corpus, edited), Buffer.concat([original, Buffer.from('\n// edited for the bench\n')]));
    try {
      return timeCommand(process.execPath, args, options);
    } finally {
      writeFileSync(path.join(corpus, edited), original);
    }
  };
  /** What `scan --changed` said it scanned. */
  const changedSays = (run: ReturnType<typeof timeCommand>) => /--changed: .*/.exec(run.stderr)?.[0] ?? run.stderr.trim().split('\n')[0];
  for (const [edited, what] of [[path.join('@langchain', 'core', 'dist', 'messages', 'base.js'), 'widely imported'], [path.join('express', 'index.js'), 'a leaf']]) {
    const run = timedWithEdit(edited, cachedArgs);
    const after = JSON.parse(readFileSync(path.join(root, '.bench-corpus', 'cached.json'), 'utf8'));
    timeCommand(process.execPath, cachedArgs);
    const sameAfter = JSON.stringify(after.findings) === JSON.stringify(report.findings);
    lines.push(
      `microapp-guard scan with its cache after editing ${edited.split(path.sep).join('/')} (${what}): ${fmt(run.seconds)} s, peak ${fmt(run.peakMb, 0)} MB; ` +
        `${after.reusedFiles} of ${after.filesScanned} files reused, ${after.filesRead} read; findings ${sameAfter ? 'identical to the fresh scan' : 'DIFFERENT from the fresh scan'}`,
    );
  }

  // `--changed` after a one-file edit: the corpus as a git repository (committed once, kept; its .git lives beside the
  // corpus so the other scanners never see it), one widely imported @langchain/core module edited, then restored.
  const gitEnv = { ...process.env, GIT_DIR: path.join(root, '.bench-corpus', 'corpus.git'), GIT_WORK_TREE: corpus };
  if (!existsSync(gitEnv.GIT_DIR)) {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: corpus, stdio: 'ignore', env: gitEnv });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'corpus');
  }
  const edited = path.join('@langchain', 'core', 'dist', 'messages', 'base.js');
  const changedRun = timedWithEdit(edited, [cli, 'scan', '--changed', '--format', 'json', '--max-file-size', '100m', '--output', path.join(root, '.bench-corpus', 'changed.json')], { cwd: corpus, env: gitEnv });
  lines.push(`microapp-guard scan --changed after editing ${edited.split(path.sep).join('/')}: ${fmt(changedRun.seconds, 3)} s, peak ${fmt(changedRun.peakMb, 0)} MB (${changedSays(changedRun)})`);
  // …and after editing a file nothing imports (the common case in CI and pre-commit).
  const leaf = path.join('express', 'index.js');
  const leafRun = timedWithEdit(leaf, [cli, 'scan', '--changed', '--format', 'json', '--max-file-size', '100m', '--output', path.join(root, '.bench-corpus', 'changed-leaf.json')], { cwd: corpus, env: gitEnv });
  lines.push(`microapp-guard scan --changed after editing ${leaf.split(path.sep).join('/')} (a leaf): ${fmt(leafRun.seconds, 3)} s, peak ${fmt(leafRun.peakMb, 0)} MB (${changedSays(leafRun)})`);
  // …and the widely imported edit again, with the last full scan's per-file cache at hand (a full scan from the same
  // folder with the same options writes it first, untimed): a change that reaches much of the tree is scanned with it.
  const changedCache = path.join(root, '.bench-corpus', 'changed-cache');
  rmSync(changedCache, { recursive: true, force: true });
  const changedCachedArgs = [cli, 'scan', '--format', 'json', '--max-file-size', '100m', '--cache-dir', changedCache, '--output', path.join(root, '.bench-corpus', 'changed-cached.json')];
  timeCommand(process.execPath, changedCachedArgs, { cwd: corpus, env: gitEnv });
  const changedCachedRun = timedWithEdit(edited, [...changedCachedArgs.slice(0, 2), '--changed', ...changedCachedArgs.slice(2)], { cwd: corpus, env: gitEnv });
  const sameChanged = JSON.stringify(JSON.parse(readFileSync(path.join(root, '.bench-corpus', 'changed-cached.json'), 'utf8')).findings) === JSON.stringify(JSON.parse(readFileSync(path.join(root, '.bench-corpus', 'changed.json'), 'utf8')).findings);
  lines.push(`microapp-guard scan --changed after editing ${edited.split(path.sep).join('/')}, the last full scan's cache at hand: ${fmt(changedCachedRun.seconds, 3)} s, peak ${fmt(changedCachedRun.peakMb, 0)} MB (${changedSays(changedCachedRun)}); findings ${sameChanged ? 'identical to' : 'DIFFERENT from'} --changed without it`);

  // The same corpus with only the secret rules on (a policy that turns the code rules off).
  const secretsOnlyConfig = path.join(root, '.bench-corpus', 'secrets-only.yaml');
  writeFileSync(secretsOnlyConfig, `rules:\n${[...RULE_CATALOGUE.keys()].filter((id) => !id.startsWith('secret/')).map((id) => `  ${id}: "off"`).join('\n')}\n`);
  const secretsOnly = timeCommand(process.execPath, [cli, 'scan', corpus, '--format', 'json', '--max-file-size', '100m', '--config', secretsOnlyConfig, '--output', path.join(root, '.bench-corpus', 'secrets.json')]);
  lines.push(`microapp-guard scan, secret rules only: ${fmt(secretsOnly.seconds)} s, ${fmt(scannedMb / secretsOnly.seconds, 1)} MB/s, peak ${fmt(secretsOnly.peakMb, 0)} MB`);

  // Both cores: the one split of a cold scan that needs no shared state — the flow rules (with their cross-file index)
  // in one process, every other rule in another, side by side. What that saves is the most a two-thread scan of this
  // shape could; the index itself does not split (its files form one connected component here).
  const flowIds = FLOW_RULE_IDS as readonly string[];
  const configOff = (off: (id: string) => boolean, name: string) => {
    const file = path.join(root, '.bench-corpus', name);
    writeFileSync(file, `rules:\n${[...RULE_CATALOGUE.keys()].filter(off).map((id) => `  ${id}: "off"`).join('\n')}\n`);
    return file;
  };
  const halves = [configOff((id) => !flowIds.includes(id), 'flow-only.yaml'), configOff((id) => flowIds.includes(id), 'other-rules.yaml')];
  const halfArgs = (config: string, out: string) => [cli, 'scan', corpus, '--no-cache', '--format', 'json', '--max-file-size', '100m', '--config', config, '--output', path.join(root, '.bench-corpus', out)];
  const flowHalf = timeCommand(process.execPath, halfArgs(halves[0], 'flow-half.json'));
  const otherHalf = timeCommand(process.execPath, halfArgs(halves[1], 'other-half.json'));
  const quote = (args: string[]) => [process.execPath, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const together = timeCommand('sh', ['-c', `${quote(halfArgs(halves[0], 'flow-half.json'))} & ${quote(halfArgs(halves[1], 'other-half.json'))}; wait`]);
  const key = (f: { fingerprint: string }) => f.fingerprint;
  const union = ['flow-half.json', 'other-half.json'].flatMap((out) => JSON.parse(readFileSync(path.join(root, '.bench-corpus', out), 'utf8')).findings.map(key)).sort();
  const lossless = JSON.stringify(union) === JSON.stringify(report.findings.map(key).sort());
  lines.push(
    `Both cores (flow rules with their index in one process, every other rule in another): ${fmt(flowHalf.seconds)} s and ${fmt(otherHalf.seconds)} s alone, ` +
      `${fmt(together.seconds)} s side by side against ${fmt(ours.seconds)} s for one scan (${fmt((1 - together.seconds / ours.seconds) * 100, 0)}% saved at most); ` +
      `their findings together ${lossless ? 'identical to the one scan' : 'DIFFERENT from the one scan'}`,
  );

  const perRule = new Map<string, number>();
  for (const finding of report.findings as { ruleId: string }[]) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
  lines.push(`Findings per rule on the corpus (noise check): ${[...perRule].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ') || 'none'}`);

  if (!process.argv.includes('--skip-secretlint')) {
    const config = path.join(root, '.bench-corpus', '.secretlintrc.json');
    writeFileSync(config, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    const secretlintBin = path.join(root, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
    const theirs = timeCommand(process.execPath, [secretlintBin, '--secretlintrc', config, '--format', 'json', '--no-color', `${corpus}/**/*`], { cwd: root });
    lines.push(
      `secretlint CLI (v11, recommended preset): ${fmt(theirs.seconds)} s, ${fmt(mb / theirs.seconds, 2)} MB/s, ${fmt(files / theirs.seconds, 0)} files/s, peak ${fmt(theirs.peakMb, 0)} MB; ` +
        `ours is ${fmt(theirs.seconds / ours.seconds, 1)}× faster`,
    );
  }

  const rg = ensureRipgrep();
  if (rg) {
    const rgRun = timeCommand(rg, ['-c', '--no-ignore', '--hidden', ...RIPGREP_PATTERNS.flatMap((p) => ['-e', p]), corpus]);
    lines.push(`ripgrep (${RIPGREP_PATTERNS.length} equivalent regexes): ${fmt(rgRun.seconds, 3)} s, ${fmt(mb / rgRun.seconds, 0)} MB/s, peak ${fmt(rgRun.peakMb, 0)} MB`);
  } else {
    lines.push('ripgrep: not available (apt-get install ripgrep failed), skipped');
  }

  const text = generateLlmAppSource(2000);
  const samples: number[] = [];
  for (let i = 0; i < 230; i++) {
    const started = process.hrtime.bigint();
    await scanDocument({ file: 'src/assistant.ts', text: i % 2 ? text : `${text}\n// edit ${i}` });
    if (i >= 30) samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  lines.push(`One 2,000-line TypeScript file in-process (${fmt(text.length / 1024, 0)} KB), 200 runs after warm-up: p50 ${fmt(percentile(samples, 50))} ms, p95 ${fmt(percentile(samples, 95))} ms`);
  return lines;
}
