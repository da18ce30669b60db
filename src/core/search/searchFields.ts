import type { Expression, IFuseOptions } from 'fuse.js';
import type { Fact } from '../notes/model';
import { aliasesOf } from '../notes/serviceAliases';
import { trimPunctuation } from './relevanceText';

/** What a fact is searchable by: its fields, in the order of `SEARCH_KEYS`. */
export interface SearchRecord {
  readonly fact: Fact;
  readonly text: string;
  readonly breadcrumb: string;
  readonly service: string;
}

export type SearchKey = 'text' | 'breadcrumb' | 'service';

/** The searched fields and how much a match in each counts (fuse.js key weights). */
export const SEARCH_KEYS: readonly { readonly name: SearchKey; readonly weight: number }[] = [
  { name: 'text', weight: 3 },
  { name: 'breadcrumb', weight: 1.5 },
  { name: 'service', weight: 2 },
];

/**
 * The matching rules, as fuse.js options: the plain fuse.js search (`fuseBaseline.ts`) uses them
 * as they are, and the indexed search (`factSearch.ts`) reproduces them.
 */
export const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: SEARCH_KEYS.map((key) => ({ ...key })),
  includeScore: true,
  // Words of a query can be anywhere in a fact: location must not count.
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

export function searchRecord(fact: Fact): SearchRecord {
  return {
    fact,
    text: fact.code ? `${fact.text} ${fact.code}` : fact.text,
    breadcrumb: fact.breadcrumb,
    service: serviceField(fact.service, fact.heading),
  };
}

/** Service field of each service and heading: the same for every fact of a section, built once. */
const serviceFields = new Map<string, string>();

/** The service, the heading as written and the service's aliases, so "couldtrail" finds CloudTrail. */
function serviceField(service: string, heading: string): string {
  const key = `${service}\u0000${heading}`;
  let field = serviceFields.get(key);
  if (field === undefined) {
    field = [service, heading, ...aliasesOf(service)].join(' ');
    serviceFields.set(key, field);
  }
  return field;
}

/** Query words, lower-cased, without punctuation-only tokens or single characters (which match nothing useful). */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s,;]+/)
    .map(trimPunctuation)
    .filter((word) => word.length >= 2);
}

/** The fuse.js query: every word must match one of the fields (`$and` of `$or`s). */
export function fuseExpression(words: readonly string[]): Expression {
  return { $and: words.map((word) => ({ $or: SEARCH_KEYS.map((key) => ({ [key.name]: word })) })) };
}
