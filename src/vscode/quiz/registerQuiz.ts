import * as vscode from 'vscode';
import { certificationById } from '../../core/quiz/exam/examDomains';
import { isQuizRating } from '../../core/quiz/scheduler';
import type { NotesService } from '../notes/notesService';
import { fileQuizFilter, preferFileFilter } from './quizMeOnFile';
import { QuizPanel } from './quizPanel';
import { QuizService } from './quizService';
import { ReviewLogFile } from './reviewLogFile';
import { registerQuizStatistics, type QuizStatisticsParts } from './statistics/registerQuizStatistics';
import { QUIZ_SIDEBAR_VIEW_ID, QuizSidebar } from './quizSidebar';
import { QuizStatusBar, START_QUIZ_COMMAND } from './quizStatusBar';
import type { ExamSettings } from './quizWebview';

/** The quiz's parts, returned for the workbench tests. */
export interface Quiz extends QuizStatisticsParts {
  readonly service: QuizService;
  readonly panel: QuizPanel;
  readonly sidebar: QuizSidebar;
  readonly statusBar: QuizStatusBar;
}

function examSettings(): ExamSettings {
  const config = vscode.workspace.getConfiguration('awsNotes.quiz');
  const clamp = (value: number, min: number, max: number, fallback: number) => (Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback);
  return {
    questions: clamp(config.get<number>('examQuestions', 20), 1, 200, 20),
    minutes: clamp(config.get<number>('examMinutes', 30), 1, 600, 30),
    certification: certificationById(config.get<string>('certification')).id,
  };
}

/**
 * The quiz: panel (with serializer), sidebar view, status bar item and commands. Grading by
 * key, button or `awsNotes.quiz.grade` goes through the same `QuizWebview.grade`.
 */
export function registerQuiz(context: vscode.ExtensionContext, notes: NotesService): Quiz {
  const service = new QuizService(notes, context.globalState, new ReviewLogFile(context.globalStorageUri));
  const panel = new QuizPanel(context.extensionUri, service, { examSettings });
  const sidebar = new QuizSidebar(context.extensionUri, service, { examSettings, openFullQuiz: () => void panel.show() });
  const statusBar = new QuizStatusBar(service);
  context.subscriptions.push(
    service,
    panel,
    sidebar,
    statusBar,
    vscode.window.registerWebviewViewProvider(QUIZ_SIDEBAR_VIEW_ID, sidebar),
    // Started with an IaC file open: the facts it touches come first among the new cards.
    vscode.commands.registerCommand(START_QUIZ_COMMAND, async () => {
      const document = vscode.window.activeTextEditor?.document;
      return panel.show(document && (await preferFileFilter(service, document)));
    }),
    vscode.commands.registerCommand('awsNotes.quiz.startExam', async () => (await panel.show()).startExam()),
    vscode.commands.registerCommand('awsNotes.quiz.quizMeOnFile', async (uri?: unknown) => {
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('AWS Notes: open an appspec, .ebextensions config, template or policy to be quizzed on it.'));
        return;
      }
      const filter = await fileQuizFilter(service, document);
      if (filter) await panel.show(filter);
    }),
    vscode.commands.registerCommand('awsNotes.quiz.reveal', async () => panel.webview?.reveal()),
    // The keyboard's path too (the webview's keys 1–4 post `grade`, handled by the same method).
    vscode.commands.registerCommand('awsNotes.quiz.grade', async (rating: unknown) => {
      const value = typeof rating === 'string' ? Number(rating) : rating;
      if (!isQuizRating(value) || !panel.webview) return false;
      return panel.webview.grade(value);
    }),
  );
  return { service, panel, sidebar, statusBar, ...registerQuizStatistics(context, service) };
}
