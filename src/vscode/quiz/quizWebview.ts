import * as vscode from 'vscode';
import { QuizSession, type SessionState } from '../../core/quiz/quizSession';
import type { QuizRating } from '../../core/quiz/scheduler';
import { createNotesMarkdown } from '../factCard/markdown';
import { OPEN_NOTE_COMMAND } from '../notes/openNote';
import { quizHtml, quizWebviewOptions } from './quizHtml';
import { parseQuizRequest, type DrawnView, type QuizRequest } from './quizMessages';
import type { QuizService } from './quizService';
import { SHOW_STATISTICS_COMMAND } from './statistics/registerQuizStatistics';
import { quizViewMessage } from './quizViewModel';

/** Exam mode's settings: how many questions, how long, and which exam guide's domains. */
export interface ExamSettings {
  readonly questions: number;
  readonly minutes: number;
  /** `awsNotes.quiz.certification`, e.g. "DVA-C02". */
  readonly certification: string;
}

export interface QuizWebviewOptions {
  readonly layout: 'panel' | 'sidebar';
  readonly examSettings: () => ExamSettings;
  readonly openFullQuiz?: () => void;
}

/** What the webview last reported it drew: proof for tests that it rendered, not just that we sent. */
export interface RenderedState {
  readonly cardId?: string;
  readonly revealed: boolean;
  /** Tag names of the elements the note was drawn as (e.g. p, strong): never script or img. */
  readonly noteTags: readonly string[];
  /** What the page measured of what it drew (header, filter options, colours, layout). */
  readonly drawn?: DrawnView;
}

/**
 * One quiz webview (the panel's or the sidebar's) joined to its session: requests from the
 * webview go to the session, and every change is drawn again. Grading from a key, a button or
 * the `awsNotes.quiz.grade` command all go through `grade()`.
 */
export class QuizWebview implements vscode.Disposable {
  readonly session: QuizSession;
  private lastRendered: RenderedState | undefined;
  private readonly md = createNotesMarkdown();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly webview: vscode.Webview,
    extensionUri: vscode.Uri,
    private readonly service: QuizService,
    private readonly options: QuizWebviewOptions,
    state?: SessionState,
  ) {
    this.session = new QuizSession(service, state);
    webview.options = quizWebviewOptions(extensionUri);
    webview.html = quizHtml(webview, extensionUri, options.layout);
    this.subscriptions.push(
      webview.onDidReceiveMessage((message: unknown) => {
        const request = parseQuizRequest(message);
        if (request) void this.handle(request);
      }),
      service.onDidChange(({ answered }) => {
        this.session.refresh(answered);
        void this.post();
      }),
    );
  }

  /** The HTML shell (what tests inspect for the CSP). */
  get html(): string {
    return this.webview.html;
  }

  get rendered(): RenderedState | undefined {
    return this.lastRendered;
  }

  async grade(rating: QuizRating): Promise<boolean> {
    const graded = await this.session.grade(rating);
    await this.post();
    return graded;
  }

  async choose(index: number): Promise<void> {
    await this.session.choose(index);
    await this.post();
  }

  async reveal(): Promise<void> {
    this.session.reveal();
    await this.post();
  }

  /** Replaces the filter (e.g. "Quiz me on this file") and draws the first card. */
  async setFilter(filter: SessionState['filter']): Promise<void> {
    this.session.setFilter(filter);
    await this.post();
  }

  async startExam(): Promise<void> {
    const { questions, minutes, certification } = this.options.examSettings();
    this.session.startExam(questions, minutes, certification);
    await this.post();
  }

  async post(): Promise<void> {
    await this.service.ready();
    await this.webview.postMessage(quizViewMessage(this.md, this.service, this.session, this.options.layout));
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async handle(request: QuizRequest): Promise<void> {
    switch (request.type) {
      case 'ready':
        return this.post();
      case 'rendered':
        this.lastRendered = { cardId: request.cardId, revealed: request.revealed, noteTags: request.noteTags, ...(request.drawn ? { drawn: request.drawn } : {}) };
        return;
      case 'reveal':
        return this.reveal();
      case 'choose':
        return this.choose(request.index);
      case 'next':
        this.session.next();
        return this.post();
      case 'grade':
        await this.grade(request.rating);
        return;
      case 'openNote': {
        const question = this.service.questions().find((q) => q.id === request.cardId);
        if (question) await vscode.commands.executeCommand(OPEN_NOTE_COMMAND, { file: question.file, line: question.line });
        return;
      }
      case 'filter':
        return this.setFilter(request.service ? { services: [request.service] } : {});
      case 'startExam':
        return this.startExam();
      case 'finishExam':
        this.session.finishExam();
        return this.post();
      case 'leaveExam':
        this.session.leaveExam();
        return this.post();
      case 'openFullQuiz':
        this.options.openFullQuiz?.();
        return;
      case 'showStatistics':
        await vscode.commands.executeCommand(SHOW_STATISTICS_COMMAND);
        return;
    }
  }
}
