import { applyAnswer, reviewEntry } from '../../../src/core/quiz/applyAnswer';
import { DEFAULT_NEW_PER_DAY, newCardsIntroducedToday, newCardsLeftToday } from '../../../src/core/quiz/dailyFlow';
import { emptyProgress, type Progress } from '../../../src/core/quiz/progress';
import type { AnswerOptions } from '../../../src/core/quiz/progressStore';
import type { Question } from '../../../src/core/quiz/question';
import type { SessionHost } from '../../../src/core/quiz/quizSession';
import type { ReviewEntry } from '../../../src/core/quiz/reviewLog';
import type { QuizRating } from '../../../src/core/quiz/scheduler';

export interface TestHost extends SessionHost {
  /** The clock, in epoch ms; tests move it. */
  time: number;
  newPerDay: number;
  /** Every answer recorded, with whether it rescheduled the card. */
  readonly answers: [string, QuizRating, boolean][];
  readonly log: ReviewEntry[];
  setProgress(progress: Progress): void;
}

/** A session host over `questions` with progress and review log in memory, as QuizService keeps them. */
export function testHost(questions: readonly Question[], start = new Date(2026, 2, 10, 9, 0)): TestHost {
  let progress: Progress = emptyProgress();
  const h: TestHost = {
    time: start.getTime(),
    newPerDay: DEFAULT_NEW_PER_DAY,
    answers: [],
    log: [],
    questions: () => questions,
    progress: () => progress,
    now: () => new Date(h.time),
    newCardsLeft: () => newCardsLeftToday(h.newPerDay, newCardsIntroducedToday(h.log, progress, new Date(h.time))),
    answer: async (question: Question, rating: QuizRating, options: AnswerOptions = {}) => {
      const reschedule = options.reschedule !== false;
      h.answers.push([question.id, rating, reschedule]);
      progress = applyAnswer(progress, question.id, rating, new Date(h.time), undefined, reschedule);
      h.log.push(reviewEntry(progress, question.id, rating, new Date(h.time)));
    },
    setProgress: (next) => {
      progress = next;
    },
  };
  return h;
}
