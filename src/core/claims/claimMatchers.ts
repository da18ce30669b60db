import type { Fact } from '../notes/model';
import { findQuantities } from '../quiz/quantities';
import type { AbsoluteClaim, AlternativeClaim, Claim, QuantityClaim } from './claim';
import { alternativesOf, findWritten, hasAny, termWords, wordsOf } from './claimWords';
import { comparable, measureOf, measureOfValue, sameMeasure, type Measure } from './measure';

/** What a note says against a claim. */
export interface Contradiction {
  /** As written: "256 KB", "FilterExpression", "only for Java". */
  readonly says: string;
  /** Each wrong figure of a scoped claim with the scope's documented figure ("2 MB/s" → "1 MB/s" for writes). */
  readonly scopedValues?: readonly { readonly wrong: string; readonly value: string }[];
}

/**
 * How one kind of claim reads a fact (`words` is `wordsOf(fact.text)`, computed once per fact):
 * what the note says against the claim, or undefined when it agrees or says nothing.
 */
export type ClaimMatcher = (fact: Fact, words: string) => Contradiction | undefined;

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
 * the note: a note that states the right value beside other numbers is not flagged. With scoped
 * figures, each clause that names a scope's qualifier is read against that scope's figure.
 */
function quantityMatcher(claim: QuantityClaim): ClaimMatcher {
  const documented = measureOfValue(claim.value);
  if (!documented) return () => undefined;
  const right = measuresOf(documented, claim.equivalents);
  const counted = claim.counted === undefined ? undefined : alternativesOf(claim.counted);
  const scopes = (claim.scoped ?? []).flatMap((scope) => {
    const value = measureOfValue(scope.value);
    return value ? [{ qualifier: alternativesOf(scope.qualifier), written: scope.value, value, right: measuresOf(value, scope.equivalents) }] : [];
  });
  return (fact) => {
    if (scopes.length > 0) {
      const clauses = clausesOf(fact.text)
        .map((clause) => ({ clause, applying: scopes.filter((scope) => hasAny(wordsOf(clause), scope.qualifier)) }))
        .filter(({ applying }) => applying.length > 0);
      if (clauses.length > 0) {
        // A clause agrees when it states any applying scope's figure ("default 30 seconds, up to 12 hours").
        const scopedValues = clauses.flatMap(({ clause, applying }) => {
          const found = applying.map((scope) => differingQuantities(clause, scope.value, scope.right, counted));
          if (found.some((quantities) => quantities === undefined)) return [];
          return (found[0] ?? []).map((wrong) => ({ wrong, value: applying[0]!.written }));
        });
        return scopedValues.length === 0 ? undefined : { says: scopedValues.map(({ wrong }) => wrong).join(', '), scopedValues };
      }
    }
    const differing = differingQuantities(fact.text, documented, right, counted);
    return differing === undefined || differing.length === 0 ? undefined : { says: differing.join(', ') };
  };
}

function measuresOf(value: Measure, equivalents: readonly string[] | undefined): Measure[] {
  return [value, ...(equivalents ?? []).map(measureOfValue).filter((m): m is Measure => m !== undefined)];
}

/** The quantities of `text` comparable with `documented` that state none of `right`; undefined when one states it. */
function differingQuantities(text: string, documented: Measure, right: readonly Measure[], counted?: readonly string[]): string[] | undefined {
  const differing: string[] = [];
  for (const quantity of findQuantities(text)) {
    const measure = measureOf(quantity);
    if (!measure || measure.dimension !== documented.dimension) continue;
    if (measure.dimension === 'count' && !countsHere(text.slice(quantity.start + quantity.text.length), counted)) continue;
    if (right.some((value) => sameMeasure(value, measure))) return undefined;
    if (comparable(measure, documented)) differing.push(quantity.text);
  }
  return differing;
}

/** Whether a bare count followed by `after` counts what the claim counts (anything, without `counted`). */
function countsHere(after: string, counted: readonly string[] | undefined): boolean {
  if (counted === undefined) return true;
  const next = termWords(after.split(/[;,.:()]/)[0]);
  return next === undefined || counted.some((term) => next.startsWith(term));
}

/** A note's clauses: "write 2 MB/s, read 1 MB/s" and "24 hours by default and up to 7 days" are two ("1,000" stays whole). */
function clausesOf(text: string): string[] {
  return text.split(/[;(),](?!\d{3})|\s[–—-]\s|\s(?:and|but)\s/i);
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
    return found ? { says: writtenOf(answer, found.entry) } : undefined;
  };
}

/** A phrase the docs deny, anywhere in the note's own text, unless negated there or qualified by the nuance. */
function absoluteMatcher(claim: AbsoluteClaim): ClaimMatcher {
  const denied = claim.denied.map((entry) => ({ entry, terms: alternativesOf(entry) }));
  const qualifiedBy = (claim.qualifiedBy ?? []).map(alternativesOf);
  return (fact, words) => {
    if (qualifiedBy.some((alternatives) => hasAny(words, alternatives))) return undefined;
    const found = denied.find(({ terms }) => terms.some((term) => hasAffirmed(words, term)));
    return found ? { says: writtenOf(fact.text, found.entry) } : undefined;
  };
}

/** Words that deny what follows them within a few words ("can't" reads "can t"). */
const NEGATIONS = new Set(['not', 'no', 'never', 'cannot', 't', 'nor', 'without']);
const NEGATION_REACH = 3;

/** Whether `term` occurs in `words` at least once with no negation in the few words before it. */
function hasAffirmed(words: string, term: string): boolean {
  for (let at = words.indexOf(term); at >= 0; at = words.indexOf(term, at + 1)) {
    const before = words.slice(0, at).trim().split(' ').slice(-NEGATION_REACH);
    if (!before.some((word) => NEGATIONS.has(word))) return true;
  }
  return false;
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
