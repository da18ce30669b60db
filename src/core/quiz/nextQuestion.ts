import type { Progress } from './progress';
import type { Question } from './question';
import { isKnownService } from '../notes/serviceAliases';
import { endOfDay } from './stats';
import { preferring } from './studyOrder';

/** Which questions a quiz draws from. */
export interface QuizFilter {
  /** Canonical service names; empty or absent for all. */
  readonly services?: readonly string[];
  /** Card ids; when present, only these, in this order (e.g. "Quiz me on this file"). */
  readonly cardIds?: readonly string[];
  /** Card ids served first among the new cards (the facts an IaC file just opened touches). */
  readonly prefer?: readonly string[];
}

/** The questions a filter lets through; with `cardIds`, in that order (most relevant first). */
export function filterQuestions(questions: readonly Question[], filter: QuizFilter): Question[] {
  const services = filter.services?.length ? new Set(filter.services) : undefined;
  const kept = questions.filter((question) => !services || services.has(question.service));
  if (!filter.cardIds) return filter.prefer?.length ? preferring(kept, filter.prefer) : kept;
  const rank = new Map(filter.cardIds.map((id, i) => [id, i]));
  return kept.filter((question) => rank.has(question.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
}

/**
 * The services the filter offers: the questions' services that the alias table knows, so a
 * heading that is a topic ("Data Limitations", "Exponential Backoff") is not listed as one.
 */
export function filterServices(questions: readonly Question[]): string[] {
  return [...new Set(questions.map((question) => question.service))].filter(isKnownService).sort((a, b) => a.localeCompare(b));
}

/**
 * The next card to study: the most overdue card first, then (while `newLeft` allows) new cards
 * in the order given (studyOrder.ts), then the card due soonest later today (learning steps);
 * undefined when today's work is done. `skip` leaves out the card just answered so it does not
 * come straight back.
 */
export function nextQuestion(questions: readonly Question[], progress: Progress, now: Date, skip?: string, newLeft = Infinity): Question | undefined {
  const dayEnd = endOfDay(now).getTime();
  let due: { question: Question; at: number } | undefined;
  let fresh: Question | undefined;
  for (const question of questions) {
    if (question.id === skip) continue;
    const card = progress.cards[question.id];
    if (!card) {
      if (newLeft > 0) fresh ??= question;
      continue;
    }
    const at = Date.parse(card.due);
    if (at < dayEnd && (!due || at < due.at)) due = { question, at };
  }
  if (due && due.at <= now.getTime()) return due.question;
  return fresh ?? due?.question;
}
