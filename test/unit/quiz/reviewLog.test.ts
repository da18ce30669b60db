import * as assert from 'node:assert/strict';
import { LEGACY_PROGRESS_KEYS, PROGRESS_KEY, ProgressStore } from '../../../src/core/quiz/progressStore';
import { REVIEW_LOG_LIMIT, mergeReviewLogs, parseReviewLog, serializeReviewLog, type ReviewEntry } from '../../../src/core/quiz/reviewLog';
import { MemoryLogStorage, MemoryStorage } from './memoryStorage';

const T0 = new Date(2026, 2, 10, 9, 0, 0);
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function open(storage: MemoryStorage, log: MemoryLogStorage, reports: string[] = [], now = () => T0): ProgressStore {
  return new ProgressStore(storage, log, (message) => reports.push(message), now);
}

const stored = (log: MemoryLogStorage) => parseReviewLog(log.text).entries;

describe('quiz progress v3: the review log', () => {
  it('logs one entry per review (card, time, grade, interval) in the log storage, not in the synced schedule', async () => {
    const storage = new MemoryStorage();
    const log = new MemoryLogStorage();
    let now = T0;
    const store = open(storage, log, [], () => now);
    await store.answer('a', 3);
    now = at(5);
    await store.answer('a', 1);
    now = at(6);
    const progress = await store.answer('b', 4);
    assert.deepEqual(
      stored(log).map(({ card, time, grade }) => [card, time, grade]),
      [['a', T0.getTime(), 3], ['a', at(5).getTime(), 1], ['b', at(6).getTime(), 4]],
    );
    assert.equal(stored(log)[2].interval, progress.cards.b.scheduledDays, 'the interval is the one the answer scheduled');
    assert.ok(stored(log)[2].interval! >= 1, 'Easy schedules days ahead');
    assert.doesNotMatch(JSON.stringify(storage.get(PROGRESS_KEY)), /history/);
  });

  it('keeps the synced part small: more reviews of the same cards do not grow it', async () => {
    const storage = new MemoryStorage();
    const log = new MemoryLogStorage();
    let minute = 0;
    const store = open(storage, log, [], () => at(minute));
    for (const id of ['a', 'b', 'c']) await store.answer(id, 3);
    const once = JSON.stringify(storage.get(PROGRESS_KEY)).length;
    for (let i = 0; i < 60; i++) {
      minute += 15;
      await store.answer(['a', 'b', 'c'][i % 3], 3);
    }
    assert.equal(stored(log).length, 63);
    assert.ok(JSON.stringify(storage.get(PROGRESS_KEY)).length <= once + 60, 'the schedule stays the size of its cards');
  });

  it('an exam answer on a card not due is logged without rescheduling it', async () => {
    const storage = new MemoryStorage();
    const log = new MemoryLogStorage();
    let now = T0;
    const store = open(storage, log, [], () => now);
    const before = await store.answer('a', 4);
    now = at(10);
    const after = await store.answer('a', 1, undefined, { reschedule: false });
    assert.deepEqual(after.cards.a, before.cards.a);
    assert.deepEqual(stored(log).map((entry) => entry.grade), [4, 1]);
    assert.equal(stored(log)[1].interval, before.cards.a.scheduledDays);
  });

  it('migrates v2: the schedule moves to the v3 key, its kept answers become log entries, the v2 key stays', async () => {
    const storage = new MemoryStorage();
    const log = new MemoryLogStorage();
    const lastReview = '2026-03-09T09:00:00.000Z';
    const v2 = {
      version: 2,
      studyDays: ['2026-03-08', '2026-03-09'],
      cards: {
        f1: { due: '2026-03-12T09:00:00.000Z', stability: 3.2, difficulty: 5.1, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview, history: [[Date.parse('2026-03-08T09:00:00Z'), 1], [Date.parse(lastReview), 3]] },
      },
    };
    await storage.update(LEGACY_PROGRESS_KEYS[0], v2);
    const reports: string[] = [];
    const progress = await open(storage, log, reports).load();
    assert.deepEqual(reports, []);
    assert.equal(progress.cards.f1.stability, 3.2);
    assert.deepEqual(progress.studyDays, v2.studyDays);
    assert.deepEqual(stored(log), [
      { card: 'f1', time: Date.parse('2026-03-08T09:00:00Z'), grade: 1, interval: null },
      { card: 'f1', time: Date.parse(lastReview), grade: 3, interval: 3 },
    ]);
    assert.equal((storage.get(PROGRESS_KEY) as { version: number }).version, 3);
    assert.deepEqual(storage.get(LEGACY_PROGRESS_KEYS[0]), v2, 'the v2 value is left as it was');
    // A window still on v2's key (stopped mid-migration) migrating again adds nothing twice.
    storage.values.delete(PROGRESS_KEY);
    await open(storage, log).load();
    assert.equal(stored(log).length, 2);
  });

  it('merges two windows by entry: a union, no entry lost', async () => {
    const storage = new MemoryStorage();
    const log = new MemoryLogStorage();
    let minute = 0;
    const clock = () => at(minute++);
    const windowA = open(storage, log, [], clock);
    const windowB = open(storage, log, [], clock);
    await Promise.all([windowA.load(), windowB.load()]);
    await Promise.all([windowA.answer('x', 3), windowB.answer('y', 2), windowA.answer('x', 4), windowB.answer('x', 1)]);
    assert.deepEqual(stored(log).map((entry) => `${entry.card}${entry.grade}`).sort(), ['x1', 'x3', 'x4', 'y2']);
  });

  it('keeps a corrupted log aside as it is, reports it, and keeps its readable entries', async () => {
    const storage = new MemoryStorage();
    const log = new MemoryLogStorage();
    const good: ReviewEntry = { card: 'good', time: T0.getTime() - 1000, grade: 3, interval: 1 };
    log.text = JSON.stringify({ version: 1, entries: [[good.card, good.time, good.grade, good.interval], ['bad', 'yesterday', 9, -1]] });
    const corrupted = log.text;
    const reports: string[] = [];
    const store = open(storage, log, reports);
    await store.load();
    assert.equal(reports.length, 1);
    assert.match(reports[0], /1 quiz review log entry was unreadable/);
    const [aside] = [...log.asides.keys()];
    assert.ok(reports[0].includes(aside), reports[0]);
    assert.equal(log.asides.get(aside), corrupted);
    assert.deepEqual(stored(log), [good]);
    await store.answer('next', 3);
    assert.deepEqual(stored(log).map((entry) => entry.card), ['good', 'next']);
    assert.equal(reports.length, 1, 'reported once');
  });

  for (const [what, text] of [['not JSON', '{"version":1,"entr'], ['binary', '\u0000\u0001\ufffd'], ['a newer version', '{"version":7,"entries":[]}']] as const) {
    it(`a log that is ${what} is kept aside and a fresh one started`, async () => {
      const log = new MemoryLogStorage();
      log.text = text;
      const reports: string[] = [];
      const store = open(new MemoryStorage(), log, reports);
      await store.load();
      await store.answer('a', 3);
      assert.equal(reports.length, 1);
      assert.deepEqual([...log.asides.values()], [text]);
      assert.deepEqual(stored(log).map((entry) => entry.card), ['a']);
    });
  }

  it('a log that cannot be read is moved aside; one that cannot be moved either is never overwritten', async () => {
    const log = new MemoryLogStorage();
    log.text = 'x'.repeat(100);
    log.failRead = 'too big';
    const reports: string[] = [];
    await open(new MemoryStorage(), log, reports).answer('a', 3);
    assert.match(reports[0], /could not be read \(too big\)/);
    assert.deepEqual([...log.asides.values()], ['x'.repeat(100)]);

    const stuck = new MemoryLogStorage();
    stuck.text = 'unreadable';
    stuck.failRead = 'permission denied';
    stuck.keepAside = async () => {
      throw new Error('read-only');
    };
    const stuckReports: string[] = [];
    const store = open(new MemoryStorage(), stuck, stuckReports);
    const progress = await store.answer('a', 3);
    assert.ok(progress.cards.a, 'the schedule is still recorded');
    assert.equal(stuck.text, 'unreadable', 'the log is left as it is');
    assert.match(stuckReports[0], /could not be kept aside/);
  });

  it('is bounded: the newest entries are kept', () => {
    const many: ReviewEntry[] = Array.from({ length: REVIEW_LOG_LIMIT + 10 }, (_, i) => ({ card: `c${i % 7}`, time: i, grade: 3, interval: 0 }));
    const merged = mergeReviewLogs(many.slice(0, 100), many);
    assert.equal(merged.length, REVIEW_LOG_LIMIT);
    assert.equal(merged[0].time, 10);
    assert.equal(merged.at(-1)!.time, REVIEW_LOG_LIMIT + 9);
  });

  it('round-trips through its stored text, and the same review from two copies is one entry', () => {
    const entries: ReviewEntry[] = [
      { card: 'a', time: 5, grade: 2, interval: 0 },
      { card: 'b', time: 3, grade: 4, interval: 12.5 },
    ];
    const read = parseReviewLog(serializeReviewLog(entries));
    assert.equal(read.problem, undefined);
    assert.deepEqual(read.entries, [entries[1], entries[0]]);
    const migrated = { ...entries[0], interval: null };
    assert.deepEqual(mergeReviewLogs([migrated], entries), mergeReviewLogs(entries, [migrated]));
    assert.equal(mergeReviewLogs([migrated], entries).length, 2, 'the entry with its interval wins');
  });

  it('follows a renamed card: its past reviews move with it, and are not counted twice', async () => {
    const storage = new MemoryStorage();
    const log = new MemoryLogStorage();
    let minute = 0;
    const store = open(storage, log, [], () => at(minute++));
    const progress = await store.answer('old', 3);
    store.adopt({ ...progress, cards: { new: progress.cards.old } }, new Map([['old', 'new']]));
    await store.answer('new', 3);
    assert.deepEqual(stored(log).map((entry) => entry.card), ['new', 'new']);
    assert.deepEqual(store.log.map((entry) => entry.card), ['new', 'new']);
  });
});
