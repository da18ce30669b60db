import type { IacDocument } from './document';
import { describedAs } from './notesQueries';
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
  const parts = [`**${title}**`, entry.summary, ...extra].filter((part) => part.trim() !== '');
  if (entry.values?.length) parts.push(`Allowed values:\n\n${entry.values.map((v) => `- \`${v.value}\` — ${v.summary}`).join('\n')}`);
  return parts.join('\n\n');
}

/** What an entry is, in words: its summary and its allowed values with theirs (for the notes query: `describedAs`). */
export function entryDescription(entry: CatalogEntry): string[] {
  return [entry.summary, ...(entry.values ?? []).flatMap((value) => [value.value, value.summary])];
}

/** A summary's first sentence (the line beside a completion item), and the rest (its documentation). */
export function splitSummary(summary: string): { first: string; rest: string } {
  const [first, ...rest] = summary.split(/(?<=\.)\s/);
  return { first, rest: rest.join(' ') };
}

/**
 * A completion item for a key; `snippet` is what follows `name:` (VS Code snippet syntax). The
 * summary's first sentence is the item's detail, and the documentation goes on from there: VS Code
 * shows both together, and the same sentence twice reads as a mistake.
 */
export function keyCompletion(entry: CatalogEntry, order: number, service: string, snippet?: string, kind: CompletionKind = 'property'): CompletionEntry {
  const { first, rest } = splitSummary(entry.summary);
  return {
    label: entry.name,
    kind,
    detail: first,
    documentation: entryMarkdown({ ...entry, summary: rest }),
    docsUrl: entry.docsUrl,
    insertText: `${escapeSnippetText(entry.name)}:${snippet ?? ' '}`,
    isSnippet: true,
    sortText: sortKey(order),
    notes: describedAs({ service, terms: [entry.name] }, entryDescription(entry)),
  };
}

/** Completion items for the allowed values of a key (each value's summary is its detail, not repeated below). */
export function valueCompletions(entry: CatalogEntry, service: string): CompletionEntry[] {
  const values = entry.values ?? [];
  return values.map((value, index) => ({
    label: value.value,
    kind: 'value',
    detail: value.summary,
    documentation: entryMarkdown({ ...entry, values: values.filter((other) => other !== value) }, `\`${entry.name}: ${value.value}\``),
    docsUrl: entry.docsUrl,
    sortText: sortKey(index),
    notes: describedAs({ service, terms: [value.value, entry.name] }, value.summary),
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
