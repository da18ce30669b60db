import type { NotesIndex } from '../notes/notesIndex';
import { rankFacts, type RankedFact } from './rankFacts';
import { relevanceIndexOf } from './relevanceIndex';
import { compileTextQuery } from './relevanceQuery';

/**
 * Look Up Fact: the words as typed, each matched fuzzily against the words of the notes
 * (typos, parts of longer words, service aliases), ranked by the hovers' scorer. Facts
 * matching only some words rank below those matching all of them, instead of vanishing.
 */
export function lookUpFacts(index: NotesIndex, query: string, limit = 50): RankedFact[] {
  if (query.trim() === '' || limit <= 0) return [];
  const relevance = relevanceIndexOf(index);
  const expand = (word: string) => relevance.expand(word);
  const compiled = compileTextQuery(query, expand);
  const ranked = rankFacts(relevance, compiled, 0, limit);
  if (ranked.length > 0 || compiled.service === undefined) return ranked;
  // The words besides the service found nothing (words the notes never use: "sqs xyzzy"): the service's facts, rather than none.
  return rankFacts(relevance, compileTextQuery(compiled.service, expand), 0, limit);
}
