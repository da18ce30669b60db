import type { Progress } from './progress';
import type { Question } from './question';
import type { ReviewEntry } from './reviewLog';
import { currentStreak } from './streaks';

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

export function quizStats(questions: readonly Question[], progress: Progress, log: readonly ReviewEntry[], now: Date): QuizStats {
  const dayEnd = endOfDay(now).getTime();
  let dueToday = 0;
  let newCards = 0;
  let learned = 0;
  for (const question of questions) {
    const card = progress.cards[question.id];
    if (!card) {
      newCards++;
      continue;
    }
    if (Date.parse(card.due) < dayEnd) dueToday++;
    if (card.state === 2) learned++;
  }
  const asked = new Set(questions.map((question) => question.id));
  const recent = log.filter((entry) => asked.has(entry.card) && now.getTime() - entry.time <= RETENTION_WINDOW_MS);
  const answers = recent.length;
  const recalled = recent.filter((entry) => entry.grade > 1).length;
  return { dueToday, newCards, learned, retention: answers === 0 ? undefined : recalled / answers, streak: currentStreak(progress.studyDays, now), total: questions.length };
}
