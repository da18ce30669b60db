import * as vscode from 'vscode';
import type { NotesIndex } from '../../core/notes/notesIndex';
import { followEditedFacts, snapshotOf } from '../../core/quiz/followFacts';
import { generateQuestions } from '../../core/quiz/generateQuestions';
import type { Progress } from '../../core/quiz/progress';
import { PROGRESS_KEY, ProgressStore } from '../../core/quiz/progressStore';
import type { Question } from '../../core/quiz/question';
import type { QuizRating } from '../../core/quiz/scheduler';
import type { SessionHost } from '../../core/quiz/quizSession';
import { quizStats, type QuizStats } from '../../core/quiz/stats';
import type { NotesService } from '../notes/notesService';

/**
 * The quiz's shared state: questions generated from the live notes index, and progress in
 * `globalState` (synced across machines, written after every answer). Panels, the sidebar and
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
  ) {
    globalState.setKeysForSync([PROGRESS_KEY]);
    this.store = new ProgressStore(globalState, (message) => this.reportProblem(message));
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

  now(): Date {
    return new Date();
  }

  notesIndex(): NotesIndex | undefined {
    return this.index;
  }

  stats(): QuizStats {
    return quizStats(this.questions(), this.store.progress, this.now());
  }

  async answer(question: Question, rating: QuizRating): Promise<void> {
    const fact = this.index?.fact(question.id);
    await this.store.answer(question.id, rating, fact && snapshotOf(fact));
    this.changeEmitter.fire({ answered: question.id });
  }

  /** What is stored now (re-read), for the "read back after reopening" test. */
  async storedProgress(): Promise<Progress> {
    return new ProgressStore(this.globalState, () => undefined).load();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private regenerate(index: NotesIndex): readonly Question[] {
    const questions = generateQuestions(index);
    const followed = followEditedFacts(this.store.progress, index.facts());
    if (followed.renamed > 0) {
      this.store.adopt(followed.progress);
      this.notes.log(`Quiz: ${followed.renamed} card(s) followed their edited facts.`);
    }
    return questions;
  }

  private reportProblem(message: string): void {
    this.notes.log(message);
    void vscode.window.showWarningMessage(message);
  }
}
