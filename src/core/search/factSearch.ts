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
  /** The ids of the matching tokens, fewest edits first. */
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
  private readonly factStamp: Int32Array;
  private readonly factWords: Int32Array;
  private readonly factLog: Float64Array;
  /** The facts still in the running, and those the next word keeps (swapped after each word). */
  private alive: Int32Array;
  private kept: Int32Array;
  private stamp = 0;

  constructor(facts: readonly Fact[]) {
    this.facts = facts;
    this.index = new TokenIndex(facts.map(searchRecord));
    this.bigrams = new VocabularyBigrams(this.index.tokens);
    this.entryStamp = new Int32Array(facts.length * KEY_SLOTS);
    this.alive = new Int32Array(facts.length);
    this.kept = new Int32Array(facts.length);
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
    let aliveCount = 0;
    matched.forEach(({ word, tokens }, wordIndex) => {
      aliveCount =
        wordIndex > 0 && aliveCount * TOKENS_PER_FACT < tokens.postingCount
          ? this.scoreFacts(word, tokens, wordIndex, aliveCount)
          : this.scorePostings(word, tokens, wordIndex, searchStamp);
      [this.alive, this.kept] = [this.kept, this.alive];
    });
    const head = Math.min(limit, RESCORED_HEAD);
    const ranked = this.best(this.alive.subarray(0, aliveCount), Math.max(limit, head + RESCORED_EXTRA));
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
   * Walks the postings of the word's tokens and adds the word's factor to each fact still in the
   * running that it matches: every matching field (entry) multiplies in score^exponent, summed
   * here as logs. fuse.js scores a field by its best match, and tokens come fewest edits first,
   * so the first token to reach an entry is its best there: later ones skip it. Lists the facts
   * kept in `kept` and returns how many.
   */
  private scorePostings(word: string, tokens: WordTokens, wordIndex: number, searchStamp: number): number {
    const { postings, exponents, wholeField } = this.index;
    const { entryStamp, factStamp, factWords, factLog, kept } = this;
    const wordStamp = ++this.stamp;
    const logs = errorLogs(word, tokens.maxErrors);
    let keptCount = 0;
    for (const id of tokens.ids) {
      const list = postings[id];
      const log = logs[tokens.errors[id]];
      // A field that is the word itself holds no other token, so no other token competes for it (-2: no entry, -1 is "not whole").
      const wholeId = tokens.errors[id] === 0 && this.index.tokens[id] === word ? id : -2;
      for (let i = 0; i < list.length; i++) {
        const entry = list[i];
        if (entryStamp[entry] === wordStamp) continue;
        const fact = entry >> KEY_SHIFT;
        if (factStamp[fact] !== searchStamp) {
          if (wordIndex > 0) continue;
          factStamp[fact] = searchStamp;
          factWords[fact] = 0;
          factLog[fact] = 0;
        } else if (factWords[fact] < wordIndex) continue;
        entryStamp[entry] = wordStamp;
        if (factWords[fact] === wordIndex) {
          factWords[fact] = wordIndex + 1;
          kept[keptCount++] = fact;
        }
        factLog[fact] += (wholeField[entry] === wholeId ? LOG_WHOLE_FIELD : log) * exponents[entry];
      }
    }
    return keptCount;
  }

  /** Like `scorePostings`, reading the tokens of the few facts still in the running (`alive`) instead. */
  private scoreFacts(word: string, tokens: WordTokens, wordIndex: number, aliveCount: number): number {
    const { entryStart, entryTokens, wholeField, exponents } = this.index;
    const { alive, kept, factWords, factLog } = this;
    const logs = errorLogs(word, tokens.maxErrors);
    let keptCount = 0;
    for (let i = 0; i < aliveCount; i++) {
      const fact = alive[i];
      let sum = 0;
      for (let entry = fact << KEY_SHIFT, last = entry + KEY_SLOTS; entry < last; entry++) {
        // Every match's log is below 0: 0 is no match.
        let best = 0;
        for (let at = entryStart[entry], end = entryStart[entry + 1]; at < end; at++) {
          const id = entryTokens[at];
          const errors = tokens.errors[id];
          if (errors < 0) continue;
          const log = errors === 0 && wholeField[entry] === id && this.index.tokens[id] === word ? LOG_WHOLE_FIELD : logs[errors];
          if (log < best) best = log;
        }
        if (best < 0) sum += best * exponents[entry];
      }
      if (sum === 0) continue;
      factWords[fact] = wordIndex + 1;
      factLog[fact] += sum;
      kept[keptCount++] = fact;
    }
    return keptCount;
  }

  /** The `limit` best facts by the index's scores, best first; ties in notes order. */
  private best(candidates: Int32Array, limit: number): number[] {
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
    // Fewest edits first: `scorePostings` relies on it.
    ids.sort((a, b) => errors[a] - errors[b]);
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
