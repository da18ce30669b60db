import * as vscode from 'vscode';
import { completionsAt } from '../../core/analysis/analyze';
import { notesFor, renderCompletionDocumentation } from '../../core/analysis/renderHover';
import type { CompletionEntry, CompletionKind } from '../../core/analysis/types';
import type { NotesService } from '../notes/notesService';
import { analysisOfDocument, toCorePosition, toRange } from './iacDocuments';
import { moreNotesLink, openNoteLink, trustedMarkdown } from './notesMarkdown';

/** Characters after which a completion list is useful: a new key, a value, a list item, a JSON string. */
export const IAC_TRIGGER_CHARACTERS = [':', ' ', '-', '"', '!'];

const KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  event: vscode.CompletionItemKind.Event,
  function: vscode.CompletionItemKind.Function,
  keyword: vscode.CompletionItemKind.Keyword,
  type: vscode.CompletionItemKind.Module,
  snippet: vscode.CompletionItemKind.Snippet,
};

/**
 * Completions for every IaC family. Documentation (reference + notes) is filled in when an item
 * is focused (`resolveCompletionItem`), so a long list never waits on the notes.
 */
export class IacCompletionProvider implements vscode.CompletionItemProvider {
  private readonly entries = new WeakMap<vscode.CompletionItem, CompletionEntry>();

  constructor(private readonly notes: NotesService) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.CompletionItem[] | undefined {
    if (token.isCancellationRequested) return undefined;
    const analysis = analysisOfDocument(document);
    if (!analysis) return undefined;
    return completionsAt(analysis, toCorePosition(position)).map((entry) => {
      const item = new vscode.CompletionItem(entry.label, KINDS[entry.kind]);
      item.detail = entry.detail;
      item.sortText = entry.sortText;
      if (entry.insertText !== undefined) item.insertText = entry.isSnippet ? new vscode.SnippetString(entry.insertText) : entry.insertText;
      if (entry.range) item.range = toRange(entry.range);
      this.entries.set(item, entry);
      return item;
    });
  }

  async resolveCompletionItem(item: vscode.CompletionItem, token: vscode.CancellationToken): Promise<vscode.CompletionItem> {
    const entry = this.entries.get(item);
    if (!entry) return item;
    const index = entry.notes ? await this.notes.ready() : undefined;
    if (token.isCancellationRequested) return item;
    const documentation = renderCompletionDocumentation(entry, notesFor(index, entry.notes, moreNotesLink), openNoteLink);
    if (documentation) item.documentation = trustedMarkdown(documentation);
    return item;
  }
}
