import type { Question } from './question';

/**
 * The order new cards are introduced in, like the tools learners know: the user's own notes
 * before the bundled pack, and within each, services interleaved — each service's cards spread
 * evenly over the run (its k-th of n cards at (k + ½)/n), so five AppSync cards sharing the same
 * distractors never come in a row while other services have cards. Within a service, note order.
 * Stable and deterministic: the same questions give the same order in every window.
 */
export function studyOrder(questions: readonly Question[]): Question[] {
  const own = questions.filter((question) => question.origin === 'user');
  const bundled = questions.filter((question) => question.origin !== 'user');
  return [...interleaveServices(own), ...interleaveServices(bundled)];
}

function interleaveServices(questions: readonly Question[]): Question[] {
  const byService = new Map<string, Question[]>();
  for (const question of questions) byService.set(question.service, [...(byService.get(question.service) ?? []), question]);
  const placed = [...byService.values()].flatMap((cards, service) => cards.map((question, k) => ({ question, at: (k + 0.5) / cards.length, service })));
  return placed.sort((a, b) => a.at - b.at || a.service - b.service).map(({ question }) => question);
}

const ordered = new WeakMap<readonly Question[], readonly Question[]>();

/** `studyOrder`, computed once per generated question list (the list is replaced when the notes change). */
export function inStudyOrder(questions: readonly Question[]): readonly Question[] {
  let result = ordered.get(questions);
  if (!result) {
    result = studyOrder(questions);
    ordered.set(questions, result);
  }
  return result;
}

/** `questions` with the cards in `first` (e.g. what the IaC file just opened touches) moved to the front, in that order. */
export function preferring(questions: readonly Question[], first: readonly string[]): Question[] {
  const rank = new Map(first.map((id, i) => [id, i]));
  const preferred = questions.filter((question) => rank.has(question.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...preferred, ...questions.filter((question) => !rank.has(question.id))];
}
