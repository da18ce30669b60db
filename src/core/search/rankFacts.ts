import type { Fact, NotesOrigin } from '../notes/model';
import { Field, type RelevanceIndex } from './relevanceIndex';
import { containsPhrase, type CompiledQuery } from './relevanceQuery';
import { containsWhole } from './relevanceText';

export interface RankedFact {
  readonly fact: Fact;
  /** Higher is better; about 1 when a fact covers the whole query in its text. */
  readonly score: number;
}

/** How much a word found in each field counts (text > code > breadcrumb; the parent item is the fact's topic). */
const FIELD_WEIGHT: Record<Field, number> = { [Field.Text]: 1, [Field.Code]: 0.7, [Field.Parent]: 0.6, [Field.Breadcrumb]: 0.35 };
/** A phrase of the query found as written in the text, worth this share of its words again. */
const PHRASE_BONUS = 0.5;
/** A distinctive term as written ("LeadingKeys", "aws:kms"). */
const EXACT_BONUS = 0.5;
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
export function rankFacts(index: RelevanceIndex, query: CompiledQuery, minCoverage = 0): RankedFact[] {
  const owed = query.words.filter((word) => !word.optional && !word.service);
  const idfs = query.words.map((word) => new Map([...word.alternatives.keys()].map((stem) => [stem, index.idf(stem)])));
  const wordValue = (i: number) => Math.max(0, ...[...query.words[i].alternatives].map(([stem, quality]) => quality * idfs[i].get(stem)!));
  const serviceIndex = query.words.findIndex((word) => word.service !== undefined);
  const serviceValue = serviceIndex >= 0 ? query.words[serviceIndex].weight * Math.max(1, wordValue(serviceIndex)) : 0;
  const total = query.words.reduce((sum, word, i) => (word.optional ? sum : sum + word.weight * (i === serviceIndex ? Math.max(1, wordValue(i)) : wordValue(i))), 0);
  if (total === 0 || (owed.length === 0 && serviceIndex < 0)) return [];

  const scores = new Map<number, number>();
  /** Facts holding one of the words the query owes (a synonym or the service alone does not make a fact about the query). */
  const owedFound = new Set<number>();
  /** How well each fact covers each group (a term, or a synonym of one), the group's weight applied. */
  const groupTotals = query.groups.map((group) => group.words.reduce((sum, i) => sum + wordValue(i), 0));
  const groupScores = query.groups.map(() => new Map<number, number>());
  const best = new Map<number, number>();
  query.words.forEach((word, i) => {
    if (word.service) return;
    best.clear();
    for (const [stem, quality] of word.alternatives) {
      const value = quality * idfs[i].get(stem)!;
      index.files.forEach((file, f) => {
        const list = file.postings.get(stem);
        if (!list) return;
        const offset = index.offsets[f];
        for (const entry of list) {
          const fact = offset + (entry >> 2);
          const found = value * FIELD_WEIGHT[(entry & 3) as Field];
          if (found > (best.get(fact) ?? 0)) best.set(fact, found);
        }
      });
    }
    for (const [fact, found] of best) {
      scores.set(fact, (scores.get(fact) ?? 0) + found * word.weight);
      if (!word.optional) owedFound.add(fact);
    }
    query.groups.forEach((group, g) => {
      if (!group.words.includes(i) || groupTotals[g] === 0) return;
      const share = group.weight / groupTotals[g];
      for (const [fact, found] of best) groupScores[g].set(fact, (groupScores[g].get(fact) ?? 0) + found * share);
    });
  });
  // A query of a service alone: every fact of the service.
  if (owed.length === 0) forEachFact(index, (fact, at) => fact.service === query.service && scores.set(at, 0));

  const ranked: RankedFact[] = [];
  for (const [at, covered] of scores) {
    const { file, local } = index.locate(at);
    if (file.bare[local] || (owed.length > 0 && !owedFound.has(at))) continue;
    if (minCoverage > 0 && !groupScores.some((covered) => (covered.get(at) ?? 0) >= minCoverage)) continue;
    const fact = file.facts[local];
    const sameService = query.service !== undefined && fact.service === query.service;
    let score = covered + (sameService ? serviceValue : 0);
    let exact = false;
    for (const phrase of query.phrases) {
      if (containsPhrase(file.textWords[local], phrase.words)) score += phrase.weight * phraseValue(index, phrase.words) * PHRASE_BONUS;
    }
    for (const term of query.exact) {
      if (containsWhole(file.lowerText[local], term.words[0])) {
        exact = true;
        score += term.weight * EXACT_BONUS * total / Math.max(1, owed.length);
      }
    }
    score /= total;
    if (query.service !== undefined && !sameService && !exact) score *= OTHER_SERVICE;
    score /= 1 + LENGTH_PENALTY * Math.log(Math.max(1, file.textWords[local].length / SHORT_FACT_WORDS));
    if (/\d/.test(fact.text)) score += PRECISE_BONUS;
    ranked.push({ fact, score });
  }
  ranked.sort((a, b) => b.score - a.score || originRank(a.fact.origin) - originRank(b.fact.origin) || a.fact.line - b.fact.line);
  return collapseIdentical(ranked);
}

function phraseValue(index: RelevanceIndex, words: readonly string[]): number {
  return words.reduce((sum, word) => sum + index.idf(word), 0) / words.length;
}

function forEachFact(index: RelevanceIndex, visit: (fact: Fact, at: number) => void): void {
  index.files.forEach((file, f) => file.facts.forEach((fact, local) => visit(fact, index.offsets[f] + local)));
}

/** The same text twice (the pack lists a limit under its service and under "Data Limitations"): one result, the best. */
function collapseIdentical(ranked: readonly RankedFact[]): RankedFact[] {
  const seen = new Set<string>();
  return ranked.filter(({ fact }) => {
    const key = `${fact.text}\n${fact.code ?? ''}`.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function originRank(origin: NotesOrigin): number {
  return origin === 'user' ? 0 : 1;
}
