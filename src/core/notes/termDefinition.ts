/** A `Term: definition` or `Term→definition` item, split. */
export interface TermDefinition {
  readonly term: string;
  readonly definition: string;
}

/** Labels people put before a colon that are not terms ("Note: …", "Cons: …"). */
const NOT_TERMS = new Set(['note', 'notes', 'nb', 'cons', 'pros', 'e.g', 'eg', 'example', 'for example', 'tip', 'warning', 'important', 'todo', 'see', 'also']);

const ARROW = /^(.+?)\s*→\s*(.*)$/;
/** The term may hold colons not followed by a space: "aws:SecureTransport: …", "Fn::GetAtt: …". */
const COLON = /^((?:[^:]|:(?!\s)){1,60}?)\s*:\s+(\S.*)$/;

/**
 * `A→B` (B may be empty: "Hibernation→") and `A: B` (B not empty, A short and not a label
 * like "Note"; the space after the colon keeps URLs out). Text is returned as written, only trimmed.
 */
export function splitTermDefinition(text: string): TermDefinition | undefined {
  const arrow = ARROW.exec(text);
  if (arrow) return { term: arrow[1].trim(), definition: arrow[2].trim() };
  const colon = COLON.exec(text);
  if (!colon) return undefined;
  const term = colon[1].trim();
  if (NOT_TERMS.has(term.toLowerCase()) || term.split(/\s+/).length > 8) return undefined;
  return { term, definition: colon[2].trim() };
}
