import type { NotesOrigin, ParsedNotes } from './model';
import { parseMarkdownNotes } from './markdownParser';
import { parseOutline } from './outlineParser';

/** Markdown files by extension; everything else is read as the outline format. */
export function isMarkdownFile(file: string): boolean {
  return /\.(md|markdown|mdown|mkd)$/i.test(file);
}

/**
 * Parses a notes file of either format. `idScope` keeps fact ids stable when the file's path
 * changes (defaults to its base name).
 */
export function parseNotes(file: string, text: string, origin: NotesOrigin, idScope?: string): ParsedNotes {
  return isMarkdownFile(file) ? parseMarkdownNotes(file, text, origin, idScope) : parseOutline(file, text, origin, idScope);
}
