import * as vscode from 'vscode';

/**
 * Writes an export to the file the user picked in a save dialog: the only place the quiz writes
 * outside its own storage (see the security guard's allowlist).
 */
export async function writeChosenFile(target: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
}
