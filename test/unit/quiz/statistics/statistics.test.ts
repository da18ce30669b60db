import * as assert from 'node:assert/strict';
import { DVA_C02 } from '../../../../src/core/quiz/exam/dvaC02.data';
import { FEW_CARDS, domainOf, examPlacement } from '../../../../src/core/quiz/exam/examDomains';
import { generateQuestions } from '../../../../src/core/quiz/generateQuestions';
import { emptyProgress, type CardProgress, type Progress } from '../../../../src/core/quiz/progress';
import type { ReviewEntry } from '../../../../src/core/quiz/reviewLog';
import { FORECAST_DAYS, HEATMAP_DAYS, quizStatistics } from '../../../../src/core/quiz/statistics';
import { statisticsHtml, untranslated } from '../../../../src/vscode/quiz/statistics/statisticsHtml';
import { QUIZ_NOTES, indexOf } from '../quizNotes';

const NOW = new Date(2026, 2, 10, 15, 0);
const day = (offset: number, hour = 9) => new Date(2026, 2, 10 + offset, hour, 0);
const questions = generateQuestions(indexOf(QUIZ_NOTES));
const [q0, q1, q2, q3] = questions;

function card(due: Date, state: CardProgress['state']): CardProgress {
  return { due: due.toISOString(), stability: 1, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state, lastReview: day(-1).toISOString() };
}

const entry = (question: { id: string }, when: Date, grade: 1 | 2 | 3 | 4): ReviewEntry => ({ card: question.id, time: when.getTime(), grade, interval: 1 });

describe('quiz statistics model', () => {
  const progress: Progress = {
    ...emptyProgress(),
    cards: { [q0.id]: card(day(-2), 2), [q1.id]: card(day(0, 18), 1), [q2.id]: card(day(3), 3), [q3.id]: card(day(40), 2) },
    studyDays: ['2026-03-01'],
  };
  const log: ReviewEntry[] = [
    entry(q0, day(-400), 3), // older than the heatmap's year, still counted in retention
    entry(q0, day(-2), 1),
    entry(q0, day(-1), 3),
    entry(q1, day(-1, 10), 4),
    entry(q2, day(0), 2),
    entry(q2, day(0, 11), 1),
    { card: 'gone', time: day(-3).getTime(), grade: 3, interval: 2 },
  ];
  const statistics = quizStatistics(questions, progress, log, NOW);

  it('counts reviews per local day over the last year, today last', () => {
    assert.equal(statistics.reviewsPerDay.length, HEATMAP_DAYS);
    assert.deepEqual(statistics.reviewsPerDay.at(-1), { day: '2026-03-10', count: 2 });
    assert.deepEqual(statistics.reviewsPerDay.at(-2), { day: '2026-03-09', count: 2 });
    assert.equal(statistics.reviewsPerDay.reduce((sum, d) => sum + d.count, 0), 6, 'the 400-day-old review is outside the year');
  });

  it('forecasts the next 30 days, the overdue card due today', () => {
    assert.equal(statistics.forecast.length, FORECAST_DAYS);
    assert.deepEqual(statistics.forecast[0], { day: '2026-03-10', count: 2 });
    assert.deepEqual(statistics.forecast[3], { day: '2026-03-13', count: 1 });
    assert.equal(statistics.forecast.reduce((sum, d) => sum + d.count, 0), 3, 'the card due in 40 days is beyond the forecast');
  });

  it('counts cards by state, and new cards', () => {
    assert.deepEqual(statistics.states, { new: questions.length - 4, learning: 1, review: 2, relearning: 1 });
    assert.deepEqual(statistics.cards, { total: questions.length, seen: 4, new: questions.length - 4 });
  });

  it('gives retention (not Again) overall and per service', () => {
    assert.deepEqual(statistics.retention.overall, { reviews: 7, recalled: 5, rate: 5 / 7 });
    const byService = new Map(statistics.retention.services.map((row) => [row.service, row]));
    const expected = new Map<string, { reviews: number; recalled: number }>();
    for (const e of log) {
      const q = questions.find((question) => question.id === e.card);
      if (!q) continue;
      const row = expected.get(q.service) ?? { reviews: 0, recalled: 0 };
      row.reviews++;
      if (e.grade > 1) row.recalled++;
      expected.set(q.service, row);
    }
    for (const [service, row] of expected) assert.deepEqual(byService.get(service), { service, ...row, rate: row.recalled / row.reviews });
    assert.equal(byService.size, expected.size, 'a card whose fact is gone counts overall only');
  });

  it('gives the current and longest streak from the study days and the log', () => {
    // Log days: 2026-03-08, -09, -10 (and one 400 days back); study days add 2026-03-01; the gone card's day 2026-03-07.
    assert.deepEqual(statistics.streak, { current: 4, longest: 4 });
    assert.equal(quizStatistics(questions, progress, log, day(3)).streak.current, 0);
  });

  it('gives per exam domain (guide order) cards, seen, retention and the task statements with few cards', () => {
    const byDomain = quizStatistics(questions, progress, log, NOW, DVA_C02);
    assert.deepEqual(byDomain.domains.map((row) => row.domain), DVA_C02.domains.map((domain) => domain.name));
    assert.equal(byDomain.certification, 'DVA-C02');
    for (const row of byDomain.domains) {
      const mine = questions.filter((question) => domainOf(question, DVA_C02) === row.domain);
      assert.equal(row.cards, mine.length, row.domain);
      assert.equal(row.seen, mine.filter((question) => progress.cards[question.id]).length, row.domain);
      const reviews = log.filter((entry) => mine.some((question) => question.id === entry.card));
      assert.equal(row.retention.reviews, reviews.length, row.domain);
      assert.equal(row.retention.recalled, reviews.filter((entry) => entry.grade > 1).length, row.domain);
      const tasks = DVA_C02.domains.find((domain) => domain.name === row.domain)!.tasks;
      const cardsOf = (id: string) => questions.filter((question) => examPlacement(question, DVA_C02)?.task.id === id).length;
      assert.deepEqual(row.thinTasks, tasks.filter((task) => cardsOf(task.id) < FEW_CARDS).map((task) => ({ id: task.id, text: task.text, cards: cardsOf(task.id) })));
    }
    assert.ok(byDomain.domains.some((row) => row.seen > 0), 'the answered cards count in some domain');
    assert.ok(byDomain.domains.some((row) => row.thinTasks.length > 0), 'these small notes leave some task statements thin');
    assert.deepEqual(statistics.domains, [], 'no domains without a certification');
    const html = statisticsHtml(byDomain, { cspSource: 'x', nonce: 'n', styleUris: [] }, untranslated);
    for (const row of byDomain.domains) assert.match(html, new RegExp(`<th scope="row">${row.domain}</th><td>${Math.round(row.weight * 100)} %</td><td>${row.cards}</td><td>${row.seen}</td>`));
    const thin = byDomain.domains.flatMap((row) => row.thinTasks)[0];
    assert.ok(html.includes(`<li>${thin.id} ${thin.text.replace(/&/g, '&amp;')}: ${thin.cards} cards</li>`), 'what the notes lack is listed');
  });

  it('draws the view: figures, a heatmap cell per day, forecast and state bars, a table behind each chart, no script', () => {
    const html = statisticsHtml(statistics, { cspSource: 'vscode-resource:', nonce: 'n'.repeat(32), styleUris: ['s.css'] }, untranslated);
    assert.equal((html.match(/<rect class="heat level-\d"[^>]*><title>/g) ?? []).length, HEATMAP_DAYS);
    assert.match(html, /<rect class="heat level-4"[^>]*><title>2026-03-10: 2 reviews<\/title>/);
    assert.equal((html.match(/<rect class="bar due"/g) ?? []).length, FORECAST_DAYS);
    assert.equal((html.match(/<details class="chart-table">/g) ?? []).length, 3);
    assert.match(html, /<span class="value" id="stat-retention">71 %<\/span>/);
    assert.match(html, /<th scope="row">Relearning<\/th><td>1<\/td>/);
    assert.doesNotMatch(html, /<script/);
    assert.doesNotMatch(html, /style="/, 'no inline styles (the CSP forbids them): geometry is SVG attributes, colours are classes');
    assert.match(html, /content="default-src 'none'; style-src vscode-resource:;/);
  });

  it('escapes service names in the view', () => {
    const odd = quizStatistics([{ ...q0, service: '<img src=x onerror=alert(1)>' }], { ...emptyProgress(), cards: { [q0.id]: card(day(1), 2) } }, [entry(q0, day(0), 3)], NOW);
    const html = statisticsHtml(odd, { cspSource: 'x', nonce: 'n', styleUris: [] }, untranslated);
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });
});
