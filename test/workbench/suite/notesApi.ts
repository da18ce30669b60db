// The extension's exports, typed for the notes and lookup tests.
import type { AwsNotesApi } from '../../../src/vscode/extension';
import type { NotesService } from '../../../src/vscode/notes/notesService';
import { activateExtension } from './helpers';

export async function notesApi(): Promise<AwsNotesApi> {
  return (await activateExtension()).exports as AwsNotesApi;
}

/** How long a test waits for a file written in the workspace to reach the index (file events are slow on a busy machine). */
export const FILE_EVENT_TIMEOUT_MS = 20_000;

/** Records the lines the notes service writes to the "AWS Notes" output channel (which the API cannot read back). */
export function captureNotesLog(notes: NotesService): { readonly lines: string[]; restore(): void } {
  const lines: string[] = [];
  const log = notes.log;
  notes.log = (line: string) => {
    lines.push(line);
    log.call(notes, line);
  };
  return { lines, restore: () => (notes.log = log) };
}
