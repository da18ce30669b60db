import type { Fact } from '../notes/model';
import { HeadOfRanking } from './headOfRanking';
import { serviceMentions, WholeTermFinder } from './queryMarks';
import { ALSO_ABOVE, FIELD_BITS, FIELD_MASK, REPEATED, type RelevanceIndex, type Scratch } from './relevanceIndex';
import { containsPhrase, type CompiledQuery } from './relevanceQuery';
import { containsWhole } from './relevanceText';
import { serviceNameWords } from './serviceWords';

export interface RankedFact {
  readonly fact: Fact;
  /** Higher is better; about 1 when a fact covers the whole query in its text. */
  readonly score: number;
}

/**
 * How much a word found in each field counts, by `Field`: text > the bare heading above (the
 * fact's title, shown with it) > code > the parent item (the fact's topic) > the rest of the breadcrumb.
 */
const FIELD_WEIGHTS = Float64Array.of(1, 0.9, 0.7, 0.6, 0.35);
/**
 * A lookup's: the title as much as the text. Look Up Fact shows a fact under a bare heading as one
 * result, "Heading › fact", and a word typed is in it wherever the note puts it (a heading is the
 * note's own words); a hover tells what the cursor names from what is filed near it. 1: on the aimed
 * queries of the bench, the aimed fact first 77.7 → 78.3 %, in the top 10 95.0 → 96.0 %; the tuned
 * lookup cases' recall@3 0.971 → 0.981; the hovers' figures unchanged (where 1 for them too lost an
 * AppSpec case and the precision set a note).
 */
const LOOKUP_FIELD_WEIGHTS = Float64Array.of(1, 1, 0.7, 0.6, 0.35);
/** No fact names a service when the query has none. */
const NO_MENTIONS = new Uint8Array(0);
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
/**
 * What the words that only lift (a description's) add to a fact, at most, as a share of the query: a
 * fact paraphrasing the catalog (the pack's "hooks: scripts to run per lifecycle event, each with
 * location, timeout and runas") doubled its score without it, and the half-of-best bar then hid the
 * user's own notes on hooks. 0.4: on the tuned batches, `.ebextensions` 115 hits (uncapped 114, 0.25
 * 113), the other families and the precision set unchanged.
 */
const LIFT_CAP = 0.4;
/** About what a binary search of a list of postings costs, in entries walked: a list shorter than this many times the facts looked for is walked. */
const SEARCH_STEPS = 16;
/** Rounding room when a fact's reachable group coverage is compared with the bar. */
const BAR_SLACK = 1e-9;
/** A phrase of the query found as written in the text, worth this share of its words again. */
const PHRASE_BONUS = 0.5;
/** A distinctive term as written ("LeadingKeys", "aws:kms"). */
const EXACT_BONUS = 0.5;
/** A `Term: definition` fact whose term is what the cursor names: its definition (a share of the whole query). */
const DEFINES_BONUS = 0.3;
/** A lookup word found in the fact as typed ("metric", not only "metrics"), a share of a word's worth. */
const SURFACE_BONUS = 0.15;
/** A fact of another service whose text writes the service as typed gets this share of the service word. */
const WRITTEN_SERVICE = 0.75;
/** Another form of a word of the query ("load balancer" for `LoadBalanced`) counts this much of the word. */
const OTHER_FORM = 0.6;
/** A word of the user's notes one typo from a word of the query ("mananger" for "manager") counts this much of it. */
const MISSPELT = 0.5;
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
  const weighed = weighQuery(index, query);
  if (!weighed) return [];
  const scratch = index.scratch(query.groups.length);
  const stamp = scratch.nextStamp();
  // Three functions, not one: each is optimized (and, when a query's shapes surprise it, sent back and optimized again) on its own.
  const candidateCount = collectCandidates(index, weighed, scratch, stamp, minCoverage);
  return scoreCandidates(index, weighed, scratch, stamp, candidateCount, minCoverage, limit);
}

/**
 * The query's words over the postings, rarest first: the facts worth scoring land in
 * `scratch.candidates` (returns how many), their coverage in `scratch.score`, what they owe in
 * `scratch.owedFound`, their coverage of each group in `scratch.groups`.
 */
function collectCandidates(index: RelevanceIndex, weighed: WeighedQuery, scratch: Scratch, stamp: number, minCoverage: number): number {
  const { owedCount, idfs, wordValues, order, groupTotals, groupShares, groupLeft, inGroup, weights, optional, wordCount } = weighed;
  let remaining = weighed.remaining;
  const { score, seen, owedFound, groups, candidates, found } = scratch;
  let candidateCount = 0;
  // Group coverage is the hover's bar only: a lookup (no bar) skips it.
  const groupCount = minCoverage > 0 ? weighed.groupCount : 0;
  let bestSoFar = 0;
  for (let o = 0; o < order.length; o++) {
    const i = order[o];
    const weight = weights[i];
    const admitNew = remaining >= bestSoFar * CANDIDATE_SHARE && (groupCount === 0 || groupLeft.some((left) => left >= minCoverage));
    remaining -= weight * wordValues[i] * MAX_WORD_WEIGHT;
    for (let g = 0; g < weighed.groupCount; g++) groupLeft[g] -= inGroup[g * wordCount + i] * wordValues[i] * groupShares[g] * MAX_WORD_WEIGHT;
    const foundCount = accumulateWord(index, weighed.alternatives[i], idfs[i], weighed.fieldWeights, scratch, candidates, admitNew ? 0 : candidateCount, admitNew, stamp);
    for (let k = 0; k < foundCount; k++) {
      const fact = found[k];
      if (seen[fact] !== stamp) {
        if (!admitNew || seen[fact] === -stamp) continue;
        // A fact that cannot reach the floor (or any group's bar) with the words left is never scored: marked, not admitted later.
        const gained = scratch.wordBest[fact];
        if (gained * weight + remaining < bestSoFar * CANDIDATE_SHARE || (groupCount > 0 && !canReachBar(inGroup, wordCount, groupCount, i, gained, groupShares, groupLeft, minCoverage))) {
          seen[fact] = -stamp;
          continue;
        }
        seen[fact] = stamp;
        score[fact] = 0;
        owedFound[fact] = 0;
        // By hand: `fill` is a call into the runtime, the costliest line of a hover with thousands of candidates.
        for (let g = 0, base = fact * scratch.groupSlots; g < groupCount; g++) groups[base + g] = 0;
        candidates[candidateCount++] = fact;
      }
      const total = (score[fact] += scratch.wordBest[fact] * weight);
      if (total > bestSoFar) bestSoFar = total;
      if (!optional[i]) owedFound[fact] = 1;
    }
    for (let g = 0; g < groupCount; g++) {
      const part = inGroup[g * wordCount + i];
      if (part === 0 || groupTotals[g] === 0) continue;
      for (let k = 0; k < foundCount; k++) {
        const fact = found[k];
        if (seen[fact] === stamp) groups[fact * scratch.groupSlots + g] += scratch.wordBest[fact] * part * groupShares[g];
      }
    }
  }
  // A query of a service alone: every fact of the service.
  const { serviceNumber } = weighed;
  if (owedCount === 0) {
    for (let at = 0; at < index.size; at++) {
      if (index.serviceOf[at] !== serviceNumber) continue;
      seen[at] = stamp;
      score[at] = 0;
      candidates[candidateCount++] = at;
    }
  }
  return candidateCount;
}

/** The candidates past the floor and the filters, bounded, then scored in full from the best bound down until the head is settled. */
function scoreCandidates(index: RelevanceIndex, weighed: WeighedQuery, scratch: Scratch, stamp: number, candidateCount: number, minCoverage: number, limit: number): RankedFact[] {
  const { owedCount, serviceNumber, withinNumber, serviceNames, serviceValue, otherServiceShare, total, phraseBonuses, exactBonuses, exactDefined, surface, surfaceBonus, defines, phraseBars, serviceForms, exact, phraseWords, hasService } = weighed;
  const { score, owedFound, groups, candidates } = scratch;
  // Facts reaching far less than the best one cannot come near the head: they are not scored further.
  // What a fact reaches is its coverage with the service counted, half for another service's
  // fact that neither names the service nor may hold a term as written: the service halves or
  // doubles a score, the other bonuses only reorder the head.
  const { final, reach, credit, otherService, admitted } = scratch;
  const mentions = weighed.service === undefined ? NO_MENTIONS : index.mentionsOf(weighed.service, () => serviceMentions(index, serviceNames));
  const familyOf = index.servicesWriting(serviceForms);
  const namedByQuery = index.servicesAmong(weighed.namedServices);
  const serviceWriters = serviceForms.map((form, f) => new WholeTermFinder(index, scratch.termMarks(exact.length + f), stamp, form));
  // Each candidate's reach, service credit and whether it is of another service, by its place in
  // `candidates` (read in that order from here on, not scattered over 50,000 facts), kept for its score.
  let bestReach = 0;
  for (let k = 0; k < candidateCount; k++) {
    const at = candidates[k];
    const sameService = (serviceNumber >= 0 && (index.serviceOf[at] === serviceNumber || index.topicServiceOf[at] === serviceNumber)) || (withinNumber >= 0 && index.serviceOf[at] === withinNumber);
    const family = familyOf[index.serviceOf[at]] === 1;
    // What the fact gets of the service word: all of it when of the service, a share when its text, or the
    // topic it is filed under ("DynamoDB Accelerator (DAX)" for "dax"), writes the service as a lookup named it.
    // (Here, not in a function: a returned number is an allocation per fact.)
    let gets = 0;
    let filedUnder = false;
    if (sameService) gets = serviceValue;
    else if (family) gets = serviceValue * WRITTEN_SERVICE;
    else {
      for (let f = 0; f < serviceWriters.length && gets === 0; f++) if (serviceWriters[f].holds(at)) gets = serviceValue * WRITTEN_SERVICE;
      for (let f = 0; f < serviceWriters.length && gets === 0; f++) if ((filedUnder = serviceWriters[f].holdsAbove(at))) gets = serviceValue * WRITTEN_SERVICE;
    }
    // A fact filed elsewhere that names the service in its text ("KMS keys …" under Data Limitations), or is filed under it, is not of another service;
    // nor is a fact of a service a synonym of the cursor's name, or its option namespace, names (CloudWatch for `Monitoring`).
    otherService[k] = hasService && !sameService && !filedUnder && !family && mentions[at] !== 1 && namedByQuery[index.serviceOf[at]] !== 1 ? 1 : 0;
    credit[k] = gets;
    reach[k] = (score[at] + credit[k]) * (otherService[k] === 1 && exact.length === 0 ? OTHER_SERVICE : 1);
    if (reach[k] > bestReach) bestReach = reach[k];
  }
  const floor = Math.max(bestReach * CANDIDATE_SHARE, headFloor(candidateCount, reach, limit, bestReach));
  // Scores land in a typed array; objects are made for the head only (thousands of candidates may tie).
  const exactTerms = exact.map((term, t) => new WholeTermFinder(index, scratch.termMarks(t), stamp, term));
  // What the cursor names, by term number: whether a fact defines it is then a number compared, not a
  // string looked up. (Compared where it is asked, not in a function: a call to a closure made per
  // query, on a path some hovers never take, sent the optimized loop back to the interpreter.)
  const { definedStamp, definedShare } = scratch;
  if (defines) {
    for (const [key, share] of defines) {
      const term = index.termNumber(key);
      if (term < 0) continue;
      definedStamp[term] = stamp;
      definedShare[term] = share;
    }
  }
  /**
   * The score of the fact at `place` in `admitted` from its coverage, into `final` at its place:
   * its upper bound (`bound`: every phrase its coverage allows) or its score (the phrases in its
   * text). Both add the same bonuses in the same order, so the bound is never below the score,
   * to the last bit. (Written, not returned: a returned number is an allocation per fact.)
   */
  const scoreOf = (place: number, bound: boolean): void => {
    const k = admitted[place];
    const at = candidates[k];
    const covered = score[at];
    let value = covered + credit[k];
    let holdsExact = false;
    let holdsPhrase = false;
    for (let p = 0; p < phraseBonuses.length; p++) {
      if (!(bound ? covered >= phraseBars[p] : containsPhrase(index.textWords[at], phraseWords[p]) || containsPhrase(index.titleWords[at], phraseWords[p]))) continue;
      value += phraseBonuses[p];
      holdsPhrase = true;
    }
    // The bound counts every form as found: they are looked for in the facts scored in full only.
    for (let w = 0; w < surface.length; w++) {
      if (bound || containsWhole(index.lowerText[at], surface[w]) || containsWhole(index.lowerTitle[at], surface[w])) value += surfaceBonus;
    }
    const term = index.termOf[at];
    for (let t = 0; t < exactTerms.length; t++) {
      if (!exactTerms[t].holds(at) && (term < 0 || exactDefined[t] !== term)) continue;
      holdsExact = true;
      value += exactBonuses[t];
    }
    // Another service's `Term: definition` is that service's sense of the word ("Cluster:" of ECS is not a Redshift
    // cluster), unless it holds a distinctive term as written (`gp2:` under EBS for an RDS StorageType).
    if (defines && term >= 0 && definedStamp[term] === stamp && (otherService[k] !== 1 || holdsExact)) value += DEFINES_BONUS * total * definedShare[term];
    value /= total;
    // (A phrase of the query is a thing of more than one word: "Transit Gateway" in a VPC Peering note is a transit gateway.)
    if (otherService[k] === 1 && !holdsExact) value *= holdsPhrase ? OTHER_SERVICE : otherServiceShare;
    // (A short fact's divisor is 1: skipped, the same to the last bit.)
    const words = index.textWordCount[at];
    if (words > SHORT_FACT_WORDS) value /= 1 + LENGTH_PENALTY * Math.log(words / SHORT_FACT_WORDS);
    final[place] = index.precise[at] ? value + PRECISE_BONUS : value;
  };
  // Each fact past the filters (`admitted`, by its place in `candidates`) gets its upper bound first, in `final`.
  let admittedCount = 0;
  for (let k = 0; k < candidateCount; k++) {
    const at = candidates[k];
    // A fact holding none of the words owed may still define a synonym of what the cursor names ("AMI: …" for `ImageId`), or hold
    // a synonym as a fact of the service ("too big" under SQS for "sqs oversized"): out of it, "hours" is not what "consumer duration" asks.
    const term = index.termOf[at];
    if (reach[k] < floor || index.bare[at] || (owedCount > 0 && !owedFound[at] && credit[k] === 0 && !(defines && term >= 0 && definedStamp[term] === stamp))) continue;
    if (minCoverage > 0 && !weighed.servicesOnly && !coversAGroup(groups, at * scratch.groupSlots, weighed.groupCount, minCoverage)) continue;
    admitted[admittedCount++] = k;
  }
  // The words that only lift, looked for in the facts past the filters alone; together they lift a fact by `LIFT_CAP` of the query at most.
  if (weighed.lifts.length > 0) {
    const { admittedFacts, found, lifted } = scratch;
    for (let place = 0; place < admittedCount; place++) lifted[(admittedFacts[place] = candidates[admitted[place]])] = 0;
    for (let w = 0; w < weighed.lifts.length; w++) {
      const i = weighed.lifts[w];
      const foundCount = accumulateWord(index, weighed.alternatives[i], weighed.idfs[i], weighed.fieldWeights, scratch, admittedFacts, admittedCount, false, stamp);
      for (let k = 0; k < foundCount; k++) lifted[found[k]] += scratch.wordBest[found[k]] * weighed.weights[i];
    }
    for (let place = 0; place < admittedCount; place++) score[admittedFacts[place]] += Math.min(lifted[admittedFacts[place]], LIFT_CAP * total);
  }
  for (let place = 0; place < admittedCount; place++) scoreOf(place, true);
  // Equal scores: the user's notes first, then the earlier line, then the order found (facts named by their place in `admitted`).
  const { tieKey } = index;
  // As signs, not differences: a difference of two doubles is an allocation per comparison.
  const byRank = (a: number, b: number): number => {
    if (final[a] !== final[b]) return final[a] > final[b] ? -1 : 1;
    const first = tieKey[candidates[admitted[a]]];
    const second = tieKey[candidates[admitted[b]]];
    if (first !== second) return first < second ? -1 : 1;
    return a - b;
  };
  // Highest bound first, each scored in full, until the head holds `limit` texts no bound left can pass
  // (thousands of facts may tie on their words; the phrases as written decide among them).
  const byBound = scratch.heap;
  byBound.reset(admittedCount, byRank);
  const head = new HeadOfRanking(limit, byRank);
  const scored: number[] = [];
  while (byBound.size > 0) {
    const place = byBound.peek();
    if (head.excludes(place)) break;
    byBound.pop();
    scoreOf(place, false);
    head.add(place, index.sameTextKey[candidates[admitted[place]]]);
    scored.push(place);
  }
  scored.sort(byRank);
  return collapseIdentical(index, scored, candidates, admitted, final, limit);
}

/**
 * A query's words weighed by their rarity in the index: everything the ranking's loops read of
 * the query, in one shape (the query's objects vary in shape from query to query, and a shape
 * the optimized loops had not seen sent a hover in twenty-five back to the interpreter).
 */
interface WeighedQuery {
  readonly wordCount: number;
  /** Each word's weight, and whether it is optional. */
  readonly weights: Float64Array;
  readonly optional: Uint8Array;
  readonly groupCount: number;
  /** Whether the query names a service; whether it is of services alone (a resource type's, say). */
  readonly hasService: boolean;
  readonly servicesOnly: boolean;
  /** What another service's fact holding no distinctive term as written is worth: none for a resource type's query (`CompiledQuery.ofTypeService`). */
  readonly otherServiceShare: number;
  /** The forms a lookup wrote the service in, its distinctive terms as written, its phrases' words. */
  readonly serviceForms: readonly string[];
  readonly exact: readonly string[];
  /** By distinctive term, the number of the `Term: definition` term spelling it out (`ExactTerm.definedAs`; -1 for none): such a fact holds the term as written. */
  readonly exactDefined: Int32Array;
  /** What a word counts in each field (`FIELD_WEIGHTS`, or a lookup's). */
  readonly fieldWeights: Float64Array;
  readonly phraseWords: readonly (readonly string[])[];
  /** How many words a fact owes (neither the service nor optional). */
  readonly owedCount: number;
  /** Each word's stems with how well each matches: the query's, and the other forms of its own words (`withOtherForms`). */
  readonly alternatives: readonly ReadonlyMap<string, number>[];
  readonly idfs: readonly ReadonlyMap<string, number>[];
  /** Each word's best alternative, weighed by its rarity. */
  readonly wordValues: readonly number[];
  /** The query's service as `index.serviceOf` numbers it (-1 for none, or one no fact has). */
  readonly serviceNumber: number;
  readonly withinNumber: number;
  /** The query's service, and the words of each of its names ("elastic beanstalk", "eb"). */
  readonly service: string | undefined;
  readonly serviceNames: readonly (readonly string[])[];
  readonly serviceValue: number;
  /** What a fact covering the whole query covers. */
  readonly total: number;
  /** The words but the service, rarest (worth most) first. */
  readonly order: Int32Array;
  /** The words that only lift (`QueryWord.liftOnly`), left out of `order`: they are looked for in the facts past the filters only. */
  readonly lifts: Int32Array;
  /** What the words not looked at yet are worth: all of them, at first. */
  readonly remaining: number;
  /**
   * What word `i` counts for in group `g` (0 when not in it), at `g × words + i`: its weight over the group's, so that
   * an ending worth half (`…Id`, `…Hours`) counts half in the name's coverage too. The loops read this, not the groups' arrays (whose kinds vary).
   */
  readonly inGroup: Float64Array;
  readonly groupTotals: readonly number[];
  readonly groupShares: readonly number[];
  /** What each group's words not looked at yet could add to a fact's coverage of it (the loop spends it). */
  readonly groupLeft: number[];
  readonly phraseBonuses: readonly number[];
  readonly exactBonuses: readonly number[];
  /** The lookup's words as typed, and what one found so in a fact adds. */
  readonly surface: readonly string[];
  readonly surfaceBonus: number;
  /** Other services the query names through a synonym or a namespace: their facts are not of another service. */
  readonly namedServices: readonly string[];
  /** What the cursor names (a hover's), when anything. */
  readonly defines: ReadonlyMap<string, number> | undefined;
  /** The coverage a fact needs for each phrase to be possibly in its text (the bound counts the phrase then). */
  readonly phraseBars: readonly number[];
}

/**
 * Weighs a query, or undefined when no fact can match it. Kept out of `rankFacts`: this is
 * code over the query's objects, whose shapes vary from query to query, and a shape the
 * optimized code has not seen sends the whole function back to the interpreter.
 */
function weighQuery(index: RelevanceIndex, query: CompiledQuery): WeighedQuery | undefined {
  const owed = query.words.filter((word) => !word.optional && !word.service);
  const alternatives = withJoinedForms(index, query, query.words.map((word) => (word.service || word.liftOnly ? word.alternatives : withOtherForms(index, word.alternatives))));
  // Loops, not spread arrays: a hover's query is weighed afresh each time, and its garbage adds up.
  const idfs = alternatives.map((stems) => {
    const rarity = new Map<string, number>();
    for (const stem of stems.keys()) rarity.set(stem, index.idf(stem));
    return rarity;
  });
  // A stem no fact holds is worth nothing next to a form of it the notes do hold (a word's worth is what finding it is worth);
  // it is the one with the rarity of a word no fact holds.
  const unheld = index.idfOf(0);
  const wordValues = alternatives.map((stems, i) => {
    let best = 0;
    let bestHeld = 0;
    stems.forEach((quality, stem) => {
      const rarity = idfs[i].get(stem)!;
      const value = quality * rarity;
      best = Math.max(best, value);
      if (rarity < unheld) bestHeld = Math.max(bestHeld, value);
    });
    return bestHeld > 0 ? bestHeld : best;
  });
  const serviceIndex = query.words.findIndex((word) => word.service !== undefined);
  const serviceNames = serviceIndex >= 0 && query.service !== undefined ? serviceNameWords(query.service) : [];
  const serviceValue = serviceIndex >= 0 ? query.words[serviceIndex].weight * Math.max(1, wordValues[serviceIndex]) : 0;
  const total = query.words.reduce((sum, word, i) => (word.optional ? sum : sum + word.weight * (i === serviceIndex ? Math.max(1, wordValues[i]) : wordValues[i])), 0);
  if (total === 0 || (owed.length === 0 && serviceIndex < 0)) return undefined;
  const inGroup = new Float64Array(query.groups.length * query.words.length);
  query.groups.forEach((group, g) => {
    for (const i of group.words) if (i >= 0) inGroup[g * query.words.length + i] = group.weight > 0 ? Math.min(1, query.words[i].weight / group.weight) : 1;
  });
  const groupTotals = query.groups.map((group, g) => group.words.reduce((sum, i) => (i >= 0 ? sum + inGroup[g * query.words.length + i] * wordValues[i] : sum), 0));
  // Rarest words first: once the words left cannot lift a new fact to the floor (or, for a
  // hover, to the coverage bar), only the facts already found are scored.
  const order = query.words.map((_, i) => i).filter((i) => !query.words[i].service && !query.words[i].liftOnly).sort((a, b) => query.words[b].weight * wordValues[b] - query.words[a].weight * wordValues[a]);
  const remaining = order.reduce((sum, i) => sum + query.words[i].weight * wordValues[i] * MAX_WORD_WEIGHT, 0);
  const groupShares = query.groups.map((group, g) => (groupTotals[g] === 0 ? 0 : group.weight / groupTotals[g]));
  const groupLeft = query.groups.map((group, g) => group.words.reduce((sum, i) => (i >= 0 ? sum + inGroup[g * query.words.length + i] * wordValues[i] * groupShares[g] * MAX_WORD_WEIGHT : sum), 0));
  const phraseBonuses = query.phrases.map((phrase) => phrase.weight * phraseValue(index, phrase.words) * PHRASE_BONUS);
  const exactBonuses = query.exact.map((term) => (term.weight * EXACT_BONUS * total) / Math.max(1, owed.length));
  const surfaceBonus = (SURFACE_BONUS * total) / Math.max(1, owed.length);
  // A phrase is in a fact's text (or title) only if each of its words is: the fact covers at least what they are worth there.
  const fieldWeights = query.typed ? LOOKUP_FIELD_WEIGHTS : FIELD_WEIGHTS;
  const phraseBars = query.phrases.map(
    (phrase) =>
      // (The least a word of a phrase counts where phrases are looked for: the text, or a title.)
      Math.min(fieldWeights[0], fieldWeights[1]) *
      order.reduce((sum, i) => sum + query.words[i].weight * phrase.words.reduce((best, word) => Math.max(best, (alternatives[i].get(word) ?? 0) * (idfs[i].get(word) ?? 0)), 0), 0) *
      (1 - BAR_SLACK),
  );
  return {
    wordCount: query.words.length,
    weights: Float64Array.from(query.words, (word) => word.weight),
    optional: Uint8Array.from(query.words, (word) => (word.optional ? 1 : 0)),
    groupCount: query.groups.length,
    hasService: query.service !== undefined,
    servicesOnly: query.servicesOnly,
    otherServiceShare: query.ofTypeService ? 0 : OTHER_SERVICE,
    serviceForms: query.serviceForms,
    exact: query.exact.map((term) => term.words[0]),
    exactDefined: Int32Array.from(query.exact, (term) => (term.definedAs === undefined ? -1 : index.termNumber(term.definedAs))),
    fieldWeights,
    phraseWords: query.phrases.map((phrase) => phrase.words),
    owedCount: owed.length,
    alternatives, idfs, wordValues, serviceNumber: index.serviceNumber(query.service), withinNumber: distinctiveName(query, wordValues, unheld) ? index.serviceNumber(query.withinService) : -1, service: query.service, serviceNames, serviceValue, total, order: Int32Array.from(order), lifts: Int32Array.from(query.words.map((_, i) => i).filter((i) => query.words[i].liftOnly)), remaining, inGroup, groupTotals, groupShares, groupLeft, phraseBonuses, exactBonuses, surface: query.surface, surfaceBonus, namedServices: query.namedServices, defines: query.defines.size > 0 ? query.defines : undefined, phraseBars };
}

/**
 * A word's stems and the other forms of those it was given as such (quality 1, not a typo's
 * neighbours): "balanced" finds "balancer", worth `OTHER_FORM` of the word and never more than
 * the word itself would be (a rare form of a common word is not worth more than the word).
 */
function withOtherForms(index: RelevanceIndex, stems: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  let widened: Map<string, number> | undefined;
  for (const [stem, quality] of stems) {
    if (quality !== 1) continue;
    const own = index.idf(stem);
    widened = withForms(index, stems, widened, index.rootSiblings(stem), OTHER_FORM, own);
    widened = withForms(index, stems, widened, index.misspellingsOf(stem), MISSPELT, own);
  }
  return widened ?? stems;
}

/**
 * Each word's alternatives, and for two adjacent words the notes write as one ("Stacksets" for
 * `StackSet`, "username" for `UserName`) that form in both, worth to each what the word itself
 * is worth at best (a rare joined form does not count twice over).
 */
function withJoinedForms(index: RelevanceIndex, query: CompiledQuery, alternatives: ReadonlyMap<string, number>[]): ReadonlyMap<string, number>[] {
  for (const { form, words } of query.joined) {
    // A camelCase name the notes write ("StackSets") holds both words already: only a joined word of its own adds facts.
    if (!index.writesAsWord(form)) continue;
    const rarity = index.idf(form);
    for (const i of words) {
      let own = 0;
      alternatives[i].forEach((quality, stem) => (own = Math.max(own, quality * index.idf(stem))));
      // (A lookup's word may hold it already, as a longer word starting with it: worth less.)
      const worth = Math.min(1, own / rarity);
      if ((alternatives[i].get(form) ?? 0) < worth) alternatives[i] = new Map(alternatives[i]).set(form, worth);
    }
  }
  return alternatives;
}

/** `widened` (a copy of `stems`, made when first needed) with `forms` the stems lack, each worth `worth`, never more than the word (rarity `own`). */
function withForms(index: RelevanceIndex, stems: ReadonlyMap<string, number>, widened: Map<string, number> | undefined, forms: readonly string[], worth: number, own: number): Map<string, number> | undefined {
  for (const form of forms) {
    if (stems.has(form) || widened?.has(form)) continue;
    (widened ??= new Map(stems)).set(form, worth * Math.min(1, own / index.idf(form)));
  }
  return widened;
}

/** Whether a fact covers one of the query's groups at `minCoverage` (its coverages start at `base`). */
function coversAGroup(groups: Float64Array, base: number, count: number, minCoverage: number): boolean {
  for (let g = 0; g < count; g++) if (groups[base + g] >= minCoverage) return true;
  return false;
}

/**
 * Whether a fact first found through word `word` (matched `gained` well) can still cover one
 * of the first `groupCount` groups at `minCoverage`: what it covers of the group now and
 * everything the group's words left could add.
 */
function canReachBar(inGroup: Float64Array, wordCount: number, groupCount: number, word: number, gained: number, shares: readonly number[], left: readonly number[], minCoverage: number): boolean {
  for (let g = 0; g < groupCount; g++) {
    const now = gained * inGroup[g * wordCount + word] * shares[g];
    if (now + left[g] >= minCoverage - BAR_SLACK) return true;
  }
  return false;
}

/**
 * With many candidates and a short list wanted, what the `HEAD_FACTOR × limit` best candidates
 * reach (`reach`, its best `best`): the bonuses (phrases, terms as written, length) reorder the
 * head, they do not lift a fact from far below it.
 */
function headFloor(count: number, reach: Float64Array, limit: number, best: number): number {
  const head = limit * HEAD_FACTOR;
  if (count <= head || best <= 0) return 0;
  // A histogram of reach, counted from the top: the floor is the lower edge of the bucket where the head is full.
  const counts = new Int32Array(FLOOR_BUCKETS + 1);
  for (let k = 0; k < count; k++) counts[Math.floor((reach[k] / best) * FLOOR_BUCKETS)]++;
  let taken = 0;
  for (let bucket = FLOOR_BUCKETS; bucket >= 0; bucket--) {
    taken += counts[bucket];
    if (taken >= head) return (bucket / FLOOR_BUCKETS) * best;
  }
  return 0;
}

/**
 * One word of the query over the postings of its alternatives: each fact's best match (its
 * best alternative in its best field) lands in `scratch.wordBest`, the facts reached in
 * `scratch.found`; returns how many. Unless `all`, only the first `known` facts of `among` (each
 * a candidate, stamped `stamp`) are looked for: in a list of postings thousands long, each by
 * binary search (the list is sorted by fact); in a short one, by walking it for the stamped
 * facts (any candidate then, which its caller reads only for those it asked).
 */
function accumulateWord(index: RelevanceIndex, alternatives: ReadonlyMap<string, number>, idfs: ReadonlyMap<string, number>, fieldWeights: Float64Array, scratch: Scratch, among: Int32Array, known: number, all: boolean, stamp: number): number {
  const { wordBest, wordSeen, found, seen } = scratch;
  // Read once: an imported binding run as CommonJS (tests, bench) is a getter call at each use.
  const fieldBits = FIELD_BITS;
  const fieldMask = FIELD_MASK;
  const repeated = REPEATED;
  const alsoAbove = ALSO_ABOVE;
  const wordStamp = ++scratch.wordStamp;
  let count = 0;
  for (const [stem, quality] of alternatives) {
    const value = quality * idfs.get(stem)!;
    for (let f = 0; f < index.files.length; f++) {
      const list = index.files[f].postings.get(stem);
      if (!list) continue;
      const offset = index.offsets[f];
      const size = index.files[f].facts.length;
      const walk = all || list.length <= known * SEARCH_STEPS;
      const reach = walk ? list.length : known;
      for (let k = 0; k < reach; k++) {
        let fact: number;
        let entry: number;
        if (walk) {
          entry = list[k];
          fact = offset + (entry >> fieldBits);
          if (!all && seen[fact] !== stamp) continue;
        } else {
          fact = among[k];
          const local = fact - offset;
          if (local < 0 || local >= size) continue;
          const at = firstAtOrAbove(list, local << fieldBits);
          if (at >= list.length || list[at] >> fieldBits !== local) continue;
          entry = list[at];
        }
        const weighed = value * (fieldWeights[entry & fieldMask] + (entry & repeated ? REPEATED_BONUS : 0) + (entry & alsoAbove ? ALSO_ABOVE_BONUS : 0));
        if (wordSeen[fact] !== wordStamp) {
          wordSeen[fact] = wordStamp;
          wordBest[fact] = weighed;
          found[count++] = fact;
        } else if (weighed > wordBest[fact]) wordBest[fact] = weighed;
      }
    }
  }
  return count;
}

/**
 * How rare a word of the cursor's name must be, as a share of the rarity of a word no fact holds, for the
 * facts of the service the thing is configured in (`CompiledQuery.withinService`) to count as its own:
 * a listener's `Certificates` in an `.ebextensions` file is the environment's HTTPS ("Can integrate with
 * HTTPS › By loading cert into .ebextensions/…"), its `Name` or `Value` is not every Elastic Beanstalk
 * note holding "name". 0.7: on the tuned batches `.ebextensions` 114 → 117 hits, the precision set
 * unchanged; 0.6 gained one more but, on the external corpus with all our notes, showed 17 more
 * notes, half of them noise ("files: create files on the instance" for an EFS `FileSystemId`).
 */
const WITHIN_RARITY = 0.7;

/** Whether the cursor's name (the query's first group) holds a word rare enough in the notes to say what it is on its own. */
function distinctiveName(query: CompiledQuery, wordValues: readonly number[], unheld: number): boolean {
  const first = query.groups[0];
  return first !== undefined && first.words.some((i) => i >= 0 && wordValues[i] >= WITHIN_RARITY * unheld);
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

function phraseValue(index: RelevanceIndex, words: readonly string[]): number {
  return words.reduce((sum, word) => sum + index.idf(word), 0) / words.length;
}

/**
 * The same text twice (the pack lists a limit under its service and under "Data Limitations"):
 * one result, the best. `ranked` holds places in `admitted`, which holds places in `candidates`.
 */
function collapseIdentical(index: RelevanceIndex, ranked: readonly number[], candidates: Int32Array, admitted: Int32Array, final: Float64Array, limit: number): RankedFact[] {
  const seen = new Set<string>();
  const result: RankedFact[] = [];
  for (const place of ranked) {
    if (result.length >= limit) break;
    const at = candidates[admitted[place]];
    const key = index.sameTextKey[at];
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ fact: index.facts[at], score: final[place] });
  }
  return result;
}
