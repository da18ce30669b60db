import * as vscode from 'vscode';
import { ankiExportText, examDomainTags } from '../../../core/quiz/anki/ankiExport';
import { progressExportText } from '../../../core/quiz/progressExport';
import type { QuizService } from '../quizService';
import { writeChosenFile } from './writeChosenFile';

/** Asks where to save: the save dialog, or in the workbench tests a chosen URI (a seam, not a mock). */
export type ChooseTarget = (options: vscode.SaveDialogOptions) => Thenable<vscode.Uri | undefined>;

export const EXPORT_PROGRESS_COMMAND = 'awsNotes.quiz.exportProgress';
export const EXPORT_ANKI_COMMAND = 'awsNotes.quiz.exportAnki';

/**
 * "Export Quiz Progress" (JSON: schedule, review log, statistics) and "Export Quiz to Anki"
 * (a text file for Anki's File › Import). Each writes only the file the user picked.
 */
export class QuizExports {
  chooseTarget: ChooseTarget = (options) => vscode.window.showSaveDialog(options);

  constructor(private readonly service: QuizService) {}

  /** Resolves to the file written, or undefined when the user cancelled. */
  async exportProgress(): Promise<vscode.Uri | undefined> {
    await this.service.ready();
    const text = progressExportText(this.service.progress(), this.service.log(), this.service.statistics(), this.service.now());
    return this.save('aws-notes-quiz-progress.json', { [vscode.l10n.t('JSON')]: ['json'] }, text, vscode.l10n.t('Export Progress'));
  }

  async exportAnki(): Promise<vscode.Uri | undefined> {
    await this.service.ready();
    const questions = this.service.questions();
    if (questions.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('AWS Notes: the notes have no facts specific enough to make cards of.'));
      return undefined;
    }
    return this.save('aws-notes-anki.txt', { [vscode.l10n.t('Text for Anki')]: ['txt'] }, ankiExportText(questions, { domainOf: examDomainTags(this.service.certification()) }), vscode.l10n.t('Export to Anki'));
  }

  private async save(name: string, filters: Record<string, string[]>, text: string, saveLabel: string): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await this.chooseTarget({ defaultUri: folder && vscode.Uri.joinPath(folder, name), filters, saveLabel });
    if (!target) return undefined;
    try {
      await writeChosenFile(target, text);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('AWS Notes: could not write {0}: {1}', target.toString(true), error instanceof Error ? error.message : String(error)));
      return undefined;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('AWS Notes: wrote {0}.', target.toString(true)));
    return target;
  }
}
