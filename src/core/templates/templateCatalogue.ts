import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { injectionModelPath } from '../injection/loadModel';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** template.yaml: what a template is, which parameters it takes, which folders it renders. */
const parameterSchema = z
  .object({
    name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
    title: z.string().min(1),
    description: z.string().default(''),
    type: z.enum(['string', 'email', 'host', 'number', 'boolean', 'enum']),
    default: z.union([z.string(), z.number(), z.boolean()]).optional(),
    pattern: z.string().optional(),
    options: z.array(z.string()).optional(),
    patternHint: z.string().optional(),
  })
  .strict();

export const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]+$/),
    title: z.string().min(1),
    description: z.string().min(1),
    language: z.enum(['typescript', 'python']),
    parameters: z.array(parameterSchema),
    /** Folders under templates/ copied in order (later ones win), e.g. `_shared/typescript` then this template's `files`. */
    include: z.array(z.string()).min(1),
    /** Files opened after rendering. */
    open: z.array(z.string()).default(['README.md']),
  })
  .strict();

export type TemplateDefinition = z.infer<typeof templateSchema> & { dir: string; root: string };
export type TemplateParameter = z.infer<typeof parameterSchema>;
export type TemplateValues = Record<string, string | number | boolean>;

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Every template under a templates folder (folders starting with `_` hold shared files). */
export function listTemplates(templatesRoot: string): TemplateDefinition[] {
  return readdirSync(templatesRoot)
    .filter((name) => !name.startsWith('_') && existsSync(path.join(templatesRoot, name, 'template.yaml')))
    .map((name) => loadTemplate(templatesRoot, name));
}

export function loadTemplate(templatesRoot: string, id: string): TemplateDefinition {
  const file = path.join(templatesRoot, id, 'template.yaml');
  if (!/^[a-z][a-z0-9-]+$/.test(id) || !existsSync(file)) {
    const known = existsSync(templatesRoot) ? listTemplateIds(templatesRoot) : [];
    throw new TemplateError(`no template "${id}"; templates: ${known.join(', ')}`);
  }
  const parsed = templateSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new TemplateError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { ...parsed.data, dir: path.join(templatesRoot, id), root: templatesRoot };
}

function listTemplateIds(templatesRoot: string): string[] {
  return readdirSync(templatesRoot).filter((name) => !name.startsWith('_') && existsSync(path.join(templatesRoot, name, 'template.yaml')));
}

/** Checks one parameter value; returns the problem, or undefined when it is fine. Shared by the CLI and the editor's input boxes. */
export function validateParameter(parameter: TemplateParameter, raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return `${parameter.title} is required`;
  switch (parameter.type) {
    case 'email':
      return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? undefined : `${parameter.title} must be an email address`;
    case 'host':
      return /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(value) ? undefined : `${parameter.title} must be a host name such as api.openai.com`;
    case 'number':
      return Number.isFinite(Number(value)) ? undefined : `${parameter.title} must be a number`;
    case 'boolean':
      return /^(true|false)$/.test(value) ? undefined : `${parameter.title} must be true or false`;
    case 'enum':
      return parameter.options?.includes(value) ? undefined : `${parameter.title} must be one of ${parameter.options?.join(', ')}`;
    default:
      return parameter.pattern && !new RegExp(parameter.pattern).test(value) ? parameter.patternHint ?? `${parameter.title} must match ${parameter.pattern}` : undefined;
  }
}

/** Fills defaults, checks every value; throws TemplateError listing all problems. */
export function resolveValues(template: TemplateDefinition, given: Record<string, string>): TemplateValues {
  const unknown = Object.keys(given).filter((key) => !template.parameters.some((p) => p.name === key));
  const problems: string[] = unknown.map((key) => `unknown parameter "${key}" (parameters: ${template.parameters.map((p) => p.name).join(', ')})`);
  const values: TemplateValues = {};
  for (const parameter of template.parameters) {
    const raw = given[parameter.name] ?? (parameter.default === undefined ? '' : String(parameter.default));
    const problem = validateParameter(parameter, raw);
    if (problem) problems.push(problem);
    values[parameter.name] = parameter.type === 'number' ? Number(raw) : parameter.type === 'boolean' ? raw === 'true' : raw.trim();
  }
  if (problems.length > 0) throw new TemplateError(problems.join('; '));
  return values;
}

/** `{{name}}` placeholders; `{{name | json}}` writes a JSON string. Unknown placeholders are an error, not silent blanks. */
export function renderText(text: string, values: TemplateValues): string {
  return text.replace(/\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*(\|\s*json\s*)?\}\}/g, (_, name: string, json?: string) => {
    if (!(name in values)) throw new TemplateError(`the template uses {{${name}}}, which is not a parameter`);
    return json ? JSON.stringify(values[name]) : String(values[name]);
  });
}

/**
 * Files the extension already ships that a template needs byte for byte (the injection model): the template holds
 * `name.from-extension` and the rendered app gets the file itself, so the .vsix carries the bytes once.
 */
const EXTENSION_ASSETS: Record<string, () => string> = { 'injection-model.bin': injectionModelPath };
const ASSET_SUFFIX = '.from-extension';

export interface RenderPlan {
  files: { relative: string; content: string | Uint8Array }[];
  /** Files that already exist in the target and differ. */
  conflicts: string[];
}

/** Works out every file the template writes, without writing: the front ends ask before overwriting. */
export function planRender(template: TemplateDefinition, values: TemplateValues, targetDir: string): RenderPlan {
  const files = new Map<string, string | Uint8Array>();
  for (const include of template.include) {
    const source = path.resolve(template.root, include.startsWith('_') ? include : path.join(template.id, include));
    for (const file of walk(source)) {
      const relative = renderText(path.relative(source, file).split(path.sep).join('/'), values).replace(/\.tmpl$/, '');
      if (relative.endsWith(ASSET_SUFFIX)) {
        const asset = EXTENSION_ASSETS[readFileSync(file, 'utf8').trim()];
        if (!asset) throw new TemplateError(`${relative} names an asset the extension does not ship`);
        files.set(relative.slice(0, -ASSET_SUFFIX.length), readFileSync(asset()));
      } else {
        files.set(relative, renderText(readFileSync(file, 'utf8'), values));
      }
    }
  }
  const plan: RenderPlan = { files: [...files].map(([relative, content]) => ({ relative, content })), conflicts: [] };
  for (const file of plan.files) {
    const target = path.join(targetDir, file.relative);
    if (existsSync(target) && !readFileSync(target).equals(Buffer.from(file.content))) plan.conflicts.push(file.relative);
  }
  return plan;
}

export function writeRender(plan: RenderPlan, targetDir: string): void {
  for (const file of plan.files) {
    const target = path.join(targetDir, file.relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const file = path.join(dir, name);
    if (name === 'node_modules' || name === '__pycache__') return [];
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
}
