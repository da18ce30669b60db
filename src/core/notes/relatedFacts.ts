import type { NotesQuery } from '../analysis/types';
import type { Fact, NotesOrigin } from './model';
import type { NotesIndex } from './notesIndex';
import { resolveService } from './serviceAliases';

/**
 * The notes part of a hover: facts that mention the catalog terms (as whole words), those of
 * the query's service first. Facts of other services count only for distinctive terms
 * ("aws:SecureTransport", "BeforeInstall"), not for plain words ("Resources") that every
 * service's notes use. At most `limitPerOrigin` of the user's notes and as many of the pack.
 */
export function relatedFacts(index: NotesIndex, query: NotesQuery, limitPerOrigin = 3): Fact[] {
  const service = resolveService(query.service).service;
  const terms = query.terms.filter((term) => term.trim().length > 1).map((term) => ({ term, pattern: wordPattern(term), distinctive: isDistinctive(term) }));
  if (terms.length === 0) return [];
  const scored: { fact: Fact; score: number }[] = [];
  for (const fact of index.facts()) {
    const sameService = fact.service === service;
    let best = 0;
    for (const { pattern, distinctive } of terms) {
      if (!sameService && !distinctive) continue;
      if (pattern.test(fact.text)) best = Math.max(best, 3);
      else if (fact.code && pattern.test(fact.code)) best = Math.max(best, 2);
      else if (sameService && fact.path.some((text) => pattern.test(text))) best = Math.max(best, 1);
    }
    if (best > 0) scored.push({ fact, score: best + (sameService ? 10 : 0) - fact.depth * 0.01 });
  }
  // The user's own notes first, then the pack; best matches first within each.
  scored.sort((a, b) => originRank(a.fact) - originRank(b.fact) || b.score - a.score || a.fact.line - b.fact.line);
  const taken = new Map<NotesOrigin, number>();
  const result: Fact[] = [];
  for (const { fact } of scored) {
    const count = taken.get(fact.origin) ?? 0;
    if (count >= limitPerOrigin) continue;
    taken.set(fact.origin, count + 1);
    result.push(fact);
  }
  return result;
}

function originRank(fact: Fact): number {
  return fact.origin === 'user' ? 0 : 1;
}

/** The term as a whole word, case-insensitive: "Install" does not match "BeforeInstall". */
function wordPattern(term: string): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'iu');
}

/** Terms with inner capitals, digits or punctuation name one thing; plain words do not. */
function isDistinctive(term: string): boolean {
  return /[:/.\-_]/.test(term) || /\p{Ll}\p{Lu}/u.test(term) || /\d/.test(term);
}
