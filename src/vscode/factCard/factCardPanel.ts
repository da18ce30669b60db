import * as vscode from 'vscode';
import type { Fact } from '../../core/notes/model';
import type { NotesIndex } from '../../core/notes/notesIndex';
import { factLocationLabel, originLabel } from '../notes/notesLocation';
import type { NotesService } from '../notes/notesService';
import { OPEN_NOTE_COMMAND, openNoteAt } from '../notes/openNote';
import { docsSayOf } from '../notesCheck/docsSayHtml';
import { docsSayLabels } from '../notesCheck/docsSayLabels';
import { renderFactCardHtml, type CardLabels, type FactCardModel } from './factCardHtml';
import { createNonce } from '../webview/webviewPage';
import { parseFactCardMessage, type FactCardMessage } from './factCardMessages';
import { createNotesMarkdown, type NotesMarkdown } from './markdown';
import { findWorkspaceUses, openUse, type WorkspaceUse } from './workspaceUses';

export const FACT_CARD_VIEW_TYPE = 'awsNotes.factCard';
export const SHOW_FACT_CARD_COMMAND = 'awsNotes.showFactCard';

/**
 * The fact card: one webview panel, reused, showing one fact with its breadcrumb, neighbours
 * and source. It follows the index: when the notes change it re-renders (or says the fact is gone).
 */
export class FactCard implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private factId: string | undefined;
  /** Where the shown fact was: an edit to its own text gives it a new id, but not a new place. */
  private factPlace: { readonly file: string; readonly line: number; readonly breadcrumb: string } | undefined;
  private renderedId: string | undefined;
  private readonly md: NotesMarkdown = createNotesMarkdown();
  private readonly mediaUri: vscode.Uri;
  private readonly subscriptions: vscode.Disposable[];
  /** "Used in this workspace" of the shown fact: found lazily after the card renders, again after a save. */
  private uses: { readonly factId: string; readonly version: number; readonly found?: readonly WorkspaceUse[] } | undefined;
  private usesSearch: vscode.CancellationTokenSource | undefined;

  constructor(extensionUri: vscode.Uri, private readonly notes: NotesService) {
    this.mediaUri = vscode.Uri.joinPath(extensionUri, 'media');
    this.subscriptions = [
      notes.onDidChange((index) => this.render(index)),
      // A saved file may now use the fact, or no longer: look again.
      vscode.workspace.onDidSaveTextDocument(() => {
        this.uses = undefined;
        if (this.panel) void this.notes.ready().then((index) => this.render(index));
      }),
    ];
  }

  /** Opens the `at`-th place of "Used in this workspace" (what its link does). */
  async openWorkspaceUse(at: number): Promise<void> {
    const use = this.uses?.found?.[at];
    if (use) await openUse(use);
  }

  /** The places of "Used in this workspace" once found (tests read them). */
  get workspaceUses(): readonly WorkspaceUse[] | undefined {
    return this.panel ? this.uses?.found : undefined;
  }

  /** The fact shown now, if the card is open. */
  get currentFactId(): string | undefined {
    return this.panel ? this.factId : undefined;
  }

  /** The fact the webview reported it has rendered (its script ran: the CSP let it in). */
  get renderedFactId(): string | undefined {
    return this.panel ? this.renderedId : undefined;
  }

  /** The HTML the card shows now (what tests inspect to see that notes text stays text). */
  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  async show(factId: string): Promise<void> {
    const index = await this.notes.ready();
    this.factId = factId;
    this.factPlace = undefined;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(FACT_CARD_VIEW_TYPE, vscode.l10n.t('Fact'), vscode.ViewColumn.Beside, {
        enableScripts: true,
        // Notes may link to the extension's own commands (their links are limited to these by the renderer).
        enableCommandUris: ['awsNotes.lookUpFact', SHOW_FACT_CARD_COMMAND, OPEN_NOTE_COMMAND],
        localResourceRoots: [this.mediaUri],
      });
      this.panel.iconPath = {
        light: vscode.Uri.joinPath(this.mediaUri, 'icon-light.svg'),
        dark: vscode.Uri.joinPath(this.mediaUri, 'icon-dark.svg'),
      };
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.renderedId = undefined;
      });
      this.panel.webview.onDidReceiveMessage((message: unknown) => {
        const parsed = parseFactCardMessage(message);
        if (parsed) void this.handle(parsed);
      });
    } else {
      this.panel.reveal(undefined, false);
    }
    this.render(index);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.usesSearch?.cancel();
    this.panel?.dispose();
  }

  private async handle(message: FactCardMessage): Promise<void> {
    if (message.type === 'ready') {
      this.renderedId = message.factId;
      return;
    }
    if (message.type === 'showFact') return this.show(message.factId);
    if (message.type === 'openUse') {
      // Only a place the card itself listed for the fact it shows.
      if (this.uses?.factId === message.factId) await this.openWorkspaceUse(message.use);
      return;
    }
    const fact = (await this.notes.ready()).fact(message.factId);
    if (!fact) return;
    // Open the note next to the card, not over it.
    const cardColumn = this.panel?.viewColumn;
    await openNoteAt(fact, cardColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
  }

  /**
   * The uses of the shown fact if known; otherwise starts looking (cancelling an older search)
   * and renders again once found.
   */
  private usesOf(fact: Fact, index: NotesIndex): readonly WorkspaceUse[] | undefined {
    const known = this.uses;
    if (known && known.factId === fact.id && known.version === index.version) return known.found;
    this.usesSearch?.cancel();
    const search = (this.usesSearch = new vscode.CancellationTokenSource());
    this.uses = { factId: fact.id, version: index.version };
    findWorkspaceUses(fact.id, index, search.token).then(
      (found) => {
        if (search.token.isCancellationRequested || this.uses?.factId !== fact.id || this.uses.version !== index.version) return;
        this.uses = { factId: fact.id, version: index.version, found };
        this.render(index);
      },
      () => {
        if (this.uses?.factId === fact.id) this.uses = { factId: fact.id, version: index.version, found: [] };
      },
    );
    return undefined;
  }

  /** The fact now at the shown fact's old place, under the same parents, when its id is gone (its text was edited). */
  private factAtPlace(index: NotesIndex): Fact | undefined {
    const place = this.factPlace;
    return place && index.parsed(place.file)?.facts.find((fact) => fact.line === place.line && fact.breadcrumb === place.breadcrumb);
  }

  private render(index: NotesIndex): void {
    if (!this.panel || this.factId === undefined) return;
    const fact = index.fact(this.factId) ?? this.factAtPlace(index);
    if (fact) {
      this.factId = fact.id;
      this.factPlace = { file: fact.file, line: fact.line, breadcrumb: fact.breadcrumb };
    }
    const webview = this.panel.webview;
    this.renderedId = undefined;
    this.panel.title = fact ? cardTitle(fact) : vscode.l10n.t('Fact (removed)');
    const uses = fact && this.usesOf(fact, index);
    const resources = {
      cspSource: webview.cspSource,
      styleUris: ['shared.css', 'factCard.css'].map((name) => webview.asWebviewUri(vscode.Uri.joinPath(this.mediaUri, name)).toString()),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaUri, 'factCard.js')).toString(),
      nonce: createNonce(),
    };
    webview.html = renderFactCardHtml(this.md, fact && { ...cardModel(index, fact), uses: uses?.map((use) => use.label) }, resources, cardLabels());
  }
}

/** The card's words, translated. */
function cardLabels(): CardLabels {
  return {
    title: vscode.l10n.t('Fact card'),
    openInNotes: vscode.l10n.t('Open in notes'),
    noDefinition: vscode.l10n.t('(no definition on this line; see the items below)'),
    parent: vscode.l10n.t('Parent'),
    details: vscode.l10n.t('Details'),
    siblings: vscode.l10n.t('Siblings'),
    alsoUnderHeading: vscode.l10n.t('Also under this heading'),
    gone: vscode.l10n.t('This fact is no longer in your notes. Look it up again with “AWS Notes: Look Up Fact”.'),
    usesTitle: vscode.l10n.t('Used in this workspace'),
    usesSearching: vscode.l10n.t('Looking through the workspace’s IaC files…'),
    usesNone: vscode.l10n.t('No IaC file of this workspace has a hover showing this fact.'),
    docsSay: docsSayLabels(),
  };
}

/** Registers the fact card and its command (`awsNotes.showFactCard` with a fact id). */
export function registerFactCard(context: vscode.ExtensionContext, notes: NotesService): FactCard {
  const card = new FactCard(context.extensionUri, notes);
  context.subscriptions.push(
    card,
    vscode.commands.registerCommand(SHOW_FACT_CARD_COMMAND, async (argument: unknown) => {
      const id = typeof argument === 'string' ? argument : factIdOf(argument);
      if (id !== undefined) await card.show(id);
    }),
  );
  return card;
}

/** Tree nodes and other callers may pass `{ fact }` or `{ id }`. */
function factIdOf(argument: unknown): string | undefined {
  if (typeof argument !== 'object' || argument === null) return undefined;
  const { id, fact } = argument as { id?: unknown; fact?: { id?: unknown } };
  if (typeof fact?.id === 'string') return fact.id;
  return typeof id === 'string' ? id : undefined;
}

function cardModel(index: NotesIndex, fact: Fact): FactCardModel {
  return {
    fact,
    parent: index.parent(fact),
    children: index.children(fact),
    siblings: index.siblings(fact),
    originLabel: originLabel(fact.origin),
    location: factLocationLabel(fact),
    docsSay: docsSayOf(fact),
  };
}

function cardTitle(fact: Fact): string {
  const text = fact.term ?? fact.text;
  return `${fact.service}: ${text.length > 32 ? `${text.slice(0, 31)}…` : text}`;
}
