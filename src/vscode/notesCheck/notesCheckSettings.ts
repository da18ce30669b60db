import * as vscode from 'vscode';
import type { CheckOptions } from '../../core/claims/checkNotes';
import { SETTINGS_SECTION } from '../notes/notesSettings';

export const IGNORE_NOTES_SETTING = 'notesCheck.ignoreNotes';

/** `awsNotes.notesCheck.*`: whether the check runs, and what the learner silenced. */
export interface NotesCheckSettings extends CheckOptions {
  readonly enable: boolean;
  readonly ignoreClaims: readonly string[];
  readonly ignoreNotes: readonly string[];
}

export function readNotesCheckSettings(): NotesCheckSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return {
    enable: config.get<boolean>('notesCheck.enable', true) !== false,
    ignoreClaims: strings(config.get<unknown>('notesCheck.ignoreClaims', [])),
    ignoreNotes: strings(config.get<unknown>(IGNORE_NOTES_SETTING, [])),
  };
}

/** A hand-edited settings.json may hold anything: keep only the strings. */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

export function affectsNotesCheckSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SETTINGS_SECTION}.notesCheck`);
}

/** Adds `key` to `awsNotes.notesCheck.ignoreNotes` (the workspace's settings when there is a workspace). */
export async function addIgnoredNote(key: string): Promise<void> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const current = strings(config.get<unknown>(IGNORE_NOTES_SETTING, []));
  if (current.includes(key)) return;
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update(IGNORE_NOTES_SETTING, [...current, key], target);
}
