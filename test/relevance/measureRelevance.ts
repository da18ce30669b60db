import type { Fact } from '../../src/core/notes/model';
import type { NotesIndex } from '../../src/core/notes/notesIndex';
import { lookUpFacts } from '../../src/core/search/lookUpFacts';
import { rankedForQuery } from '../../src/core/search/relatedNotes';
import { compileNotesQuery } from '../../src/core/search/relevanceQuery';
import { provideCatalogs } from '../unit/cloudformation/analyzeText';
import { hoverQueryOf, notesOf } from './caseInput';
import type { Family, RelevanceCase } from './relevanceCase';

/** Where the first labelled note came (1-based), or undefined when it did not come at all. */
export interface CaseResult {
  readonly case: RelevanceCase;
  readonly rank: number | undefined;
  readonly top: readonly string[];
}

export interface FamilyFigures {
  readonly family: Family;
  readonly cases: number;
  readonly skipped: number;
  readonly recallAt3: number;
  readonly mrr: number;
  readonly results: readonly CaseResult[];
}

/** The ranked facts for a case: the hover's ranking at the cursor, or the lookup's for the query. */
export function rankedFor(testCase: RelevanceCase, index: NotesIndex): Fact[] {
  if (testCase.query !== undefined) return lookUpFacts(index, testCase.query, 10).map((result) => result.fact);
  const query = hoverQueryOf(testCase);
  return query ? rankedForQuery(index, compileNotesQuery(query)).map((result) => result.fact) : [];
}

export function isLabelled(fact: Fact, labels: readonly string[]): boolean {
  return labels.some((label) => fact.text.startsWith(label) || fact.path.some((ancestor) => ancestor.startsWith(label)));
}

/** Runs cases and sums them up per family: recall@3 (a labelled note in the first three) and mean reciprocal rank. */
export function measureRelevance(cases: readonly RelevanceCase[]): FamilyFigures[] {
  provideCatalogs();
  const families = [...new Set(cases.map((c) => c.family))];
  return families.map((family) => {
    const own = cases.filter((c) => c.family === family);
    const results: CaseResult[] = [];
    for (const testCase of own) {
      const index = notesOf(testCase.notes);
      if (!index) continue;
      const ranked = rankedFor(testCase, index);
      const at = ranked.findIndex((fact) => isLabelled(fact, testCase.expect));
      results.push({ case: testCase, rank: at < 0 ? undefined : at + 1, top: ranked.slice(0, 3).map((fact) => fact.text) });
    }
    const hits = results.filter((r) => r.rank !== undefined && r.rank <= 3).length;
    const mrr = results.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0);
    return { family, cases: results.length, skipped: own.length - results.length, recallAt3: results.length ? hits / results.length : 0, mrr: results.length ? mrr / results.length : 0, results };
  });
}
