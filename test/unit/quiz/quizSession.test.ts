import * as assert from 'node:assert/strict';
import { generateQuestions } from '../../../src/core/quiz/generateQuestions';
import type { Question } from '../../../src/core/quiz/question';
import { QuizSession, readSessionState } from '../../../src/core/quiz/quizSession';
import { createNotesMarkdown } from '../../../src/vscode/factCard/markdown';
import { quizNoteHtml } from '../../../src/vscode/quiz/quizNoteHtml';
import { QUIZ_NOTES, indexOf } from './quizNotes';
import { testHost, type TestHost } from './sessionHost';

/** A host over the fixture notes with progress in memory and a clock the test moves. */
function host(): TestHost {
  return testHost(generateQuestions(indexOf(QUIZ_NOTES)));
}

const isPick = (question: Question) => question.kind === 'choice' || question.kind === 'service';

/** Answers the exam card on screen right or wrong, as a learner would: a pick for a choice card, a grade otherwise. */
async function answerExamCard(session: QuizSession, right: boolean): Promise<void> {
  const question = session.question()!;
  if (isPick(question)) {
    await session.choose(question.choices.findIndex((choice) => (choice === question.answer) === right));
    assert.equal(session.next(), true);
  } else {
    session.reveal();
    await session.grade(right ? 3 : 1);
  }
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
    assert.deepEqual(h.answers, [[first.id, 3, true]]);
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

  it('a picked choice shows right or wrong', async () => {
    const h = host();
    const session = new QuizSession(h, { filter: { cardIds: [h.questions().find((q) => q.kind === 'choice')!.id] }, revealed: false });
    const question = session.question()!;
    const wrong = question.choices.findIndex((c) => c !== question.answer);
    await session.choose(wrong);
    assert.equal(session.state.revealed, true);
    assert.equal(session.choseRight(), false);
    await session.choose(question.choices.indexOf(question.answer));
    assert.equal(session.choseRight(), false, 'a second pick after revealing is ignored');
  });

  it('filters by service', () => {
    const session = new QuizSession(host());
    session.setFilter({ services: ['SQS'] });
    assert.ok(session.pool().length > 0 && session.pool().every((q) => q.service === 'SQS'));
    assert.equal(session.question()?.service, 'SQS');
  });

  it('runs a timed exam of N questions and scores it, listing what was missed and why', async () => {
    const h = host();
    const session = new QuizSession(h);
    session.startExam(3, 10);
    const asked: Question[] = [];
    for (const right of [true, false, true]) {
      asked.push(session.question()!);
      await answerExamCard(session, right);
    }
    assert.equal(session.question(), undefined);
    const result = session.examResult()!;
    assert.equal(result.total, 3);
    assert.equal(result.correct, 2);
    assert.deepEqual(result.missed.map((m) => m.question.id), [asked[1].id]);
    assert.equal(result.missed[0].reason, isPick(asked[1]) ? 'wrong-pick' : 'again');
    assert.equal(h.answers.length, 3, 'exam answers are reviews too');
    assert.equal(h.log.length, 3, 'each in the review log');
    session.leaveExam();
    assert.equal(session.state.exam, undefined);
  });

  it('scores a picked choice by the pick, even when the exam ends before any grade', async () => {
    const h = host();
    const session = new QuizSession(h, { filter: { cardIds: h.questions().filter(isPick).map((q) => q.id) }, revealed: false });
    session.startExam(2, 10);
    const first = session.question()!;
    session.reveal();
    assert.equal(session.state.revealed, false, 'a choice card is answered by picking, not by revealing');
    await session.choose(first.choices.indexOf(first.answer));
    assert.equal(session.choseRight(), true);
    assert.equal(session.next(), true);
    const second = session.question()!;
    const wrong = second.choices.find((c) => c !== second.answer)!;
    await session.choose(second.choices.indexOf(wrong));
    session.finishExam();
    const result = session.examResult()!;
    assert.equal(result.correct, 1, 'the right pick counts without a 1–4 grade');
    assert.deepEqual(result.missed, [{ question: second, reason: 'wrong-pick', picked: wrong }]);
  });

  it('scores a cloze or ordering card by the grade: Again is missed, shown as such', async () => {
    const h = host();
    const session = new QuizSession(h, { filter: { cardIds: h.questions().filter((q) => !isPick(q)).map((q) => q.id) }, revealed: false });
    session.startExam(2, 10);
    const first = session.question()!;
    session.reveal();
    await session.grade(1);
    session.reveal();
    await session.grade(2);
    const result = session.examResult()!;
    assert.equal(result.correct, 1, 'Hard is remembered');
    assert.deepEqual(result.missed, [{ question: first, reason: 'again' }]);
  });

  it('logs every exam answer but reschedules only the cards that were due', async () => {
    const h = host();
    const [due, later] = h.questions().filter((q) => !isPick(q));
    const study = new QuizSession(h, { filter: { cardIds: [due.id, later.id] }, revealed: false });
    for (const rating of [3, 4] as const) {
      study.reveal();
      await study.grade(rating); // Good: again in minutes; Easy: in days
    }
    const scheduled = h.progress();
    h.time = Date.parse(scheduled.cards[due.id].due) + 1000; // `due` is due, `later` not yet
    assert.ok(Date.parse(scheduled.cards[later.id].due) > new Date(h.time).setHours(24, 0, 0, 0), 'the fixture needs one card due later than today');
    const fresh = h.questions().find((q) => !isPick(q) && !scheduled.cards[q.id])!;
    const exam = new QuizSession(h, { filter: { cardIds: [due.id, later.id, fresh.id] }, revealed: false });
    exam.startExam(3, 10);
    const byId = new Map<string, boolean>();
    while (exam.question()) {
      const id = exam.question()!.id;
      exam.reveal();
      await exam.grade(3);
      byId.set(id, h.answers.at(-1)![2]);
    }
    assert.deepEqual(Object.fromEntries(byId), { [due.id]: true, [later.id]: false, [fresh.id]: false });
    assert.equal(h.log.length, 5);
    assert.notEqual(h.progress().cards[due.id].due, scheduled.cards[due.id].due, 'the due card is rescheduled');
    assert.deepEqual(h.progress().cards[later.id], scheduled.cards[later.id], 'the card not due keeps its schedule');
    assert.equal(h.progress().cards[fresh.id], undefined, 'a new card stays new');
  });

  it('counts unanswered questions as missed when the time runs out', async () => {
    const h = host();
    const session = new QuizSession(h);
    session.startExam(4, 1);
    await answerExamCard(session, true);
    h.time += 61_000;
    session.checkDeadline();
    const result = session.examResult()!;
    assert.equal(result.correct, 1);
    assert.equal(result.missed.length, 3);
    assert.ok(result.missed.every((m) => m.reason === 'unanswered'));
  });

  it('skips an exam question whose fact was deleted meanwhile, counting it as missed', async () => {
    const h = host();
    const session = new QuizSession(h);
    session.startExam(2, 10);
    const [first, second] = session.state.exam!.cardIds;
    const all = h.questions();
    h.questions = () => all.filter((q) => q.id !== first);
    assert.equal(session.question()?.id, second);
    await answerExamCard(session, true);
    const { correct, total, missed } = session.examResult()!;
    assert.deepEqual({ correct, total, missed }, { correct: 1, total: 2, missed: [] });
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
