import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, ConfigError, DEFAULT_CONFIG, parseScanConfig, type RuleSetting, type ScanConfig } from '../core/config/scanConfig';
import { findManifest, manifestFactsFromText } from '../core/manifest/manifestFacts';
import { BaselineError, parseBaseline } from '../core/scan/baseline';
import type { ManifestFacts } from '../core/scan/rule';

export interface DocumentPolicy {
  folder?: vscode.WorkspaceFolder;
  /** Config file merged with the `microappGuard.rules` setting (the setting wins). */
  config: ScanConfig;
  manifest?: ManifestFacts;
  baseline?: Set<string>;
  /** Path relative to the folder, as the CLI would show it. */
  relativePath: string;
  /** Matched by the config's ignore globs, or the extension is turned off here. */
  skip: boolean;
}

interface FolderPolicy {
  config: ScanConfig;
  ignores: Ignore;
  baseline?: Set<string>;
  configProblem?: ConfigError;
}

/** What the CLI reads from the repository — config, manifest, baseline — read the same way for the editor, cached and watched. */
export class ProjectPolicy implements vscode.Disposable {
  private readonly folders = new Map<string, FolderPolicy>();
  private readonly manifests = new Map<string, ManifestFacts | undefined>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAME},microapp.yaml,*baseline*.json}`);
    const invalidate = () => {
      this.folders.clear();
      this.manifests.clear();
      this.changed.fire();
    };
    watcher.onDidChange(invalidate);
    watcher.onDidCreate(invalidate);
    watcher.onDidDelete(invalidate);
    this.disposables.push(
      watcher,
      this.changed,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('microappGuard')) invalidate();
      }),
    );
  }

  forDocument(uri: vscode.Uri): DocumentPolicy {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const settings = vscode.workspace.getConfiguration('microappGuard', uri);
    const relativePath = folder ? path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/') : path.basename(uri.fsPath);
    const folderPolicy = folder ? this.folderPolicy(folder) : undefined;
    const overrides = settings.get<Record<string, RuleSetting>>('rules') ?? {};
    const config: ScanConfig = { ...(folderPolicy?.config ?? DEFAULT_CONFIG), rules: { ...(folderPolicy?.config.rules ?? {}), ...overrides } };
    const enabled = settings.get<boolean>('enable', true);
    return {
      folder,
      config,
      manifest: uri.scheme === 'file' ? this.manifestFor(path.dirname(uri.fsPath), folder?.uri.fsPath) : undefined,
      baseline: folderPolicy?.baseline,
      relativePath,
      skip: !enabled || !!(folderPolicy && !relativePath.startsWith('..') && folderPolicy.ignores.ignores(relativePath)),
    };
  }

  /** The config problem of a folder, to show on the config file itself. */
  configProblem(folder: vscode.WorkspaceFolder): ConfigError | undefined {
    return this.folderPolicy(folder).configProblem;
  }

  private folderPolicy(folder: vscode.WorkspaceFolder): FolderPolicy {
    const key = folder.uri.toString();
    const cached = this.folders.get(key);
    if (cached) return cached;
    const policy: FolderPolicy = { config: DEFAULT_CONFIG, ignores: ignore() };
    const configFile = path.join(folder.uri.fsPath, CONFIG_FILE_NAME);
    if (folder.uri.scheme === 'file' && existsSync(configFile)) {
      try {
        policy.config = parseScanConfig(readFileSync(configFile, 'utf8'), CONFIG_FILE_NAME);
        policy.ignores = ignore().add(policy.config.ignore);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        policy.configProblem = error;
        this.log.warn(`${CONFIG_FILE_NAME} has problems; using defaults until it is fixed: ${error.message}`);
      }
      if (policy.config.baseline) {
        const baselineFile = path.resolve(folder.uri.fsPath, policy.config.baseline);
        try {
          if (existsSync(baselineFile)) policy.baseline = parseBaseline(readFileSync(baselineFile, 'utf8'), policy.config.baseline);
        } catch (error) {
          if (!(error instanceof BaselineError)) throw error;
          this.log.warn(error.message);
        }
      }
    }
    this.folders.set(key, policy);
    return policy;
  }

  private manifestFor(dir: string, stopAt?: string): ManifestFacts | undefined {
    if (this.manifests.has(dir)) return this.manifests.get(dir);
    const file = findManifest(dir, stopAt);
    let facts: ManifestFacts | undefined;
    try {
      facts = file ? manifestFactsFromText(readFileSync(file, 'utf8')) : undefined;
    } catch {
      facts = undefined;
    }
    this.manifests.set(dir, facts);
    return facts;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
