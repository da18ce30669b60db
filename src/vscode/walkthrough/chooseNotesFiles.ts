import * as vscode from 'vscode';
import { addToNotesFiles } from './notesFilesSetting';

export const CHOOSE_NOTES_FILES_COMMAND = 'awsNotes.chooseNotesFiles';

/**
 * "AWS Notes: Choose Notes Files": a file picker for `.md`/`.txt` notes whose choice is added
 * to `awsNotes.notesFiles`. `uris` (from another extension, or a test) stands for the picker's answer.
 */
export async function chooseNotesFiles(uris?: readonly vscode.Uri[]): Promise<void> {
  const chosen =
    uris ??
    (await vscode.window.showOpenDialog({
      canSelectMany: true,
      canSelectFolders: false,
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      filters: { [vscode.l10n.t('Notes')]: ['md', 'txt'] },
      openLabel: vscode.l10n.t('Use as Notes'),
      title: vscode.l10n.t('Choose your notes files'),
    }));
  if (!chosen || chosen.length === 0) return;
  const added = await addToNotesFiles(chosen);
  void vscode.window.showInformationMessage(
    added.length > 0
      ? vscode.l10n.t('Added to awsNotes.notesFiles: {0}', added.join(', '))
      : vscode.l10n.t('These files are already in awsNotes.notesFiles.'),
  );
}
