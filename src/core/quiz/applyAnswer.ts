import { fromFsrsCard, localDay, mergeProgress, toFsrsCard, type FactSnapshot, type Progress } from './progress';
import { reviewCard, type QuizRating } from './scheduler';

/** Progress after answering card `cardId` with `rating` at `now` (FSRS schedule, history, study day). */
export function applyAnswer(progress: Progress, cardId: string, rating: QuizRating, now: Date, fact?: FactSnapshot): Progress {
  const previous = progress.cards[cardId];
  const card = reviewCard(previous && toFsrsCard(previous), rating, now);
  const history = [...(previous?.history ?? []), [now.getTime(), rating] as const];
  const answered = fromFsrsCard(card, history, fact ?? previous?.fact);
  return mergeProgress(
    { ...progress, cards: { ...progress.cards, [cardId]: answered } },
    { ...progress, cards: {}, studyDays: [localDay(now)] },
  );
}
