import { fromFsrsCard, localDay, mergeProgress, toFsrsCard, type FactSnapshot, type Progress } from './progress';
import type { ReviewEntry } from './reviewLog';
import { reviewCard, type QuizRating } from './scheduler';

/**
 * Progress after answering card `cardId` with `rating` at `now` (FSRS schedule, study day).
 * With `reschedule: false` (an exam answer on a card that was not due) the schedule is left as
 * it was and only the study day is recorded.
 */
export function applyAnswer(progress: Progress, cardId: string, rating: QuizRating, now: Date, fact?: FactSnapshot, reschedule = true): Progress {
  const studied: Progress = { ...progress, cards: {}, studyDays: [localDay(now)] };
  if (!reschedule) return mergeProgress(progress, studied);
  const previous = progress.cards[cardId];
  const answered = fromFsrsCard(reviewCard(previous && toFsrsCard(previous), rating, now), fact ?? previous?.fact);
  return mergeProgress({ ...progress, cards: { ...progress.cards, [cardId]: answered } }, studied);
}

/** The log entry of that answer, given the progress after it: the interval is the card's scheduled days then. */
export function reviewEntry(after: Progress, cardId: string, rating: QuizRating, now: Date): ReviewEntry {
  return { card: cardId, time: now.getTime(), grade: rating, interval: after.cards[cardId]?.scheduledDays ?? null };
}
