import MarkdownIt from 'markdown-it';
import type { NotesOrigin, ParsedNotes } from './model';
import { NotesBuilder, type FactDraft } from './notesBuilder';
import { isKnownService } from './serviceAliases';
import { splitLines } from '../util/lines';
import { baseName } from '../util/paths';

const md = new MarkdownIt({ html: false });
type Token = ReturnType<typeof md.parse>[number];
const LINK_REFERENCE = /^ {0,3}\[[^\]]+\]:/;

/**
 * Markdown notes, read from markdown-it's block tokens: a heading naming a known service (or
 * any heading at the top level so far) starts a section; deeper headings are topics that the
 * items under them nest in; list items nest as lists do; paragraphs are items; fenced code and
 * tables belong to the item above them. Every non-blank line is claimed by one node.
 */
export function parseMarkdownNotes(file: string, text: string, origin: NotesOrigin, idScope = baseName(file)): ParsedNotes {
  const builder = new NotesBuilder(file, origin, idScope);
  const lines = splitLines(text);
  const tokens = md.parse(lines.join('\n'), {});
  let sectionLevel = 0;
  let topics: { level: number; fact: FactDraft }[] = [];
  const items: FactDraft[] = [];
  const lists: { ordered: boolean }[] = [];
  const nestParent = (): FactDraft | undefined => items.at(-1) ?? topics.at(-1)?.fact;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const [start, end] = token.map ?? [-1, -1];
    switch (token.type) {
      case 'heading_open': {
        const level = Number(token.tag.slice(1));
        const title = inlineText(tokens[i + 1]);
        i += 2;
        if (sectionLevel === 0 || level <= sectionLevel || isKnownService(title)) {
          builder.startSection(title, start);
          sectionLevel = level;
          topics = [];
        } else {
          while (topics.length > 0 && topics[topics.length - 1].level >= level) topics.pop();
          const parent = topics.at(-1)?.fact;
          topics.push({ level, fact: builder.addFact({ text: title, marker: token.markup, numbered: false, line: start, ...(parent ? { parent } : {}) }) });
        }
        // A setext heading's underline ("---", "===") is part of it.
        claimLines(builder, start + 1, end);
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open' });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const ordered = lists.at(-1)?.ordered ?? false;
        const parent = nestParent();
        items.push(
          builder.addFact({
            text: '',
            marker: ordered ? `${token.info}${token.markup}` : token.markup,
            numbered: ordered,
            line: start,
            ...(parent ? { parent } : {}),
          }),
        );
        break;
      }
      case 'list_item_close':
        items.pop();
        break;
      case 'paragraph_open': {
        const content = inlineText(tokens[i + 1]);
        i += 2;
        const item = items.at(-1);
        if (item) {
          builder.appendText(item, content, start);
        } else if (topics.length === 0 && builder.canDescribe()) {
          builder.describe(content, start);
        } else {
          const parent = topics.at(-1)?.fact;
          const fact = builder.addFact({ text: content, marker: '', numbered: false, line: start, ...(parent ? { parent } : {}) });
          claimRange(builder, fact, start, end);
          break;
        }
        claimLines(builder, start + 1, end);
        break;
      }
      case 'fence':
      case 'code_block':
      case 'html_block':
      case 'table_open': {
        const owner = items.at(-1) ?? builder.lastFact ?? builder.addFact({ text: '', marker: '', numbered: false, line: start });
        for (let line = start; line < end; line++) if (lines[line].trim() !== '') builder.appendCode(owner, lines[line], line);
        break;
      }
      case 'hr':
        builder.mapLine(start);
        break;
      case 'blockquote_open':
        // Quote markers belong to the quote; its paragraphs are items of their own.
        claimLines(builder, start, end);
        break;
      default:
        break;
    }
  }

  // Link reference definitions leave no token behind: they belong to the notes around them.
  lines.forEach((line, index) => {
    if (LINK_REFERENCE.test(line)) builder.mapLine(index);
  });
  const nonBlank = lines.flatMap((line, index) => (line.trim() === '' ? [] : [index]));
  return builder.finish(nonBlank);
}

/** A paragraph's or heading's source text on one line, as written. */
function inlineText(token: Token | undefined): string {
  return (token?.content ?? '').replace(/\s*\n\s*/g, ' ').trim();
}

function claimLines(builder: NotesBuilder, from: number, to: number): void {
  for (let line = from; line < to; line++) builder.mapLine(line);
}

function claimRange(builder: NotesBuilder, fact: FactDraft, from: number, to: number): void {
  claimLines(builder, from, to);
  if (to - 1 > fact.endLine) fact.endLine = to - 1;
}
