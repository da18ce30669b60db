import type { Fact } from '../../src/core/notes/model';
import type { Random } from '../lib/random';

/** Words people leave out of a lookup. */
const STOP_WORDS = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'are', 'its', 'per', 'can', 'not', 'use', 'you', 'your', 'into', 'one', 'all', 'any', 'only', 'when', 'than']);

/**
 * Lookups as people type them, aimed at random facts: two to four of the fact's words and its
 * service, in shuffled order, with a typo (a dropped, doubled, swapped or wrong letter) in about
 * half of the queries.
 */
export function realisticQueries(facts: readonly Fact[], count: number, random: Random): string[] {
  const queries: string[] = [];
  while (queries.length < count) {
    const fact = random.pick(facts);
    const words = [...new Set(fact.text.toLowerCase().split(/[^\p{L}\p{N}]+/u))].filter((word) => word.length >= 3 && !STOP_WORDS.has(word));
    if (words.length === 0) continue;
    const chosen = random.shuffle(words).slice(0, random.int(1, 3));
    if (random.chance(0.6)) chosen.push(fact.service.toLowerCase().split(/\s+/)[0]);
    const ordered = random.shuffle(chosen);
    if (random.chance(0.5)) {
      const at = ordered.findIndex((word) => word.length >= 5);
      if (at >= 0) ordered[at] = typo(ordered[at], random);
    }
    queries.push(ordered.join(' '));
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
