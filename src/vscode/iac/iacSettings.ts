import * as vscode from 'vscode';
import type { FileFamily } from '../../core/analysis/types';

/** The setting that turns each family off: `awsNotes.appspec.enable`, …, `awsNotes.iam.enable`. */
const SETTING_OF_FAMILY: Record<FileFamily, string> = {
  appspec: 'appspec.enable',
  ebextensions: 'ebextensions.enable',
  cloudformation: 'cloudformation.enable',
  'iam-policy': 'iam.enable',
};

export function isFamilyEnabled(family: FileFamily, scope?: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('awsNotes', scope).get<boolean>(SETTING_OF_FAMILY[family], true);
}

/** `awsNotes.maxFileSize` (MB) in characters: larger documents are left alone. */
export function maxFileChars(scope?: vscode.Uri): number {
  const megabytes = vscode.workspace.getConfiguration('awsNotes', scope).get<number>('maxFileSize', 5);
  return Math.max(0, megabytes) * 1_000_000;
}

/** `awsNotes.lint.ignore`: the rule ids silenced in every file (anything but strings is dropped). */
export function ignoredRules(scope?: vscode.Uri): string[] {
  const value = vscode.workspace.getConfiguration('awsNotes', scope).get<unknown>('lint.ignore', []);
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** Whether a change of settings changes what is analysed or reported. */
export function affectsFamilySettings(event: vscode.ConfigurationChangeEvent): boolean {
  return [...Object.values(SETTING_OF_FAMILY), 'maxFileSize', 'lint.ignore'].some((setting) => event.affectsConfiguration(`awsNotes.${setting}`));
}
