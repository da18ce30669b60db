import type { Fact } from '../../src/core/notes/model';
import type { Random } from '../lib/random';

/** Words people leave out of a lookup. */
const STOP_WORDS = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'are', 'its', 'per', 'can', 'not', 'use', 'you', 'your', 'into', 'one', 'all', 'any', 'only', 'when', 'than']);

/** A lookup aimed at one fact: what a person who remembers the fact would type. */
export interface AimedQuery {
  readonly query: string;
  readonly fact: Fact;
}

/**
 * Lookups aimed at random facts: two or three of the fact's words, its service half the time,
 * shuffled, with a typo (a dropped, doubled, swapped or wrong letter) in a third of them.
 */
export function aimedQueries(facts: readonly Fact[], count: number, random: Random): AimedQuery[] {
  const queries: AimedQuery[] = [];
  while (queries.length < count) {
    const fact = random.pick(facts);
    const words = [...new Set(fact.text.toLowerCase().split(/[^\p{L}\p{N}]+/u))].filter((word) => word.length >= 3 && !STOP_WORDS.has(word));
    if (words.length < 2) continue;
    const chosen = random.shuffle(words).slice(0, random.int(2, 3));
    if (random.chance(0.5)) chosen.push(fact.service.toLowerCase().split(/\s+/)[0]);
    const ordered = random.shuffle(chosen);
    if (random.chance(1 / 3)) {
      const at = ordered.findIndex((word) => word.length >= 5);
      if (at >= 0) ordered[at] = typo(ordered[at], random);
    }
    queries.push({ query: ordered.join(' '), fact });
  }
  return queries;
}

function typo(word: string, random: Random): string {
  const at = random.int(1, word.length - 2);
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    case 2:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    default:
      return word.slice(0, at) + String.fromCharCode(97 + random.int(0, 25)) + word.slice(at + 1);
  }
}
