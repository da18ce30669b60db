import * as vscode from 'vscode';
import { STARTER_OUTLINE, STARTER_OUTLINE_FILE } from '../../core/notes/starterOutline';
import { addToNotesFiles } from './notesFilesSetting';

export const CREATE_NOTES_FILE_COMMAND = 'awsNotes.createNotesFile';

/**
 * "AWS Notes: Create Notes File": writes the starter outline where the user chooses (a save
 * dialog, `notes/aws-notes.txt` in the workspace offered first), adds it to
 * `awsNotes.notesFiles` and opens it. An existing file is never overwritten: it is added and
 * opened as it is. `target` (from another extension, or a test) stands for the dialog's answer.
 */
export async function createNotesFile(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder.uri, ...STARTER_OUTLINE_FILE) : undefined,
      filters: { [vscode.l10n.t('Notes outline')]: ['txt'] },
      saveLabel: vscode.l10n.t('Create Notes File'),
      title: vscode.l10n.t('Where should your notes file go?'),
    }));
  if (!uri) return undefined;
  const label = vscode.workspace.asRelativePath(uri);
  if (await exists(uri)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists: it is left as it is and used as your notes.', label));
  } else {
    // The one file AWS Notes writes: a new file, where the user chose, with the starter outline.
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(STARTER_OUTLINE));
  }
  await addToNotesFiles([uri]);
  await vscode.window.showTextDocument(uri);
  void vscode.window.showInformationMessage(vscode.l10n.t('{0} is in awsNotes.notesFiles: add your notes to it.', label));
  return uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
