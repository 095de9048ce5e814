import { processIo, runCli } from './main';

declare const MICROAPP_GUARD_VERSION: string;

void runCli(process.argv.slice(2), processIo(typeof MICROAPP_GUARD_VERSION === 'string' ? MICROAPP_GUARD_VERSION : '0.0.0-dev')).then((code) => {
  process.exitCode = code;
});
