import * as assert from 'node:assert/strict';
import { nameAtCursor, unknownLabels, wrongIacPosition } from '../../relevance/caseChecks';
import { PRECISION_HELD_OUT, PRECISION_TUNED, type PrecisionCase } from '../../relevance/precision.cases';
import { provideCatalogs } from '../cloudformation/analyzeText';

/**
 * Checks of the precision set's labels and positions that rank nothing (see test/relevance/README.md,
 * "The precision set"): each label begins a note of the case's notes, each position is a file of
 * its family with one cursor on something whose hover asks the notes, no case repeats another,
 * and the halves hold what the set promises.
 */

const HALVES: Record<string, readonly PrecisionCase[]> = { tuned: PRECISION_TUNED, 'held out': PRECISION_HELD_OUT };
const PER_FAMILY: Record<PrecisionCase['family'], number> = { cloudformation: 16, ebextensions: 5, iam: 5, appspec: 4 };
const ALL_CASES = [...PRECISION_TUNED, ...PRECISION_HELD_OUT];

describe('the precision set\'s labels and positions (no ranking)', () => {
  before(provideCatalogs);

  for (const [half, cases] of Object.entries(HALVES)) {
    describe(half, () => {
      it(`has ${Object.entries(PER_FAMILY).map(([family, count]) => `${count} ${family}`).join(', ')} cases`, () => {
        const families = Object.keys(PER_FAMILY) as PrecisionCase['family'][];
        assert.deepEqual(Object.fromEntries(families.map((family) => [family, cases.filter((c) => c.family === family).length])), PER_FAMILY);
      });

      it('has labels that each begin the text of a note of the case\'s notes (skipped when the seed notes are absent)', () => {
        assert.deepEqual(cases.flatMap((c) => unknownLabels(c.name, c.notes, c.relevant)), []);
      });

      it('has positions in a file of their family, with one cursor on something whose hover asks the notes', () => {
        assert.deepEqual(cases.flatMap((c) => wrongIacPosition(c.name, c.family, c)), []);
      });
    });
  }

  it('repeats no case (same family, same name hovered) and no case name', () => {
    const identities = ALL_CASES.map((c) => `${c.family} ${nameAtCursor(c)}`);
    const names = ALL_CASES.map((c) => c.name);
    assert.deepEqual(identities.filter((identity, i) => identities.indexOf(identity) !== i), []);
    assert.deepEqual(names.filter((name, i) => names.indexOf(name) !== i), []);
  });

  // A third each when written (20 with none); since the pack's RDS section (3 December 2026) holds the engines, `Engine` of a DB instance
  // has a labelled note: the labels follow the notes, so the share with none may sit a case below a third.
  it('has at least 30 % of its cases with a labelled note, and at least 30 % with none', () => {
    const labelled = ALL_CASES.filter((c) => c.relevant.length > 0).length;
    assert.ok(labelled * 10 >= ALL_CASES.length * 3, `${labelled} of ${ALL_CASES.length} cases have a labelled note`);
    assert.ok((ALL_CASES.length - labelled) * 10 >= ALL_CASES.length * 3, `${ALL_CASES.length - labelled} of ${ALL_CASES.length} cases have none`);
  });
});
