import * as vscode from 'vscode';
import { hoverAt } from '../../core/analysis/analyze';
import { notesFor, renderHover } from '../../core/analysis/renderHover';
import type { NotesService } from '../notes/notesService';
import { analysisOfDocument, toCorePosition, toRange } from './iacDocuments';
import { noteHoverShown } from '../walkthrough/walkthroughContext';
import { moreNotesLink, openNoteLink, trustedMarkdown } from './notesMarkdown';

/** Hovers for every IaC family: the catalog's reference entry, its docs link, then the matching notes. */
export class IacHoverProvider implements vscode.HoverProvider {
  constructor(private readonly notes: NotesService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (token.isCancellationRequested) return undefined;
    const analysis = analysisOfDocument(document);
    const info = analysis && hoverAt(analysis, toCorePosition(position));
    if (!info) return undefined;
    const index = info.notes ? await this.notes.ready() : undefined;
    if (token.isCancellationRequested) return undefined;
    const markdown = renderHover(info, notesFor(index, info.notes, moreNotesLink), openNoteLink);
    noteHoverShown();
    return new vscode.Hover(trustedMarkdown(markdown), toRange(info.range));
  }
}
