import { HELD_OUT_CASES } from './heldOut.cases';
import { HELD_OUT_2_CASES } from './heldOut2.cases';
import { HELD_OUT_3_CASES } from './heldOut3.cases';
import { HELD_OUT_4_CASES } from './heldOut4.cases';
import type { RelevanceCase } from './relevanceCase';
import { TUNED_CASES } from './tuned.cases';
import { TUNED_2_CASES } from './tuned2.cases';
import { TUNED_3_CASES } from './tuned3.cases';
import { TUNED_4_CASES } from './tuned4.cases';
import { TUNED_5_CASES } from './tuned5.cases';
import { TUNED_6_CASES } from './tuned6.cases';
import { TUNED_7_CASES } from './tuned7.cases';
import { TUNED_8_CASES } from './tuned8.cases';
import { TUNED_9_CASES } from './tuned9.cases';
import { TUNED_10_CASES } from './tuned10.cases';
import { TUNED_11_CASES } from './tuned11.cases';
import { TUNED_12_CASES } from './tuned12.cases';
import { TUNED_13_CASES } from './tuned13.cases';
import { TUNED_14_CASES } from './tuned14.cases';
import { TUNED_15_CASES } from './tuned15.cases';
import { TUNED_16_CASES } from './tuned16.cases';

/** A batch of the relevance set under the name `npm run eval` prints it by. */
export type Batch = readonly [name: string, cases: readonly RelevanceCase[]];

/** The batches tuned on, in the order they were written: a new one is added here, and the eval and the relevance test both run it. */
export const TUNED_BATCHES: readonly Batch[] = [
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
  ['tuned, 13th batch', TUNED_13_CASES],
  ['tuned, 14th batch', TUNED_14_CASES],
  ['tuned, 15th batch', TUNED_15_CASES],
  ['tuned, 16th batch', TUNED_16_CASES],
];

/** The batches held out: never tuned on, looked at as totals only. */
export const HELD_OUT_BATCHES: readonly Batch[] = [
  ['held out', HELD_OUT_CASES],
  ['held out, 2nd batch', HELD_OUT_2_CASES],
  ['held out, 3rd batch', HELD_OUT_3_CASES],
  ['held out, 4th batch', HELD_OUT_4_CASES],
];
