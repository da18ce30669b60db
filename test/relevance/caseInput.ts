import * as fs from 'node:fs';
import * as path from 'node:path';
import { analysisOf, hoverAt, type Analysis } from '../../src/core/analysis/analyze';
import type { NotesQuery, Position } from '../../src/core/analysis/types';
import type { NotesOrigin } from '../../src/core/notes/model';
import { NotesIndex } from '../../src/core/notes/notesIndex';
import { parseNotes } from '../../src/core/notes/parseNotes';
import { CURSOR, type IacPosition, type NotesSource } from './relevanceCase';

/**
 * What a case is run on, without any ranking: its notes, and for an IaC case the analysis of its
 * file and the hover's notes query at the cursor. Shared by the measure and by the labels' checks.
 */

const ROOT = path.join(__dirname, '..', '..');
interface NotesFile {
  readonly file: string;
  readonly origin: NotesOrigin;
}

const SEED: NotesFile = { file: path.join(ROOT, '..', 'shared', 'seed-notes', 'aws-developer-notes.txt'), origin: 'user' };
const CFN_IAM: NotesFile = { file: path.join(ROOT, 'samples', 'notes', 'cfn-iam-notes.txt'), origin: 'user' };
const IAC: NotesFile = { file: path.join(ROOT, 'samples', 'notes', 'iac-notes.txt'), origin: 'user' };
const STUDY: NotesFile = { file: path.join(ROOT, 'samples', 'notes', 'study-notes.txt'), origin: 'user' };
const PACK: NotesFile = { file: path.join(ROOT, 'notes', 'aws-notes-pack.txt'), origin: 'bundled' };

/** The files of each source; `all` is a learner with every notes file of ours open beside the pack (the precision set's notes). */
const NOTES_FILES: Record<NotesSource, readonly NotesFile[]> = {
  seed: [SEED],
  'cfn-iam': [CFN_IAM],
  iac: [IAC],
  study: [STUDY],
  pack: [PACK],
  all: [SEED, CFN_IAM, IAC, STUDY, PACK],
};

const indexes = new Map<NotesSource, NotesIndex | undefined>();

/** The notes of a source, or undefined when one of its files is absent (the seed notes outside this machine). */
export function notesOf(source: NotesSource): NotesIndex | undefined {
  if (!indexes.has(source)) {
    const files = NOTES_FILES[source];
    const index = files.every(({ file }) => fs.existsSync(file)) ? new NotesIndex() : undefined;
    for (const { file, origin } of files) index?.setFile(parseNotes(file, fs.readFileSync(file, 'utf8'), origin));
    indexes.set(source, index);
  }
  return indexes.get(source);
}

/** An IaC case's file: its text without the cursor mark, and where the mark was. */
export function markedFile(testCase: IacPosition): { text: string; offset: number; position: Position } {
  const marked = testCase.text ?? '';
  const offset = marked.indexOf(CURSOR);
  const text = offset < 0 ? marked : marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
  const before = text.slice(0, Math.max(offset, 0)).split('\n');
  return { text, offset, position: { line: before.length - 1, character: before[before.length - 1].length } };
}

/** The analysis of an IaC case's file (undefined when it is not one of ours). */
export function analysisOfCase(testCase: IacPosition): Analysis | undefined {
  return analysisOf(testCase.file ?? '', markedFile(testCase).text);
}

/** What the hover at the cursor asks the notes, or undefined when there is no hover or it asks nothing. */
export function hoverQueryOf(testCase: IacPosition): NotesQuery | undefined {
  const analysis = analysisOfCase(testCase);
  return analysis && hoverAt(analysis, markedFile(testCase).position)?.notes;
}
