import * as vscode from 'vscode';
import { ignoreKey, type NoteFinding } from '../../core/claims/checkNotes';
import { documentedSubItemText, subItemLine } from '../../core/claims/subItem';
import { isMarkdownFile } from '../../core/notes/parseNotes';
import type { NotesService } from '../notes/notesService';
import type { NotesCheck } from './notesCheck';
import { addIgnoredNote } from './notesCheckSettings';

export const IGNORE_NOTE_COMMAND = 'awsNotes.notesCheck.ignoreNote';

/**
 * The quick fixes of a flagged note: open the documentation, add the documented value as a
 * sub-item (an edit the user chooses to apply, undoable like any edit), or stop flagging it.
 */
export class NotesCheckActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly check: NotesCheck,
    private readonly notes: NotesService,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): Promise<vscode.CodeAction[]> {
    const shown = this.check.shownIn(document.uri).filter(({ diagnostic }) => diagnostic.range.intersection(range) !== undefined || diagnostic.range.start.line === range.start.line);
    if (shown.length === 0) return [];
    const index = await this.notes.ready();
    return shown.flatMap(({ finding, diagnostic }) => [
      openDocsAction(finding, diagnostic),
      this.subItemAction(document, finding, diagnostic, index.children(finding.fact)[0]?.line),
      ignoreAction(finding, diagnostic),
    ]);
  }

  private subItemAction(document: vscode.TextDocument, finding: NoteFinding, diagnostic: vscode.Diagnostic, firstChildLine: number | undefined): vscode.CodeAction {
    const { fact, claim } = finding;
    const action = new vscode.CodeAction(vscode.l10n.t('Add the documented value as a sub-item'), vscode.CodeActionKind.QuickFix);
    const endLine = Math.min(fact.endLine, document.lineCount - 1);
    const line = subItemLine(
      fact,
      document.lineAt(Math.min(fact.line, document.lineCount - 1)).text,
      firstChildLine === undefined || firstChildLine >= document.lineCount ? undefined : document.lineAt(firstChildLine).text,
      isMarkdownFile(document.uri.path),
      documentedSubItemText(claim),
    );
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.lineAt(endLine).range.end, `${eol}${line}`);
    action.edit = edit;
    action.diagnostics = [diagnostic];
    return action;
  }
}

function openDocsAction(finding: NoteFinding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(vscode.l10n.t('Open the AWS documentation'), vscode.CodeActionKind.QuickFix);
  action.command = { command: 'vscode.open', title: action.title, arguments: [vscode.Uri.parse(finding.claim.url)] };
  action.diagnostics = [diagnostic];
  return action;
}

function ignoreAction(finding: NoteFinding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(vscode.l10n.t("Don't flag this note again"), vscode.CodeActionKind.QuickFix);
  action.command = { command: IGNORE_NOTE_COMMAND, title: action.title, arguments: [ignoreKey(finding.fact.id, finding.claim.id)] };
  action.diagnostics = [diagnostic];
  return action;
}

/** The command behind "Don't flag this note again": `factId:claimId` into `awsNotes.notesCheck.ignoreNotes`. */
export function registerIgnoreNoteCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(IGNORE_NOTE_COMMAND, async (key: unknown) => {
    if (typeof key === 'string' && key.includes(':')) await addIgnoredNote(key);
  });
}
