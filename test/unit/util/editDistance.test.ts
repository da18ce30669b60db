import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { editDistance } from '../../../src/core/util/editDistance';

/** Optimal string alignment over the full matrix: the reference the rolling rows must agree with. */
function fullMatrix(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('edit distance (rows reused from call to call)', () => {
  it('agrees with the full matrix on any pair, long or short, in any order of calls, with or without a limit', () => {
    const word = fc.stringMatching(/^[abcd]{0,70}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word, fc.option(fc.nat(4), { nil: undefined })), { minLength: 1, maxLength: 6 }), (pairs) => {
        for (const [a, b, limit] of pairs) {
          const exact = fullMatrix(a, b);
          assert.equal(editDistance(a, b, limit), limit === undefined ? exact : Math.min(exact, limit + 1), `${a} / ${b} / ${limit}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
