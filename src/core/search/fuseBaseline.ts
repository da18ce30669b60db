import Fuse from 'fuse.js';
import type { Fact } from '../notes/model';
import { FUSE_OPTIONS, fuseExpression, queryWords, searchRecord, type SearchRecord } from './searchFields';
import type { FactMatch } from './factSearch';

/**
 * Plain fuse.js over every fact: the reference the indexed `FactSearch` must agree with.
 * Every word of the query must match one of the fields (in any order, typos tolerated); the
 * bench measures it as the baseline and the unit tests use it as the oracle. It scans every
 * fact on every query, which is why the extension does not use it.
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
