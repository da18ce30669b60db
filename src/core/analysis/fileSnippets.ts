import { familyOfName } from './detectFamily';
import { FILE_SNIPPETS, type FileSnippet } from './fileSnippets.data';
import type { CompletionEntry, Position } from './types';

/** Where the cursor is, for the skeletons: a new file, a new item of a `Statement` list, or neither. */
type Place = { readonly at: FileSnippet['at']; readonly startColumn: number; readonly endColumn: number };

const COMMENT_OR_BLANK: Record<FileSnippet['syntax'], RegExp> = { yaml: /^\s*(#.*)?$/, json: /^\s*(\/\/.*)?$/ };

/** The word being typed on a line (at `column`): its start and end columns. */
function wordAround(line: string, column: number): { start: number; end: number } {
  let start = column;
  while (start > 0 && /[\w-]/.test(line[start - 1])) start--;
  let end = column;
  while (end < line.length && /[\w-]/.test(line[end])) end++;
  return { start, end };
}

/**
 * A new file: the cursor's line holds at most the word being typed (unindented in YAML, where an
 * indented line is inside something), and every other line is blank or a comment.
 */
function newFilePlace(lines: readonly string[], position: Position, syntax: FileSnippet['syntax']): Place | undefined {
  const line = lines[position.line] ?? '';
  if (!(syntax === 'yaml' ? /^[\w-]*$/ : /^\s*[\w-]*\s*$/).test(line)) return undefined;
  if (!lines.every((text, index) => index === position.line || COMMENT_OR_BLANK[syntax].test(text))) return undefined;
  const word = wordAround(line, position.character);
  return { at: 'file', startColumn: word.start, endColumn: word.end };
}

/** A new item of a YAML `Statement:` list: the line so far is `- word` or `word`, under `Statement:`. */
function statementPlace(lines: readonly string[], position: Position): Place | undefined {
  const line = lines[position.line] ?? '';
  const typed = /^(\s*)(-\s+)?[\w-]*$/.exec(line.slice(0, position.character));
  if (!typed || !/^[\w-]*\s*$/.test(line.slice(position.character))) return undefined;
  const indent = typed[1].length;
  for (let index = position.line - 1; index >= 0; index--) {
    const above = lines[index];
    if (COMMENT_OR_BLANK.yaml.test(above)) continue;
    const aboveIndent = above.length - above.trimStart().length;
    // A sibling item (or its content) of the list being extended: keep looking for the list's key.
    if (aboveIndent > indent || (aboveIndent === indent && /^\s*-/.test(above))) continue;
    if (!/^\s*(-\s+)?Statement:\s*$/.test(above)) return undefined;
    return { at: 'statement', startColumn: indent, endColumn: wordAround(line, position.character).end };
  }
  return undefined;
}

/**
 * The skeletons to offer at a position: whole files where a new file starts, the policy statement
 * where a statement can start; nowhere else (not in values, not in every list). A file named as
 * one family (`appspec.yml`, `.ebextensions/*.config`) gets only that family's skeletons.
 */
export function snippetCompletions(fileName: string, text: string, position: Position, syntax: FileSnippet['syntax']): CompletionEntry[] {
  const lines = text.split(/\r?\n/);
  const place = newFilePlace(lines, position, syntax) ?? (syntax === 'yaml' ? statementPlace(lines, position) : undefined);
  if (!place) return [];
  const named = familyOfName(fileName);
  const range = { start: { line: position.line, character: place.startColumn }, end: { line: position.line, character: place.endColumn } };
  return FILE_SNIPPETS.filter((snippet) => snippet.syntax === syntax && snippet.at === place.at && (!named || snippet.family === named)).map((snippet, index) => ({
    label: snippet.prefixes[0],
    kind: 'snippet',
    detail: snippet.description,
    documentation: `**${snippet.name}**\n\n\`\`\`${syntax}\n${snippet.body.join('\n').replace(/\$\{\d+[:|]([^}|]*)[^}]*\}/g, '$1').replace(/\$\d+/g, '')}\n\`\`\``,
    insertText: snippet.body.join('\n'),
    isSnippet: true,
    filterText: snippet.prefixes.join(' '),
    sortText: `~${String(index).padStart(2, '0')}`,
    range,
  }));
}
