// The extension's exports, typed for the notes and lookup tests.
import type { AwsNotesApi } from '../../../src/vscode/extension';
import { activateExtension } from './helpers';

export async function notesApi(): Promise<AwsNotesApi> {
  return (await activateExtension()).exports as AwsNotesApi;
}
