import * as assert from 'node:assert/strict';
import { generateQuestions } from '../../../src/core/quiz/generateQuestions';
import { applyAnswer } from '../../../src/core/quiz/applyAnswer';
import { emptyProgress, type Progress } from '../../../src/core/quiz/progress';
import type { Question } from '../../../src/core/quiz/question';
import { QuizSession, readSessionState, type SessionHost } from '../../../src/core/quiz/quizSession';
import type { QuizRating } from '../../../src/core/quiz/scheduler';
import { createNotesMarkdown } from '../../../src/vscode/factCard/markdown';
import { quizNoteHtml } from '../../../src/vscode/quiz/quizNoteHtml';
import { QUIZ_NOTES, indexOf } from './quizNotes';

/** A host over the fixture notes with progress in memory and a clock the test moves. */
function host(): SessionHost & { time: number; answers: [string, QuizRating][] } {
  const questions = generateQuestions(indexOf(QUIZ_NOTES));
  let progress: Progress = emptyProgress();
  const h = {
    time: new Date(2026, 2, 10, 9, 0).getTime(),
    answers: [] as [string, QuizRating][],
    questions: () => questions,
    progress: () => progress,
    now: () => new Date(h.time),
    answer: async (question: Question, rating: QuizRating) => {
      h.answers.push([question.id, rating]);
      progress = applyAnswer(progress, question.id, rating, new Date(h.time));
    },
  };
  return h;
}

describe('quiz session', () => {
  it('shows a card, reveals it, grades it and moves on; grading before revealing does nothing', async () => {
    const h = host();
    const session = new QuizSession(h);
    const first = session.question()!;
    assert.equal(await session.grade(3), false);
    session.reveal();
    assert.equal(session.state.revealed, true);
    assert.equal(await session.grade(3), true);
    assert.deepEqual(h.answers, [[first.id, 3]]);
    assert.notEqual(session.question()?.id, first.id);
    assert.equal(session.state.revealed, false);
  });

  it('a card answered in another view leaves this one, even with its answer showing', async () => {
    const h = host();
    const panel = new QuizSession(h);
    const sidebar = new QuizSession(h);
    const card = panel.question()!;
    assert.equal(sidebar.question()?.id, card.id);
    sidebar.reveal();
    panel.reveal();
    await panel.grade(3);
    sidebar.refresh(card.id);
    assert.notEqual(sidebar.question()?.id, card.id);
    assert.equal(sidebar.state.revealed, false);
  });

  it('a picked choice shows right or wrong', () => {
    const h = host();
    const session = new QuizSession(h, { filter: { cardIds: [h.questions().find((q) => q.kind === 'choice')!.id] }, revealed: false });
    const question = session.question()!;
    const wrong = question.choices.findIndex((c) => c !== question.answer);
    session.choose(wrong);
    assert.equal(session.state.revealed, true);
    assert.equal(session.choseRight(), false);
    session.choose(question.choices.indexOf(question.answer));
    assert.equal(session.choseRight(), false, 'a second pick after revealing is ignored');
  });

  it('filters by service', () => {
    const session = new QuizSession(host());
    session.setFilter({ services: ['SQS'] });
    assert.ok(session.pool().length > 0 && session.pool().every((q) => q.service === 'SQS'));
    assert.equal(session.question()?.service, 'SQS');
  });

  it('runs a timed exam of N questions and scores it, listing what was missed', async () => {
    const h = host();
    const session = new QuizSession(h);
    session.startExam(3, 10);
    const asked: Question[] = [];
    for (const rating of [3, 1, 4] as const) {
      const question = session.question()!;
      asked.push(question);
      session.reveal();
      await session.grade(rating);
    }
    assert.equal(session.question(), undefined);
    const result = session.examResult()!;
    assert.equal(result.total, 3);
    assert.equal(result.correct, 2);
    assert.deepEqual(result.missed.map((q) => q.id), [asked[1].id]);
    assert.equal(h.answers.length, 3, 'exam answers are reviews too');
    session.leaveExam();
    assert.equal(session.state.exam, undefined);
  });

  it('counts unanswered questions as missed when the time runs out', async () => {
    const h = host();
    const session = new QuizSession(h);
    session.startExam(4, 1);
    session.reveal();
    await session.grade(3);
    h.time += 61_000;
    session.checkDeadline();
    const result = session.examResult()!;
    assert.equal(result.correct, 1);
    assert.equal(result.missed.length, 3);
  });

  it('skips an exam question whose fact was deleted meanwhile, counting it as missed', async () => {
    const h = host();
    const session = new QuizSession(h);
    session.startExam(2, 10);
    const [first, second] = session.state.exam!.cardIds;
    const all = h.questions();
    h.questions = () => all.filter((q) => q.id !== first);
    assert.equal(session.question()?.id, second);
    session.reveal();
    await session.grade(3);
    assert.deepEqual(session.examResult(), { correct: 1, total: 2, missed: [] });
  });

  it('restores from a webview state, and starts fresh from a malformed one', () => {
    const h = host();
    const session = new QuizSession(h);
    session.setFilter({ services: ['SQS'], label: 'SQS' });
    session.question();
    session.reveal();
    const restored = new QuizSession(h, readSessionState(JSON.parse(JSON.stringify(session.state))));
    const json = (value: unknown) => JSON.parse(JSON.stringify(value));
    assert.deepEqual(json(restored.state), json(session.state));
    for (const junk of [null, 7, 'x', { filter: 3, exam: { cardIds: 'no' } }, { cardId: 5, revealed: 'yes' }]) {
      const state = readSessionState(junk);
      assert.deepEqual(state.filter, {});
      assert.equal(state.revealed, false);
      assert.doesNotThrow(() => new QuizSession(h, state).question());
    }
  });
});

describe('quiz note rendering', () => {
  it('shows HTML in notes as text: no script, no image with onerror, no javascript: link', () => {
    const index = indexOf('SQS\n  • Timeout <script>alert(1)</script> and <img src=x onerror="alert(2)"> and [link](javascript:alert(3)) and **bold**\n');
    const html = quizNoteHtml(createNotesMarkdown(), index.facts()[0]);
    assert.doesNotMatch(html, /<script|<img|href="javascript/i);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;img src=x onerror=&quot;alert\(2\)&quot;&gt;/);
    assert.match(html, /<strong>bold<\/strong>/);
  });
});
