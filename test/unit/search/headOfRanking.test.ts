import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { HeadOfRanking } from '../../../src/core/search/headOfRanking';

interface Scored {
  readonly score: number;
  readonly tie: number;
  readonly key: string;
}

/** The ranking's order over facts named by their place in `scored`: score down, then tie up, then place. */
const orderOf = (scored: readonly Scored[]) => (a: number, b: number) => scored[b].score - scored[a].score || scored[a].tie - scored[b].tie || a - b;

/** The reference: every fact in the ranking's order, identical texts collapsed, the first `capacity` texts' facts. */
function headFacts(scored: readonly Scored[], capacity: number): number[] {
  const keys = new Set<string>();
  const head: number[] = [];
  for (const at of scored.map((_, i) => i).sort(orderOf(scored))) {
    if (head.length >= capacity) break;
    if (keys.has(scored[at].key)) continue;
    keys.add(scored[at].key);
    head.push(at);
  }
  return head;
}

function headOf(scored: readonly Scored[], capacity: number, count = scored.length): HeadOfRanking {
  const head = new HeadOfRanking(capacity, orderOf(scored));
  for (let at = 0; at < count; at++) head.add(at, scored[at].key);
  return head;
}

describe('head of a ranking (which facts a bound rules out before they are scored)', () => {
  it('rules out a fact after the last of a full head (lower score, or equal with a later tie), not one before it', () => {
    const scored: Scored[] = [
      { score: 0.9, tie: 5, key: 'a' },
      { score: 0.5, tie: 3, key: 'b' },
      { score: 0.4, tie: 0, key: 'c' },
      { score: 0.5, tie: 4, key: 'd' },
      { score: 0.5, tie: 2, key: 'e' },
      { score: 0.6, tie: 9, key: 'f' },
    ];
    assert.equal(headOf(scored, 2, 1).excludes(2), false, 'a head not full excludes nothing');
    const head = headOf(scored, 2, 2);
    assert.deepEqual([2, 3, 4, 5].map((at) => head.excludes(at)), [true, true, false, false]);
  });

  it('counts identical texts once: a copy of a text it holds does not fill the head', () => {
    const scored: Scored[] = [
      { score: 0.9, tie: 1, key: 'a' },
      { score: 0.8, tie: 2, key: 'a' },
      { score: 0.1, tie: 9, key: 'b' },
    ];
    assert.equal(headOf(scored, 2, 2).excludes(2), false);
  });

  it('never rules out a fact that would be among the first texts of the ranking', () => {
    const entry = fc.record({ score: fc.integer({ min: 0, max: 6 }).map((n) => n / 4), tie: fc.integer({ min: 0, max: 4 }), key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f') });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }), fc.nat(), (scored, capacity, pick) => {
        // Any one fact held back as the probe, the others scored in the order given.
        const probe = pick % scored.length;
        const head = new HeadOfRanking(capacity, orderOf(scored));
        scored.forEach(({ key }, at) => {
          if (at !== probe) head.add(at, key);
        });
        if (head.excludes(probe)) assert.ok(!headFacts(scored, capacity).includes(probe));
      }),
      { numRuns: 3000 },
    );
  });
});
