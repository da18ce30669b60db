import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { VocabularyBigrams } from '../../../src/core/search/vocabularyBigrams';
import { charMask, WordMatcher } from '../../../src/core/search/wordMatcher';

describe('vocabulary bigrams (which tokens are worth checking for a word)', () => {
  it('never rules out a token that holds the word within its edits', () => {
    const text = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'abcdeilmnorst'), minLength: min, maxLength: max });
    const edited = fc.tuple(text(6, 14), fc.array(fc.tuple(fc.nat(), fc.constantFrom('a', 'z', '')), { maxLength: 3 }), text(0, 5), text(0, 5)).map(([word, edits, before, after]) => {
      let token = word;
      for (const [at, ch] of edits) {
        const i = at % token.length;
        token = token.slice(0, i) + ch + token.slice(i + 1);
      }
      return { word, token: before + token + after };
    });
    fc.assert(
      fc.property(fc.array(edited, { minLength: 1, maxLength: 20 }), fc.array(text(1, 12), { maxLength: 30 }), (planted, noise) => {
        const tokens = [...planted.map((p) => p.token), ...noise];
        const bigrams = new VocabularyBigrams(tokens);
        return planted.every(({ word }) => {
          const matcher = new WordMatcher(word, 0.34);
          const candidates = bigrams.candidates(word, matcher.maxErrors);
          if (!candidates) return true;
          return tokens.every((token, id) => matcher.errorsIn(token, charMask(token)) < 0 || candidates.includes(id));
        });
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('leaves few tokens to check for a long word, and rules nothing out for a short one', () => {
    const tokens = ['visibility', 'visibilitytimeout', 'timeout', 'lambda', 'invisible', 'queue'];
    const bigrams = new VocabularyBigrams(tokens);
    assert.deepEqual(bigrams.candidates('visibilty', 3)?.map((id) => tokens[id]).sort(), ['invisible', 'visibility', 'visibilitytimeout'], 'candidates, to be checked: not lambda, queue or timeout');
    assert.equal(bigrams.candidates('sqs', 1), undefined);
  });
});
