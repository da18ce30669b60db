import * as vscode from 'vscode';
import type { Fact, NotesOrigin } from '../../core/notes/model';
import type { NotesIndex } from '../../core/notes/notesIndex';
import { factLocationLabel, originLabel, userNotesFirst } from '../notes/notesLocation';
import type { NotesService } from '../notes/notesService';
import { OPEN_NOTE_COMMAND } from '../notes/openNote';
import { markFlaggedItem } from '../notesCheck/markFlaggedItem';

/** A row of the Notes view: a service (all headings that resolve to it), or a fact. */
export type NotesTreeNode =
  | {
      readonly kind: 'service';
      readonly service: string;
      /** Whether it is a known AWS service (else a topic heading such as "Exponential Backoff"). */
      readonly known: boolean;
      readonly facts: readonly Fact[];
      readonly origins: ReadonlySet<NotesOrigin>;
    }
  | { readonly kind: 'fact'; readonly fact: Fact };

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
    if (!node) return serviceNodes(index);
    const facts = node.kind === 'service' ? node.facts : index.children(node.fact);
    return facts.map((fact) => ({ kind: 'fact', fact }));
  }

  async getParent(node: NotesTreeNode): Promise<NotesTreeNode | undefined> {
    if (node.kind === 'service') return undefined;
    const index = await this.notes.ready();
    const parent = index.parent(node.fact);
    if (parent) return { kind: 'fact', fact: parent };
    return serviceNodes(index).find((service) => service.kind === 'service' && service.service === node.fact.service);
  }

  getTreeItem(node: NotesTreeNode): vscode.TreeItem {
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

function serviceItem(node: Extract<NotesTreeNode, { kind: 'service' }>): vscode.TreeItem {
  const item = new vscode.TreeItem(node.service, node.facts.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = `service:${node.service}`;
  item.contextValue = 'service';
  item.iconPath = new vscode.ThemeIcon(node.known ? 'cloud' : 'bookmark');
  const origins = [...node.origins].sort().reverse().map(originLabel).join(' + ');
  item.description = origins;
  item.tooltip = `${node.service}: ${node.facts.length} top-level item(s) from ${origins || 'no notes yet'}`;
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
  item.command = { command: OPEN_NOTE_COMMAND, title: 'Open in Notes', arguments: [fact.id] };
  markFlaggedItem(item, fact);
  return item;
}
