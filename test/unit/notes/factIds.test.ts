import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parseOutline } from '../../../src/core/notes/outlineParser';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { OUTLINE_NOTES } from '../fixtures/outlineNotes';
import { readSeedNotes } from '../fixtures/seedNotes';

/**
 * Quiz progress is keyed on fact ids: the same notes must give the same ids, release after
 * release, whatever the parser does inside. These ids were recorded before the parser was
 * optimised (issue 6); a change here breaks every user's quiz history.
 */
describe('fact ids stay the same for the same notes', () => {
  it('pins the ids of the outline fixture', () => {
    const ids = parseOutline('/notes/study.txt', OUTLINE_NOTES, 'user').facts.map((fact) => [fact.text, fact.id]);
    assert.deepEqual(ids, [
      ['Limits', '6c6b611071be1990'],
      ['Largest item: 400 KB', '87ac646caf876c90'],
      ['Up to 5 local secondary indexes per table', 'e2001d7f8482ec6e'],
      ['Query', 'bff51224ea511f6b'],
      ['Sort key conditions go in KeyConditionExpression', '27063f14d941a81f'],
      ['Lazy loading→only cache what is read', '6e7b7ae26607e268'],
      ['Service discovery for backends', '3768267263ac217b'],
      ['Deny plain HTTP with', '336c1bb4727d46db'],
      ['Note: keys are case sensitive', 'be43d21240fd1480'],
      ['Deployment steps', '0b3cff1648cfc60c'],
      ['Bundle the code', 'ffd07e1ed57a1991'],
      ['Upload it', '599951706c50813a'],
      ['dash item', 'ef8297d57772f1b5'],
      ['star item', '7f41f7ed182600bd'],
    ]);
  });

  it('gives repeated items of the same place distinct, pinned ids', () => {
    const ids = parseOutline('/notes/dup.txt', 'S3\n  • same\n  • same\n    • same', 'user').facts.map((fact) => fact.id);
    assert.deepEqual(ids, ['c5a8b104d4dabd47', 'c6a8b29730ac93d2', 'fbfab5dadf187da2']);
  });

  it('counts repeats per place across sections of the same service, not per section (ids recorded before issue 6)', () => {
    const text = 'S3\n  • same\n    • same\n  • other\n    • same\nS3\n  • same\n    • same\nEC2\n  • same';
    const ids = parseOutline('/notes/dup.txt', text, 'user').facts.map((fact) => fact.id);
    assert.deepEqual(ids, ['c5a8b104d4dabd47', 'fbfab5dadf187da2', '8a877e0861012207', '4214a8d6f2ee055c', 'c6a8b29730ac93d2', 'fcfab76d83466bd7', '2343f960d3752e30']);
  });

  it('parses the seed notes to exactly the recorded facts (ids, terms, breadcrumbs, lines)', function () {
    const text = readSeedNotes();
    if (text === undefined) return this.skip();
    const parsed = parseNotes('/n/aws-developer-notes.txt', text, 'user');
    assert.equal(parsed.facts.length, 800);
    assert.equal(createHash('sha256').update(JSON.stringify(parsed)).digest('hex'), '136b7c679b4f4058bb0f5f3d095424af04f231015af9b60ca8ef20ebd45ae173');
  });
});
