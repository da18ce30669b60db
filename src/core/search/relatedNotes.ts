import type { NotesIndex } from '../notes/notesIndex';
import { rankFacts, type RankedFact } from './rankFacts';
import { originRank, relevanceIndexOf } from './relevanceIndex';
import { compileNotesQuery, type CompiledQuery, type NotesQuery } from './relevanceQuery';

/** The notes part of a hover or a completion item's documentation. */
export interface RelatedNotes {
  /** The user's best facts, then the pack's: at most `limitPerOrigin` of each. */
  readonly shown: readonly RankedFact[];
  /** How many more of the user's facts pass the bar (the hover's "N more in your notes…"). */
  readonly moreOfUser: number;
  /** The query as words, for Look Up Fact. */
  readonly queryText: string;
}

/** A fact covering less of the cursor's words than this is about something else: a hover shows nothing rather than noise. */
export const HOVER_MIN_COVERAGE = 0.35;
/**
 * A fact scoring below this share of the best one is much less about the cursor than it (half:
 * on the precision set's tuned half, 0.35 → 0.5 takes precision from 0.39 to 0.43, every labelled
 * note still shown; 0.7 began to drop labelled notes of the relevance set).
 */
const SHARE_OF_BEST = 0.5;
/**
 * And a fact scoring below this (about 1 when it says the whole of what the cursor names) shares
 * a word or two with it and is about something else: on the tuned half of the precision set
 * (`test/relevance/precision.cases.ts`) no labelled note scores under 0.5, and a floor of 0.4
 * takes the shown notes' precision from 0.27 to 0.39 and the hovers that rightly show nothing
 * from 1 in 8 to 6 in 8, every labelled note still shown.
 */
export const HOVER_MIN_SCORE = 0.4;
/** Facts ranked for a hover: its head, and enough beyond it to count "N more in your notes…" (and fill the lookup it opens). */
export const HOVER_RANKED = 64;

/** Every fact worth showing for a query, the user's first, best first within each origin. */
export function rankedForQuery(index: NotesIndex, query: CompiledQuery, limit = HOVER_RANKED): RankedFact[] {
  const ranked = rankFacts(relevanceIndexOf(index), query, HOVER_MIN_COVERAGE, limit);
  const bar = Math.max(HOVER_MIN_SCORE, (ranked[0]?.score ?? 0) * SHARE_OF_BEST);
  // Read once: an imported binding run as CommonJS (tests, bench) is a getter call at each use.
  const rankOf = originRank;
  return ranked.filter((result) => result.score >= bar).sort((a, b) => rankOf(a.fact.origin) - rankOf(b.fact.origin) || b.score - a.score);
}

/** The notes of a hover: the user's best facts, then the pack's, and how many more of the user's there are. */
export function relatedNotes(index: NotesIndex, query: NotesQuery, limitPerOrigin = 3): RelatedNotes {
  const compiled = compileNotesQuery(query);
  const ranked = rankedForQuery(index, compiled);
  const user = ranked.filter((result) => result.fact.origin === 'user');
  const bundled = ranked.filter((result) => result.fact.origin === 'bundled');
  return {
    shown: [...user.slice(0, limitPerOrigin), ...bundled.slice(0, limitPerOrigin)],
    moreOfUser: Math.max(0, user.length - limitPerOrigin),
    queryText: compiled.text,
  };
}
