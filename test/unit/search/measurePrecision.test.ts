import * as assert from 'node:assert/strict';
import { notesOf } from '../../relevance/caseInput';
import { measurePrecision } from '../../relevance/measurePrecision';
import { PRECISION_TUNED, type PrecisionCase } from '../../relevance/precision.cases';

/**
 * The precision measure's arithmetic, on the tuned half relabelled so the answer is known whatever
 * the scorer shows: a label that begins every note, one that begins none, and no label at all.
 */

const relabelled = (relevant: readonly string[]): PrecisionCase[] => PRECISION_TUNED.map((c) => ({ ...c, relevant }));
const EVERY_NOTE = [''];
const NO_NOTE = ['\u0000 begins no note'];

describe('measurePrecision (the precision set\'s figures)', function () {
  before(function () {
    if (!notesOf('all')) this.skip();
  });

  it('counts every shown note relevant when a label begins every note: precision 1, recall the share of hovers showing any', () => {
    const measured = measurePrecision(relabelled(EVERY_NOTE));
    const showing = measured.results.filter((r) => r.shown.length > 0).length;
    assert.ok(measured.notesShown > 0, 'the tuned half shows some notes');
    assert.deepEqual(measured.results.map((r) => r.relevantShown), measured.results.map((r) => r.shown.length));
    assert.equal(measured.precision, 1);
    assert.equal(measured.recall, showing / measured.cases);
  });

  it('counts no shown note relevant when no label begins a note: precision and recall 0', () => {
    const measured = measurePrecision(relabelled(NO_NOTE));
    assert.equal(measured.precision, 0);
    assert.equal(measured.recall, 0);
  });

  it('takes silence over the cases labelled with no note: the share of them that show nothing', () => {
    const measured = measurePrecision(relabelled([]));
    const silent = measured.results.filter((r) => r.shown.length === 0).length;
    assert.equal(measured.silence, silent / measured.cases);
    assert.equal(measured.recall, 0);
  });
});
