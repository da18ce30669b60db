import * as vscode from 'vscode';
import type { NotesService } from '../notes/notesService';
import { IacCompletionProvider, IAC_TRIGGER_CHARACTERS } from './iacCompletionProvider';
import { IacDiagnostics } from './iacDiagnostics';
import { IAC_SELECTOR, reportSkippedDocumentsTo } from './iacDocuments';
import { IacHoverProvider } from './iacHoverProvider';
import { SkippedDocuments } from './skippedDocuments';

/** Hovers, completions and diagnostics for appspec, .ebextensions, CloudFormation and IAM policies. */
export function registerIac(context: vscode.ExtensionContext, notes: NotesService): void {
  reportSkippedDocumentsTo(new SkippedDocuments((line) => notes.log(line)));
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(IAC_SELECTOR, new IacHoverProvider(notes)),
    vscode.languages.registerCompletionItemProvider(IAC_SELECTOR, new IacCompletionProvider(notes), ...IAC_TRIGGER_CHARACTERS),
    new IacDiagnostics(),
  );
}
