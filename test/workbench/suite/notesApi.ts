// The extension's exports, typed for the notes and lookup tests.
import type { AwsNotesApi } from '../../../src/vscode/extension';
import { activateExtension } from './helpers';

export async function notesApi(): Promise<AwsNotesApi> {
  return (await activateExtension()).exports as AwsNotesApi;
}

/** How long a test waits for a file written in the workspace to reach the index (file events are slow on a busy machine). */
export const FILE_EVENT_TIMEOUT_MS = 20_000;
