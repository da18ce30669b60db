import type { NotesOrigin, ParsedNotes } from './model';
import { NotesBuilder, type FactDraft } from './notesBuilder';
import { isKnownService } from './serviceAliases';
import { splitLines } from '../util/lines';
import { baseName } from '../util/paths';

/** `• text`, `- text`, `* text`, `1. text`, `2) text` (a marker alone on a line is an empty item). */
const ITEM = /^([•◦▪‣·\-*+]|\d{1,3}[.)])(?:\s+(.*))?$/;
/** Column-0 lines that open or continue code (JSON/YAML policy blocks pasted under a bullet). */
const CODE_START = /^[{}[\]"']|^<\w/;
const TAB_WIDTH = 4;

/** Small words a title may keep in lower case ("NAT Gateway or Nat Instance"). */
const TITLE_CONNECTORS = new Set(['a', 'an', 'and', 'or', 'of', 'the', 'to', 'for', 'in', 'on', 'with', 'vs', 'vs.', 'by', 'at', '&', '-', '/', '+']);

/**
 * The outline format of study notes: unindented headings, bullets nested by indentation,
 * a heading's description on the unindented line right under it, column-0 code belonging to
 * the item above it. Every non-blank line ends up in exactly one node.
 */
export function parseOutline(file: string, text: string, origin: NotesOrigin, idScope = baseName(file)): ParsedNotes {
  const builder = new NotesBuilder(file, origin, idScope);
  const lines = splitLines(text);
  const nonBlank: number[] = [];
  /** Open items by indentation, innermost last: where the next item nests. */
  let open: { indent: number; fact: FactDraft }[] = [];
  let codeOwner: FactDraft | undefined;
  let codeDepth = 0;
  let inFence = false;

  lines.forEach((raw, line) => {
    const content = raw.trim();
    if (content === '') return;
    nonBlank.push(line);
    const indent = indentWidth(raw);

    // A fenced block (```) belongs, whole, to the item above it.
    if (inFence || (content.startsWith('```') && builder.lastFact)) {
      builder.appendCode(builder.lastFact!, raw.replace(/\s+$/, ''), line);
      if (content.startsWith('```')) inFence = !inFence;
      return;
    }

    // Inside a column-0 code block: everything until its brackets balance belongs to it.
    if (codeOwner && codeDepth > 0) {
      builder.appendCode(codeOwner, raw.replace(/\s+$/, ''), line);
      codeDepth += bracketBalance(content);
      if (codeDepth <= 0) codeOwner = undefined;
      return;
    }
    codeOwner = undefined;

    const item = ITEM.exec(content);
    if (item && !(indent === 0 && item[1] === '-' && /^-+$/.test(content))) {
      while (open.length > 0 && open[open.length - 1].indent >= indent) open.pop();
      const fact = builder.addFact({
        text: (item[2] ?? '').trim(),
        marker: item[1],
        numbered: /^\d/.test(item[1]),
        line,
        parent: open.length > 0 ? open[open.length - 1].fact : undefined,
      });
      open.push({ indent, fact });
      return;
    }

    const last = builder.lastFact;
    if (indent === 0 && CODE_START.test(content) && last) {
      builder.appendCode(last, raw.replace(/\s+$/, ''), line);
      codeDepth = bracketBalance(content);
      if (codeDepth > 0) codeOwner = last;
      return;
    }

    if (indent > 0) {
      // A wrapped or indented continuation of the item above it: code if it looks like code.
      if (last) {
        if (CODE_START.test(content) || /\t/.test(raw)) builder.appendCode(last, raw.replace(/\s+$/, ''), line);
        else builder.appendText(last, content, line);
        return;
      }
      // Indented text before any item: a paragraph item of its own.
      open = [{ indent, fact: builder.addFact({ text: content, marker: '', numbered: false, line }) }];
      return;
    }

    if (builder.canDescribe() && !looksLikeHeading(content)) {
      builder.describe(content, line);
      return;
    }
    builder.startSection(content, line);
    open = [];
  });

  return builder.finish(nonBlank);
}

/**
 * Whether an unindented line right under a heading is a heading of its own ("CloudMap" after
 * "ACM") rather than the description ("ML powered service" after "CodeGuru"): known services
 * and Title Case lines are headings.
 */
function looksLikeHeading(content: string): boolean {
  if (isKnownService(content)) return true;
  if (/[.!?]$/.test(content) || content.length > 80) return false;
  const words = content.replace(/[():,]/g, ' ').split(/\s+/).filter(Boolean);
  return words.every((word) => TITLE_CONNECTORS.has(word.toLowerCase()) || !/^\p{Ll}/u.test(word));
}

function indentWidth(raw: string): number {
  let width = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0x20 || code === 0xa0) width++;
    else if (code === 0x09) width = (Math.floor(width / TAB_WIDTH) + 1) * TAB_WIDTH;
    else break;
  }
  return width;
}

/** Opening minus closing brackets on a line (strings are not special-cased: notes, not parsers). */
function bracketBalance(content: string): number {
  let balance = 0;
  for (const ch of content) {
    if (ch === '{' || ch === '[') balance++;
    else if (ch === '}' || ch === ']') balance--;
  }
  return balance;
}

