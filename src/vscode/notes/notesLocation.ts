import * as vscode from 'vscode';
import type { Fact, NotesOrigin } from '../../core/notes/model';

/** `/home/me/notes.txt`, `C:\notes.txt`, `\\server\notes.txt`. */
export function isAbsolutePath(path: string): boolean {
  return /^(\/|[a-zA-Z]:[\\/]|\\\\)/.test(path);
}

/** `vscode-test-web://mount/notes.txt`, `file:///…` (a drive letter is not a scheme). */
export function hasUriScheme(path: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(path) && !isAbsolutePath(path);
}

/**
 * A notes file as the index names it (a URI string) → its URI. Also takes an absolute path or a
 * workspace-relative path, so links written by hand or by other features still resolve.
 */
export function notesFileUri(file: string): vscode.Uri {
  if (isAbsolutePath(file)) return vscode.Uri.file(file);
  if (hasUriScheme(file)) return vscode.Uri.parse(file, true);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, ...file.split(/[\\/]+/)) : vscode.Uri.file(file);
}

export function originLabel(origin: NotesOrigin): string {
  return origin === 'bundled' ? 'Bundled notes' : 'Your notes';
}

/** Where a fact is, for people: `notes/dynamodb.txt:12` (1-based line), or "bundled notes, line 12". */
export function factLocationLabel(fact: Fact): string {
  if (fact.origin === 'bundled') return `bundled notes, line ${fact.line + 1}`;
  return `${vscode.workspace.asRelativePath(notesFileUri(fact.file))}:${fact.line + 1}`;
}
