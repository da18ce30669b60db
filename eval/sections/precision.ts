import { measurePrecision } from '../../test/relevance/measurePrecision';
import { PRECISION_HELD_OUT, PRECISION_TUNED, type PrecisionCase } from '../../test/relevance/precision.cases';
import type { EvalSection } from '../lib/evalReport';

/** The precision set (`test/relevance/precision.cases.ts`): what else a hover shows, per half. No targets yet: the lead sets them. */
export function precisionSection(): EvalSection[] {
  return [figures('tuned', PRECISION_TUNED), figures('held out', PRECISION_HELD_OUT)];
}

function figures(half: string, cases: readonly PrecisionCase[]): EvalSection {
  const measured = measurePrecision(cases);
  const skipped = measured.skipped ? `, ${measured.skipped} skipped (seed notes absent)` : '';
  return {
    title: `hover precision (${half})`,
    figures: [
      { name: 'precision', value: measured.precision, note: `${measured.notesShown} notes shown over ${measured.cases} cases${skipped}` },
      { name: 'silence', value: measured.silence, note: `${measured.results.filter((r) => r.case.relevant.length === 0).length} cases labelled with no note` },
      { name: 'recall', value: measured.recall, note: `${measured.results.filter((r) => r.case.relevant.length > 0).length} cases labelled with some note` },
    ],
  };
}
