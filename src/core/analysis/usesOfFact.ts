import type { NotesIndex } from '../notes/notesIndex';
import { relatedNotes } from '../search/relatedNotes';
import { analysisOf, hoverAt } from './analyze';
import type { NotesQuery } from './types';

/** A place in an IaC file whose hover shows a fact. */
export interface FactUse {
  /** 0-based. */
  readonly line: number;
  readonly character: number;
  /** The word hovered there (`VisibilityTimeout`, `aws:SecureTransport`). */
  readonly word: string;
}

/** Words looked at per file: enough for any hand-written file, bounded for a generated one. */
const MAX_WORDS = 4_000;
/** Uses listed per file. */
const MAX_USES_PER_FILE = 5;
/** The starts of the words a hover may be on: names, keys, values (`aws:kms`, `Fn::GetAtt`, `leader_only`). */
const WORD = /[A-Za-z_][\w:.\-/]*/g;

/**
 * Where in one IaC file the hover would show the fact (the join from a note to the code): each
 * word of the file is asked for its hover, as the editor would; words asking the same notes
 * query are ranked once. Bounded in words and results; nothing at all for a file that is not IaC.
 */
export function usesOfFact(fileName: string, text: string, factId: string, index: NotesIndex, isCancelled: () => boolean = () => false): FactUse[] {
  const analysis = analysisOf(fileName, text);
  if (!analysis) return [];
  const verdicts = new Map<string, boolean>();
  const shows = (query: NotesQuery) => {
    const key = JSON.stringify(query);
    let verdict = verdicts.get(key);
    if (verdict === undefined) verdicts.set(key, (verdict = relatedNotes(index, query).shown.some(({ fact }) => fact.id === factId)));
    return verdict;
  };
  const uses: FactUse[] = [];
  const lines = text.split('\n');
  let words = 0;
  for (let line = 0; line < lines.length && uses.length < MAX_USES_PER_FILE; line++) {
    if (isCancelled()) return uses;
    for (const match of lines[line].matchAll(WORD)) {
      if (++words > MAX_WORDS) return uses;
      const query = hoverAt(analysis, { line, character: match.index! + 1 })?.notes;
      if (query && shows(query)) {
        uses.push({ line, character: match.index!, word: match[0].replace(/[:.\-/]+$/, '') });
        break;
      }
    }
  }
  return uses;
}
