import type { IacDocument } from './document';
import type { CompletionEntry, CompletionKind, Range } from './types';

/** What a catalog entry needs to become a completion item or a hover: shared by every family. */
export interface CatalogEntry {
  readonly name: string;
  readonly summary: string;
  readonly docsUrl: string;
  readonly values?: readonly { readonly value: string; readonly summary: string }[];
}

/** Markdown of an entry: its name as a title, what it is, and its allowed values. */
export function entryMarkdown(entry: CatalogEntry, title = `\`${entry.name}\``, extra: readonly string[] = []): string {
  const parts = [`**${title}**`, entry.summary, ...extra];
  if (entry.values?.length) parts.push(`Allowed values:\n\n${entry.values.map((v) => `- \`${v.value}\` — ${v.summary}`).join('\n')}`);
  return parts.join('\n\n');
}

/** A completion item for a key; `snippet` is what follows `name:` (VS Code snippet syntax). */
export function keyCompletion(entry: CatalogEntry, order: number, service: string, snippet?: string, kind: CompletionKind = 'property'): CompletionEntry {
  return {
    label: entry.name,
    kind,
    detail: entry.summary.split(/(?<=\.)\s/)[0],
    documentation: entryMarkdown(entry),
    docsUrl: entry.docsUrl,
    insertText: `${escapeSnippetText(entry.name)}:${snippet ?? ' '}`,
    isSnippet: true,
    sortText: sortKey(order),
    notes: { service, terms: [entry.name] },
  };
}

/** Completion items for the allowed values of a key. */
export function valueCompletions(entry: CatalogEntry, service: string): CompletionEntry[] {
  return (entry.values ?? []).map((value, index) => ({
    label: value.value,
    kind: 'value',
    detail: value.summary,
    documentation: entryMarkdown(entry, `\`${entry.name}: ${value.value}\``),
    docsUrl: entry.docsUrl,
    sortText: sortKey(index),
    notes: { service, terms: [value.value, entry.name] },
  }));
}

/** Zero-padded so that "10" sorts after "9": keeps catalog order (lifecycle order) in the list. */
export function sortKey(order: number): string {
  return String(order).padStart(4, '0');
}

function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/**
 * Completion items as the document's syntax wants them, over the word being typed: the YAML
 * snippets (`name: value`, nested skeletons) in YAML; in JSON only the name, inside its quotes.
 */
export function placeCompletions(doc: IacDocument, items: readonly CompletionEntry[], range: Range): CompletionEntry[] {
  return items.map((item) => (doc.syntax === 'json' ? { ...item, insertText: undefined, isSnippet: false, range } : { ...item, range }));
}
