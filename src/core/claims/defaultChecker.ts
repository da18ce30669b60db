import { CLAIMS } from './catalog';
import { NotesChecker } from './checkNotes';

let checker: NotesChecker | undefined;

/** The checker of the whole catalog, prepared on first use (every host shares it). */
export function defaultChecker(): NotesChecker {
  return (checker ??= new NotesChecker(CLAIMS));
}
