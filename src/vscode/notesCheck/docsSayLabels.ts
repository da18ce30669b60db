import * as vscode from 'vscode';
import type { DocsSayLabels } from './docsSayHtml';

/** The words around a notes-check warning in the webviews, translated. */
export function docsSayLabels(): DocsSayLabels {
  return { region: vscode.l10n.t('Notes check'), link: vscode.l10n.t('AWS documentation') };
}
