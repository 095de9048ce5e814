import { runCli, type CliIo } from '../../../src/cli/main';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI entry point in this process with captured output. */
export async function runCliInProcess(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    version: '0.0.0-test',
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    writeFile: (file, text) => writeFileSync(path.resolve(cwd, file), text),
    env,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
