import { filterQuestions, nextQuestion, type QuizFilter } from './nextQuestion';
import type { Progress } from './progress';
import type { Question } from './question';
import type { QuizRating } from './scheduler';
import { seededShuffle } from './seededRandom';

/** What a session needs from its host: the questions, the progress, and a way to record an answer. */
export interface SessionHost {
  questions(): readonly Question[];
  progress(): Progress;
  answer(question: Question, rating: QuizRating): Promise<void>;
  now(): Date;
}

/** A timed run of N questions; the score counts right answers, the missed ones are listed at the end. */
export interface ExamState {
  readonly cardIds: readonly string[];
  readonly position: number;
  /** Epoch ms after which the remaining questions count as missed. */
  readonly deadline: number;
  readonly results: readonly { readonly cardId: string; readonly correct: boolean }[];
  readonly finished: boolean;
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

  /** The questions the filter lets through. */
  pool(): Question[] {
    return filterQuestions(this.host.questions(), this.current.filter);
  }

  /** The card on screen: the exam's current one, or the next one due; undefined when done. */
  question(): Question | undefined {
    const exam = this.current.exam;
    if (exam) return exam.finished ? undefined : this.examQuestion(exam);
    const pool = this.pool();
    const shown = this.current.cardId === undefined ? undefined : pool.find((q) => q.id === this.current.cardId);
    if (shown) return shown;
    const next = nextQuestion(pool, this.host.progress(), this.host.now(), this.current.lastAnswered);
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

  reveal(): void {
    if (this.question()) this.current = { ...this.current, revealed: true };
  }

  /** Picks a choice (and reveals): what was picked shows as right or wrong. */
  choose(index: number): void {
    const question = this.question();
    if (!question || this.current.revealed || !Number.isInteger(index) || index < 0 || index >= question.choices.length) return;
    if (question.kind === 'order') return;
    this.current = { ...this.current, chosen: index, revealed: true };
  }

  /** Whether the picked choice is the answer; undefined when nothing was picked. */
  choseRight(): boolean | undefined {
    const question = this.question();
    if (!question || this.current.chosen === undefined) return undefined;
    return question.choices[this.current.chosen] === question.answer;
  }

  /**
   * Grades the card on screen (only once its answer shows), records it, and moves on. In an
   * exam a picked choice decides right or wrong; otherwise "Again" is wrong and the rest right.
   */
  async grade(rating: QuizRating): Promise<boolean> {
    const question = this.question();
    if (!question || !this.current.revealed) return false;
    const correct = this.choseRight() ?? rating > 1;
    await this.host.answer(question, rating);
    const exam = this.current.exam;
    this.current = {
      ...this.current,
      cardId: undefined,
      revealed: false,
      chosen: undefined,
      lastAnswered: question.id,
      exam: exam && this.advanced(exam, question.id, correct),
    };
    return true;
  }

  setFilter(filter: SessionState['filter']): void {
    this.current = { filter, revealed: false };
  }

  /** Starts an exam of up to `count` questions from the filtered pool, timed at `minutes`. */
  startExam(count: number, minutes: number): void {
    const now = this.host.now();
    const cardIds = seededShuffle(this.pool().map((q) => q.id), now.toISOString()).slice(0, Math.max(1, count));
    this.current = {
      filter: this.current.filter,
      revealed: false,
      exam: { cardIds, position: 0, deadline: now.getTime() + minutes * 60_000, results: [], finished: cardIds.length === 0 },
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

  /** The exam's score and missed questions (unanswered included), once finished. */
  examResult(): { correct: number; total: number; missed: Question[] } | undefined {
    const exam = this.current.exam;
    if (!exam?.finished) return undefined;
    const right = new Set(exam.results.filter((r) => r.correct).map((r) => r.cardId));
    const missed = exam.cardIds.filter((id) => !right.has(id)).map((id) => this.byId(id)).filter((q): q is Question => q !== undefined);
    return { correct: right.size, total: exam.cardIds.length, missed };
  }

  /** Ends an exam whose time ran out; called before every render. */
  checkDeadline(): void {
    const exam = this.current.exam;
    if (exam && !exam.finished && this.host.now().getTime() >= exam.deadline) this.finishExam();
  }

  private advanced(exam: ExamState, cardId: string, correct: boolean): ExamState {
    const results = [...exam.results, { cardId, correct }];
    const position = exam.position + 1;
    return { ...exam, results, position, finished: position >= exam.cardIds.length || this.host.now().getTime() >= exam.deadline };
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
    ...(typeof filterRaw.label === 'string' ? { label: filterRaw.label } : {}),
  };
  const examRaw = value.exam as Record<string, unknown> | undefined;
  const cardIds = strings(examRaw?.cardIds);
  const results = Array.isArray(examRaw?.results)
    ? (examRaw.results as unknown[]).filter(
        (r): r is { cardId: string; correct: boolean } =>
          typeof r === 'object' && r !== null && typeof (r as { cardId?: unknown }).cardId === 'string' && typeof (r as { correct?: unknown }).correct === 'boolean',
      )
    : [];
  const exam =
    cardIds && typeof examRaw?.position === 'number' && typeof examRaw.deadline === 'number'
      ? { cardIds, position: Math.max(0, Math.floor(examRaw.position)), deadline: examRaw.deadline, results, finished: examRaw.finished === true || examRaw.position >= cardIds.length }
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
