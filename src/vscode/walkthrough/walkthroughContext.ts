import * as vscode from 'vscode';

/** Set once AWS Notes has shown a hover: the walkthrough's "hover a hook" step completes on it. */
export const HOVERED_CONTEXT_KEY = 'awsNotes.walkthrough.hovered';

let hovered = false;

/** Called by the IaC hover provider whenever it returns a hover; sets the context key once. */
export function noteHoverShown(): void {
  if (hovered) return;
  hovered = true;
  void vscode.commands.executeCommand('setContext', HOVERED_CONTEXT_KEY, true);
}
