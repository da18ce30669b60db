import * as vscode from 'vscode';
import type { NotesService } from '../notes/notesService';
import { NotesCheck } from './notesCheck';
import { NotesCheckActions, registerIgnoreNoteCommand } from './notesCheckActions';

/** Delay before the first check: the notes are read after startup, never on the activation path. */
const FIRST_CHECK_DELAY_MS = 3000;

/** The notes check: diagnostics and quick fixes in the user's notes files. */
export function registerNotesCheck(context: vscode.ExtensionContext, notes: NotesService): NotesCheck {
  const check = new NotesCheck(notes, context.extensionUri);
  const timer = setTimeout(() => void check.start(), FIRST_CHECK_DELAY_MS);
  context.subscriptions.push(
    check,
    { dispose: () => clearTimeout(timer) },
    registerIgnoreNoteCommand(),
    vscode.languages.registerCodeActionsProvider([{ pattern: '**/*.{txt,md,markdown}' }], new NotesCheckActions(check, notes), {
      providedCodeActionKinds: NotesCheckActions.kinds,
    }),
  );
  return check;
}
