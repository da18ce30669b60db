import Fuse from 'fuse.js';
import type { Fact } from '../notes/model';
import { FUSE_OPTIONS, fuseExpression, queryWords, searchRecord, type SearchRecord } from './searchFields';

export interface FactMatch {
  readonly fact: Fact;
  /** 0 is a perfect match, 1 no match at all (fuse.js's scale). */
  readonly score: number;
}

/**
 * Plain fuse.js over every fact, as lookup once was: every word of the query must match one
 * of the fields (in any order, typos tolerated). The bench measures the lookup's speed-up over
 * it. It scans every fact on every query, which is why the extension does not use it.
 */
export class FuseBaselineSearch {
  private readonly fuse: Fuse<SearchRecord>;

  constructor(facts: readonly Fact[]) {
    this.fuse = new Fuse(facts.map(searchRecord), FUSE_OPTIONS);
  }

  search(query: string, limit = 20): FactMatch[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    return this.fuse.search(fuseExpression(words), { limit }).map((result) => ({ fact: result.item.fact, score: result.score ?? 1 }));
  }
}
