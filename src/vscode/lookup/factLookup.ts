import * as vscode from 'vscode';
import type { FactCard } from '../factCard/factCardPanel';
import type { NotesService } from '../notes/notesService';
import { FactPickItems, type FactPickItem } from './factPickItems';

export const LOOK_UP_FACT_COMMAND = 'awsNotes.lookUpFact';
export const LOOK_UP_WORD_COMMAND = 'awsNotes.lookUpWordAtCursor';

const NO_NOTES_HINT = 'No notes indexed: add files to the awsNotes.notesFiles setting, or turn on awsNotes.includeBundledNotes';

/**
 * `sortByLabel` and `valueSelection` are missing from the typed API of the oldest VS Code we
 * support (1.100); newer hosts honour them, older ones ignore them.
 */
type SortableQuickPick<T extends vscode.QuickPickItem> = vscode.QuickPick<T> & {
  sortByLabel?: boolean;
  valueSelection?: readonly [number, number];
};

/** The fact lookup: a QuickPick searching every fact as the user types; picking opens the fact card. */
export class FactLookup {
  /** The lookup QuickPick while it is open (tests read its items). */
  activePick: vscode.QuickPick<FactPickItem> | undefined;

  /** Kept across lookups: its search is rebuilt only when the (live) index changes. */
  private pickItems: FactPickItems | undefined;

  constructor(private readonly notes: NotesService, private readonly card: FactCard) {}

  /** Shows the QuickPick; resolves once the first results are in (not when the user picks). */
  async show(initialQuery = ''): Promise<void> {
    this.activePick?.hide();
    const pick: SortableQuickPick<FactPickItem> = vscode.window.createQuickPick<FactPickItem>();
    pick.title = 'AWS Notes: Look Up Fact';
    pick.placeholder = 'Search your notes and the bundled pack: words in any order, typos are fine';
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    // Keep fuse.js's ranking: without this the QuickPick re-sorts by its own label matching.
    pick.sortByLabel = false;
    pick.value = initialQuery;
    // Caret after a pre-filled query, so typing refines it instead of replacing it.
    pick.valueSelection = [initialQuery.length, initialQuery.length];
    pick.busy = true;
    this.activePick = pick;
    const subscriptions: vscode.Disposable[] = [];
    pick.onDidHide(() => {
      for (const subscription of subscriptions) subscription.dispose();
      pick.dispose();
      if (this.activePick === pick) this.activePick = undefined;
    });
    pick.show();

    const index = await this.notes.ready();
    // Closed while the notes were loading: nothing more to do.
    if (this.activePick !== pick) return;
    const items = (this.pickItems ??= new FactPickItems(index));
    const update = () => {
      pick.items = items.itemsFor(pick.value);
      if (index.facts().length === 0) pick.placeholder = NO_NOTES_HINT;
    };
    subscriptions.push(
      pick.onDidChangeValue(update),
      this.notes.onDidChange(update),
      pick.onDidAccept(() => {
        const picked = pick.activeItems[0];
        if (!picked) return;
        pick.hide();
        void this.card.show(picked.fact.id);
      }),
    );
    update();
    pick.busy = false;
  }
}

export function registerLookup(context: vscode.ExtensionContext, notes: NotesService, card: FactCard): FactLookup {
  const lookup = new FactLookup(notes, card);
  context.subscriptions.push(
    // From the palette or a menu the argument is absent or not a string: start empty then.
    vscode.commands.registerCommand(LOOK_UP_FACT_COMMAND, (query: unknown) => lookup.show(typeof query === 'string' ? query : '')),
    vscode.commands.registerCommand(LOOK_UP_WORD_COMMAND, () => lookup.show(queryAtCursor(vscode.window.activeTextEditor))),
  );
  return lookup;
}

/** The selection, or else the word under the cursor (with dots and dashes: `aws:SourceIp`, `s3:GetObject`). */
export function queryAtCursor(editor: vscode.TextEditor | undefined): string {
  if (!editor) return '';
  const { document, selection } = editor;
  const range = selection.isEmpty ? document.getWordRangeAtPosition(selection.active, /[\w.:-]+/) : selection;
  const text = range ? document.getText(range) : '';
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}
