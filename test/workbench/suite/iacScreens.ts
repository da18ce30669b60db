// Screenshots of what users see for IaC files: a hover, and a diagnostic with its message.
import * as vscode from 'vscode';
import { screenshot } from './helpers';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Puts the cursor at `position`, opens the hover there and saves a screenshot. */
export async function showHoverAndScreenshot(editor: vscode.TextEditor, position: vscode.Position, name: string): Promise<void> {
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('editor.action.showHover');
  await settle(800);
  await screenshot(name);
  await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
}

/** Moves to a diagnostic, shows its message inline (the marker widget) and saves a screenshot. */
export async function showDiagnosticAndScreenshot(editor: vscode.TextEditor, diagnostic: vscode.Diagnostic, name: string): Promise<void> {
  const before = diagnostic.range.start.line > 0 ? new vscode.Position(diagnostic.range.start.line - 1, 0) : diagnostic.range.start;
  editor.selection = new vscode.Selection(before, before);
  editor.revealRange(diagnostic.range, vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('editor.action.marker.next');
  await settle(800);
  await screenshot(name);
  await vscode.commands.executeCommand('closeMarkersNavigation').then(undefined, () => undefined);
}
