import * as fs from 'node:fs';
import * as path from 'node:path';
import { analysisOf, hoverAt, type Analysis } from '../../src/core/analysis/analyze';
import type { NotesQuery, Position } from '../../src/core/analysis/types';
import type { NotesOrigin } from '../../src/core/notes/model';
import { NotesIndex } from '../../src/core/notes/notesIndex';
import { parseNotes } from '../../src/core/notes/parseNotes';
import { CURSOR, type NotesSource, type RelevanceCase } from './relevanceCase';

/**
 * What a case is run on, without any ranking: its notes, and for an IaC case the analysis of its
 * file and the hover's notes query at the cursor. Shared by the measure and by the labels' checks.
 */

const ROOT = path.join(__dirname, '..', '..');
const NOTES_FILES: Record<NotesSource, { file: string; origin: NotesOrigin }> = {
  seed: { file: path.join(ROOT, '..', 'shared', 'seed-notes', 'aws-developer-notes.txt'), origin: 'user' },
  'cfn-iam': { file: path.join(ROOT, 'samples', 'notes', 'cfn-iam-notes.txt'), origin: 'user' },
  iac: { file: path.join(ROOT, 'samples', 'notes', 'iac-notes.txt'), origin: 'user' },
  study: { file: path.join(ROOT, 'samples', 'notes', 'study-notes.txt'), origin: 'user' },
  pack: { file: path.join(ROOT, 'notes', 'aws-notes-pack.txt'), origin: 'bundled' },
};

const indexes = new Map<NotesSource, NotesIndex | undefined>();

/** The notes of a source, or undefined when its file is absent (the seed notes outside this machine). */
export function notesOf(source: NotesSource): NotesIndex | undefined {
  if (!indexes.has(source)) {
    const { file, origin } = NOTES_FILES[source];
    const index = fs.existsSync(file) ? new NotesIndex() : undefined;
    index?.setFile(parseNotes(file, fs.readFileSync(file, 'utf8'), origin));
    indexes.set(source, index);
  }
  return indexes.get(source);
}

/** An IaC case's file: its text without the cursor mark, and where the mark was. */
export function markedFile(testCase: RelevanceCase): { text: string; offset: number; position: Position } {
  const marked = testCase.text ?? '';
  const offset = marked.indexOf(CURSOR);
  const text = offset < 0 ? marked : marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
  const before = text.slice(0, Math.max(offset, 0)).split('\n');
  return { text, offset, position: { line: before.length - 1, character: before[before.length - 1].length } };
}

/** The analysis of an IaC case's file (undefined when it is not one of ours). */
export function analysisOfCase(testCase: RelevanceCase): Analysis | undefined {
  return analysisOf(testCase.file ?? '', markedFile(testCase).text);
}

/** What the hover at the cursor asks the notes, or undefined when there is no hover or it asks nothing. */
export function hoverQueryOf(testCase: RelevanceCase): NotesQuery | undefined {
  const analysis = analysisOfCase(testCase);
  return analysis && hoverAt(analysis, markedFile(testCase).position)?.notes;
}
