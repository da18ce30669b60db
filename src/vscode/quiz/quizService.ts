import * as vscode from 'vscode';
import type { NotesIndex } from '../../core/notes/notesIndex';
import { dailyCounts, DEFAULT_NEW_PER_DAY, newCardsIntroducedToday, newCardsLeftToday, type DailyCounts } from '../../core/quiz/dailyFlow';
import { followEditedFacts, snapshotOf } from '../../core/quiz/followFacts';
import { generateQuestions } from '../../core/quiz/generateQuestions';
import type { Progress } from '../../core/quiz/progress';
import { PROGRESS_KEY, ProgressStore, type AnswerOptions } from '../../core/quiz/progressStore';
import type { Question } from '../../core/quiz/question';
import type { ReviewEntry } from '../../core/quiz/reviewLog';
import type { QuizRating } from '../../core/quiz/scheduler';
import type { SessionHost } from '../../core/quiz/quizSession';
import type { Certification } from '../../core/quiz/exam/certification';
import { certificationById } from '../../core/quiz/exam/examDomains';
import { quizStatistics, type QuizStatistics } from '../../core/quiz/statistics';
import { quizStats, type QuizStats } from '../../core/quiz/stats';
import type { NotesService } from '../notes/notesService';
import { ReviewLogFile } from './reviewLogFile';

/**
 * The quiz's shared state: questions generated from the live notes index, and progress: the
 * schedule in `globalState` (synced across machines), the review log in a file under
 * `globalStorageUri` (this machine), both written after every answer. Panels, the sidebar and
 * the status bar all read it and listen to `onDidChange`.
 */
export class QuizService implements vscode.Disposable, SessionHost {
  /** Generated on first use after the notes change, not on every change. */
  private generated: readonly Question[] | undefined;
  private index: NotesIndex | undefined;
  private readonly store: ProgressStore;
  private loaded: Promise<void> | undefined;
  private readyDone = false;
  /** Fires when the notes or the progress change; with the card id when a card was answered. */
  private readonly changeEmitter = new vscode.EventEmitter<{ readonly answered?: string }>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changeEmitter];

  constructor(
    private readonly notes: NotesService,
    private readonly globalState: vscode.Memento & { setKeysForSync(keys: readonly string[]): void },
    private readonly logFile: ReviewLogFile,
  ) {
    globalState.setKeysForSync([PROGRESS_KEY]);
    this.store = new ProgressStore(globalState, logFile, (message) => this.reportProblem(message));
    this.subscriptions.push(
      notes.onDidChange((index) => {
        this.index = index;
        this.generated = undefined;
        this.changeEmitter.fire({});
      }),
    );
  }

  /** Notes indexed, questions generated, progress read: call before the first use. */
  ready(): Promise<void> {
    this.loaded ??= (async () => {
      await this.store.load();
      this.index = await this.notes.ready();
      this.readyDone = true;
    })();
    return this.loaded;
  }

  /** Whether `ready()` has completed: progress read and notes indexed. */
  get isReady(): boolean {
    return this.readyDone;
  }

  questions(): readonly Question[] {
    if (!this.generated && this.index) this.generated = this.regenerate(this.index);
    return this.generated ?? [];
  }

  progress(): Progress {
    return this.store.progress;
  }

  /** The reviews logged on this machine, oldest first. */
  log(): readonly ReviewEntry[] {
    return this.store.log;
  }

  now(): Date {
    return new Date();
  }

  notesIndex(): NotesIndex | undefined {
    return this.index;
  }

  /** New cards that may still be introduced today: `awsNotes.quiz.newPerDay` less those first answered today. */
  newCardsLeft(): number {
    return newCardsLeftToday(this.newPerDay(), newCardsIntroducedToday(this.store.log, this.store.progress, this.now()));
  }

  /** `awsNotes.quiz.newPerDay`, a whole number from 0 to 1000. */
  newPerDay(): number {
    const value = vscode.workspace.getConfiguration('awsNotes.quiz').get<number>('newPerDay', DEFAULT_NEW_PER_DAY);
    return Number.isFinite(value) ? Math.min(1000, Math.max(0, Math.round(value))) : DEFAULT_NEW_PER_DAY;
  }

  /** "3 due · 20 new today": what the status bar and the Quiz view say. */
  dailyCounts(): DailyCounts {
    return dailyCounts(this.questions(), this.store.progress, this.now(), this.newCardsLeft());
  }

  stats(): QuizStats {
    return quizStats(this.questions(), this.store.progress, this.store.log, this.now());
  }

  /** The Statistics view's numbers, per domain of `awsNotes.quiz.certification` too. */
  statistics(): QuizStatistics {
    return quizStatistics(this.questions(), this.store.progress, this.store.log, this.now(), this.certification());
  }

  /** The exam `awsNotes.quiz.certification` names (DVA-C02 when unknown). */
  certification(): Certification {
    return certificationById(vscode.workspace.getConfiguration('awsNotes.quiz').get<string>('certification'));
  }

  async answer(question: Question, rating: QuizRating, options?: AnswerOptions): Promise<void> {
    const fact = this.index?.fact(question.id);
    await this.store.answer(question.id, rating, fact && snapshotOf(fact), options);
    this.changeEmitter.fire({ answered: question.id });
  }

  /** What is stored now (re-read), for the "read back after reopening" test. */
  async storedProgress(): Promise<Progress> {
    return this.reopened().load();
  }

  /** The review log as stored now (re-read). */
  async storedLog(): Promise<readonly ReviewEntry[]> {
    const store = this.reopened();
    await store.load();
    return store.log;
  }

  private reopened(): ProgressStore {
    return new ProgressStore(this.globalState, this.logFile, () => undefined);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private regenerate(index: NotesIndex): readonly Question[] {
    const questions = generateQuestions(index);
    const followed = followEditedFacts(this.store.progress, index.facts());
    if (followed.renamed > 0) {
      this.store.adopt(followed.progress, followed.renames);
      this.notes.log(vscode.l10n.t('Quiz: {0} card(s) followed their edited facts.', followed.renamed));
    }
    return questions;
  }

  private reportProblem(message: string): void {
    this.notes.log(message);
    void vscode.window.showWarningMessage(message);
  }
}
