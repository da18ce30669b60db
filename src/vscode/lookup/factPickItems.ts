import type * as vscode from 'vscode';
import type { Fact } from '../../core/notes/model';
import type { NotesIndex } from '../../core/notes/notesIndex';
import { lookUpFacts } from '../../core/search/lookUpFacts';
import { rankedForQuery } from '../../core/search/relatedNotes';
import { compileNotesQuery, type NotesQuery } from '../../core/search/relevanceQuery';
import { factLocationLabel, userNotesFirst } from '../notes/notesLocation';

/** Results shown for a query: enough to scan, few enough to stay quick on every keystroke. */
const RESULT_LIMIT = 50;

export interface FactPickItem extends vscode.QuickPickItem {
  readonly fact: Fact;
}

/**
 * The QuickPick's items for a query: the best facts first (the relevance scorer over fuzzy word
 * matches), or every fact (the user's first) for an empty query. `hoverQuery` is the query of
 * the hover whose "N more in your notes…" opened the lookup: while the text is still the one it
 * filled in, the hover's own ranking is listed, so its first results are the hover's.
 */
export class FactPickItems {
  constructor(private readonly index: NotesIndex) {}

  itemsFor(query: string, hoverQuery?: { readonly text: string; readonly query: NotesQuery }): FactPickItem[] {
    if (hoverQuery && query === hoverQuery.text) return rankedForQuery(this.index, compileNotesQuery(hoverQuery.query)).map(({ fact }) => toItem(fact));
    const facts = query.trim() === '' ? userNotesFirst(this.index.facts()) : lookUpFacts(this.index, query, RESULT_LIMIT).map((match) => match.fact);
    return facts.map(toItem);
  }
}

function toItem(fact: Fact): FactPickItem {
  return {
    fact,
    label: fact.text,
    description: fact.breadcrumb,
    detail: factLocationLabel(fact),
    // Already ranked: the QuickPick's own label filter must not hide results.
    alwaysShow: true,
  };
}
