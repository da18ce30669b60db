import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../notes/notesSettings';

/** The `awsNotes.notesFiles` entry for a file: relative to its workspace folder, else absolute. */
export function notesFilesEntry(uri: vscode.Uri): string {
  if (vscode.workspace.getWorkspaceFolder(uri)) return vscode.workspace.asRelativePath(uri, false);
  return uri.scheme === 'file' ? uri.fsPath : uri.toString();
}

/**
 * Adds files to `awsNotes.notesFiles` (the workspace's setting when a folder is open, the
 * user's otherwise), after the entries already there; returns the entries that were new.
 */
export async function addToNotesFiles(uris: readonly vscode.Uri[]): Promise<string[]> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<unknown>('notesFiles');
  const stored = target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue;
  // A hand-edited settings.json may hold anything: keep the strings, as the notes service does.
  const current = Array.isArray(stored) ? stored.filter((entry): entry is string => typeof entry === 'string') : [];
  const added = [...new Set(uris.map(notesFilesEntry))].filter((entry) => !current.includes(entry));
  if (added.length > 0) await config.update('notesFiles', [...current, ...added], target);
  return added;
}
