import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { listTemplates, planRender, resolveValues, validateParameter, writeRender, type TemplateDefinition } from '../core/templates/templateCatalogue';
import { showErrorWithLog } from './showError';
import { completeWalkthroughStep } from './gettingStarted';

export interface NewAppOptions {
  templateId?: string;
  targetDir?: string;
  values?: Record<string, string>;
  /** For automation: overwrite changed files without asking. */
  overwrite?: boolean;
}

/** "New Micro App from Template…": pick a template, answer its questions, render into an empty or new folder. */
export function registerNewFromTemplate(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  const templatesRoot = path.join(context.extensionPath, 'templates');
  context.subscriptions.push(
    vscode.commands.registerCommand('microappGuard.newFromTemplate', async (options: NewAppOptions = {}) => {
      try {
        const templates = listTemplates(templatesRoot);
        const template = options.templateId
          ? templates.find((t) => t.id === options.templateId)
          : (await vscode.window.showQuickPick(templates.map((t) => ({ label: t.title, detail: t.description, template: t })), {
              title: 'New Micro App: choose a template',
              matchOnDetail: true,
            }))?.template;
        if (!template) return undefined;
        const values = options.values ?? (await askValues(template));
        if (!values) return undefined;
        const target = options.targetDir ?? (await askTarget(template, values.name));
        if (!target) return undefined;
        const plan = planRender(template, resolveValues(template, values), target);
        if (plan.conflicts.length > 0 && !options.overwrite) {
          if (options.targetDir) {
            // Called by another command or a test: never overwrite, never block on a dialog.
            void vscode.window.showWarningMessage(`Not created: ${path.basename(target)} already has different ${plan.conflicts.join(', ')}.`);
            return undefined;
          }
          const choice = await vscode.window.showWarningMessage(
            `${path.basename(target)} already has different ${plan.conflicts.slice(0, 3).join(', ')}${plan.conflicts.length > 3 ? ` and ${plan.conflicts.length - 3} more` : ''}.`,
            { modal: true, detail: 'Nothing has been written yet.' },
            'Overwrite',
          );
          if (choice !== 'Overwrite') return undefined;
        }
        writeRender(plan, target);
        log.info(`created ${template.id} in ${target}: ${plan.files.length} files`);
        completeWalkthroughStep('templateCreated');
        for (const file of template.open) await vscode.window.showTextDocument(vscode.Uri.file(path.join(target, file)), { preview: false });
        if (!options.targetDir) void offerNextSteps(target);
        return plan.files.map((file) => file.relative);
      } catch (error) {
        showErrorWithLog(log, `Could not create the app: ${error instanceof Error ? error.message : String(error)}`, error);
        return undefined;
      }
    }),
  );
}

async function askValues(template: TemplateDefinition): Promise<Record<string, string> | undefined> {
  const values: Record<string, string> = {};
  for (const [index, parameter] of template.parameters.entries()) {
    const title = `${template.title} (${index + 1}/${template.parameters.length})`;
    let value: string | undefined;
    if (parameter.type === 'enum' || parameter.type === 'boolean') {
      const options = parameter.type === 'boolean' ? ['true', 'false'] : parameter.options ?? [];
      value = await vscode.window.showQuickPick(options, { title, placeHolder: parameter.title });
    } else {
      value = await vscode.window.showInputBox({
        title,
        prompt: parameter.description || parameter.title,
        value: parameter.default === undefined ? '' : String(parameter.default),
        validateInput: (text) => validateParameter(parameter, text),
        ignoreFocusOut: true,
      });
    }
    if (value === undefined) return undefined;
    values[parameter.name] = value;
  }
  return values;
}

async function askTarget(template: TemplateDefinition, name: string): Promise<string | undefined> {
  const base = vscode.workspace.workspaceFolders?.[0]?.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: base, openLabel: `Create ${name} here`, title: `Where should ${template.title} go? A new "${name}" folder is made inside.` });
  if (!picked?.[0]) return undefined;
  const chosen = picked[0].fsPath;
  // An empty folder is used as is; otherwise the app gets its own folder inside it.
  return existsSync(chosen) && readdirSync(chosen).length === 0 ? chosen : path.join(chosen, name);
}

async function offerNextSteps(target: string): Promise<void> {
  const inWorkspace = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(target));
  const choice = await vscode.window.showInformationMessage(
    `Your app is ready in ${path.basename(target)}. Register it so the security team knows it exists.`,
    'Register This App…',
    ...(inWorkspace ? [] : ['Open Folder']),
  );
  if (choice === 'Register This App…') await vscode.commands.executeCommand('microappGuard.registerApp', vscode.Uri.file(path.join(target, 'microapp.yaml')));
  if (choice === 'Open Folder') await vscode.commands.executeCommand('vscode.openFolder', vscode.Uri.file(target));
}
