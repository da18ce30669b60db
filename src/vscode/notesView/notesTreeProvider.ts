import * as vscode from 'vscode';
import type { Fact, NotesOrigin } from '../../core/notes/model';
import type { NotesIndex } from '../../core/notes/notesIndex';
import { factLocationLabel, originLabel, userNotesFirst } from '../notes/notesLocation';
import type { NotesService } from '../notes/notesService';
import { OPEN_NOTE_COMMAND } from '../notes/openNote';
import { markFlaggedItem } from '../notesCheck/markFlaggedItem';
import { CHOOSE_NOTES_FILES_COMMAND } from '../walkthrough/chooseNotesFiles';
import { CREATE_NOTES_FILE_COMMAND } from '../walkthrough/createNotesFile';

/**
 * A row of the Notes view: a service (all headings that resolve to it), a fact, or (while the
 * user has no notes of their own) an offer to add some, above the bundled pack.
 */
export type NotesTreeNode =
  | {
      readonly kind: 'service';
      readonly service: string;
      /** Whether it is a known AWS service (else a topic heading such as "Exponential Backoff"). */
      readonly known: boolean;
      readonly facts: readonly Fact[];
      readonly origins: ReadonlySet<NotesOrigin>;
    }
  | { readonly kind: 'fact'; readonly fact: Fact }
  | { readonly kind: 'offer'; readonly command: string };

/** Whether the index holds a fact of the user's own notes (not only the bundled pack). */
export function hasUserNotes(index: NotesIndex): boolean {
  return index.facts().some((fact) => fact.origin === 'user');
}

/** Shown first while the index has only the bundled pack: the same offers as the walkthrough's first step. */
const OFFERS: readonly NotesTreeNode[] = [
  { kind: 'offer', command: CHOOSE_NOTES_FILES_COMMAND },
  { kind: 'offer', command: CREATE_NOTES_FILE_COMMAND },
];

/**
 * Services → top-level items → nested items, alphabetical by service and in notes order
 * below. Reading the tree loads the notes (lazily, on first show); it refreshes on index changes.
 */
export class NotesTreeProvider implements vscode.TreeDataProvider<NotesTreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<NotesTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly notes: NotesService) {
    this.subscription = notes.onDidChange(() => this.changeEmitter.fire(undefined));
  }

  async getChildren(node?: NotesTreeNode): Promise<NotesTreeNode[]> {
    const index = await this.notes.ready();
    if (!node) {
      const services = serviceNodes(index);
      // No facts at all: the view's welcome content says so instead.
      return services.length > 0 && !hasUserNotes(index) ? [...OFFERS, ...services] : services;
    }
    if (node.kind === 'offer') return [];
    const facts = node.kind === 'service' ? node.facts : index.children(node.fact);
    return facts.map((fact) => ({ kind: 'fact', fact }));
  }

  async getParent(node: NotesTreeNode): Promise<NotesTreeNode | undefined> {
    if (node.kind !== 'fact') return undefined;
    const index = await this.notes.ready();
    const parent = index.parent(node.fact);
    if (parent) return { kind: 'fact', fact: parent };
    return serviceNodes(index).find((service) => service.kind === 'service' && service.service === node.fact.service);
  }

  getTreeItem(node: NotesTreeNode): vscode.TreeItem {
    if (node.kind === 'offer') return offerItem(node.command);
    return node.kind === 'service' ? serviceItem(node) : factItem(node.fact);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}

function serviceNodes(index: NotesIndex): NotesTreeNode[] {
  const byService = new Map<string, { known: boolean; facts: Fact[]; origins: Set<NotesOrigin> }>();
  for (const section of index.sections()) {
    let entry = byService.get(section.service);
    if (!entry) byService.set(section.service, (entry = { known: section.known, facts: [], origins: new Set() }));
    for (const id of section.factIds) {
      const fact = index.fact(id);
      if (!fact) continue;
      entry.facts.push(fact);
      entry.origins.add(fact.origin);
    }
  }
  return [...byService]
    .sort(([a], [b]) => a.localeCompare(b, undefined, { sensitivity: 'base' }))
    .map(([service, { known, facts, origins }]) => ({ kind: 'service', service, known, facts: userNotesFirst(facts), origins }));
}

function offerItem(command: string): vscode.TreeItem {
  const choose = command === CHOOSE_NOTES_FILES_COMMAND;
  const item = new vscode.TreeItem(choose ? vscode.l10n.t('Choose Your Notes Files…') : vscode.l10n.t('Create a Notes File…'));
  item.id = `offer:${command}`;
  item.contextValue = 'offer';
  item.iconPath = new vscode.ThemeIcon(choose ? 'folder-opened' : 'new-file');
  item.tooltip = choose
    ? vscode.l10n.t('Pick the .md or .txt files of your notes; they are added to awsNotes.notesFiles.')
    : vscode.l10n.t('Write a starter outline where you choose and add it to awsNotes.notesFiles.');
  item.command = { command, title: typeof item.label === 'string' ? item.label : command };
  return item;
}

function serviceItem(node: Extract<NotesTreeNode, { kind: 'service' }>): vscode.TreeItem {
  const item = new vscode.TreeItem(node.service, node.facts.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = `service:${node.service}`;
  item.contextValue = 'service';
  item.iconPath = new vscode.ThemeIcon(node.known ? 'cloud' : 'bookmark');
  const origins = [...node.origins].sort().reverse().map(originLabel).join(' + ');
  item.description = origins;
  item.tooltip = vscode.l10n.t('{0}: {1} top-level item(s) from {2}', node.service, node.facts.length, origins || vscode.l10n.t('no notes yet'));
  return item;
}

function factItem(fact: Fact): vscode.TreeItem {
  const item = new vscode.TreeItem(fact.text, fact.childIds.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = `fact:${fact.id}`;
  item.contextValue = 'fact';
  item.iconPath = new vscode.ThemeIcon(fact.origin === 'bundled' ? 'book' : 'note');
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(fact.breadcrumb).appendMarkdown('\n\n').appendText(fact.text);
  tooltip.appendMarkdown('\n\n').appendText(`${originLabel(fact.origin)} · ${factLocationLabel(fact)}`);
  item.tooltip = tooltip;
  item.command = { command: OPEN_NOTE_COMMAND, title: vscode.l10n.t('Open in Notes'), arguments: [fact.id] };
  markFlaggedItem(item, fact);
  return item;
}
