import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readProgress } from '../../../src/core/quiz/progress';
import { PROGRESS_KEY, ProgressStore, SET_ASIDE_PREFIX } from '../../../src/core/quiz/progressStore';
import { parseReviewLog } from '../../../src/core/quiz/reviewLog';
import type { QuizRating } from '../../../src/core/quiz/scheduler';
import { MemoryLogStorage, MemoryStorage } from '../quiz/memoryStorage';

/**
 * No lost progress, whatever the order of events: answers from two windows sharing one
 * `globalState` and one review log file, a window that crashes (is dropped) between answers,
 * and stored values (schedule or log) that come back corrupted. The storages copy values in
 * and out, as globalState and a file do.
 */
type Event =
  | { kind: 'answer'; window: 0 | 1; card: string; rating: QuizRating }
  | { kind: 'crash'; window: 0 | 1 }
  | { kind: 'corrupt'; junk: unknown }
  | { kind: 'corruptLog'; junk: string };

const event: fc.Arbitrary<Event> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('answer' as const), window: fc.constantFrom(0 as const, 1 as const), card: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'), rating: fc.constantFrom<QuizRating>(1, 2, 3, 4) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('crash' as const), window: fc.constantFrom(0 as const, 1 as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('corrupt' as const), junk: fc.oneof(fc.jsonValue(), fc.constant({ version: 3, cards: { c1: { due: 'never' } } })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('corruptLog' as const), junk: fc.oneof(fc.string(), fc.constant('{"version":1,"entries":[["c1",1,9,0]]}')) }) },
);

describe('quiz progress (property): never lost', () => {
  it('every answered card is stored after its answer, through crashes, two windows and corrupted values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 25 }), fc.boolean(), async (events, concurrently) => {
        const storage = new MemoryStorage();
        const logStorage = new MemoryLogStorage();
        const reports: string[] = [];
        // One clock for both windows: every answer has its own time, as real answers do.
        let tick = Date.UTC(2026, 2, 10);
        const open = () => new ProgressStore(storage, logStorage, (message) => reports.push(message), () => new Date(tick++));
        const storedLog = () => parseReviewLog(logStorage.text).entries;
        const windows = [open(), open()];
        await Promise.all(windows.map((window) => window.load()));
        /** Cards answered that something still holds: a corrupted stored value (set aside) loses only what no window remembers. */
        const answered = new Set<string>();
        /** Log entries (by card and grade, counted) that something still holds. */
        let reviews = 0;
        let lostReviews = 0;
        let corruptions = 0;
        const pending: Promise<unknown>[] = [];
        for (const happening of events) {
          if (happening.kind === 'answer') {
            answered.add(happening.card);
            reviews++;
            const answer = windows[happening.window].answer(happening.card, happening.rating);
            if (concurrently) pending.push(answer);
            else {
              await answer;
              const stored = readProgress(storage.get(PROGRESS_KEY)).progress;
              assert.ok(stored.cards[happening.card], `${happening.card} is stored as soon as its answer is`);
              const newest = storedLog().at(-1);
              assert.deepEqual([newest?.card, newest?.grade], [happening.card, happening.rating], 'its review is logged as soon as it is answered');
            }
          } else if (happening.kind === 'crash') {
            // The window's memory is gone; only what it wrote survives. A new window loads it.
            await Promise.all(pending.splice(0));
            // After a corruption, a card may have lived only in this window's memory: gone with it.
            const stored = readProgress(storage.get(PROGRESS_KEY)).progress;
            const other = windows[1 - happening.window];
            for (const card of answered) if (!stored.cards[card] && !other.progress.cards[card]) answered.delete(card);
            lostReviews = reviews - new Set([...storedLog(), ...other.log].map((entry) => entry.time)).size;
            windows[happening.window] = open();
            await windows[happening.window].load();
          } else if (happening.kind === 'corruptLog') {
            await Promise.all(pending.splice(0));
            if (parseReviewLog(happening.junk).problem === undefined) continue;
            logStorage.text = happening.junk;
            corruptions++;
            // What only the file held is gone with it (kept aside, unreadable); the windows' memories are merged back.
            lostReviews = reviews - new Set(windows.flatMap((window) => window.log).map((entry) => entry.time)).size;
          } else {
            await Promise.all(pending.splice(0));
            const before = readProgress(storage.get(PROGRESS_KEY)).progress;
            if (readProgress(happening.junk).problem === undefined) continue;
            storage.values.set(PROGRESS_KEY, happening.junk);
            corruptions++;
            // The other window's memory still holds its cards, and the next answer merges them back;
            // what no memory holds is in the set-aside copy. Either way, nothing is thrown away.
            for (const card of Object.keys(before.cards)) if (!windows.some((window) => window.progress.cards[card])) answered.delete(card);
          }
        }
        await Promise.all(pending);
        // Each window answers once more: its memory is merged into the store.
        for (const window of windows) await window.answer('final', 3);
        const stored = readProgress(storage.get(PROGRESS_KEY)).progress;
        for (const card of answered) assert.ok(stored.cards[card], `card ${card} survived`);
        assert.equal(storedLog().length, reviews - lostReviews + 2, 'every review that something held is in the log, once (plus the two final ones)');
        const asides = [...storage.values.keys()].filter((key) => key.startsWith(SET_ASIDE_PREFIX)).length + logStorage.asides.size;
        if (corruptions > 0) {
          assert.ok(asides >= 1, 'a corrupted value is kept aside');
          assert.ok(reports.length >= 1 && reports.every((report) => report.includes(SET_ASIDE_PREFIX) || report.includes('quiz-review-log.unreadable.')), 'and reported, saying where it is');
        } else assert.deepEqual(reports, []);
      }),
      { numRuns: 1000, seed: 42 },
    );
  });
});
