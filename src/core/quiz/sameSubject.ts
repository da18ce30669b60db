import type { Fact } from '../notes/model';
import { normalizeAnswer } from './giveAway';

/**
 * "A distractor must not be as true as the answer": when two facts of a service say something
 * of the same subject ("Largest object size is 48.8 TiB", "Max object size 5 TB"), neither's
 * value is offered as a wrong choice for the other. A subject is the fact's words once the
 * value is blanked, with filler dropped and limit words folded ("largest", "up to" → max).
 */

/** Words that say nothing about what is measured. */
const FILLER = new Set(['a', 'an', 'the', 'is', 'are', 'be', 'can', 'of', 'for', 'per', 'in', 'on', 'to', 'by', 'it', 'its', 'each', 'every', 'and', 'or', 'with', 'takes', 'has', 'have', 'was', 'were']);

/** Ways of saying "at most" and "at least", folded so "Largest object size" meets "Max object size". */
const LIMIT_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:up to|at most|no more than|limited to|capped at|largest|biggest|highest|longest|maximum|max)\b/g, ' max '],
  [/\b(?:at least|no less than|smallest|lowest|shortest|minimum|min)\b/g, ' min '],
];

/** Fewer words than this say too little ("Size") to call two facts the same subject. */
const MIN_SUBJECT_WORDS = 2;

export type Subject = ReadonlySet<string>;

/** The subject of a fact's text with its value blanked ("Largest object size is ____" → {max, object, size}). */
export function subjectOf(blankedText: string): Subject {
  let text = normalizeAnswer(blankedText).replace(/\([^)]*\)/g, ' ');
  for (const [pattern, word] of LIMIT_WORDS) text = text.replace(pattern, word);
  return new Set(text.split(/[^\p{L}]+/u).filter((word) => word.length > 0 && !FILLER.has(word)));
}

/** Same subject: one's words are all among the other's, and the smaller says enough. */
export function sameSubject(a: Subject, b: Subject): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return small.size >= MIN_SUBJECT_WORDS && [...small].every((word) => large.has(word));
}

/** The values other facts of `fact`'s service give for its subject: never distractors for it. */
export function valuesOfSameSubject<T>(fact: Fact, subject: Subject, others: readonly Fact[], valueOf: (other: Fact) => { value: T; subject: Subject } | undefined): T[] {
  return others.flatMap((other) => {
    if (other.id === fact.id) return [];
    const found = valueOf(other);
    return found && sameSubject(subject, found.subject) ? [found.value] : [];
  });
}
