// dist/cli.js: the CLI's entry. A `scan` of a tree that has not changed since the last scan is answered from the
// cache by dist/cacheAnswer.js, without loading the engine (compiling its 12 MB bundle alone takes longer than the
// whole answer); everything else runs the engine, dist/engine.js. Both load with V8's code cache.
import path from 'node:path';
import { loadWithCodeCache } from './codeCache';
import type { answerFromCache } from './cacheAnswer';

let code: number | undefined;
try {
  const cacheAnswer = loadWithCodeCache(path.join(__dirname, 'cacheAnswer.js')) as { answerFromCache: typeof answerFromCache };
  code = cacheAnswer.answerFromCache(process.argv.slice(2), process.cwd(), path.join(__dirname, 'engine.js'));
} catch {
  code = undefined; // a usage problem: the engine explains it properly
}
if (code === undefined) loadWithCodeCache(path.join(__dirname, 'engine.js'));
else process.exitCode = code;
