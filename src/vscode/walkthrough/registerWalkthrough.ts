import * as vscode from 'vscode';
import { chooseNotesFiles, CHOOSE_NOTES_FILES_COMMAND } from './chooseNotesFiles';
import { createNotesFile, CREATE_NOTES_FILE_COMMAND } from './createNotesFile';
import { openSampleAppspec, OPEN_SAMPLE_APPSPEC_COMMAND } from './sampleAppspec';

/** The walkthrough's id, as `workbench.action.openWalkthrough` takes it. */
export const WALKTHROUGH_ID = 'aws-notes.aws-notes#getStarted';

/** The commands of the "Get started with AWS Notes" walkthrough (contributes.walkthroughs). */
export function registerWalkthrough(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CHOOSE_NOTES_FILES_COMMAND, (uris?: unknown) => chooseNotesFiles(Array.isArray(uris) ? uris : undefined)),
    vscode.commands.registerCommand(CREATE_NOTES_FILE_COMMAND, (target?: unknown) => createNotesFile(target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand(OPEN_SAMPLE_APPSPEC_COMMAND, () => openSampleAppspec()),
  );
}
