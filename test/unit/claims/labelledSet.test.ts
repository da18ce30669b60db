import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CLAIMS } from '../../../src/core/claims/catalog';
import { checkNotes } from '../../../src/core/claims/checkNotes';
import { defaultChecker } from '../../../src/core/claims/defaultChecker';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { LABELLED_FILES } from '../../notesCheck/labels';
import { measureNotesCheck } from '../../notesCheck/measureNotesCheck';

describe('notes check: labelled set and bundled pack', () => {
  const score = measureNotesCheck();

  it('has every label on a note of its file, with a claim of the catalog', () => {
    assert.deepEqual(score.staleLabels, []);
    const ids = new Set(CLAIMS.map((claim) => claim.id));
    const unknown = LABELLED_FILES.flatMap((file) => Object.values(file.wrong)).filter((id): id is string => id !== null && !ids.has(id));
    assert.deepEqual(unknown, []);
  });

  it('is at least 150 lines of notes in both formats', () => {
    const lines = LABELLED_FILES.map((file) => fs.readFileSync(`test/notesCheck/${file.file}`, 'utf8').split('\n').filter((line) => line.trim() !== '').length);
    assert.ok(lines.reduce((a, b) => a + b, 0) >= 150, `${lines.join(' + ')} lines`);
    assert.ok(LABELLED_FILES.some((file) => file.file.endsWith('.md')) && LABELLED_FILES.some((file) => file.file.endsWith('.txt')));
  });

  it('reaches precision 0.97 on the labelled set', () => {
    assert.ok(score.precision >= 0.97, `precision ${score.precision.toFixed(3)}; false alarms:\n${score.falseAlarms.join('\n')}`);
  });

  // The target is 0.8 (npm run eval reports it); this floor is what the catalog reaches today and
  // only goes up as claims land: a change that loses wrong notes the check used to find fails here.
  const RECALL_FLOOR = 0.86;
  it(`keeps recall on the labelled set at or above ${RECALL_FLOOR} (target 0.8)`, () => {
    assert.ok(score.recall >= RECALL_FLOOR, `recall ${score.recall.toFixed(3)}; misses:\n${score.misses.join('\n')}`);
  });

  it('finds nothing in the bundled pack (it is corrected: a finding is a bug in the pack or in a claim)', () => {
    const index = new NotesIndex();
    index.setFile(parseNotes('aws-notes-pack.txt', fs.readFileSync('notes/aws-notes-pack.txt', 'utf8'), 'bundled'));
    const findings = checkNotes(index, defaultChecker()).map((finding) => `${finding.fact.line + 1} [${finding.claim.id}] ${finding.fact.text}`);
    assert.deepEqual(findings, []);
  });
});
