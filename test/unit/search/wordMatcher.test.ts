import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { charMask, WordMatcher } from '../../../src/core/search/wordMatcher';

/** Fewest edits between `word` and any substring of `token` (plain dynamic programme: the reference). */
function substringDistance(word: string, token: string): number {
  let column = Array.from({ length: word.length + 1 }, (_, i) => i);
  let best = column[word.length];
  for (const ch of token) {
    const next = [0];
    for (let i = 1; i <= word.length; i++) next.push(Math.min(column[i - 1] + (word[i - 1] === ch ? 0 : 1), column[i] + 1, next[i - 1] + 1));
    column = next;
    best = Math.min(best, column[word.length]);
  }
  return best;
}

const errorsIn = (word: string, token: string) => new WordMatcher(word, 0.34).errorsIn(token, charMask(token));

describe('word matcher (a query word inside a vocabulary token)', () => {
  it('finds the word exactly anywhere in the token', () => {
    assert.equal(errorsIn('dynamo', 'dynamodb'), 0);
    assert.equal(errorsIn('trail', 'cloudtrail'), 0);
  });

  it('allows a third of the word in edits, no more', () => {
    assert.equal(errorsIn('dynamdb', 'dynamodb'), 1);
    assert.equal(errorsIn('couldtrail', 'cloudtrail'), 2);
    assert.equal(errorsIn('kms', 'kxs'), -1, 'one edit in three letters, but no two adjacent letters of the word');
    assert.equal(errorsIn('sqs', 'xyz'), -1);
    assert.equal(errorsIn('lambda', 'lmbd'), 2);
    assert.equal(errorsIn('lambda', 'lmb'), -1, 'two edits are allowed in six letters: three letters are too short');
  });

  it('handles words longer than 31 characters (beyond one machine word)', () => {
    const long = 's3:x-amz-server-side-encryption-customer-algorithm';
    assert.equal(errorsIn(long, long), 0);
    assert.equal(errorsIn(long.replace('server', 'sevrer'), `${long},`), 2);
  });

  it('agrees with the plain dynamic programme on random words and tokens holding them, edited', () => {
    const text = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'abcdeklmnosz0123-:'), minLength: min, maxLength: max });
    const edit = fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(...'abxyz'));
    const token = fc.tuple(text(2, 14), text(0, 12), text(0, 12), fc.array(edit, { maxLength: 3 })).map(([word, before, after, edits]) => {
      let inner = word;
      for (const [at, kind, ch] of edits) {
        const i = at % (inner.length + 1);
        inner = kind === 'delete' ? inner.slice(0, i) + inner.slice(i + 1) : kind === 'insert' ? inner.slice(0, i) + ch + inner.slice(i) : inner.slice(0, i) + ch + inner.slice(i + 1);
      }
      return [word, before + inner + after] as const;
    });
    fc.assert(
      fc.property(token, ([word, token]) => {
        const found = errorsIn(word, token);
        const distance = substringDistance(word, token);
        const allowed = Math.floor(0.34 * word.length);
        if (distance > allowed) return found === -1;
        // Within the allowance: the exact count, unless the adjacency rule (fuse.js's minMatchCharLength 2) rejects it.
        return found === distance || (found === -1 && distance > 0);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});
