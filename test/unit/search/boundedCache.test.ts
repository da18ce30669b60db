import * as assert from 'node:assert/strict';
import { BoundedCache } from '../../../src/core/search/boundedCache';

describe('a bounded cache', () => {
  it('keeps what it is given, and forgets everything once it holds its capacity', () => {
    const cache = new BoundedCache<string, number>(2);
    assert.equal(cache.set('a', 1), 1);
    cache.set('b', 2);
    assert.deepEqual([cache.get('a'), cache.get('b')], [1, 2]);
    cache.set('c', 3);
    assert.deepEqual([cache.get('a'), cache.get('b'), cache.get('c')], [undefined, undefined, 3]);
  });
});
