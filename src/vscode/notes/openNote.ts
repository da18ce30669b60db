import * as vscode from 'vscode';
import type { NotesService } from './notesService';
import { notesFileUri } from './notesLocation';

/** The command that reveals a note's source line; hovers, the Notes view and the fact card link to it. */
export const OPEN_NOTE_COMMAND = 'awsNotes.openNote';

/** A line of a notes file: `file` as in `Fact.file` (or a path), `line` 0-based as in `Fact.line`. */
export interface NoteLocation {
  readonly file: string;
  readonly line: number;
}

/** What `awsNotes.openNote` accepts: a fact id, `{ id }`, or `{ file, line }`. */
export type OpenNoteArgument = string | { readonly id: string } | NoteLocation;

export function registerOpenNote(context: vscode.ExtensionContext, notes: NotesService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_NOTE_COMMAND, async (argument: unknown) => {
      const location = await resolveNoteLocation(notes, argument);
      if (!location) {
        void vscode.window.showWarningMessage(vscode.l10n.t('AWS Notes: that note is no longer in your notes.'));
        return;
      }
      await openNoteAt(location);
    }),
  );
}

/** A command argument (from JSON in a command link, so anything) → the line to show. */
export async function resolveNoteLocation(notes: NotesService, argument: unknown): Promise<NoteLocation | undefined> {
  if (isNoteLocation(argument)) return { file: argument.file, line: Math.max(0, Math.floor(argument.line)) };
  const id = typeof argument === 'string' ? argument : isRecord(argument) && typeof argument.id === 'string' ? argument.id : undefined;
  if (id === undefined) return undefined;
  const fact = (await notes.ready()).fact(id);
  return fact && { file: fact.file, line: fact.line };
}

/** Opens the notes file, selects the line (its text, indentation left out) and centres it. */
export async function openNoteAt(location: NoteLocation, viewColumn?: vscode.ViewColumn): Promise<vscode.TextEditor | undefined> {
  const uri = notesFileUri(location.file);
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('AWS Notes: cannot open {0}: {1}', uri.toString(true), error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  const line = document.lineAt(Math.min(location.line, document.lineCount - 1));
  const selection = new vscode.Selection(line.lineNumber, line.firstNonWhitespaceCharacterIndex, line.lineNumber, line.range.end.character);
  const editor = await vscode.window.showTextDocument(document, { viewColumn, selection, preview: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenter);
  return editor;
}

function isNoteLocation(value: unknown): value is NoteLocation {
  return isRecord(value) && typeof value.file === 'string' && typeof value.line === 'number' && Number.isFinite(value.line);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
