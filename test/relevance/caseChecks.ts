import { familyOfName } from '../../src/core/analysis/detectFamily';
import type { FileFamily } from '../../src/core/analysis/types';
import { analysisOfCase, hoverQueryOf, markedFile, notesOf } from './caseInput';
import { CURSOR, type Family, type IacPosition, type NotesSource } from './relevanceCase';

/**
 * Checks of a labelled case that rank nothing, shared by the relevance set's and the precision
 * set's label tests: what a label names, the name under the cursor, and whether an IaC position
 * is a file of its family with one cursor on something whose hover asks the notes.
 */

const ANALYZED_AS: Record<Exclude<Family, 'lookup'>, FileFamily> = {
  appspec: 'appspec',
  ebextensions: 'ebextensions',
  cloudformation: 'cloudformation',
  iam: 'iam-policy',
};

/** File names of the families that are told by content: templates and policies. */
const CONTENT_FAMILY_NAME = /\.(ya?ml|json|template)$/i;

/** The notes a label names: the facts (items or topics) whose text begins with it. */
export function factsNamed(notes: NotesSource, label: string): string[] {
  return (notesOf(notes)?.facts() ?? []).filter((fact) => fact.text.startsWith(label)).map((fact) => fact.text);
}

/** The labels of a case that begin no note of its notes (none when those notes are absent: the case is skipped). */
export function unknownLabels(name: string, notes: NotesSource, labels: readonly string[]): string[] {
  if (!notesOf(notes)) return [];
  return labels.filter((label) => factsNamed(notes, label).length === 0).map((label) => `${name}: "${label}" begins no note of ${notes}`);
}

/** The name the cursor is in (`aws:PrincipalOrg‸ID` → aws:PrincipalOrgID), to tell two cases on one name apart. */
export function nameAtCursor(position: IacPosition): string {
  const { text, offset } = markedFile(position);
  const isNameChar = (char: string | undefined) => char !== undefined && /[\w:!.$\-]/.test(char);
  let start = offset;
  let end = offset;
  while (isNameChar(text[start - 1])) start--;
  while (isNameChar(text[end])) end++;
  return text.slice(start, end).replace(/[:.]+$/, '');
}

/** What is wrong with an IaC position of a family: its cursor marks, its file's name, how it is analysed, its hover. */
export function wrongIacPosition(name: string, family: Exclude<Family, 'lookup'>, position: IacPosition): string[] {
  const wrong: string[] = [];
  const marks = (position.text ?? '').split(CURSOR).length - 1;
  if (marks !== 1) wrong.push(`${name}: ${marks} cursor marks`);
  const expected = ANALYZED_AS[family];
  const named = familyOfName(position.file ?? '');
  if (named !== undefined ? named !== expected : !CONTENT_FAMILY_NAME.test(position.file ?? '')) wrong.push(`${name}: ${position.file} is not named like a file of ${family}`);
  const analysed = analysisOfCase(position)?.family;
  if (analysed !== expected) wrong.push(`${name}: analysed as ${analysed ?? 'nothing'}, not ${expected}`);
  else if (!hoverQueryOf(position)) wrong.push(`${name}: no hover asks the notes at ‸${nameAtCursor(position)}`);
  return wrong;
}
