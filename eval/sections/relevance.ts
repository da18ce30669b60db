import { HELD_OUT_CASES } from '../../test/relevance/heldOut.cases';
import { HELD_OUT_2_CASES } from '../../test/relevance/heldOut2.cases';
import { HELD_OUT_3_CASES } from '../../test/relevance/heldOut3.cases';
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
import { TUNED_11_CASES } from '../../test/relevance/tuned11.cases';
import { TUNED_12_CASES } from '../../test/relevance/tuned12.cases';
import type { EvalSection } from '../lib/evalReport';

/**
 * The issue's target for every family, held-out cases included. It is set on each family's
 * batches taken together (all tuned ones, all held-out ones): a batch of 5 cases of a family
 * moves its recall@3 by 0.2 a case, so one batch alone cannot tell 0.9 from 0.8. Each batch's
 * own figures are printed too, without a target.
 */
const RECALL_TARGET = 0.9;

type Cases = Parameters<typeof measureRelevance>[0];

const TUNED_BATCHES: readonly (readonly [string, Cases])[] = [
  ['tuned', TUNED_CASES],
  ['tuned, 2nd batch', TUNED_2_CASES],
  ['tuned, 3rd batch', TUNED_3_CASES],
  ['tuned, 4th batch', TUNED_4_CASES],
  ['tuned, 5th batch', TUNED_5_CASES],
  ['tuned, 6th batch', TUNED_6_CASES],
  ['tuned, 7th batch', TUNED_7_CASES],
  ['tuned, 8th batch', TUNED_8_CASES],
  ['tuned, 9th batch', TUNED_9_CASES],
  ['tuned, 10th batch', TUNED_10_CASES],
  ['tuned, 11th batch', TUNED_11_CASES],
  ['tuned, 12th batch', TUNED_12_CASES],
];
const HELD_OUT_BATCHES: readonly (readonly [string, Cases])[] = [
  ['held out', HELD_OUT_CASES],
  ['held out, 2nd batch', HELD_OUT_2_CASES],
  ['held out, 3rd batch', HELD_OUT_3_CASES],
];

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
