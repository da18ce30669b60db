import { HELD_OUT_BATCHES, TUNED_BATCHES } from '../../test/relevance/batches';
import { measureRelevance } from '../../test/relevance/measureRelevance';
import type { EvalSection } from '../lib/evalReport';

/**
 * The issue's target for every family, held-out cases included. It is set on each family's
 * batches taken together (all tuned ones, all held-out ones): a batch of 5 cases of a family
 * moves its recall@3 by 0.2 a case, so one batch alone cannot tell 0.9 from 0.8. Each batch's
 * own figures are printed too, without a target.
 */
const RECALL_TARGET = 0.9;

type Cases = Parameters<typeof measureRelevance>[0];

/** The relevance set (`test/relevance/`): recall@3 and MRR per family, each batch apart, then all tuned and all held-out batches together (the target's rows). */
export function relevanceSection(): EvalSection[] {
  return [
    ...[...TUNED_BATCHES, ...HELD_OUT_BATCHES].flatMap(([name, cases]) => figures(name, cases)),
    ...figures('all tuned batches', TUNED_BATCHES.flatMap(([, cases]) => cases), RECALL_TARGET),
    ...figures('all held-out batches', HELD_OUT_BATCHES.flatMap(([, cases]) => cases), RECALL_TARGET),
  ];
}

function figures(half: string, cases: Cases, target?: number): EvalSection[] {
  return measureRelevance(cases).map((family) => ({
    title: `relevance: ${family.family} (${half})`,
    figures: [
      { name: 'recall@3', value: family.recallAt3, target, note: `${family.cases} cases${family.skipped ? `, ${family.skipped} skipped (seed notes absent)` : ''}` },
      { name: 'MRR', value: family.mrr },
    ],
  }));
}
