import * as vscode from 'vscode';
import type { NotesService } from '../notes/notesService';
import { hasUserNotes, NotesTreeProvider, type NotesTreeNode } from './notesTreeProvider';

export const NOTES_VIEW_ID = 'awsNotes.notesView';

export interface NotesView {
  readonly provider: NotesTreeProvider;
  readonly treeView: vscode.TreeView<NotesTreeNode>;
}

export function registerNotesView(context: vscode.ExtensionContext, notes: NotesService): NotesView {
  const provider = new NotesTreeProvider(notes);
  const treeView = vscode.window.createTreeView(NOTES_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  // While the user has no notes of their own, the view says so at its top (the pack stays below).
  const showWhetherUserNotes = () => {
    void notes.ready().then((index) => {
      treeView.message =
        index.facts().length === 0 || hasUserNotes(index)
          ? undefined
          : vscode.l10n.t('No notes of your own yet: below are the bundled notes. Choose your notes files, or create a notes file, to add yours.');
    });
  };
  context.subscriptions.push(provider, treeView, notes.onDidChange(showWhetherUserNotes), treeView.onDidChangeVisibility(showWhetherUserNotes));
  return { provider, treeView };
}
