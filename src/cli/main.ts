import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CliUsageError, EXIT } from './cliError';
import { NEW_USAGE, newCommand } from './newCommand';
import { REGISTRY_USAGE, registryCommand } from './registryCommand';
import { SCAN_USAGE, scanCommand } from './scanCommand';
import { SUBMIT_USAGE, submitCommand } from './submitCommand';
import { EXPORT_USAGE, exportCommand, VALIDATE_USAGE, validateCommand } from './validateCommand';

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  cwd: string;
  version: string;
  stdout(text: string): void;
  stderr(text: string): void;
  writeFile(file: string, text: string): void;
  env: Record<string, string | undefined>;
}

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  scan: { run: scanCommand, usage: SCAN_USAGE },
  validate: { run: validateCommand, usage: VALIDATE_USAGE },
  export: { run: exportCommand, usage: EXPORT_USAGE },
  submit: { run: submitCommand, usage: SUBMIT_USAGE },
  new: { run: newCommand, usage: NEW_USAGE },
  registry: { run: registryCommand, usage: REGISTRY_USAGE },
};

export function usage(): string {
  return `Micro App Guard — keep micro apps safe.\n\nUsage:\n${Object.values(COMMANDS)
    .map((command) => '  ' + command.usage.split('\n').join('\n  '))
    .join('\n\n')}\n`;
}

/** Runs one CLI invocation and returns its exit code; never throws, never prints a stack trace. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version') {
    io.stdout(`${io.version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`microapp-guard: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. Try --help.\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (process.env.MICROAPP_GUARD_TRACE) io.stderr(`${(error as Error)?.stack}\n`);
    io.stderr(`microapp-guard ${name}: ${describeError(error)}\n`);
    return EXIT.usage;
  }
}

function describeError(error: unknown): string {
  if (error instanceof CliUsageError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `no such file or folder: ${(error as NodeJS.ErrnoException).path}`;
  if (code === 'EACCES') return `permission denied: ${(error as NodeJS.ErrnoException).path}`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `unknown option ${/'([^']+)'/.exec((error as Error).message)?.[1] ?? ''}. Try --help.`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return `${(error as Error).message.split('\n')[0]} Try --help.`;
  }
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

export function processIo(version: string): CliIo {
  return {
    cwd: process.cwd(),
    version,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    writeFile: (file, text) => writeFileSync(path.resolve(process.cwd(), file), text),
    env: process.env,
  };
}
