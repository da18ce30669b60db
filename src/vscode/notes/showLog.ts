import * as vscode from 'vscode';
import type { NotesService } from './notesService';

export const SHOW_LOG_COMMAND = 'awsNotes.showLog';

/** "AWS Notes: Show Log": the extension's log (files skipped and why, what was indexed) in the Output view. */
export function registerShowLog(context: vscode.ExtensionContext, notes: NotesService): void {
  context.subscriptions.push(vscode.commands.registerCommand(SHOW_LOG_COMMAND, () => notes.output.show(true)));
}
