import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeNotesBytes } from '../core/notes/decodeNotes';
import { NotesIndex } from '../core/notes/notesIndex';
import { parseNotes } from '../core/notes/parseNotes';
import type { NotesOrigin } from '../core/notes/model';
import type { ParsedArgs } from './args';
import type { CliIo } from './io';

export const BUNDLED_PACK_RELATIVE = path.join('notes', 'aws-notes-pack.txt');

/** The bundled pack beside the CLI: `dist/cli.js` → `../notes/…` (or from `src/cli` in tests). */
export function bundledPackPath(): string {
  let dir = __dirname;
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, BUNDLED_PACK_RELATIVE);
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return path.join(__dirname, '..', BUNDLED_PACK_RELATIVE);
}

/**
 * The notes a command works on: the files given (positionals for `index`, `--notes` for the
 * others), or the bundled pack when none are given; `--bundled` adds the pack to given files.
 * A file that cannot be read is reported on stderr and skipped, never fatal.
 */
export function loadNotes(files: readonly string[], args: ParsedArgs, io: CliIo): NotesIndex {
  return loadNotesWithText(files, args, io).index;
}

/** `loadNotes`, with the text of each file read (for commands that point into the lines). */
export function loadNotesWithText(files: readonly string[], args: ParsedArgs, io: CliIo): { index: NotesIndex; texts: Map<string, string> } {
  const index = new NotesIndex();
  const texts = new Map<string, string>();
  const wanted: { file: string; origin: NotesOrigin }[] = files.map((file) => ({ file, origin: 'user' }));
  if (files.length === 0 || args.flags.has('bundled')) wanted.push({ file: bundledPackPath(), origin: 'bundled' });
  for (const { file, origin } of wanted) {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      io.err(`aws-notes: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      continue;
    }
    const decoded = decodeNotesBytes(bytes);
    if ('error' in decoded) {
      io.err(`aws-notes: skipped ${file}: it ${decoded.error}`);
      continue;
    }
    index.setFile(parseNotes(file, decoded.text, origin));
    texts.set(file, decoded.text);
  }
  return { index, texts };
}
