import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InjectionModelError, readInjectionModel, type InjectionModel } from './model';

export const MODEL_FILE_NAME = 'injection-model.bin';
let loaded: InjectionModel | undefined;

/** Beside the bundle in dist/ (extension, CLI), or in models/ when running from source. */
export function injectionModelPath(): string {
  const beside = path.join(__dirname, MODEL_FILE_NAME);
  return existsSync(beside) ? beside : path.join(__dirname, '../../../models', MODEL_FILE_NAME);
}

/** The shipped classifier, read once (256 KB, a few milliseconds) on first use, never at activation. */
export function injectionModel(): InjectionModel {
  if (loaded) return loaded;
  const file = injectionModelPath();
  if (!existsSync(file)) throw new InjectionModelError(`The injection model ${file} is missing: reinstall Micro App Guard, or run "npm run build".`);
  loaded = readInjectionModel(readFileSync(file));
  return loaded;
}
