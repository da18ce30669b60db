import * as assert from 'node:assert/strict';
// The webview's own keyboard map (a plain script in media/), loaded as it is shipped.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { keyAction } = require('../../../media/quizKeys.js') as {
  keyAction: (event: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; targetTag?: string }, card: { hasCard: boolean; revealed: boolean; kind?: string; choices: number; examNext?: boolean }) => unknown;
};

const hidden = { hasCard: true, revealed: false, kind: 'cloze', choices: 0 };
const choice = { hasCard: true, revealed: false, kind: 'choice', choices: 4 };
const shown = { hasCard: true, revealed: true, kind: 'cloze', choices: 0 };

describe('quiz keyboard (media/quizKeys.js)', () => {
  it('Space and Enter show the answer, except on a button (which they press)', () => {
    assert.deepEqual(keyAction({ key: ' ' }, hidden), { type: 'reveal' });
    assert.deepEqual(keyAction({ key: 'Enter', targetTag: 'MAIN' }, hidden), { type: 'reveal' });
    assert.equal(keyAction({ key: ' ', targetTag: 'BUTTON' }, hidden), undefined);
  });

  it('1–4 grade Again, Hard, Good, Easy once the answer shows, and not before', () => {
    for (const rating of [1, 2, 3, 4]) assert.deepEqual(keyAction({ key: String(rating) }, shown), { type: 'grade', rating });
    assert.equal(keyAction({ key: '3' }, hidden), undefined);
    assert.equal(keyAction({ key: '5' }, shown), undefined);
  });

  it('A–D pick a choice of a multiple-choice card, within the number of choices', () => {
    assert.deepEqual(keyAction({ key: 'b' }, choice), { type: 'choose', index: 1 });
    assert.deepEqual(keyAction({ key: 'D' }, choice), { type: 'choose', index: 3 });
    assert.equal(keyAction({ key: 'c' }, { ...choice, choices: 2 }), undefined);
    assert.equal(keyAction({ key: 'a' }, hidden), undefined);
  });

  it('in an exam, once a choice is picked, Space and Enter go to the next question', () => {
    assert.deepEqual(keyAction({ key: ' ' }, { ...shown, examNext: true }), { type: 'next' });
    assert.deepEqual(keyAction({ key: 'Enter' }, { ...shown, examNext: true }), { type: 'next' });
    assert.equal(keyAction({ key: ' ' }, shown), undefined, 'not while studying');
  });

  it('O opens the note once revealed', () => {
    assert.deepEqual(keyAction({ key: 'o' }, shown), { type: 'openNote' });
  });

  it('leaves keys with modifiers, keys in form controls, and an empty quiz alone', () => {
    assert.equal(keyAction({ key: '1', ctrlKey: true }, shown), undefined);
    assert.equal(keyAction({ key: '1', metaKey: true }, shown), undefined);
    assert.equal(keyAction({ key: '1', targetTag: 'SELECT' }, shown), undefined);
    assert.equal(keyAction({ key: ' ' }, { ...hidden, hasCard: false }), undefined);
  });
});
