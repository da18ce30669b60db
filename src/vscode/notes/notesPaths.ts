/**
 * How the `awsNotes.notesFiles` entries and `Fact.file` strings are read: plain string rules,
 * no `vscode` import, so they are unit-tested on their own.
 */

/** Extensions of files the notes parsers read (outline text or markdown). */
const NOTES_FILE = /\.(txt|md|markdown)$/i;
const GLOB_CHARS = /[*?{}[\]]/;

/** `/home/me/notes.txt`, `C:\notes.txt`, `\\server\notes.txt`. */
export function isAbsolutePath(path: string): boolean {
  return /^(\/|[a-zA-Z]:[\\/]|\\\\)/.test(path);
}

/** `vscode-test-web://mount/notes.txt`, `file:///…` (a drive letter is not a scheme). */
export function hasUriScheme(path: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(path) && !isAbsolutePath(path);
}

export function isNotesPath(path: string): boolean {
  return NOTES_FILE.test(path);
}

export function hasGlob(path: string): boolean {
  return GLOB_CHARS.test(path);
}

/** `./notes\\aws.txt` → ['notes', 'aws.txt']: either separator, no empty or `.` segments. */
export function pathSegments(path: string): string[] {
  return path.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
}

/** `notes/**\/*.md` → dir ['notes'], rest ['**', '*.md']: a watcher's base is the glob-free part. */
export function splitAtGlob(parts: readonly string[]): { dir: string[]; rest: string[] } {
  const firstGlob = parts.findIndex((part) => hasGlob(part));
  const cut = firstGlob === -1 ? parts.length - 1 : firstGlob;
  return { dir: parts.slice(0, cut), rest: parts.slice(cut) };
}
