import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';

/** Again / Hard / Good / Easy: the FSRS grades, and the keys 1–4 that give them. */
export type QuizRating = 1 | 2 | 3 | 4;

export function isQuizRating(value: unknown): value is QuizRating {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** No fuzz: the same answers at the same times give the same schedule (tests, two windows). */
const scheduler = fsrs({ enable_fuzz: false });

/** The FSRS card after answering `rating` at `now`; a card never seen starts empty. */
export function reviewCard(card: Card | undefined, rating: QuizRating, now: Date): Card {
  return scheduler.next(card ?? createEmptyCard(now), now, rating as Grade).card;
}
