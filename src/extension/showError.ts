import * as vscode from 'vscode';

let lastShown = '';

/** One actionable message with "Show Log"; details go to the log, never a stack trace to the user, never the same error twice in a row. */
export async function showErrorWithLog(log: vscode.LogOutputChannel, message: string, error?: unknown, ...actions: string[]): Promise<string | undefined> {
  if (error) log.error(`${message}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  else log.error(message);
  if (message === lastShown) return undefined;
  lastShown = message;
  setTimeout(() => (lastShown = ''), 5000);
  const choice = await vscode.window.showErrorMessage(message, ...actions, 'Show Log');
  if (choice === 'Show Log') log.show(true);
  return choice;
}
