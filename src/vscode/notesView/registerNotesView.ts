import * as vscode from 'vscode';
import type { NotesService } from '../notes/notesService';
import { NotesTreeProvider, type NotesTreeNode } from './notesTreeProvider';

export const NOTES_VIEW_ID = 'awsNotes.notesView';

export interface NotesView {
  readonly provider: NotesTreeProvider;
  readonly treeView: vscode.TreeView<NotesTreeNode>;
}

export function registerNotesView(context: vscode.ExtensionContext, notes: NotesService): NotesView {
  const provider = new NotesTreeProvider(notes);
  const treeView = vscode.window.createTreeView(NOTES_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(provider, treeView);
  return { provider, treeView };
}
