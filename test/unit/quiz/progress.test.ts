import * as assert from 'node:assert/strict';
import { followEditedFacts } from '../../../src/core/quiz/followFacts';
import { generateQuestions } from '../../../src/core/quiz/generateQuestions';
import { nextQuestion } from '../../../src/core/quiz/nextQuestion';
import { emptyProgress, mergeProgress, readProgress, type Progress } from '../../../src/core/quiz/progress';
import { LEGACY_PROGRESS_KEYS, PROGRESS_KEY, ProgressStore, SET_ASIDE_PREFIX, type ProgressStorage } from '../../../src/core/quiz/progressStore';
import { quizStats } from '../../../src/core/quiz/stats';
import { MemoryLogStorage, MemoryStorage } from './memoryStorage';
import { QUIZ_NOTES, indexOf } from './quizNotes';

const T0 = new Date(2026, 2, 10, 9, 0, 0);
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

function store(storage: ProgressStorage, reports: string[] = [], now = () => T0, log = new MemoryLogStorage()): ProgressStore {
  return new ProgressStore(storage, log, (message) => reports.push(message), now);
}

describe('quiz progress', () => {
  it('schedules with FSRS: Again comes back within minutes, Easy days later', async () => {
    const storage = new MemoryStorage();
    const progress = await store(storage).answer('again', 1);
    const easy = await store(storage).answer('easy', 4);
    assert.ok(Date.parse(progress.cards.again.due) - T0.getTime() <= 10 * 60_000);
    assert.ok(Date.parse(easy.cards.easy.due) - T0.getTime() >= 2 * 86_400_000);
    assert.equal(easy.cards.easy.state, 2);
  });

  it('writes after every answer, and a new store reads it back', async () => {
    const storage = new MemoryStorage();
    const first = store(storage);
    await first.answer('a', 3);
    assert.equal(storage.writes, 1);
    await first.answer('b', 2);
    assert.equal(storage.writes, 2);
    const reloaded = await store(storage).load();
    assert.deepEqual(Object.keys(reloaded.cards).sort(), ['a', 'b']);
    assert.equal((storage.get(PROGRESS_KEY) as Progress).version, 3);
  });

  it('merges two windows answering at once: neither erases the other’s cards', async () => {
    const storage = new MemoryStorage();
    const windowA = store(storage);
    const windowB = store(storage);
    await Promise.all([windowA.load(), windowB.load()]);
    await windowA.answer('from-a', 3);
    await windowB.answer('from-b', 3);
    await windowA.answer('from-a-again', 4);
    const stored = readProgress(storage.get(PROGRESS_KEY)).progress;
    assert.deepEqual(Object.keys(stored.cards).sort(), ['from-a', 'from-a-again', 'from-b']);
  });

  it('keeps the later review of a card both windows answered', () => {
    const early = readProgress({ version: 3, studyDays: ['2026-03-09'], cards: { x: card('2026-03-10T09:00:00Z', 1) } }).progress;
    const late = readProgress({ version: 3, studyDays: ['2026-03-10'], cards: { x: card('2026-03-10T10:00:00Z', 2) } }).progress;
    assert.equal(mergeProgress(early, late).cards.x.reps, 2);
    assert.deepEqual(mergeProgress(early, late), mergeProgress(late, early));
    assert.deepEqual(mergeProgress(early, late).studyDays, ['2026-03-09', '2026-03-10']);
  });

  it('migrates version 1 progress, keeping each card’s schedule', async () => {
    const storage = new MemoryStorage();
    await storage.update(LEGACY_PROGRESS_KEYS[0], {
      version: 1,
      cards: { f1: { due: '2026-03-12T09:00:00.000Z', stability: 3.2, difficulty: 5.1, reps: 2, lapses: 0, state: 2, lastReview: '2026-03-09T09:00:00.000Z' } },
    });
    const reports: string[] = [];
    const progress = await store(storage, reports).load();
    assert.deepEqual(reports, []);
    assert.equal(progress.cards.f1.due, '2026-03-12T09:00:00.000Z');
    assert.equal(progress.cards.f1.stability, 3.2);
    assert.equal(progress.cards.f1.state, 2);
    assert.equal((storage.get(PROGRESS_KEY) as Progress).version, 3, 'migrated progress is written under the current key');
    assert.ok(storage.get(LEGACY_PROGRESS_KEYS[0]), 'the old key is left as it was');
  });

  for (const [what, corrupt] of [
    ['not an object', 'garbage'],
    ['an unknown version', { version: 99, cards: {} }],
    ['cards that are not an object', { version: 3, cards: 7, studyDays: [] }],
  ] as const) {
    it(`keeps corrupted progress (${what}) aside, reports it, and never silently resets`, async () => {
      const storage = new MemoryStorage();
      await storage.update(PROGRESS_KEY, corrupt);
      const reports: string[] = [];
      await store(storage, reports).load();
      assert.equal(reports.length, 1);
      const aside = [...storage.values.keys()].filter((key) => key.startsWith(SET_ASIDE_PREFIX));
      assert.equal(aside.length, 1);
      assert.deepEqual(storage.get(aside[0]), corrupt);
      assert.ok(reports[0].includes(aside[0]), reports[0]);
    });
  }

  it('keeps the readable cards of partly corrupted progress, and the whole value aside', async () => {
    const storage = new MemoryStorage();
    const stored = { version: 3, studyDays: [], cards: { good: card('2026-03-10T09:00:00Z', 1), bad: { due: 'never' } } };
    await storage.update(PROGRESS_KEY, stored);
    const reports: string[] = [];
    const progress = await store(storage, reports).load();
    assert.deepEqual(Object.keys(progress.cards), ['good']);
    assert.match(reports[0], /1 stored quiz card was unreadable/);
    const aside = [...storage.values.keys()].find((key) => key.startsWith(SET_ASIDE_PREFIX))!;
    assert.deepEqual(storage.get(aside), stored);
  });

  it('follows a card to its fact when the fact’s text is edited', async () => {
    const before = indexOf(QUIZ_NOTES);
    const fact = before.facts().find((f) => f.text.startsWith('Largest item size'))!;
    const progress = await store(new MemoryStorage()).answer(fact.id, 3, { file: fact.file, path: fact.path, text: fact.text });
    const after = indexOf(QUIZ_NOTES.replace('Largest item size is 400 KB', 'Largest item size is 400 KB (keys included)'));
    const edited = after.facts().find((f) => f.text.startsWith('Largest item size'))!;
    assert.notEqual(edited.id, fact.id);
    const followed = followEditedFacts(progress, after.facts());
    assert.equal(followed.renamed, 1);
    assert.ok(followed.progress.cards[edited.id]);
    assert.equal(followed.progress.cards[fact.id], undefined);
    const rewritten = indexOf(QUIZ_NOTES.replace('Largest item size is 400 KB', 'Items hold attributes of many types'));
    assert.equal(followEditedFacts(progress, rewritten.facts()).renamed, 0, 'an unrelated text is a new card');
  });

  it('keeps every card when an unrelated line is edited', () => {
    const before = generateQuestions(indexOf(QUIZ_NOTES)).map((q) => q.id);
    const after = generateQuestions(indexOf(QUIZ_NOTES.replace('Short', 'Short, but edited'))).map((q) => q.id);
    assert.deepEqual(after, before);
  });

  it('counts due, new, learned, retention and streak', async () => {
    const questions = generateQuestions(indexOf(QUIZ_NOTES));
    const storage = new MemoryStorage();
    let now = new Date(2026, 2, 8, 20, 0);
    const log = new MemoryLogStorage();
    const clocked = store(storage, [], () => now, log);
    await clocked.answer(questions[0].id, 4);
    now = new Date(2026, 2, 9, 20, 0);
    await clocked.answer(questions[1].id, 1);
    now = new Date(2026, 2, 10, 9, 0);
    const progress = await clocked.answer(questions[2].id, 3);
    const stats = quizStats(questions, progress, clocked.log, now);
    assert.equal(stats.newCards, questions.length - 3);
    assert.equal(stats.streak, 3);
    assert.equal(stats.retention, 2 / 3);
    assert.equal(stats.learned, 1);
    assert.equal(stats.dueToday, 2, 'the Again card and the card learned today are due today; the Easy one is not');
    assert.equal(quizStats(questions, progress, clocked.log, new Date(2026, 2, 12, 9, 0)).streak, 0);
    assert.equal(quizStats(questions, progress, clocked.log, new Date(2026, 3, 8, 9, 0)).retention, 1 / 2, 'a month later the first answer is out of the 30-day window');
  });

  it('serves overdue cards first, then new ones in note order, and skips the card just answered', () => {
    const questions = generateQuestions(indexOf(QUIZ_NOTES));
    const empty = emptyProgress();
    assert.equal(nextQuestion(questions, empty, T0)?.id, questions[0].id);
    assert.equal(nextQuestion(questions, empty, T0, questions[0].id)?.id, questions[1].id);
    const overdue = readProgress({ version: 3, studyDays: [], cards: { [questions[5].id]: card(minutes(-60).toISOString(), 3, minutes(-1)) } }).progress;
    assert.equal(nextQuestion(questions, overdue, T0)?.id, questions[5].id);
  });
});

function card(lastReview: string, reps: number, due: Date = new Date(Date.parse(lastReview) + 86_400_000)) {
  return { due: due.toISOString(), stability: 1, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps, lapses: 0, state: 2, lastReview };
}
