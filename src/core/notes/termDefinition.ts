/** A `Term: definition` or `Term→definition` item, split. */
export interface TermDefinition {
  readonly term: string;
  readonly definition: string;
}

/** Labels people put before a colon that are not terms ("Note: …", "Cons: …"). */
const NOT_TERMS = new Set(['note', 'notes', 'nb', 'cons', 'pros', 'e.g', 'eg', 'example', 'for example', 'tip', 'warning', 'important', 'todo', 'see', 'also']);

const ARROW = /^(.+?)\s*→\s*(.*)$/;
/** The longest term, in UTF-16 units. */
const MAX_TERM = 60;
/** What `\s` matches, one character. */
const SPACE = /\s/;
/** What `.` does not match. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * `A→B` (B may be empty: "Hibernation→") and `A: B` (B not empty, A short and not a label
 * like "Note"; the space after the colon keeps URLs out). Text is returned as written, only trimmed.
 */
export function splitTermDefinition(text: string): TermDefinition | undefined {
  const arrow = text.includes('→') ? ARROW.exec(text) : null;
  if (arrow) return { term: arrow[1].trim(), definition: arrow[2].trim() };
  const colon = splitAtColon(text);
  if (!colon) return undefined;
  const term = colon.term.trim();
  if (NOT_TERMS.has(term.toLowerCase()) || term.split(/\s+/).length > 8) return undefined;
  return { term, definition: colon.definition.trim() };
}

/**
 * What `/^((?:[^:]|:(?!\s)){1,60}?)\s*:\s+(\S.*)$/` matched, found with indexOf instead (the
 * lazy alternation per character was a tenth of the parse time of 10 MB of notes). The term
 * may hold colons not followed by a space ("aws:SecureTransport: …", "Fn::GetAtt: …"), so the
 * split is at the first colon followed by a space; the term is what precedes it, less trailing
 * spaces (at least one character, at most 60), and the definition runs from the next non-space
 * to the end, on one line.
 */
function splitAtColon(text: string): { term: string; definition: string } | undefined {
  let colon = text.indexOf(':');
  while (colon !== -1 && !(colon + 1 < text.length && SPACE.test(text[colon + 1]))) colon = text.indexOf(':', colon + 1);
  if (colon <= 0) return undefined;
  const termEnd = Math.max(1, text.slice(0, colon).trimEnd().length);
  if (termEnd > MAX_TERM) return undefined;
  let start = colon + 2;
  while (start < text.length && SPACE.test(text[start])) start++;
  if (start === text.length) return undefined;
  const definition = text.slice(start);
  if (LINE_BREAK.test(definition)) return undefined;
  return { term: text.slice(0, termEnd), definition };
}
