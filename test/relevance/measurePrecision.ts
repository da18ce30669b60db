import { relatedNotes } from '../../src/core/search/relatedNotes';
import { provideCatalogs } from '../unit/cloudformation/analyzeText';
import { hoverQueryOf, notesOf } from './caseInput';
import { isLabelled } from './measureRelevance';
import type { PrecisionCase } from './precision.cases';

/** What a hover showed for a case: the texts of its notes, and how many of them are labelled relevant. */
export interface PrecisionResult {
  readonly case: PrecisionCase;
  readonly shown: readonly string[];
  readonly relevantShown: number;
}

export interface PrecisionFigures {
  readonly cases: number;
  /** Cases left out because their notes are absent (the seed notes outside this machine). */
  readonly skipped: number;
  readonly notesShown: number;
  /** Shown notes labelled relevant over all shown notes (1 when nothing is shown at all: no noise). */
  readonly precision: number;
  /** Share of the cases labelled with no note that show no note at all. */
  readonly silence: number;
  /** Share of the cases labelled with some note that show at least one of them. */
  readonly recall: number;
  readonly results: readonly PrecisionResult[];
}

/** The notes a hover shows at each case's cursor, exactly as the product shows them, summed up: precision, silence and recall. */
export function measurePrecision(cases: readonly PrecisionCase[]): PrecisionFigures {
  provideCatalogs();
  const results: PrecisionResult[] = [];
  for (const testCase of cases) {
    const index = notesOf(testCase.notes);
    if (!index) continue;
    const query = hoverQueryOf(testCase);
    const shown = query ? relatedNotes(index, query).shown.map((result) => result.fact) : [];
    results.push({ case: testCase, shown: shown.map((fact) => fact.text), relevantShown: shown.filter((fact) => isLabelled(fact, testCase.relevant)).length });
  }
  const notesShown = results.reduce((sum, r) => sum + r.shown.length, 0);
  const relevantShown = results.reduce((sum, r) => sum + r.relevantShown, 0);
  const unlabelled = results.filter((r) => r.case.relevant.length === 0);
  const labelled = results.filter((r) => r.case.relevant.length > 0);
  return {
    cases: results.length,
    skipped: cases.length - results.length,
    notesShown,
    precision: notesShown ? relevantShown / notesShown : 1,
    silence: share(unlabelled, (r) => r.shown.length === 0),
    recall: share(labelled, (r) => r.relevantShown > 0),
    results,
  };
}

function share<T>(items: readonly T[], holds: (item: T) => boolean): number {
  return items.length ? items.filter(holds).length / items.length : 0;
}
