import * as vscode from 'vscode';
import { hasGlob, hasUriScheme, isAbsolutePath, isNotesPath, pathSegments, splitAtGlob } from './notesPaths';

/** The setting entries resolved against the workspace: what to read, and what to watch. */
export interface ResolvedNotesFiles {
  /** Notes files to index (explicit paths are listed even when missing, so the user hears why). */
  readonly files: readonly vscode.Uri[];
  /** One pattern per entry (and folder, for relative entries), for the file watchers. */
  readonly watchPatterns: readonly vscode.RelativePattern[];
  /** Entries that cannot be used, as lines for the output channel. */
  readonly problems: readonly string[];
}

export function isNotesFile(uri: vscode.Uri): boolean {
  return isNotesPath(uri.path);
}

/**
 * Resolves `awsNotes.notesFiles`: each entry is a path or a glob, relative to every workspace
 * folder or absolute (a file path, or a URI with a scheme). Only `vscode` APIs, so it works in
 * the web as on the desktop.
 */
export async function resolveNotesFiles(entries: readonly string[]): Promise<ResolvedNotesFiles> {
  const files = new Map<string, vscode.Uri>();
  const watchPatterns: vscode.RelativePattern[] = [];
  const problems: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (entry === '') continue;
    const bases = baseUris(entry);
    if (bases.length === 0) {
      problems.push(vscode.l10n.t('"{0}" in awsNotes.notesFiles is relative but no folder is open; use an absolute path or open a folder.', entry));
      continue;
    }
    const { dir, rest } = splitAtGlob(bases[0].relative);
    for (const base of bases) {
      const dirUri = dir.length > 0 ? vscode.Uri.joinPath(base.root, ...dir) : base.root;
      const pattern = new vscode.RelativePattern(dirUri, rest.join('/'));
      watchPatterns.push(pattern);
      if (hasGlob(rest.join('/'))) {
        for (const uri of await vscode.workspace.findFiles(pattern)) if (isNotesFile(uri)) files.set(uri.toString(), uri);
      } else {
        const uri = vscode.Uri.joinPath(dirUri, ...rest);
        if (isNotesFile(uri)) files.set(uri.toString(), uri);
        else problems.push(vscode.l10n.t('"{0}" in awsNotes.notesFiles is not a .md or .txt file; skipped.', entry));
      }
    }
  }
  return { files: [...files.values()], watchPatterns, problems: [...new Set(problems)] };
}

interface Base {
  /** Where the entry's path starts: a workspace folder, a file-system root, or a URI's root. */
  readonly root: vscode.Uri;
  /** The entry's path segments below `root`. */
  readonly relative: readonly string[];
}

function baseUris(entry: string): Base[] {
  if (isAbsolutePath(entry) || hasUriScheme(entry)) {
    const uri = isAbsolutePath(entry) ? vscode.Uri.file(entry) : vscode.Uri.parse(entry);
    return [{ root: uri.with({ path: '/' }), relative: pathSegments(uri.path) }];
  }
  const relative = pathSegments(entry);
  return (vscode.workspace.workspaceFolders ?? []).map((folder) => ({ root: folder.uri, relative }));
}
