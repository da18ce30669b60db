import * as vscode from 'vscode';
import { EXPORT_ANKI_COMMAND, EXPORT_PROGRESS_COMMAND, QuizExports } from '../export/quizExports';
import type { QuizService } from '../quizService';
import { StatisticsPanel } from './statisticsPanel';

export const SHOW_STATISTICS_COMMAND = 'awsNotes.quiz.showStatistics';

/** The quiz's Statistics view and export commands, returned for the workbench tests. */
export interface QuizStatisticsParts {
  readonly statistics: StatisticsPanel;
  readonly exports: QuizExports;
}

export function registerQuizStatistics(context: vscode.ExtensionContext, service: QuizService): QuizStatisticsParts {
  const statistics = new StatisticsPanel(context.extensionUri, service);
  const exports = new QuizExports(service);
  context.subscriptions.push(
    statistics,
    vscode.commands.registerCommand(SHOW_STATISTICS_COMMAND, () => statistics.show()),
    vscode.commands.registerCommand(EXPORT_PROGRESS_COMMAND, () => exports.exportProgress()),
    vscode.commands.registerCommand(EXPORT_ANKI_COMMAND, () => exports.exportAnki()),
  );
  return { statistics, exports };
}
