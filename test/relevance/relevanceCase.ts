/** The notes a case is run against: the seed notes (skipped when absent), a sample notes file, the bundled pack, or all of them at once. */
export type NotesSource = 'seed' | 'cfn-iam' | 'iac' | 'study' | 'pack' | 'all';

export type Family = 'appspec' | 'ebextensions' | 'cloudformation' | 'iam' | 'lookup';

/** Where an IaC case's cursor is: the file's name (it decides the family) and its text with `‸` at the cursor. */
export interface IacPosition {
  readonly file?: string;
  readonly text?: string;
}

/**
 * One labelled case: where the cursor is (an IaC file with `‸` at the cursor) or what was typed
 * (a lookup query), and the notes a person would point at, as the beginnings of their texts.
 * A result counts when its text, or the text of an item above it (its topic), begins with a label.
 */
export interface RelevanceCase extends IacPosition {
  readonly family: Family;
  readonly name: string;
  readonly notes: NotesSource;
  /** Lookup cases: the query as typed. */
  readonly query?: string;
  readonly expect: readonly string[];
}

export const CURSOR = '‸';
