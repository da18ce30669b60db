import Fuse, { type Expression, type IFuseOptions } from 'fuse.js';
import type { Fact } from '../notes/model';
import { aliasesOf } from '../notes/serviceAliases';

export interface FactMatch {
  readonly fact: Fact;
  /** 0 is a perfect match, 1 no match at all (fuse.js's scale). */
  readonly score: number;
}

/** What a fact is searchable by. */
interface SearchRecord {
  readonly fact: Fact;
  readonly text: string;
  readonly breadcrumb: string;
  readonly service: string;
}

const OPTIONS: IFuseOptions<SearchRecord> = {
  keys: [
    { name: 'text', weight: 3 },
    { name: 'breadcrumb', weight: 1.5 },
    { name: 'service', weight: 2 },
  ],
  includeScore: true,
  // Words of a query can be anywhere in a fact: location must not count.
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

/**
 * Fuzzy search over facts: every word of the query must match the fact's text, its
 * breadcrumb or its service (with aliases, so "couldtrail" finds CloudTrail), in any order,
 * with typos tolerated by fuse.js.
 */
export class FactSearch {
  private readonly fuse: Fuse<SearchRecord>;

  constructor(facts: readonly Fact[]) {
    const records = facts.map((fact) => ({
      fact,
      text: fact.code ? `${fact.text} ${fact.code}` : fact.text,
      breadcrumb: fact.breadcrumb,
      service: [fact.service, fact.heading, ...aliasesOf(fact.service)].join(' '),
    }));
    this.fuse = new Fuse(records, OPTIONS);
  }

  search(query: string, limit = 20): FactMatch[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const expression: Expression = {
      $and: words.map((word) => ({ $or: OPTIONS.keys!.map((key) => ({ [(key as { name: string }).name]: word })) })),
    };
    return this.fuse.search(expression, { limit }).map((result) => ({ fact: result.item.fact, score: result.score ?? 1 }));
  }
}

/** Query words, lower-cased, without punctuation-only tokens. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s,;]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
}
