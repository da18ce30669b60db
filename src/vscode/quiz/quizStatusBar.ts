import * as vscode from 'vscode';
import type { QuizService } from './quizService';

export const START_QUIZ_COMMAND = 'awsNotes.quiz.start';
const FIRST_COUNT_DELAY_MS = 3000;

/** "$(mortar-board) 3 due · 20 new today" in the status bar; opens the quiz. Hidden by `awsNotes.quiz.showStatusBar`. */
export class QuizStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('awsNotes.quiz.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  /** Cards fall due with time, not only on events: a slow timer keeps the count honest. */
  private readonly timer = setInterval(() => this.update(), 10 * 60_000);
  private readonly firstCount: ReturnType<typeof setTimeout>;

  constructor(private readonly service: QuizService) {
    this.item.name = vscode.l10n.t('AWS Notes Quiz');
    this.item.command = START_QUIZ_COMMAND;
    this.subscriptions = [
      service.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('awsNotes.quiz.showStatusBar') || event.affectsConfiguration('awsNotes.quiz.newPerDay')) this.update();
      }),
    ];
    // The count needs the notes read and the questions generated: done a moment after startup, not on its path.
    this.firstCount = setTimeout(() => void service.ready().then(() => this.update()), FIRST_COUNT_DELAY_MS);
  }

  /** The text shown now (for tests). */
  get text(): string {
    return this.item.text;
  }

  update(): void {
    if (!this.service.isReady) return; // no count before the progress is read: never a wrong "0 due"
    if (!vscode.workspace.getConfiguration('awsNotes.quiz').get<boolean>('showStatusBar', true)) {
      this.item.hide();
      return;
    }
    const { due, newToday } = this.service.dailyCounts();
    const stats = this.service.stats();
    this.item.text = `$(mortar-board) ${vscode.l10n.t('{0} due · {1} new today', due, newToday)}`;
    this.item.tooltip = vscode.l10n.t(
      'AWS Notes quiz: {0} review(s) due and {1} new card(s) for today; {2} learned, streak {3} day(s). Click, or run "AWS Notes: Start Quiz", to study.',
      due,
      newToday,
      stats.learned,
      stats.streak,
    );
    this.item.accessibilityInformation = { label: vscode.l10n.t('AWS Notes quiz: {0} reviews due and {1} new cards today. Open the quiz to study.', due, newToday) };
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.firstCount);
    clearInterval(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
