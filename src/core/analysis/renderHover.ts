import { annotateFact } from '../claims/annotateFact';
import type { Fact, NotesOrigin } from '../notes/model';
import type { NotesIndex } from '../notes/notesIndex';
import { relatedNotes } from '../search/relatedNotes';
import type { CompletionEntry, HoverInfo, NotesQuery } from './types';

/**
 * The link target that opens a note at its line, supplied by the host: VS Code gives a
 * `command:awsNotes.openNote?…` URI, the CLI `path:line`.
 */
export type NoteLinkBuilder = (fact: Fact) => string;

/**
 * The link target of "N more in your notes…": the host's lookup, pre-filled with the query
 * (`queryText`, its words) and ranking by `query` so that its first results are the hover's.
 * Absent (the CLI), the line is plain text.
 */
export type MoreNotesLinkBuilder = (queryText: string, query: NotesQuery) => string;

/** A fact of the notes part, with an optional line of its own after it (such as what the AWS docs say of it). */
export interface NoteEntry {
  readonly fact: Fact;
  readonly annotation?: string;
}

/** The notes part of a hover or a completion item. */
export interface NotesPart {
  readonly entries: readonly NoteEntry[];
  /** More of the user's facts than shown: how many, and the link that lists them. */
  readonly more?: { readonly count: number; readonly link?: string };
}

export const NO_NOTES: NotesPart = { entries: [] };

const HEADINGS: Record<NotesOrigin, string> = { user: 'Your notes', bundled: 'Bundled notes' };

/**
 * The final hover markdown: the reference entry, the documentation link, then the matching notes
 * ("Your notes" first, then "Bundled notes"). Notes are the user's text: escaped, never markup.
 */
export function renderHover(info: Pick<HoverInfo, 'reference' | 'docsUrl'>, facts: NotesPart, link: NoteLinkBuilder): string {
  const parts = [info.reference.trim(), `[AWS documentation](${info.docsUrl})`];
  const notes = renderNotes(facts, link);
  if (notes) parts.push('---', notes);
  return parts.join('\n\n');
}

/** A completion item's documentation: its reference part and link, then the notes, like a hover. */
export function renderCompletionDocumentation(entry: CompletionEntry, facts: NotesPart, link: NoteLinkBuilder): string | undefined {
  if (!entry.documentation && !entry.docsUrl && facts.entries.length === 0) return undefined;
  const parts: string[] = [];
  if (entry.documentation) parts.push(entry.documentation.trim());
  if (entry.docsUrl) parts.push(`[AWS documentation](${entry.docsUrl})`);
  const notes = renderNotes(facts, link);
  if (notes) parts.push('---', notes);
  return parts.join('\n\n');
}

/** The notes matching a hover or completion, ranked (none without an index or a query). */
export function notesFor(index: NotesIndex | undefined, query: HoverInfo['notes'], moreLink?: MoreNotesLinkBuilder): NotesPart {
  if (!index || !query) return NO_NOTES;
  const related = relatedNotes(index, query);
  const { entries } = notesPartOf(related.shown.map(({ fact }) => fact));
  if (related.moreOfUser === 0) return { entries };
  return { entries, more: { count: related.moreOfUser, link: moreLink?.(related.queryText, query) } };
}

/** Facts as a notes part: a flagged note carries what the AWS docs say, right under it (the notes check). */
export function notesPartOf(facts: readonly Fact[]): NotesPart {
  return { entries: facts.map((fact) => ({ fact, annotation: annotateFact(fact).trim() || undefined })) };
}

/** The notes part: one heading per origin, each fact as breadcrumb, text and a link to its line. */
export function renderNotes(notes: NotesPart, link: NoteLinkBuilder): string {
  const sections: string[] = [];
  for (const origin of ['user', 'bundled'] as const) {
    const own = notes.entries.filter((entry) => entry.fact.origin === origin);
    if (own.length === 0) continue;
    const items = own.map(({ fact, annotation }) => {
      const item = `- *${escapeMarkdown(fact.breadcrumb)}* — ${escapeMarkdown(fact.text)} [${escapeMarkdown(noteLabel(fact))}](${linkTarget(link(fact))})`;
      return annotation ? `${item}\n  ${escapeMarkdown(annotation)}` : item;
    });
    if (origin === 'user' && notes.more) items.push(moreLine(notes.more));
    sections.push(`**${HEADINGS[origin]}**\n\n${items.join('\n')}`);
  }
  return sections.join('\n\n');
}

function moreLine(more: NonNullable<NotesPart['more']>): string {
  const label = `${more.count} more in your notes…`;
  return more.link ? `- [${label}](${linkTarget(more.link)})` : `- ${label}`;
}

/** `aws-notes.txt:13`: the file's name and the 1-based line. */
export function noteLabel(fact: Fact): string {
  const name = decodeURIComponentSafe(fact.file.replace(/[?#].*$/, '').replace(/^.*[\\/]/, ''));
  return `${name}:${fact.line + 1}`;
}

/**
 * User text as inert markdown: every markdown punctuation character backslash-escaped (so no
 * links, emphasis, code or HTML can come from a note), line breaks folded to spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_{}[\]()<>#+\-.!|~&"'=:$@^%]/g, '\\$&');
}

/** Link targets with spaces or parentheses go between angle brackets (CommonMark). */
function linkTarget(target: string): string {
  return /[\s()<>]/.test(target) ? `<${target.replace(/[<>]/g, encodeURIComponent)}>` : target;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
