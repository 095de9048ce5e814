import * as vscode from 'vscode';

let lastShown = '';

/**
 * One actionable message with "Show Log"; details go to the log, never a stack trace to the user, never the same
 * error twice in a row. Returns at once: `onChoice` runs if the user picks one of `actions` later.
 */
export function showErrorWithLog(log: vscode.LogOutputChannel, message: string, error?: unknown, actions: string[] = [], onChoice?: (choice: string) => unknown): void {
  if (error) log.error(`${message}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  else log.error(message);
  if (message === lastShown) return;
  lastShown = message;
  setTimeout(() => (lastShown = ''), 5000);
  void vscode.window.showErrorMessage(message, ...actions, 'Show Log').then((choice) => {
    if (choice === 'Show Log') log.show(true);
    else if (choice) void onChoice?.(choice);
  });
}
