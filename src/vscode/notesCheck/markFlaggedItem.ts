import * as vscode from 'vscode';
import { docsSay, findingsOfFact } from '../../core/claims/factFindings';
import type { Fact } from '../../core/notes/model';

/** Marks a Notes view row whose note the notes check flagged: a warning icon, a description and what the docs say. */
export function markFlaggedItem(item: vscode.TreeItem, fact: Fact): void {
  const findings = findingsOfFact(fact);
  if (findings.length === 0) return;
  item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  item.description = vscode.l10n.t('AWS docs disagree');
  if (item.tooltip instanceof vscode.MarkdownString) for (const finding of findings) item.tooltip.appendMarkdown('\n\n').appendText(`⚠ ${docsSay(finding)}`);
}
