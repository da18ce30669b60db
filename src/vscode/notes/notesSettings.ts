import * as vscode from 'vscode';

/** The configuration section of every AWS Notes setting. */
export const SETTINGS_SECTION = 'awsNotes';

/** What the notes service needs from the settings. */
export interface NotesSettings {
  /** Paths or globs of the user's notes, workspace-relative or absolute. */
  readonly notesFiles: readonly string[];
  readonly includeBundledNotes: boolean;
}

export function readNotesSettings(): NotesSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const files = config.get<unknown>('notesFiles', []);
  return {
    // A hand-edited settings.json may hold anything: keep only the strings.
    notesFiles: Array.isArray(files) ? files.filter((entry): entry is string => typeof entry === 'string') : [],
    includeBundledNotes: config.get<boolean>('includeBundledNotes', true) !== false,
  };
}

/** Whether a configuration change touches a setting the notes service reads. */
export function affectsNotesSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return (
    event.affectsConfiguration(`${SETTINGS_SECTION}.notesFiles`) ||
    event.affectsConfiguration(`${SETTINGS_SECTION}.includeBundledNotes`)
  );
}
