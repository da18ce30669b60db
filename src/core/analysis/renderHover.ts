import { annotateFact } from '../claims/annotateFact';
import type { Fact, NotesOrigin } from '../notes/model';
import type { NotesIndex } from '../notes/notesIndex';
import { relatedFacts } from '../notes/relatedFacts';
import type { CompletionEntry, HoverInfo } from './types';

/**
 * The link target that opens a note at its line, supplied by the host: VS Code gives a
 * `command:awsNotes.openNote?…` URI, the CLI `path:line`.
 */
export type NoteLinkBuilder = (fact: Fact) => string;

const HEADINGS: Record<NotesOrigin, string> = { user: 'Your notes', bundled: 'Bundled notes' };

/**
 * The final hover markdown: the reference entry, the documentation link, then the matching notes
 * ("Your notes" first, then "Bundled notes"). Notes are the user's text: escaped, never markup.
 */
export function renderHover(info: Pick<HoverInfo, 'reference' | 'docsUrl'>, facts: readonly Fact[], link: NoteLinkBuilder): string {
  const parts = [info.reference.trim(), `[AWS documentation](${info.docsUrl})`];
  const notes = renderNotes(facts, link);
  if (notes) parts.push('---', notes);
  return parts.join('\n\n');
}

/** A completion item's documentation: its reference part and link, then the notes, like a hover. */
export function renderCompletionDocumentation(entry: CompletionEntry, facts: readonly Fact[], link: NoteLinkBuilder): string | undefined {
  if (!entry.documentation && !entry.docsUrl && facts.length === 0) return undefined;
  const parts: string[] = [];
  if (entry.documentation) parts.push(entry.documentation.trim());
  if (entry.docsUrl) parts.push(`[AWS documentation](${entry.docsUrl})`);
  const notes = renderNotes(facts, link);
  if (notes) parts.push('---', notes);
  return parts.join('\n\n');
}

/** The notes matching a hover or completion (none without an index or a query). */
export function notesFor(index: NotesIndex | undefined, query: HoverInfo['notes']): Fact[] {
  return index && query ? relatedFacts(index, query) : [];
}

/** The notes part: one heading per origin, each fact as breadcrumb, text and a link to its line. */
export function renderNotes(facts: readonly Fact[], link: NoteLinkBuilder): string {
  const sections: string[] = [];
  for (const origin of ['user', 'bundled'] as const) {
    const own = facts.filter((fact) => fact.origin === origin);
    if (own.length === 0) continue;
    const items = own.map((fact) => `- *${escapeMarkdown(fact.breadcrumb)}* — ${escapeMarkdown(fact.text + annotateFact(fact))} [${escapeMarkdown(noteLabel(fact))}](${linkTarget(link(fact))})`);
    sections.push(`**${HEADINGS[origin]}**\n\n${items.join('\n')}`);
  }
  return sections.join('\n\n');
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
