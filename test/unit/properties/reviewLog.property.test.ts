import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeReviewLogs, normalizeReviewLog, parseReviewLog, serializeReviewLog, type ReviewEntry } from '../../../src/core/quiz/reviewLog';

/** Review log entries from a few cards and times, so that copies overlap (the same review read from two windows). */
const entry: fc.Arbitrary<ReviewEntry> = fc.record({
  card: fc.constantFrom('a', 'b', 'c'),
  time: fc.integer({ min: 0, max: 40 }),
  grade: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
  interval: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
}).map((e) => ({ ...e }));
/** A log as stored: normalized (one entry per review, oldest first). */
const log = fc.array(entry, { maxLength: 30 }).map(normalizeReviewLog);
const key = (e: ReviewEntry) => `${e.time}/${e.card}/${e.grade}`;

describe('review log (property): merged by entry', () => {
  it('is a union (no review lost), commutative, idempotent, sorted, and survives its stored text', () => {
    fc.assert(
      fc.property(log, log, (a, b) => {
        const merged = mergeReviewLogs(a, b);
        assert.deepEqual(new Set(merged.map(key)), new Set([...a, ...b].map(key)), 'every review of either copy, once');
        assert.equal(merged.length, new Set(merged.map(key)).size);
        assert.deepEqual(mergeReviewLogs(b, a), merged);
        assert.deepEqual(mergeReviewLogs(merged, b), merged);
        assert.deepEqual(mergeReviewLogs(merged, merged), merged);
        for (let i = 1; i < merged.length; i++) assert.ok(merged[i - 1].time <= merged[i].time, 'oldest first');
        assert.deepEqual(parseReviewLog(serializeReviewLog(merged)), { entries: merged });
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
