import * as vscode from 'vscode';
import type { FactCard } from '../factCard/factCardPanel';
import type { NotesService } from '../notes/notesService';
import { FactPickItems, type FactPickItem } from './factPickItems';
import { LOOK_UP_FACT_COMMAND, lookUpArgument, type HoverLookUp } from './lookUpArgument';

export { LOOK_UP_FACT_COMMAND } from './lookUpArgument';
export const LOOK_UP_WORD_COMMAND = 'awsNotes.lookUpWordAtCursor';

/** The line a lookup shows when nothing matches: not a fact, nothing happens when it is picked. */
export interface NoResultItem extends vscode.QuickPickItem {
  readonly fact?: undefined;
}

export type LookupItem = FactPickItem | NoResultItem;

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
  activePick: vscode.QuickPick<LookupItem> | undefined;

  constructor(private readonly notes: NotesService, private readonly card: FactCard) {}

  /**
   * Shows the QuickPick; resolves once the first results are in (not when the user picks).
   * `hover`: opened from a hover's "N more in your notes…", whose query it ranks by until the text is edited.
   */
  async show(initialQuery = '', hover?: HoverLookUp): Promise<void> {
    this.activePick?.hide();
    const pick: SortableQuickPick<LookupItem> = vscode.window.createQuickPick<LookupItem>();
    pick.title = vscode.l10n.t('AWS Notes: Look Up Fact');
    pick.placeholder = vscode.l10n.t('Search your notes and the bundled pack: words in any order, typos are fine');
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    // Keep our ranking: without this the QuickPick re-sorts by its own label matching.
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
    const items = new FactPickItems(index);
    const update = () => {
      const found: LookupItem[] = items.itemsFor(pick.value, hover);
      pick.items = found.length > 0 || pick.value.trim() === '' ? found : [noResult(pick.value)];
      if (index.facts().length === 0) pick.placeholder = vscode.l10n.t('No notes indexed: add files to the awsNotes.notesFiles setting, or turn on awsNotes.includeBundledNotes');
    };
    subscriptions.push(
      pick.onDidChangeValue(update),
      this.notes.onDidChange(update),
      pick.onDidAccept(() => {
        const picked = pick.activeItems[0];
        if (!picked?.fact) return;
        pick.hide();
        void this.card.show(picked.fact.id);
      }),
    );
    update();
    pick.busy = false;
  }
}

function noResult(query: string): NoResultItem {
  return {
    label: vscode.l10n.t('No fact matches "{0}"', query.trim()),
    detail: vscode.l10n.t('Try fewer words, or other words for the same thing'),
    alwaysShow: true,
  };
}

export function registerLookup(context: vscode.ExtensionContext, notes: NotesService, card: FactCard): FactLookup {
  const lookup = new FactLookup(notes, card);
  context.subscriptions.push(
    // From the palette or a menu the argument is absent: start empty then; a hover's link passes its query.
    vscode.commands.registerCommand(LOOK_UP_FACT_COMMAND, (argument: unknown) => {
      const { text, hover } = lookUpArgument(argument);
      return lookup.show(text, hover);
    }),
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
