import { isDueToday } from './dailyFlow';
import { certificationById, drawByDomainWeight, scoreByDomain, type DomainScore } from './exam/examDomains';
import { filterQuestions, nextQuestion, type QuizFilter } from './nextQuestion';
import type { Progress } from './progress';
import type { AnswerOptions } from './progressStore';
import type { Question } from './question';
import { isQuizRating, type QuizRating } from './scheduler';
import { inStudyOrder } from './studyOrder';

/** What a session needs from its host: the questions, the progress, and a way to record an answer. */
export interface SessionHost {
  questions(): readonly Question[];
  progress(): Progress;
  answer(question: Question, rating: QuizRating, options?: AnswerOptions): Promise<void>;
  /** New cards that may still be introduced today (`awsNotes.quiz.newPerDay` less those already seen). */
  newCardsLeft(): number;
  now(): Date;
}

/** One answered exam question: right or wrong, and how (the choice picked, or the learner's grade). */
export interface ExamAnswer {
  readonly cardId: string;
  readonly correct: boolean;
  /** The choice picked (choice and "which service?" cards: the score is by what was picked). */
  readonly picked?: string;
  /** The learner's grade (cloze and ordering cards: Again is missed). */
  readonly rating?: QuizRating;
}

/** A timed run of N questions; the score counts right answers, the missed ones are listed at the end. */
export interface ExamState {
  readonly cardIds: readonly string[];
  readonly position: number;
  /** Epoch ms after which the remaining questions count as missed. */
  readonly deadline: number;
  readonly results: readonly ExamAnswer[];
  readonly finished: boolean;
  /** The exam guide whose domains' weights drew the questions (`awsNotes.quiz.certification`). */
  readonly certification?: string;
}

/** A missed exam question and why: a wrong pick, graded Again, or not answered in time. */
export interface MissedQuestion {
  readonly question: Question;
  readonly reason: 'wrong-pick' | 'again' | 'unanswered';
  readonly picked?: string;
}

export interface ExamResult {
  readonly correct: number;
  readonly total: number;
  readonly missed: readonly MissedQuestion[];
  /** The score per exam domain (unanswered questions count as missed). */
  readonly byDomain: readonly DomainScore[];
}

/** Everything a session is, JSON-safe: the webview keeps it with setState to survive a reload. */
export interface SessionState {
  readonly filter: QuizFilter & { readonly label?: string };
  readonly cardId?: string;
  readonly revealed: boolean;
  /** Index of the choice picked (choice and service questions). */
  readonly chosen?: number;
  /** The card answered last, not served again straight away. */
  readonly lastAnswered?: string;
  readonly exam?: ExamState;
}

export const INITIAL_SESSION: SessionState = { filter: {}, revealed: false };

/**
 * One quiz conversation (the panel, or the sidebar view): which card is on screen, whether its
 * answer shows, the filter, and an exam in progress. Pure logic over an injected host, so the
 * webview hosts stay thin and this is tested without VS Code.
 */
export class QuizSession {
  private current: SessionState;

  constructor(private readonly host: SessionHost, state: SessionState = INITIAL_SESSION) {
    this.current = state;
  }

  get state(): SessionState {
    return this.current;
  }

  /** The questions the filter lets through, in study order (studyOrder.ts). */
  pool(): Question[] {
    return filterQuestions(inStudyOrder(this.host.questions()), this.current.filter);
  }

  /** The card on screen: the exam's current one, or the next one due; undefined when done. */
  question(): Question | undefined {
    const exam = this.current.exam;
    if (exam) return exam.finished ? undefined : this.examQuestion(exam);
    const pool = this.pool();
    const shown = this.current.cardId === undefined ? undefined : pool.find((q) => q.id === this.current.cardId);
    if (shown) return shown;
    // The daily limit is for studying everything; a quiz on chosen cards (a file's) asks them all.
    const newLeft = this.current.filter.cardIds ? Infinity : this.host.newCardsLeft();
    const next = nextQuestion(pool, this.host.progress(), this.host.now(), this.current.lastAnswered, newLeft);
    this.current = { ...this.current, cardId: next?.id, revealed: false, chosen: undefined };
    return next;
  }

  /**
   * The progress changed (here or in another view): an unrevealed study card is picked again,
   * and a card answered elsewhere leaves the screen even if its answer shows here.
   */
  refresh(answered?: string): void {
    if (this.current.exam) return;
    if (!this.current.revealed) this.current = { ...this.current, cardId: undefined };
    else if (answered !== undefined && answered === this.current.cardId) this.current = { ...this.current, cardId: undefined, revealed: false, chosen: undefined, lastAnswered: answered };
  }

  /** Shows the answer; in an exam a choice card is answered by picking, not by revealing. */
  reveal(): void {
    const question = this.question();
    if (!question || (this.current.exam && isPickCard(question))) return;
    this.current = { ...this.current, revealed: true };
  }

  /**
   * Picks a choice (and reveals): what was picked shows as right or wrong. In an exam the pick
   * is the answer: scored and recorded at once, so ending the exam next keeps it.
   */
  async choose(index: number): Promise<void> {
    const question = this.question();
    if (!question || this.current.revealed || !Number.isInteger(index) || index < 0 || index >= question.choices.length) return;
    if (!isPickCard(question)) return;
    this.current = { ...this.current, chosen: index, revealed: true };
    const exam = this.current.exam;
    if (!exam) return;
    const picked = question.choices[index];
    const correct = picked === question.answer;
    await this.recordExamAnswer(question, correct ? 3 : 1);
    this.current = { ...this.current, exam: { ...exam, results: [...exam.results, { cardId: question.id, correct, picked }] } };
  }

  /** Whether the picked choice is the answer; undefined when nothing was picked. */
  choseRight(): boolean | undefined {
    const question = this.question();
    if (!question || this.current.chosen === undefined) return undefined;
    return question.choices[this.current.chosen] === question.answer;
  }

  /**
   * Grades the card on screen (only once its answer shows), records it, and moves on. In an
   * exam a cloze or ordering card is scored by the grade (Again is missed); a choice card was
   * scored when picked, so grading it only moves on.
   */
  async grade(rating: QuizRating): Promise<boolean> {
    const question = this.question();
    if (!question || !this.current.revealed) return false;
    const exam = this.current.exam;
    if (!exam) {
      await this.host.answer(question, rating);
      this.current = { ...this.current, cardId: undefined, revealed: false, chosen: undefined, lastAnswered: question.id };
      return true;
    }
    if (isPickCard(question)) return this.next();
    await this.recordExamAnswer(question, rating);
    const results = [...exam.results, { cardId: question.id, correct: rating > 1, rating }];
    this.current = { ...this.current, exam: { ...exam, results } };
    return this.next();
  }

  /** In an exam, past the answered question to the next one. */
  next(): boolean {
    const exam = this.current.exam;
    const question = this.question();
    if (!exam || exam.finished || !question || !exam.results.some((r) => r.cardId === question.id)) return false;
    const position = exam.position + 1;
    const finished = position >= exam.cardIds.length || this.host.now().getTime() >= exam.deadline;
    this.current = { ...this.current, revealed: false, chosen: undefined, lastAnswered: question.id, exam: { ...exam, position, finished } };
    return true;
  }

  setFilter(filter: SessionState['filter']): void {
    this.current = { filter, revealed: false };
  }

  /**
   * Starts an exam of up to `count` questions from the filtered pool, timed at `minutes`, drawn
   * by the weights of the certification's domains (32/26/24/18 % for DVA-C02).
   */
  startExam(count: number, minutes: number, certificationId?: string): void {
    const now = this.host.now();
    const certification = certificationById(certificationId);
    const cardIds = drawByDomainWeight(this.pool(), certification, Math.max(1, count), now.toISOString()).map((q) => q.id);
    this.current = {
      filter: this.current.filter,
      revealed: false,
      exam: { cardIds, position: 0, deadline: now.getTime() + minutes * 60_000, results: [], finished: cardIds.length === 0, certification: certification.id },
    };
  }

  /** Ends the exam now (time is up, or the user stops): unanswered questions count as missed. */
  finishExam(): void {
    const exam = this.current.exam;
    if (exam && !exam.finished) this.current = { ...this.current, revealed: false, chosen: undefined, exam: { ...exam, finished: true } };
  }

  /** Back to studying after an exam's result. */
  leaveExam(): void {
    this.current = { filter: this.current.filter, revealed: false };
  }

  /** The exam's score and missed questions (unanswered included, each with why), once finished. */
  examResult(): ExamResult | undefined {
    const exam = this.current.exam;
    if (!exam?.finished) return undefined;
    const answers = new Map(exam.results.map((r) => [r.cardId, r]));
    const missed = exam.cardIds.flatMap((id): MissedQuestion[] => {
      const answer = answers.get(id);
      const question = this.byId(id);
      if (answer?.correct || !question) return [];
      if (!answer) return [{ question, reason: 'unanswered' }];
      return [answer.picked !== undefined ? { question, reason: 'wrong-pick', picked: answer.picked } : { question, reason: 'again' }];
    });
    const correct = exam.results.filter((r) => r.correct && exam.cardIds.includes(r.cardId)).length;
    const asked = exam.cardIds.flatMap((id) => {
      const question = this.byId(id);
      return question ? [{ question, correct: answers.get(id)?.correct === true }] : [];
    });
    return { correct, total: exam.cardIds.length, missed, byDomain: scoreByDomain(asked, certificationById(exam.certification)) };
  }

  /** Ends an exam whose time ran out; called before every render. */
  checkDeadline(): void {
    const exam = this.current.exam;
    if (exam && !exam.finished && this.host.now().getTime() >= exam.deadline) this.finishExam();
  }

  /** An exam answer goes into the review log; it reschedules the card only if the card was due. */
  private async recordExamAnswer(question: Question, rating: QuizRating): Promise<void> {
    await this.host.answer(question, rating, { reschedule: isDueToday(this.host.progress(), question.id, this.host.now()) });
  }

  /** The exam's current question; one whose fact was deleted meanwhile is skipped (and counts as missed). */
  private examQuestion(exam: ExamState): Question | undefined {
    let position = exam.position;
    let question = this.byId(exam.cardIds[position]);
    while (!question && position < exam.cardIds.length) question = this.byId(exam.cardIds[++position]);
    if (position !== exam.position) {
      this.current = { ...this.current, exam: { ...exam, position, finished: position >= exam.cardIds.length } };
    }
    return question;
  }

  private byId(id: string | undefined): Question | undefined {
    return id === undefined ? undefined : this.host.questions().find((q) => q.id === id);
  }
}

/** A state kept by a webview (so: any JSON) back into a session state; anything odd starts fresh. */
export function readSessionState(raw: unknown): SessionState {
  if (typeof raw !== 'object' || raw === null) return INITIAL_SESSION;
  const value = raw as Record<string, unknown>;
  const strings = (list: unknown) => (Array.isArray(list) && list.every((item) => typeof item === 'string') ? (list as string[]) : undefined);
  const filterRaw = (typeof value.filter === 'object' && value.filter !== null ? value.filter : {}) as Record<string, unknown>;
  const filter = {
    ...(strings(filterRaw.services) ? { services: strings(filterRaw.services) } : {}),
    ...(strings(filterRaw.cardIds) ? { cardIds: strings(filterRaw.cardIds) } : {}),
    ...(strings(filterRaw.prefer) ? { prefer: strings(filterRaw.prefer) } : {}),
    ...(typeof filterRaw.label === 'string' ? { label: filterRaw.label } : {}),
  };
  const examRaw = value.exam as Record<string, unknown> | undefined;
  const cardIds = strings(examRaw?.cardIds);
  const results = Array.isArray(examRaw?.results) ? (examRaw.results as unknown[]).flatMap(readExamAnswer) : [];
  const exam =
    cardIds && typeof examRaw?.position === 'number' && typeof examRaw.deadline === 'number'
      ? {
          cardIds,
          position: Math.max(0, Math.floor(examRaw.position)),
          deadline: examRaw.deadline,
          results,
          finished: examRaw.finished === true || examRaw.position >= cardIds.length,
          ...(typeof examRaw.certification === 'string' ? { certification: examRaw.certification } : {}),
        }
      : undefined;
  return {
    filter,
    revealed: value.revealed === true,
    ...(typeof value.cardId === 'string' ? { cardId: value.cardId } : {}),
    ...(typeof value.chosen === 'number' ? { chosen: value.chosen } : {}),
    ...(typeof value.lastAnswered === 'string' ? { lastAnswered: value.lastAnswered } : {}),
    ...(exam ? { exam } : {}),
  };
}

/** Choice and "which service?" cards are answered by picking one of the choices. */
function isPickCard(question: Question): boolean {
  return question.kind === 'choice' || question.kind === 'service';
}

function readExamAnswer(raw: unknown): ExamAnswer[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const { cardId, correct, picked, rating } = raw as Record<string, unknown>;
  if (typeof cardId !== 'string' || typeof correct !== 'boolean') return [];
  return [{ cardId, correct, ...(typeof picked === 'string' ? { picked } : {}), ...(isQuizRating(rating) ? { rating } : {}) }];
}
