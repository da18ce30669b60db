import type { Fact } from '../notes/model';
import type { NotesIndex } from '../notes/notesIndex';
import { pickDistractors } from './distractors';
import { factText, inContext, plainText, wordCount } from './factText';
import { givesAway, normalizeAnswer } from './giveAway';
import { findQuantity } from './quantities';
import type { Question } from './question';
import { seededShuffle } from './seededRandom';

/** Definitions longer than this are paragraphs, not answers one can recall or pick. */
const MAX_DEFINITION = 160;

/** A definition ending in "use", "using", "with"… was cut short in the notes ("To retrieve only certain attribute, use"). */
const DANGLING_END = /\b(?:use|using|with|for|to|of|by|from|and|or|the|a|an|in|on|at|via)\s*[,;:]?\s*$/i;

/** The term and definition of a fact when both are worth asking about. */
function askablePair(fact: Fact): { term: string; definition: string } | undefined {
  const term = fact.term && plainText(fact.term).trim();
  const definition = fact.definition && plainText(fact.definition).trim();
  if (!term || !definition) return undefined;
  if (wordCount(term) === 0 || definition.length < 2 || definition.length > MAX_DEFINITION) return undefined;
  if (!/[\p{L}\p{N}]/u.test(definition) || DANGLING_END.test(definition)) return undefined;
  return { term, definition };
}

/**
 * What a definition looks like, so choices look alike: a value ("30 days", "< 10,000", "4 KB
 * total across…": mostly a value, or starting with a number) or a description.
 */
function definitionShape(definition: string): 'value' | 'description' {
  const quantity = findQuantity(definition);
  const rest = quantity ? definition.replace(quantity.text, '') : definition;
  const valueLike = wordCount(rest) === 0 || (quantity !== undefined && quantity.text.length * 2 >= definition.length) || /^\W{0,2}\d/.test(definition);
  return valueLike ? 'value' : 'description';
}

/**
 * `A: B` and `A→B` items ask for B given A: multiple choice when three sibling items have
 * definitions of their own to offer as distractors, a cloze otherwise.
 */
export function termQuestion(fact: Fact, index: NotesIndex): Question | undefined {
  const pair = askablePair(fact);
  if (!pair) return undefined;
  const text = factText(fact);
  const at = text.lastIndexOf(pair.definition);
  if (at < 0) return undefined;
  const prompt = inContext(fact, `${text.slice(0, at)}____${text.slice(at + pair.definition.length)}`);
  if (!prompt || givesAway(prompt, pair.definition)) return undefined;
  const base = { id: fact.id, prompt, answer: pair.definition, service: fact.service, breadcrumb: fact.breadcrumb, file: fact.file, line: fact.line, origin: fact.origin };
  // A value ("30 days", "3 seconds by default…") is no distractor for a description, nor the reverse.
  const shape = definitionShape(pair.definition);
  const siblingDefinitions = index.siblings(fact).flatMap((sibling) => {
    const other = askablePair(sibling);
    return other && definitionShape(other.definition) === shape ? [other.definition] : [];
  });
  // Another definition of the same term in the service is as true as this one: never a distractor.
  const term = normalizeAnswer(pair.term);
  const alsoTrue = new Set(
    index.factsOfService(fact.service).flatMap((other) => {
      const otherPair = other.id === fact.id ? undefined : askablePair(other);
      return otherPair && normalizeAnswer(otherPair.term) === term ? [normalizeAnswer(otherPair.definition)] : [];
    }),
  );
  const distractors = pickDistractors(fact.id, pair.definition, [siblingDefinitions], 3, {
    excluded: (candidate) => givesAway(prompt, candidate) || alsoTrue.has(normalizeAnswer(candidate)),
  });
  if (distractors.length === 0) return { ...base, kind: 'cloze', choices: [] };
  return { ...base, kind: 'choice', choices: seededShuffle([pair.definition, ...distractors], fact.id) };
}
