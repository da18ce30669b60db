import type { Fact, NotesOrigin } from '../notes/model';
import { HeadOfRanking } from './headOfRanking';
import { ALSO_ABOVE, FIELD_BITS, FIELD_MASK, REPEATED, type FileRelevance, type RelevanceIndex, type Scratch } from './relevanceIndex';
import { containsPhrase, type CompiledQuery } from './relevanceQuery';
import { containsWhole } from './relevanceText';

export interface RankedFact {
  readonly fact: Fact;
  /** Higher is better; about 1 when a fact covers the whole query in its text. */
  readonly score: number;
}

/**
 * How much a word found in each field counts, by `Field`: text > the bare heading above (the
 * fact's title, shown with it) > code > the parent item (the fact's topic) > the rest of the breadcrumb.
 */
const FIELD_WEIGHTS: readonly number[] = [1, 0.9, 0.7, 0.6, 0.35];
/** The least a word of a phrase counts where phrases are looked for: the text, or a title. */
const PHRASE_FIELD_WEIGHT = Math.min(FIELD_WEIGHTS[0], FIELD_WEIGHTS[1]);
/** A word found again in the fact's text, or also above the fact, adds this much (`REPEATED`, `ALSO_ABOVE`). */
const REPEATED_BONUS = 0.1;
const ALSO_ABOVE_BONUS = 0.35;
/** The most a word can count in one fact: the pruning bounds assume it. */
const MAX_WORD_WEIGHT = FIELD_WEIGHTS[0] + REPEATED_BONUS + ALSO_ABOVE_BONUS;
/** Facts covering less than this share of what the best fact covers are not scored further. */
const CANDIDATE_SHARE = 0.3;
/** How many candidates per wanted result are scored in full. */
const HEAD_FACTOR = 8;
const FLOOR_BUCKETS = 64;
/** Rounding room when a fact's reachable group coverage is compared with the bar. */
const BAR_SLACK = 1e-9;
/** Above any line number: the origin orders ties before the line does. */
const ORIGIN_STRIDE = 2 ** 32;
/** A phrase of the query found as written in the text, worth this share of its words again. */
const PHRASE_BONUS = 0.5;
/** A distinctive term as written ("LeadingKeys", "aws:kms"). */
const EXACT_BONUS = 0.5;
const DEFINES_BONUS = 0.3;
const SURFACE_BONUS = 0.15;
/** Facts of another service than the query's count this much (a distinctive term as written lifts it). */
const OTHER_SERVICE = 0.5;
/** Long facts say less about each word: the score shrinks with the log of the words beyond this many. */
const SHORT_FACT_WORDS = 10;
const LENGTH_PENALTY = 0.2;
/** A precise fact (a number, a limit, a default) above a vague one. */
const PRECISE_BONUS = 0.03;

/**
 * Ranks facts for a query: each scores by how much of the query it covers (rare words and
 * exact phrases worth more; text above code above breadcrumb), its service counted once,
 * short precise facts above long vague ones. Bare headings are left out: their words count
 * for the items under them. Facts with the same text collapse into the best of them. With a
 * `minCoverage`, a fact must cover one of the query's terms (or a synonym of one) at least that
 * well, the term's weight applied: the words around the cursor alone are not enough.
 */
export function rankFacts(index: RelevanceIndex, query: CompiledQuery, minCoverage = 0, limit = Infinity): RankedFact[] {
  const owed = query.words.filter((word) => !word.optional && !word.service);
  const idfs = query.words.map((word) => new Map([...word.alternatives.keys()].map((stem) => [stem, index.idf(stem)])));
  const wordValues = query.words.map((word, i) => Math.max(0, ...[...word.alternatives].map(([stem, quality]) => quality * idfs[i].get(stem)!)));
  const serviceIndex = query.words.findIndex((word) => word.service !== undefined);
  const serviceStems = serviceIndex >= 0 ? [...query.words[serviceIndex].alternatives.keys()] : [];
  const serviceValue = serviceIndex >= 0 ? query.words[serviceIndex].weight * Math.max(1, wordValues[serviceIndex]) : 0;
  const total = query.words.reduce((sum, word, i) => (word.optional ? sum : sum + word.weight * (i === serviceIndex ? Math.max(1, wordValues[i]) : wordValues[i])), 0);
  if (total === 0 || (owed.length === 0 && serviceIndex < 0)) return [];

  const scratch = index.scratch(query.groups.length);
  const { score, seen, owedFound, groups } = scratch;
  const stamp = scratch.nextStamp();
  const candidates: number[] = [];
  // Group coverage is the hover's bar only: a lookup (no bar) skips it.
  const groupCount = minCoverage > 0 ? query.groups.length : 0;
  const groupTotals = query.groups.map((group) => group.words.reduce((sum, i) => sum + wordValues[i], 0));
  // Rarest words first: once the words left cannot lift a new fact to the floor (or, for a
  // hover, to the coverage bar), only the facts already found are scored.
  const order = query.words.map((_, i) => i).filter((i) => !query.words[i].service).sort((a, b) => query.words[b].weight * wordValues[b] - query.words[a].weight * wordValues[a]);
  let remaining = order.reduce((sum, i) => sum + query.words[i].weight * wordValues[i] * MAX_WORD_WEIGHT, 0);
  const groupShares = query.groups.map((group, g) => (groupTotals[g] === 0 ? 0 : group.weight / groupTotals[g]));
  const groupLeft = query.groups.map((group, g) => group.words.reduce((sum, i) => sum + wordValues[i] * groupShares[g] * MAX_WORD_WEIGHT, 0));
  let bestSoFar = 0;
  for (const i of order) {
    const word = query.words[i];
    const admitNew = remaining >= bestSoFar * CANDIDATE_SHARE && (groupCount === 0 || groupLeft.some((left) => left >= minCoverage));
    remaining -= word.weight * wordValues[i] * MAX_WORD_WEIGHT;
    query.groups.forEach((group, g) => {
      if (group.words.includes(i)) groupLeft[g] -= wordValues[i] * groupShares[g] * MAX_WORD_WEIGHT;
    });
    const found = accumulateWord(index, word.alternatives, idfs[i], scratch, admitNew ? undefined : candidates);
    for (const fact of found) {
      if (seen[fact] !== stamp) {
        if (!admitNew || seen[fact] === -stamp) continue;
        // A fact that cannot reach the floor (or any group's bar) with the words left is never scored: marked, not admitted later.
        const gained = scratch.wordBest[fact];
        if (gained * word.weight + remaining < bestSoFar * CANDIDATE_SHARE || (groupCount > 0 && !canReachBar(query.groups, groupCount, i, gained, groupShares, groupLeft, minCoverage))) {
          seen[fact] = -stamp;
          continue;
        }
        seen[fact] = stamp;
        score[fact] = 0;
        owedFound[fact] = 0;
        if (groupCount > 0) groups.fill(0, fact * scratch.groupSlots, fact * scratch.groupSlots + groupCount);
        candidates.push(fact);
      }
      const total = (score[fact] += scratch.wordBest[fact] * word.weight);
      if (total > bestSoFar) bestSoFar = total;
      if (!word.optional) owedFound[fact] = 1;
    }
    query.groups.slice(0, groupCount).forEach((group, g) => {
      if (!group.words.includes(i) || groupTotals[g] === 0) return;
      for (const fact of found) if (seen[fact] === stamp) groups[fact * scratch.groupSlots + g] += scratch.wordBest[fact] * groupShares[g];
    });
  }
  // A query of a service alone: every fact of the service.
  if (owed.length === 0) {
    forEachFact(index, (fact, at) => {
      if (fact.service !== query.service) return;
      seen[at] = stamp;
      score[at] = 0;
      candidates.push(at);
    });
  }

  // Facts reaching far less than the best one cannot come near the head: they are not scored further.
  // What a fact reaches is its coverage with the service counted, half for another service's
  // fact that neither names the service nor may hold a term as written: the service halves or
  // doubles a score, the other bonuses only reorder the head.
  const { final, tie, reach } = scratch;
  let bestReach = 0;
  for (const at of candidates) {
    const { file, local } = index.locate(at);
    const sameService = query.service !== undefined && file.facts[local].service === query.service;
    const halved = query.service !== undefined && !sameService && query.exact.length === 0 && !namesService(file.textWords[local], serviceStems);
    reach[at] = (score[at] + (sameService ? serviceValue : 0)) * (halved ? OTHER_SERVICE : 1);
    if (reach[at] > bestReach) bestReach = reach[at];
  }
  const floor = Math.max(bestReach * CANDIDATE_SHARE, headFloor(candidates, reach, limit, bestReach));
  const phraseBonuses = query.phrases.map((phrase) => phrase.weight * phraseValue(index, phrase.words) * PHRASE_BONUS);
  const surfaceBonus = (SURFACE_BONUS * total) / Math.max(1, owed.length);
  const exactBonuses = query.exact.map((term) => (term.weight * EXACT_BONUS * total) / Math.max(1, owed.length));
  // A phrase is in a fact's text only if each of its words is: the fact covers at least what they are worth in its text.
  // (In the text or in the title: a title's words count `FIELD_WEIGHTS[Field.BareHeading]` each.)
  const phraseNeeds = query.phrases.map((phrase) =>
    PHRASE_FIELD_WEIGHT * order.reduce((sum, i) => sum + query.words[i].weight * Math.max(0, ...phrase.words.map((word) => (query.words[i].alternatives.get(word) ?? 0) * (idfs[i].get(word) ?? 0))), 0),
  );
  /**
   * A fact's score from its coverage, given which phrases count: the bound (every phrase its
   * coverage allows) and the score (the phrases in its text) add the same bonuses in the same
   * order, so the bound is never below the score, to the last bit.
   */
  const scoreOf = (at: number, file: FileRelevance, local: number, phraseCounts: (phrase: number) => boolean) => {
    const sameService = query.service !== undefined && file.facts[local].service === query.service;
    // A fact filed elsewhere that names the service in its text ("KMS keys …" under Data Limitations) is not of another service.
    const mentionsService = !sameService && query.service !== undefined && namesService(file.textWords[local], serviceStems);
    let value = score[at] + (sameService ? serviceValue : 0);
    let exact = false;
    for (let p = 0; p < phraseBonuses.length; p++) if (phraseCounts(p)) value += phraseBonuses[p];
    query.exact.forEach((term, t) => {
      if (!containsWhole(file.lowerText[local], term.words[0])) return;
      exact = true;
      value += exactBonuses[t];
    });
    for (const form of query.surface) if (containsWhole(file.lowerText[local], form) || containsWhole(file.lowerTitle[local], form)) value += surfaceBonus;
    if (definesTerm(file.termWords[local], query.defines)) value += DEFINES_BONUS * total;
    value /= total;
    if (query.service !== undefined && !sameService && !exact && !mentionsService) value *= OTHER_SERVICE;
    value /= 1 + LENGTH_PENALTY * Math.log(Math.max(1, file.textWords[local].length / SHORT_FACT_WORDS));
    return file.precise[local] ? value + PRECISE_BONUS : value;
  };
  // Each fact past the filters gets its upper bound first, in `final`.
  const admitted: number[] = [];
  for (const at of candidates) {
    const covered = score[at];
    if (reach[at] < floor) continue;
    const { file, local } = index.locate(at);
    if (file.bare[local] || (owed.length > 0 && !owedFound[at])) continue;
    if (minCoverage > 0 && !query.groups.some((_, g) => groups[at * scratch.groupSlots + g] >= minCoverage)) continue;
    final[at] = scoreOf(at, file, local, (p) => covered >= phraseNeeds[p] * (1 - BAR_SLACK));
    // Equal scores: the user's notes first, then the earlier line, then the order found.
    tie[at] = originRank(file.facts[local].origin) * ORIGIN_STRIDE + file.facts[local].line;
    admitted.push(at);
  }
  // Facts named by their place in `admitted` (the order found breaks the last ties, as a stable sort of them would).
  const byRank = (a: number, b: number) => final[admitted[b]] - final[admitted[a]] || tie[admitted[a]] - tie[admitted[b]] || a - b;
  const byBound = admitted.map((_, place) => place).sort(byRank);
  // Highest bound first, each scored in full, until the head holds `limit` texts no bound left can pass
  // (thousands of facts may tie on their words; the phrases as written decide among them).
  const head = new HeadOfRanking(limit, byRank);
  const scored: number[] = [];
  for (const place of byBound) {
    if (head.excludes(place)) break;
    const at = admitted[place];
    const { file, local } = index.locate(at);
    final[at] = scoreOf(at, file, local, (p) => containsPhrase(file.textWords[local], query.phrases[p].words) || containsPhrase(file.titleWords[local], query.phrases[p].words));
    head.add(place, file.sameTextKey[local]);
    scored.push(place);
  }
  const ranked = scored.sort(byRank).map((place) => admitted[place]);
  return collapseIdentical(index, ranked, final, limit);
}

/**
 * Whether a fact first found through word `word` (matched `gained` well) can still cover one
 * of the first `groupCount` groups at `minCoverage`: what it covers of the group now and
 * everything the group's words left could add.
 */
function canReachBar(groups: CompiledQuery['groups'], groupCount: number, word: number, gained: number, shares: readonly number[], left: readonly number[], minCoverage: number): boolean {
  for (let g = 0; g < groupCount; g++) {
    const now = groups[g].words.includes(word) ? gained * shares[g] : 0;
    if (now + left[g] >= minCoverage - BAR_SLACK) return true;
  }
  return false;
}

/**
 * With many candidates and a short list wanted, the coverage the `HEAD_FACTOR × limit` best
 * candidates reach: the bonuses (phrases, terms as written, length) reorder the head, they do
 * not lift a fact from far below it.
 */
function headFloor(candidates: readonly number[], score: Float64Array, limit: number, best: number): number {
  const head = limit * HEAD_FACTOR;
  if (candidates.length <= head || best <= 0) return 0;
  // A histogram of coverage, counted from the top: the floor is the lower edge of the bucket where the head is full.
  const counts = new Int32Array(FLOOR_BUCKETS + 1);
  for (const at of candidates) counts[Math.floor((score[at] / best) * FLOOR_BUCKETS)]++;
  let taken = 0;
  for (let bucket = FLOOR_BUCKETS; bucket >= 0; bucket--) {
    taken += counts[bucket];
    if (taken >= head) return (bucket / FLOOR_BUCKETS) * best;
  }
  return 0;
}

/**
 * One word of the query over the postings of its alternatives: each fact's best match (its
 * best alternative in its best field) lands in `scratch.wordBest`; returns the facts reached.
 * With `known`, only those facts are looked at, each found in the postings (sorted by fact) by
 * binary search instead of walking postings thousands long.
 */
function accumulateWord(index: RelevanceIndex, alternatives: ReadonlyMap<string, number>, idfs: ReadonlyMap<string, number>, scratch: Scratch, known?: readonly number[]): number[] {
  const { wordBest, wordSeen } = scratch;
  const wordStamp = ++scratch.wordStamp;
  const found: number[] = [];
  const record = (fact: number, entry: number, value: number) => {
    const at = value * (FIELD_WEIGHTS[entry & FIELD_MASK] + (entry & REPEATED ? REPEATED_BONUS : 0) + (entry & ALSO_ABOVE ? ALSO_ABOVE_BONUS : 0));
    if (wordSeen[fact] !== wordStamp) {
      wordSeen[fact] = wordStamp;
      wordBest[fact] = at;
      found.push(fact);
    } else if (at > wordBest[fact]) wordBest[fact] = at;
  };
  for (const [stem, quality] of alternatives) {
    const value = quality * idfs.get(stem)!;
    for (let f = 0; f < index.files.length; f++) {
      const list = index.files[f].postings.get(stem);
      if (!list) continue;
      const offset = index.offsets[f];
      if (!known) {
        for (let i = 0; i < list.length; i++) record(offset + (list[i] >> FIELD_BITS), list[i], value);
        continue;
      }
      const size = index.files[f].facts.length;
      for (const fact of known) {
        const local = fact - offset;
        if (local < 0 || local >= size) continue;
        const at = firstAtOrAbove(list, local << FIELD_BITS);
        if (at < list.length && list[at] >> FIELD_BITS === local) record(fact, list[at], value);
      }
    }
  }
  return found;
}

/** The first index of ascending `list` holding at least `value` (its length when none does). */
function firstAtOrAbove(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether a `Term: definition` fact's term is made of the query's words: the fact is the definition of what was asked. */
function definesTerm(termWords: readonly string[], defines: ReadonlySet<string>): boolean {
  if (termWords.length === 0) return false;
  for (const word of termWords) if (!defines.has(word)) return false;
  return true;
}

function namesService(words: readonly string[], serviceStems: readonly string[]): boolean {
  return serviceStems.some((stem) => words.includes(stem));
}

function phraseValue(index: RelevanceIndex, words: readonly string[]): number {
  return words.reduce((sum, word) => sum + index.idf(word), 0) / words.length;
}

function forEachFact(index: RelevanceIndex, visit: (fact: Fact, at: number) => void): void {
  index.files.forEach((file, f) => file.facts.forEach((fact, local) => visit(fact, index.offsets[f] + local)));
}

/** The same text twice (the pack lists a limit under its service and under "Data Limitations"): one result, the best. */
function collapseIdentical(index: RelevanceIndex, ranked: readonly number[], final: Float64Array, limit: number): RankedFact[] {
  const seen = new Set<string>();
  const result: RankedFact[] = [];
  for (const at of ranked) {
    if (result.length >= limit) break;
    const { file, local } = index.locate(at);
    const key = file.sameTextKey[local];
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ fact: file.facts[local], score: final[at] });
  }
  return result;
}

export function originRank(origin: NotesOrigin): number {
  return origin === 'user' ? 0 : 1;
}
