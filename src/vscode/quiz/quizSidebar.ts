import * as vscode from 'vscode';
import type { QuizService } from './quizService';
import { QuizWebview, type QuizWebviewOptions } from './quizWebview';

export const QUIZ_SIDEBAR_VIEW_ID = 'awsNotes.quizView';

/** The "Quiz" view in the AWS Notes side bar: due count, the next card, grade buttons, "Open full quiz". */
export class QuizSidebar implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: QuizWebview | undefined;
  private readonly waiting: ((view: QuizWebview) => void)[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly service: QuizService,
    private readonly options: Omit<QuizWebviewOptions, 'layout'>,
  ) {}

  get webview(): QuizWebview | undefined {
    return this.view;
  }

  /** Resolves once VS Code has created the view (after it is first shown). */
  whenResolved(): Promise<QuizWebview> {
    return this.view ? Promise.resolve(this.view) : new Promise((resolve) => this.waiting.push(resolve));
  }

  resolveWebviewView(webviewView: vscode.WebviewView): void {
    this.view?.dispose();
    const view = new QuizWebview(webviewView.webview, this.extensionUri, this.service, { ...this.options, layout: 'sidebar' });
    this.view = view;
    webviewView.onDidDispose(() => {
      if (this.view === view) this.view = undefined;
      view.dispose();
    });
    webviewView.onDidChangeVisibility(() => {
      if (webviewView.visible) void view.post();
    });
    for (const resolve of this.waiting.splice(0)) resolve(view);
  }

  dispose(): void {
    this.view?.dispose();
  }
}
