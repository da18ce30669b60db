import type { Fact } from '../notes/model';
import type { NotesIndex } from '../notes/notesIndex';
import { pickDistractors } from './distractors';
import { factText, inContext, wordCount } from './factText';
import { givesAway } from './giveAway';
import type { Question } from './question';
import { blankOut, findQuantity, magnitudeKey, type Quantity } from './quantities';
import { subjectOf, valuesOfSameSubject, type Subject } from './sameSubject';
import { hashString, seededShuffle } from './seededRandom';

/** A fact's askable value and what it is the value of. */
interface AskableValue {
  readonly quantity: Quantity;
  readonly subject: Subject;
}

/** Every fact's askable value, found once per generation run. */
export type ValueMap = ReadonlyMap<string, AskableValue>;

export function valuesOf(facts: readonly Fact[]): ValueMap {
  const values = new Map<string, AskableValue>();
  for (const fact of facts) {
    const text = factText(fact);
    const quantity = findQuantity(text);
    if (quantity) values.set(fact.id, { quantity, subject: subjectOf(blankOut(text, quantity)) });
  }
  return values;
}

/**
 * "Maximum size of item is ____" → "400 KB". A multiple-choice question when three values of
 * the same kind can be found (other sizes for a size), for two cards in three; a cloze otherwise.
 * A value the notes give elsewhere for the same subject is never a distractor (sameSubject.ts).
 */
export function valueQuestion(fact: Fact, index: NotesIndex, values: ValueMap): Question | undefined {
  const asked = values.get(fact.id);
  if (!asked) return undefined;
  const { quantity } = asked;
  const blanked = blankOut(factText(fact), quantity);
  if (wordCount(blanked) < 2) return undefined;
  const prompt = inContext(fact, blanked);
  if (!prompt || givesAway(prompt, quantity.text)) return undefined;
  const base = { id: fact.id, prompt, answer: quantity.text, service: fact.service, breadcrumb: fact.breadcrumb, file: fact.file, line: fact.line, origin: fact.origin };
  if (hashString(fact.id) % 3 === 0) return { ...base, kind: 'cloze', choices: [] };
  const sameKind = (facts: readonly Fact[]) =>
    facts.flatMap((other) => {
      const value = values.get(other.id)?.quantity;
      return other.id !== fact.id && value?.kind === quantity.kind ? [value.text] : [];
    });
  const alsoTrue = new Set(
    valuesOfSameSubject(fact, asked.subject, index.factsOfService(fact.service), (other) => {
      const value = values.get(other.id);
      return value && { value: magnitudeKey(value.quantity.text), subject: value.subject };
    }),
  );
  const distractors = pickDistractors(
    fact.id,
    quantity.text,
    [sameKind(index.siblings(fact)), sameKind(index.factsOfService(fact.service)), sameKind(index.facts())],
    3,
    { excluded: (candidate) => givesAway(prompt, candidate) || alsoTrue.has(magnitudeKey(candidate)), sameAs: magnitudeKey },
  );
  if (distractors.length === 0) return { ...base, kind: 'cloze', choices: [] };
  return { ...base, kind: 'choice', choices: seededShuffle([quantity.text, ...distractors], fact.id) };
}
