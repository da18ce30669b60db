import * as assert from 'node:assert/strict';
import { HELD_OUT_BATCHES, TUNED_BATCHES } from '../../relevance/batches';
import { notesOf } from '../../relevance/caseInput';
import { factsNamed, nameAtCursor, unknownLabels, wrongIacPosition } from '../../relevance/caseChecks';
import { HELD_OUT_2_CASES } from '../../relevance/heldOut2.cases';
import { HELD_OUT_3_CASES } from '../../relevance/heldOut3.cases';
import { HELD_OUT_4_CASES } from '../../relevance/heldOut4.cases';
import { HELD_OUT_CASES } from '../../relevance/heldOut.cases';
import type { Family, RelevanceCase } from '../../relevance/relevanceCase';
import { TUNED_CASES } from '../../relevance/tuned.cases';
import { TUNED_2_CASES } from '../../relevance/tuned2.cases';
import { TUNED_3_CASES } from '../../relevance/tuned3.cases';
import { TUNED_4_CASES } from '../../relevance/tuned4.cases';
import { TUNED_5_CASES } from '../../relevance/tuned5.cases';
import { TUNED_6_CASES } from '../../relevance/tuned6.cases';
import { TUNED_7_CASES } from '../../relevance/tuned7.cases';
import { TUNED_8_CASES } from '../../relevance/tuned8.cases';
import { TUNED_9_CASES } from '../../relevance/tuned9.cases';
import { TUNED_10_CASES } from '../../relevance/tuned10.cases';
import { TUNED_11_CASES } from '../../relevance/tuned11.cases';
import { TUNED_12_CASES } from '../../relevance/tuned12.cases';
import { TUNED_13_CASES } from '../../relevance/tuned13.cases';
import { TUNED_14_CASES } from '../../relevance/tuned14.cases';
import { TUNED_15_CASES } from '../../relevance/tuned15.cases';
import { TUNED_16_CASES } from '../../relevance/tuned16.cases';
import { provideCatalogs } from '../cloudformation/analyzeText';

/**
 * Checks of the relevance set's labels and fixtures that never rank anything, so they can run
 * while a batch is written blind: each label begins a note of the case's notes, each IaC case is
 * a file of its family with one cursor on something the hover asks the notes about.
 */

/** Every batch, by the name `npm run eval` prints it by (`batches.ts`: a new batch is added there). */
const BATCHES = [...TUNED_BATCHES, ...HELD_OUT_BATCHES];

/** Every case of every batch but `cases` (`batches.ts` lists them all): what a batch written after all the others must not repeat. */
function everyOtherBatch(cases: readonly RelevanceCase[]): RelevanceCase[] {
  return BATCHES.filter(([, other]) => other !== cases).flatMap(([, other]) => other);
}

/** What makes two cases the same case: the notes, and the query typed or the name hovered. */
function identity(testCase: RelevanceCase): string {
  const what = testCase.query !== undefined ? `query ${testCase.query.toLowerCase().trim().split(/\s+/).join(' ')}` : `${testCase.family} ${nameAtCursor(testCase)}`;
  return `${testCase.notes}: ${what}`;
}

describe('the relevance set\'s labels and fixtures (no ranking)', () => {
  before(provideCatalogs);

  for (const [batch, cases] of BATCHES) {
    describe(batch, () => {
      it('has case names that are unique within the batch', () => {
        const names = cases.map((c) => c.name);
        assert.deepEqual(names.filter((name, i) => names.indexOf(name) !== i), []);
      });

      it('has labels that each begin the text of a note of the named notes (seed cases skipped when those are absent)', () => {
        assert.deepEqual(cases.flatMap((c) => unknownLabels(c.name, c.notes, c.expect)), []);
      });

      it('has lookup cases with a query and no file, IaC cases with a file of their family, one cursor, and a hover that asks the notes', () => {
        const wrong: string[] = [];
        for (const c of cases) {
          if (c.expect.length === 0) wrong.push(`${c.name}: no label`);
          if (c.family === 'lookup') {
            if (!c.query?.trim() || c.file !== undefined || c.text !== undefined) wrong.push(`${c.name}: a lookup case needs a query and nothing else`);
            continue;
          }
          wrong.push(...wrongIacPosition(c.name, c.family, c));
        }
        assert.deepEqual(wrong, []);
      });
    });
  }

  stricterRules('held out 2', HELD_OUT_2_CASES, [...TUNED_CASES, ...HELD_OUT_CASES], { appspec: 10, ebextensions: 10, cloudformation: 10, iam: 10, lookup: 10 });
  stricterRules('tuned 2', TUNED_2_CASES, [...TUNED_CASES, ...HELD_OUT_CASES, ...HELD_OUT_2_CASES], { appspec: 6, ebextensions: 10, cloudformation: 10, iam: 6, lookup: 6 });
  stricterRules('tuned 3', TUNED_3_CASES, [...TUNED_CASES, ...HELD_OUT_CASES, ...HELD_OUT_2_CASES, ...TUNED_2_CASES], { appspec: 0, ebextensions: 6, cloudformation: 20, iam: 0, lookup: 10 });
  // The fourth batch's queries may run to 5 words ("how long lambda timeout"), the way learners type.
  stricterRules('tuned 4', TUNED_4_CASES, [...TUNED_CASES, ...HELD_OUT_CASES, ...HELD_OUT_2_CASES, ...TUNED_2_CASES, ...TUNED_3_CASES], { appspec: 0, ebextensions: 0, cloudformation: 20, iam: 0, lookup: 20 }, 5);
  stricterRules('tuned 5', TUNED_5_CASES, [...TUNED_CASES, ...HELD_OUT_CASES, ...HELD_OUT_2_CASES, ...TUNED_2_CASES, ...TUNED_3_CASES, ...TUNED_4_CASES], { appspec: 0, ebextensions: 0, cloudformation: 20, iam: 0, lookup: 20 });
  stricterRules('tuned 6', TUNED_6_CASES, [...TUNED_CASES, ...HELD_OUT_CASES, ...HELD_OUT_2_CASES, ...TUNED_2_CASES, ...TUNED_3_CASES, ...TUNED_4_CASES, ...TUNED_5_CASES], { appspec: 0, ebextensions: 0, cloudformation: 24, iam: 0, lookup: 20 });
  stricterRules('tuned 7', TUNED_7_CASES, [...TUNED_CASES, ...HELD_OUT_CASES, ...HELD_OUT_2_CASES, ...TUNED_2_CASES, ...TUNED_3_CASES, ...TUNED_4_CASES, ...TUNED_5_CASES, ...TUNED_6_CASES], { appspec: 0, ebextensions: 0, cloudformation: 0, iam: 0, lookup: 40 });
  stricterRules('tuned 8', TUNED_8_CASES, [...TUNED_CASES, ...HELD_OUT_CASES, ...HELD_OUT_2_CASES, ...TUNED_2_CASES, ...TUNED_3_CASES, ...TUNED_4_CASES, ...TUNED_5_CASES, ...TUNED_6_CASES, ...TUNED_7_CASES], { appspec: 0, ebextensions: 0, cloudformation: 0, iam: 0, lookup: 40 });
  stricterRules('tuned 9', TUNED_9_CASES, [...TUNED_CASES, ...HELD_OUT_CASES, ...HELD_OUT_2_CASES, ...TUNED_2_CASES, ...TUNED_3_CASES, ...TUNED_4_CASES, ...TUNED_5_CASES, ...TUNED_6_CASES, ...TUNED_7_CASES, ...TUNED_8_CASES], { appspec: 0, ebextensions: 15, cloudformation: 25, iam: 0, lookup: 0 });
  // The tenth batch's queries may run to 5 words ("what does cloudtrail insights do"), the way learners type questions.
  stricterRules('tuned 10', TUNED_10_CASES, [...TUNED_CASES, ...HELD_OUT_CASES, ...HELD_OUT_2_CASES, ...TUNED_2_CASES, ...TUNED_3_CASES, ...TUNED_4_CASES, ...TUNED_5_CASES, ...TUNED_6_CASES, ...TUNED_7_CASES, ...TUNED_8_CASES, ...TUNED_9_CASES], { appspec: 0, ebextensions: 0, cloudformation: 0, iam: 0, lookup: 40 }, 5);
  // The third held-out batch, written after all ten tuned batches, repeats none of them nor either held-out batch; its queries may run to 5 words.
  stricterRules('held out 3', HELD_OUT_3_CASES, [...TUNED_CASES, ...HELD_OUT_CASES, ...HELD_OUT_2_CASES, ...TUNED_2_CASES, ...TUNED_3_CASES, ...TUNED_4_CASES, ...TUNED_5_CASES, ...TUNED_6_CASES, ...TUNED_7_CASES, ...TUNED_8_CASES, ...TUNED_9_CASES, ...TUNED_10_CASES], { appspec: 5, ebextensions: 10, cloudformation: 10, iam: 5, lookup: 10 }, 5);
  // The eleventh tuned batch, written after the third held-out one, repeats no case of any other batch (tuned 1 to 10, held out 1 to 3).
  stricterRules('tuned 11', TUNED_11_CASES, [...TUNED_CASES, ...HELD_OUT_CASES, ...HELD_OUT_2_CASES, ...HELD_OUT_3_CASES, ...TUNED_2_CASES, ...TUNED_3_CASES, ...TUNED_4_CASES, ...TUNED_5_CASES, ...TUNED_6_CASES, ...TUNED_7_CASES, ...TUNED_8_CASES, ...TUNED_9_CASES, ...TUNED_10_CASES], { appspec: 5, ebextensions: 20, cloudformation: 20, iam: 5, lookup: 0 });
  // The twelfth tuned batch repeats no case of any other batch (tuned 1 to 11, held out 1 to 3).
  stricterRules('tuned 12', TUNED_12_CASES, [...TUNED_CASES, ...HELD_OUT_CASES, ...HELD_OUT_2_CASES, ...HELD_OUT_3_CASES, ...TUNED_2_CASES, ...TUNED_3_CASES, ...TUNED_4_CASES, ...TUNED_5_CASES, ...TUNED_6_CASES, ...TUNED_7_CASES, ...TUNED_8_CASES, ...TUNED_9_CASES, ...TUNED_10_CASES, ...TUNED_11_CASES], { appspec: 0, ebextensions: 20, cloudformation: 20, iam: 0, lookup: 0 });
  // The fourth held-out and the thirteenth to sixteenth tuned batches, written after all the others, repeat no case of any other batch; held out 4's queries may run to 5 words.
  stricterRules('held out 4', HELD_OUT_4_CASES, everyOtherBatch(HELD_OUT_4_CASES), { appspec: 5, ebextensions: 15, cloudformation: 15, iam: 5, lookup: 5 }, 5);
  stricterRules('tuned 13', TUNED_13_CASES, everyOtherBatch(TUNED_13_CASES), { appspec: 0, ebextensions: 20, cloudformation: 20, iam: 0, lookup: 0 });
  stricterRules('tuned 14', TUNED_14_CASES, everyOtherBatch(TUNED_14_CASES), { appspec: 0, ebextensions: 30, cloudformation: 0, iam: 0, lookup: 0 });
  stricterRules('tuned 15', TUNED_15_CASES, everyOtherBatch(TUNED_15_CASES), { appspec: 0, ebextensions: 20, cloudformation: 20, iam: 0, lookup: 0 });
  stricterRules('tuned 16', TUNED_16_CASES, everyOtherBatch(TUNED_16_CASES), { appspec: 0, ebextensions: 20, cloudformation: 20, iam: 0, lookup: 0 });
});

/** The rules of the batches written after the first two: so many cases per family, no repeat of an earlier batch, one note per label, short queries. */
function stricterRules(batch: string, cases: readonly RelevanceCase[], earlier: readonly RelevanceCase[], perFamily: Record<Family, number>, maxQueryWords = 4): void {
  describe(`${batch}, written to stricter rules`, () => {
    it(`has ${Object.entries(perFamily).map(([family, count]) => `${count} ${family}`).join(', ')} cases`, () => {
      const families = Object.keys(perFamily) as Family[];
      assert.deepEqual(Object.fromEntries(families.map((family) => [family, cases.filter((c) => c.family === family).length])), perFamily);
    });

    it('repeats no case of the earlier batches, nor one of its own (same notes, same name hovered or same query)', () => {
      const seen = new Set(earlier.map(identity));
      const repeats: string[] = [];
      for (const c of cases) {
        if (seen.has(identity(c))) repeats.push(`${c.name} (${identity(c)})`);
        seen.add(identity(c));
      }
      assert.deepEqual(repeats, []);
    });

    it('names one note with each label (several labels when several notes are equally right)', () => {
      const vague = cases
        .filter((c) => notesOf(c.notes))
        .flatMap((c) => c.expect.map((label) => ({ c, label, named: factsNamed(c.notes, label) })))
        .filter(({ named }) => named.length > 1)
        .map(({ c, label, named }) => `${c.name}: "${label}" begins ${named.length} notes: ${named.join(' | ')}`);
      assert.deepEqual(vague, []);
    });

    it(`has lookup queries of 2 to ${maxQueryWords} words`, () => {
      const odd = cases.filter((c) => c.query !== undefined && !new RegExp(`^\\S+(\\s\\S+){1,${maxQueryWords - 1}}$`).test(c.query.trim())).map((c) => c.query);
      assert.deepEqual(odd, []);
    });
  });
}
