import * as vscode from 'vscode';
import type { Fact, NotesOrigin } from '../../core/notes/model';
import { hasUriScheme, isAbsolutePath, pathSegments } from './notesPaths';

/**
 * A notes file as the index names it (a URI string) → its URI. Also takes an absolute path or a
 * workspace-relative path, so links written by hand or by other features still resolve.
 */
export function notesFileUri(file: string): vscode.Uri {
  if (isAbsolutePath(file)) return vscode.Uri.file(file);
  if (hasUriScheme(file)) return vscode.Uri.parse(file, true);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, ...pathSegments(file)) : vscode.Uri.file(file);
}

export function originLabel(origin: NotesOrigin): string {
  return origin === 'bundled' ? vscode.l10n.t('Bundled notes') : vscode.l10n.t('Your notes');
}

/** Where a fact is, for people: `notes/dynamodb.txt:12` (1-based line), or "bundled notes, line 12". */
export function factLocationLabel(fact: Fact): string {
  if (fact.origin === 'bundled') return vscode.l10n.t('bundled notes, line {0}', fact.line + 1);
  return `${vscode.workspace.asRelativePath(notesFileUri(fact.file))}:${fact.line + 1}`;
}

/** The user's own notes before the bundled pack's, each in notes order (the sort is stable). */
export function userNotesFirst(facts: readonly Fact[]): Fact[] {
  return [...facts].sort((a, b) => (a.origin === b.origin ? 0 : a.origin === 'user' ? -1 : 1));
}
