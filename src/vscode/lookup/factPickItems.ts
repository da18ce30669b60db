import type * as vscode from 'vscode';
import type { Fact } from '../../core/notes/model';
import type { NotesIndex } from '../../core/notes/notesIndex';
import { FactSearch } from '../../core/search/factSearch';
import { factLocationLabel, userNotesFirst } from '../notes/notesLocation';

/** Results shown for a query: enough to scan, few enough to stay quick on every keystroke. */
const RESULT_LIMIT = 50;

export interface FactPickItem extends vscode.QuickPickItem {
  readonly fact: Fact;
}

/**
 * The QuickPick's items for a query: fuzzy matches best first, or every fact (the user's first)
 * for an empty query. The search is rebuilt only when the index changed.
 */
export class FactPickItems {
  private search: FactSearch | undefined;
  private searchVersion = -1;

  constructor(private readonly index: NotesIndex) {}

  itemsFor(query: string): FactPickItem[] {
    const facts = query.trim() === '' ? userNotesFirst(this.index.facts()) : this.searcher().search(query, RESULT_LIMIT).map((match) => match.fact);
    return facts.map(toItem);
  }

  private searcher(): FactSearch {
    if (!this.search || this.searchVersion !== this.index.version) {
      this.search = new FactSearch(this.index.facts());
      this.searchVersion = this.index.version;
    }
    return this.search;
  }
}

function toItem(fact: Fact): FactPickItem {
  return {
    fact,
    label: fact.text,
    description: fact.breadcrumb,
    detail: factLocationLabel(fact),
    // fuse.js has already filtered and ranked: the QuickPick's own label filter must not hide results.
    alwaysShow: true,
  };
}
