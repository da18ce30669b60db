import type { Fact } from '../notes/model';
import { findQuantities } from '../quiz/quantities';
import type { AbsoluteClaim, AlternativeClaim, Claim, QuantityClaim } from './claim';
import { alternativesOf, findWritten, hasAny, wordsOf } from './claimWords';
import { comparable, measureOf, measureOfValue, sameMeasure, type Measure } from './measure';

/**
 * How one kind of claim reads a fact (`words` is `wordsOf(fact.text)`, computed once per fact):
 * what the note says against the claim, or undefined when it agrees or says nothing.
 */
export type ClaimMatcher = (fact: Fact, words: string) => string | undefined;

/** A matcher for each claim, prepared once (terms normalised, values measured). */
export function matcherOf(claim: Claim): ClaimMatcher {
  switch (claim.kind) {
    case 'quantity':
      return quantityMatcher(claim);
    case 'alternative':
      return alternativeMatcher(claim);
    case 'absolute':
      return absoluteMatcher(claim);
  }
}

/** Whether the claim's value can be measured at all (a quantity claim that cannot never fires). */
export function isMeasurable(claim: QuantityClaim): boolean {
  return measureOfValue(claim.value) !== undefined;
}

/**
 * Another quantity of the same dimension, and the documented one (or an equivalent) nowhere in
 * the note: a note that states the right value beside other numbers is not flagged.
 */
function quantityMatcher(claim: QuantityClaim): ClaimMatcher {
  const documented = measureOfValue(claim.value);
  if (!documented) return () => undefined;
  const right: Measure[] = [documented, ...(claim.equivalents ?? []).map(measureOfValue).filter((m): m is Measure => m !== undefined)];
  return (fact) => {
    const differing: string[] = [];
    for (const quantity of findQuantities(fact.text)) {
      const measure = measureOf(quantity);
      if (!measure || measure.dimension !== documented.dimension) continue;
      if (right.some((value) => sameMeasure(value, measure))) return undefined;
      if (comparable(measure, documented)) differing.push(quantity.text);
    }
    return differing.length === 0 ? undefined : differing.join(', ');
  };
}

/** A wrong term as the note's answer (the definition of a `Term: definition` item), the right one absent from the note. */
function alternativeMatcher(claim: AlternativeClaim): ClaimMatcher {
  const right = alternativesOf(claim.right);
  const wrong = claim.wrong.map((entry) => ({ entry, terms: alternativesOf(entry) }));
  return (fact, words) => {
    if (hasAny(words, right)) return undefined;
    const answer = fact.definition ? fact.definition : fact.text;
    const answerWords = wordsOf(answer);
    const found = wrong.find(({ terms }) => hasAny(answerWords, terms));
    return found ? writtenOf(answer, found.entry) : undefined;
  };
}

/** A phrase the docs deny, anywhere in the note's own text. */
function absoluteMatcher(claim: AbsoluteClaim): ClaimMatcher {
  const denied = claim.denied.map((entry) => ({ entry, terms: alternativesOf(entry) }));
  return (fact, words) => {
    const found = denied.find(({ terms }) => hasAny(words, terms));
    return found ? writtenOf(fact.text, found.entry) : undefined;
  };
}

/** The note's own spelling of an entry ("a|b" tries each), or the entry's first term. */
function writtenOf(text: string, entry: string): string {
  const options = entry.split('|');
  for (const option of options) {
    const written = findWritten(text, option);
    if (written) return written;
  }
  return options[0].trim();
}
