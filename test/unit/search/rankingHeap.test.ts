import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { RankingHeap } from '../../../src/core/search/rankingHeap';

describe('the ranking heap', () => {
  it('gives the numbers in the order a sort by the same total order gives, reused from search to search', () => {
    const heap = new RankingHeap(64);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 64 }), fc.nat(64), (scores, wanted) => {
        const order = (a: number, b: number) => scores[b] - scores[a] || a - b;
        heap.reset(scores.length, order);
        const popped: number[] = [];
        while (heap.size > 0 && popped.length < wanted) {
          assert.equal(heap.peek(), heap.peek());
          popped.push(heap.pop());
        }
        assert.deepEqual(popped, [...scores.keys()].sort(order).slice(0, wanted));
      }),
      { numRuns: 300 },
    );
  });
});
