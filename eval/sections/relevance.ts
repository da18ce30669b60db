import { HELD_OUT_CASES } from '../../test/relevance/heldOut.cases';
import { HELD_OUT_2_CASES } from '../../test/relevance/heldOut2.cases';
import { measureRelevance } from '../../test/relevance/measureRelevance';
import { TUNED_CASES } from '../../test/relevance/tuned.cases';
import { TUNED_2_CASES } from '../../test/relevance/tuned2.cases';
import { TUNED_3_CASES } from '../../test/relevance/tuned3.cases';
import { TUNED_4_CASES } from '../../test/relevance/tuned4.cases';
import { TUNED_5_CASES } from '../../test/relevance/tuned5.cases';
import { TUNED_6_CASES } from '../../test/relevance/tuned6.cases';
import { TUNED_7_CASES } from '../../test/relevance/tuned7.cases';
import { TUNED_8_CASES } from '../../test/relevance/tuned8.cases';
import { TUNED_9_CASES } from '../../test/relevance/tuned9.cases';
import { TUNED_10_CASES } from '../../test/relevance/tuned10.cases';
import type { EvalSection } from '../lib/evalReport';

/** The issue's target for every family, held-out cases included. */
const RECALL_TARGET = 0.9;

/** The relevance set (`test/relevance/`): recall@3 and MRR per family, each tuned and each held-out batch apart. */
export function relevanceSection(): EvalSection[] {
  return [
    ...figures('tuned', TUNED_CASES),
    ...figures('tuned, 2nd batch', TUNED_2_CASES),
    ...figures('tuned, 3rd batch', TUNED_3_CASES),
    ...figures('tuned, 4th batch', TUNED_4_CASES),
    ...figures('tuned, 5th batch', TUNED_5_CASES),
    ...figures('tuned, 6th batch', TUNED_6_CASES),
    ...figures('tuned, 7th batch', TUNED_7_CASES),
    ...figures('tuned, 8th batch', TUNED_8_CASES),
    ...figures('tuned, 9th batch', TUNED_9_CASES),
    ...figures('tuned, 10th batch', TUNED_10_CASES),
    ...figures('held out', HELD_OUT_CASES),
    ...figures('held out, 2nd batch', HELD_OUT_2_CASES),
  ];
}

function figures(half: string, cases: Parameters<typeof measureRelevance>[0]): EvalSection[] {
  return measureRelevance(cases).map((family) => ({
    title: `relevance: ${family.family} (${half})`,
    figures: [
      { name: 'recall@3', value: family.recallAt3, target: RECALL_TARGET, note: `${family.cases} cases${family.skipped ? `, ${family.skipped} skipped (seed notes absent)` : ''}` },
      { name: 'MRR', value: family.mrr },
    ],
  }));
}
