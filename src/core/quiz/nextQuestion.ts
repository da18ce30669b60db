import type { Progress } from './progress';
import type { Question } from './question';
import { endOfDay } from './stats';

/** Which questions a quiz draws from. */
export interface QuizFilter {
  /** Canonical service names; empty or absent for all. */
  readonly services?: readonly string[];
  /** Card ids; when present, only these, in this order (e.g. "Quiz me on this file"). */
  readonly cardIds?: readonly string[];
}

/** The questions a filter lets through; with `cardIds`, in that order (most relevant first). */
export function filterQuestions(questions: readonly Question[], filter: QuizFilter): Question[] {
  const services = filter.services?.length ? new Set(filter.services) : undefined;
  const kept = questions.filter((question) => !services || services.has(question.service));
  if (!filter.cardIds) return kept;
  const rank = new Map(filter.cardIds.map((id, i) => [id, i]));
  return kept.filter((question) => rank.has(question.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
}

/**
 * The next card to study: the most overdue card first, then new cards in note order, then the
 * card due soonest later today (learning steps); undefined when today's work is done.
 * `skip` leaves out the card just answered so it does not come straight back.
 */
export function nextQuestion(questions: readonly Question[], progress: Progress, now: Date, skip?: string): Question | undefined {
  const dayEnd = endOfDay(now).getTime();
  let due: { question: Question; at: number } | undefined;
  let fresh: Question | undefined;
  for (const question of questions) {
    if (question.id === skip) continue;
    const card = progress.cards[question.id];
    if (!card) {
      fresh ??= question;
      continue;
    }
    const at = Date.parse(card.due);
    if (at < dayEnd && (!due || at < due.at)) due = { question, at };
  }
  if (due && due.at <= now.getTime()) return due.question;
  return fresh ?? due?.question;
}
