import * as vscode from 'vscode';
import type { Fact } from '../../core/notes/model';
import { LOOK_UP_FACT_COMMAND } from '../lookup/lookUpArgument';
import { OPEN_NOTE_COMMAND } from '../notes/openNote';

export { moreNotesLink } from '../lookup/lookUpArgument';

/** A command link that opens the note at its line (`awsNotes.openNote` takes `{file, line}`). */
export function openNoteLink(fact: Fact): string {
  return `command:${OPEN_NOTE_COMMAND}?${encodeURIComponent(JSON.stringify({ file: fact.file, line: fact.line }))}`;
}

/** Markdown that may run only the open-note and look-up commands: trust is never blanket, only those commands are enabled. */
export function trustedMarkdown(markdown: string): vscode.MarkdownString {
  const result = new vscode.MarkdownString(markdown);
  result.isTrusted = { enabledCommands: [OPEN_NOTE_COMMAND, LOOK_UP_FACT_COMMAND] };
  result.supportHtml = false;
  return result;
}
