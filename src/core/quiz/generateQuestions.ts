import { askAsDocumented, type SkippedQuestion } from '../claims/quizCheck';
import type { Fact } from '../notes/model';
import type { NotesIndex } from '../notes/notesIndex';
import { orderQuestion } from './orderQuestion';
import type { Question, QuestionKind } from './question';
import { serviceQuestion, serviceQuestionContext } from './serviceQuestion';
import { termQuestion } from './termQuestion';
import { valueQuestion, valuesOf } from './valueQuestion';

function bySource(a: Fact, b: Fact): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

/**
 * One question per fact (a card is a fact), the most specific kind that fits: an ordered list,
 * then a value, then a term's definition, then "which service?". Facts too short or vague for
 * any kind give none; a note the notes check flags is asked as documented or skipped into
 * `skipped` (see claims/quizCheck.ts). Deterministic: same notes, same questions, in source order.
 */
export function generateQuestions(index: NotesIndex, skipped: SkippedQuestion[] = []): Question[] {
  const facts = [...index.facts()].sort(bySource);
  const values = valuesOf(facts);
  const services = serviceQuestionContext(index);
  const questions: Question[] = [];
  for (const fact of facts) {
    const question =
      orderQuestion(fact, index) ?? valueQuestion(fact, index, values) ?? termQuestion(fact, index) ?? serviceQuestion(fact, services);
    if (question) questions.push(...askAsDocumented(question, fact, skipped));
  }
  return questions;
}

/**
 * `count` questions taken round-robin across kinds (in source order within a kind), so a short
 * list still shows every kind; the result is in source order.
 */
export function sampleAcrossKinds(questions: readonly Question[], count: number): Question[] {
  const byKind = new Map<QuestionKind, Question[]>();
  for (const question of questions) byKind.set(question.kind, [...(byKind.get(question.kind) ?? []), question]);
  const queues = [...byKind.values()];
  const picked = new Set<Question>();
  for (let round = 0; picked.size < Math.min(count, questions.length); round++) {
    for (const queue of queues) if (round < queue.length && picked.size < count) picked.add(queue[round]);
  }
  return questions.filter((question) => picked.has(question));
}
