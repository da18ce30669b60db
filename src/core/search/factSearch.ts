import Fuse from 'fuse.js';
import type { Fact } from '../notes/model';
import { FUSE_OPTIONS, fuseExpression, queryWords, searchRecord } from './searchFields';
import { KEY_SHIFT, KEY_SLOTS, TokenIndex } from './tokenIndex';
import { VocabularyBigrams } from './vocabularyBigrams';
import { WordMatcher } from './wordMatcher';

export { queryWords } from './searchFields';

export interface FactMatch {
  readonly fact: Fact;
  /** 0 is a perfect match, 1 no match at all (fuse.js's scale). */
  readonly score: number;
}

/** The vocabulary tokens a query word matches. */
interface WordTokens {
  /** For each token id, the edits of the word's best match in it, or -1. */
  readonly errors: Int8Array;
  /** The ids of the matching tokens. */
  readonly ids: number[];
  /** How many entries hold a matching token: the cost of walking the postings. */
  readonly postingCount: number;
  readonly maxErrors: number;
}

const THRESHOLD = FUSE_OPTIONS.threshold!;
/** ln(0.001): fuse.js's score for an exact match inside a longer field. */
const LOG_EXACT = Math.log(0.001);
/** ln(ε): fuse.js's score for a field that is the word itself. */
const LOG_WHOLE_FIELD = Math.log(Number.EPSILON);
/** Query words remembered per search: typing a query repeats its earlier words. */
const WORD_CACHE_SIZE = 64;
/** Scores this close are ties, ordered by notes order like fuse.js (the sums differ in the last bits). */
const TIE = 1e-9;
/** Candidates beyond the limit that fuse.js rescores: room for facts its cross-space matches lift. */
const RESCORED_EXTRA = 5;
/** The head of the results fuse.js rescores (it costs tens of µs per fact): what a user reads first. */
const RESCORED_HEAD = 10;
/** Tokens of a fact (its three fields), against one posting: checking few facts beats walking long postings. */
const TOKENS_PER_FACT = 32;

/**
 * Fuzzy search over facts: every word of the query must match the fact's text, its breadcrumb
 * or its service (with aliases, so "couldtrail" finds CloudTrail), in any order, with typos
 * tolerated — the rules of plain fuse.js over every fact (`FuseBaselineSearch`), without its
 * full scan. Each word is matched against the vocabulary of the notes (thousands of tokens, not
 * tens of thousands of facts); only facts holding a matching token are scored, by fuse.js's own
 * formula; fuse.js itself then rescores the best few, so the head of the results is exactly
 * fuse.js's. Building it is one pass over the facts (rebuilt when the notes change).
 */
export class FactSearch {
  private readonly facts: readonly Fact[];
  private readonly index: TokenIndex;
  private readonly bigrams: VocabularyBigrams;
  private readonly wordCache = new Map<string, WordTokens>();
  // Per-search scratch, reused across searches: entries and facts are stamped instead of cleared.
  private readonly entryStamp: Int32Array;
  private readonly entryLog: Float64Array;
  private readonly touchedEntries: Int32Array;
  private readonly factStamp: Int32Array;
  private readonly factWords: Int32Array;
  private readonly factLog: Float64Array;
  private stamp = 0;

  constructor(facts: readonly Fact[]) {
    this.facts = facts;
    this.index = new TokenIndex(facts.map(searchRecord));
    this.bigrams = new VocabularyBigrams(this.index.tokens);
    this.entryStamp = new Int32Array(facts.length * KEY_SLOTS);
    this.entryLog = new Float64Array(facts.length * KEY_SLOTS);
    this.touchedEntries = new Int32Array(facts.length * KEY_SLOTS);
    this.factStamp = new Int32Array(facts.length);
    this.factWords = new Int32Array(facts.length);
    this.factLog = new Float64Array(facts.length);
  }

  search(query: string, limit = 20): FactMatch[] {
    const words = queryWords(query);
    if (words.length === 0 || limit <= 0) return [];
    const matched = words.map((word) => ({ word, tokens: this.tokensOf(word) }));
    if (matched.some(({ tokens }) => tokens.ids.length === 0)) return [];
    // The rarest word first: later words only visit the facts still in the running.
    matched.sort((a, b) => a.tokens.postingCount - b.tokens.postingCount);
    const searchStamp = ++this.stamp;
    let alive: number[] = [];
    matched.forEach(({ word, tokens }, wordIndex) => {
      const touched = wordIndex > 0 && alive.length * TOKENS_PER_FACT < tokens.postingCount ? this.scoreFacts(word, tokens, alive) : this.scorePostings(word, tokens, wordIndex, searchStamp);
      alive = this.addWord(touched, wordIndex, searchStamp);
    });
    const head = Math.min(limit, RESCORED_HEAD);
    const ranked = this.best(alive, Math.max(limit, head + RESCORED_EXTRA));
    const rescored = this.rescore(ranked.slice(0, head + RESCORED_EXTRA), words, head);
    const shown = new Set(rescored.map((match) => match.fact));
    const rest = ranked
      .slice(head)
      .filter((fact) => !shown.has(this.facts[fact]))
      .map((fact) => ({ fact: this.facts[fact], score: Math.exp(this.factLog[fact]) }));
    return [...rescored, ...rest].slice(0, limit);
  }

  /**
   * fuse.js has the final word on the head of the results: it scores the best candidates itself.
   * The index's scores are fuse.js's except where fuse.js also matches a word across a space
   * ("on e" for "once"), which improves a fact's score; rescoring puts those facts where fuse.js would.
   */
  private rescore(candidates: number[], words: readonly string[], limit: number): FactMatch[] {
    const inNotesOrder = [...candidates].sort((a, b) => a - b);
    const fuse = new Fuse(inNotesOrder.map((fact) => searchRecord(this.facts[fact])), FUSE_OPTIONS);
    return fuse.search(fuseExpression(words), { limit }).map((result) => ({ fact: result.item.fact, score: result.score ?? 1 }));
  }

  /**
   * Walks the postings of the word's tokens, keeping for each field (entry) of a fact still in the
   * running the word's best score there, as a log: fuse.js scores a field by its best match.
   * Returns how many entries it touched (listed in `touchedEntries`).
   */
  private scorePostings(word: string, tokens: WordTokens, wordIndex: number, searchStamp: number): number {
    const { postings } = this.index;
    const { factStamp, factWords } = this;
    const wordStamp = ++this.stamp;
    const logs = errorLogs(word, tokens.maxErrors);
    let touched = 0;
    for (const id of tokens.ids) {
      const list = postings[id];
      const log = logs[tokens.errors[id]];
      const isWord = tokens.errors[id] === 0 && this.index.tokens[id] === word;
      for (let i = 0; i < list.length; i++) {
        const entry = list[i];
        const fact = entry >> KEY_SHIFT;
        if (wordIndex > 0 && (factStamp[fact] !== searchStamp || factWords[fact] !== wordIndex)) continue;
        touched = this.keepBest(entry, isWord && this.index.wholeField[entry] === id ? LOG_WHOLE_FIELD : log, wordStamp, touched);
      }
    }
    return touched;
  }

  /** Like `scorePostings`, reading the tokens of the few facts still in the running instead. */
  private scoreFacts(word: string, tokens: WordTokens, alive: readonly number[]): number {
    const { entryStart, entryTokens, wholeField } = this.index;
    const wordStamp = ++this.stamp;
    const logs = errorLogs(word, tokens.maxErrors);
    let touched = 0;
    for (const fact of alive) {
      for (let entry = fact << KEY_SHIFT, last = entry + KEY_SLOTS; entry < last; entry++) {
        for (let at = entryStart[entry], end = entryStart[entry + 1]; at < end; at++) {
          const id = entryTokens[at];
          const errors = tokens.errors[id];
          if (errors < 0) continue;
          const whole = errors === 0 && wholeField[entry] === id && this.index.tokens[id] === word;
          touched = this.keepBest(entry, whole ? LOG_WHOLE_FIELD : logs[errors], wordStamp, touched);
        }
      }
    }
    return touched;
  }

  private keepBest(entry: number, log: number, wordStamp: number, touched: number): number {
    if (this.entryStamp[entry] !== wordStamp) {
      this.entryStamp[entry] = wordStamp;
      this.entryLog[entry] = log;
      this.touchedEntries[touched] = entry;
      return touched + 1;
    }
    if (log < this.entryLog[entry]) this.entryLog[entry] = log;
    return touched;
  }

  /**
   * Adds the word's factor to each fact it matched (every matching field multiplies in
   * score^exponent: summed here as logs) and returns those facts, still in the running.
   */
  private addWord(touched: number, wordIndex: number, searchStamp: number): number[] {
    const { exponents } = this.index;
    const next: number[] = [];
    for (let i = 0; i < touched; i++) {
      const entry = this.touchedEntries[i];
      const fact = entry >> KEY_SHIFT;
      if (wordIndex === 0 && this.factStamp[fact] !== searchStamp) {
        this.factStamp[fact] = searchStamp;
        this.factWords[fact] = 0;
        this.factLog[fact] = 0;
      }
      if (this.factWords[fact] === wordIndex) {
        this.factWords[fact] = wordIndex + 1;
        next.push(fact);
      }
      this.factLog[fact] += this.entryLog[entry] * exponents[entry];
    }
    return next;
  }

  /** The `limit` best facts by the index's scores, best first; ties in notes order. */
  private best(candidates: number[], limit: number): number[] {
    const top: number[] = [];
    const before = (a: number, b: number) => {
      const difference = this.factLog[a] - this.factLog[b];
      return Math.abs(difference) > TIE ? difference < 0 : a < b;
    };
    for (const fact of candidates) {
      if (top.length === limit && !before(fact, top[limit - 1])) continue;
      let at = top.length;
      while (at > 0 && before(fact, top[at - 1])) at--;
      top.splice(at, 0, fact);
      if (top.length > limit) top.pop();
    }
    return top;
  }

  /** The vocabulary tokens a word matches, cached. */
  private tokensOf(word: string): WordTokens {
    const cached = this.wordCache.get(word);
    if (cached) return cached;
    const matcher = new WordMatcher(word, THRESHOLD);
    const { tokens, masks, postings } = this.index;
    const errors = new Int8Array(tokens.length).fill(-1);
    const ids: number[] = [];
    let postingCount = 0;
    const candidates = this.bigrams.candidates(word, matcher.maxErrors);
    const count = candidates ? candidates.length : tokens.length;
    for (let i = 0; i < count; i++) {
      const id = candidates ? candidates[i] : i;
      const found = matcher.errorsIn(tokens[id], masks[id]);
      if (found < 0) continue;
      errors[id] = found;
      ids.push(id);
      postingCount += postings[id].length;
    }
    if (this.wordCache.size >= WORD_CACHE_SIZE) this.wordCache.clear();
    const result = { errors, ids, postingCount, maxErrors: matcher.maxErrors };
    this.wordCache.set(word, result);
    return result;
  }
}

/** The log of fuse.js's score for a match with 0, 1, 2… edits (an exact match inside a field scores 0.001). */
function errorLogs(word: string, maxErrors: number): number[] {
  return Array.from({ length: maxErrors + 1 }, (_, errors) => (errors === 0 ? LOG_EXACT : Math.log(errors / word.length)));
}
