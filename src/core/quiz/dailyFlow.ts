import type { Progress } from './progress';
import type { Question } from './question';
import { endOfDay } from './stats';

/** New cards introduced per day unless `awsNotes.quiz.newPerDay` says otherwise. */
export const DEFAULT_NEW_PER_DAY = 20;

/** A review as the log keeps it: enough to know when a card was first answered. */
export interface ReviewTime {
  readonly card: string;
  readonly time: number;
}

function startOfDay(now: Date): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

/** Cards in the schedule whose first review was today (local time): the new cards already introduced today. */
export function newCardsIntroducedToday(reviews: Iterable<ReviewTime>, progress: Progress, now: Date): number {
  const first = new Map<string, number>();
  for (const { card, time } of reviews) first.set(card, Math.min(time, first.get(card) ?? Infinity));
  const dayStart = startOfDay(now);
  let count = 0;
  for (const [card, time] of first) if (time >= dayStart && progress.cards[card]) count++;
  return count;
}

/** How many new cards may still be introduced today. */
export function newCardsLeftToday(newPerDay: number, introducedToday: number): number {
  return Math.max(0, Math.floor(newPerDay) - introducedToday);
}

/** Whether a card is due for review today: in the schedule, due before today ends. */
export function isDueToday(progress: Progress, cardId: string, now: Date): boolean {
  const card = progress.cards[cardId];
  return card !== undefined && Date.parse(card.due) < endOfDay(now).getTime();
}

/** The two numbers a learner starts the day with: "3 due · 20 new today". */
export interface DailyCounts {
  readonly due: number;
  readonly newToday: number;
}

export function dailyCounts(questions: readonly Question[], progress: Progress, now: Date, newLeft: number): DailyCounts {
  let due = 0;
  let fresh = 0;
  for (const question of questions) {
    if (!progress.cards[question.id]) fresh++;
    else if (isDueToday(progress, question.id, now)) due++;
  }
  return { due, newToday: Math.min(fresh, newLeft) };
}
