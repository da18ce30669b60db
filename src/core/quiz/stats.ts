import { localDay, type Progress } from './progress';
import type { Question } from './question';

export interface QuizStats {
  /** Cards with questions whose due time falls before the end of today. */
  readonly dueToday: number;
  /** Questions never answered. */
  readonly newCards: number;
  /** Cards in FSRS review state (graduated from learning). */
  readonly learned: number;
  /** Share of answers in the last 30 days that were not "Again", or undefined with no answers. */
  readonly retention: number | undefined;
  /** Consecutive days with answers, ending today (or yesterday, if today has none yet). */
  readonly streak: number;
  readonly total: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const RETENTION_WINDOW_MS = 30 * DAY_MS;

export function endOfDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
}

export function quizStats(questions: readonly Question[], progress: Progress, now: Date): QuizStats {
  const dayEnd = endOfDay(now).getTime();
  let dueToday = 0;
  let newCards = 0;
  let learned = 0;
  let answers = 0;
  let recalled = 0;
  for (const question of questions) {
    const card = progress.cards[question.id];
    if (!card) {
      newCards++;
      continue;
    }
    if (Date.parse(card.due) < dayEnd) dueToday++;
    if (card.state === 2) learned++;
    for (const [time, rating] of card.history) {
      if (now.getTime() - time > RETENTION_WINDOW_MS) continue;
      answers++;
      if (rating > 1) recalled++;
    }
  }
  return { dueToday, newCards, learned, retention: answers === 0 ? undefined : recalled / answers, streak: streak(progress.studyDays, now), total: questions.length };
}

function streak(studyDays: readonly string[], now: Date): number {
  const days = new Set(studyDays);
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (!days.has(localDay(day))) day.setDate(day.getDate() - 1);
  let count = 0;
  while (days.has(localDay(day))) {
    count++;
    day.setDate(day.getDate() - 1);
  }
  return count;
}
