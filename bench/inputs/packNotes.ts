import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ParsedNotes } from '../../src/core/notes/model';
import { parseNotes } from '../../src/core/notes/parseNotes';

export const PACK_PATH = path.resolve(__dirname, '../../notes/aws-notes-pack.txt');

/** The bundled notes pack, as text and parsed. */
export function readPack(): { text: string; parsed: ParsedNotes } {
  const text = fs.readFileSync(PACK_PATH, 'utf8');
  return { text, parsed: parseNotes(PACK_PATH, text, 'bundled') };
}
