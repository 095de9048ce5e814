import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listTemplates, loadTemplate, planRender, resolveValues, TemplateError, writeRender } from '../core/templates/templateCatalogue';
import { CliUsageError, EXIT } from './cliError';
import type { CliIo } from './main';

export const NEW_USAGE = `microapp-guard new <template> <dir> [--set key=value …] [--force]
microapp-guard new --list                    templates and their parameters`;

/** Where the templates folder is: next to the bundle (dist/../templates) or in the repository. */
export function templatesRoot(): string {
  for (const candidate of [path.join(__dirname, '..', 'templates'), path.join(__dirname, '..', '..', 'templates')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new CliUsageError('the templates folder is missing from this installation');
}

export async function newCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { set: { type: 'string', multiple: true }, force: { type: 'boolean', default: false }, list: { type: 'boolean', default: false } } });
  const root = templatesRoot();
  if (values.list) {
    for (const template of listTemplates(root)) {
      io.stdout(`${template.id}: ${template.title}\n  ${template.description}\n`);
      for (const p of template.parameters) io.stdout(`    --set ${p.name}=… ${p.title}${p.default !== undefined ? ` (default ${p.default})` : ''}\n`);
    }
    return EXIT.ok;
  }
  const [id, dir] = positionals;
  if (!id || !dir) throw new CliUsageError(`usage: ${NEW_USAGE.split('\n')[0]}`);
  const given: Record<string, string> = {};
  for (const pair of values.set ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new CliUsageError(`--set takes key=value, not "${pair}"`);
    given[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  try {
    const template = loadTemplate(root, id);
    const target = path.resolve(io.cwd, dir);
    const plan = planRender(template, resolveValues(template, given), target);
    if (plan.conflicts.length > 0 && !values.force) {
      throw new CliUsageError(`${dir} already has different ${plan.conflicts.slice(0, 5).join(', ')}${plan.conflicts.length > 5 ? ', …' : ''}: nothing written. Use an empty folder, or --force to overwrite.`);
    }
    const nonEmpty = existsSync(target) && readdirSync(target).length > 0;
    writeRender(plan, target);
    io.stdout(`Created ${template.title} in ${dir}${nonEmpty ? ' (the folder was not empty)' : ''}: ${plan.files.length} files.\nNext: cd ${dir} && npm install && npm test${template.language === 'python' ? ' (or python3 -m unittest)' : ''}, then microapp-guard validate.\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof TemplateError) throw new CliUsageError(error.message);
    throw error;
  }
}
