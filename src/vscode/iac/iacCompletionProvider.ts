import * as vscode from 'vscode';
import { completionsAt } from '../../core/analysis/analyze';
import { familyOfName } from '../../core/analysis/detectFamily';
import { snippetCompletions } from '../../core/analysis/fileSnippets';
import { ignoreCommentCompletions } from '../../core/analysis/ignoreCommentCompletion';
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

/** YAML or JSON by language; a `.ebextensions/*.config` or appspec file (any language id) by its first character. */
function syntaxOf(document: vscode.TextDocument): 'yaml' | 'json' | undefined {
  if (document.languageId === 'json' || document.languageId === 'jsonc') return 'json';
  if (document.languageId === 'yaml') return 'yaml';
  if (!familyOfName(document.uri.path)) return undefined;
  return /^\s*[{[]/.test(document.getText()) ? 'json' : 'yaml';
}

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
    const at = toCorePosition(position);
    // File skeletons also start files that are not one of ours yet (a new, empty document).
    const syntax = syntaxOf(document);
    const snippets = syntax ? snippetCompletions(document.fileName, document.getText(), at, syntax) : [];
    const ignoreIds = ignoreCommentCompletions(document.getText(), at, analysis?.family);
    const entries = ignoreIds.length > 0 ? ignoreIds : [...(analysis ? completionsAt(analysis, at) : []), ...snippets];
    if (entries.length === 0) return undefined;
    return entries.map((entry) => {
      const item = new vscode.CompletionItem(entry.label, KINDS[entry.kind]);
      item.detail = entry.detail;
      item.sortText = entry.sortText;
      item.filterText = entry.filterText;
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
