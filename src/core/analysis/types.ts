/**
 * The contract between the document analysis (pure core) and its hosts (VS Code, CLI, tests).
 * Positions are 0-based; hosts convert (the CLI prints 1-based lines and columns).
 */

/** Which kind of IaC file a document is. */
export type FileFamily = 'appspec' | 'ebextensions' | 'cloudformation' | 'iam-policy';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

export interface AnalysisDiagnostic {
  readonly range: Range;
  readonly severity: Severity;
  readonly message: string;
  /** Stable machine code, e.g. "appspec/reserved-hook", shown as `[code]` by the CLI. */
  readonly code: string;
}

/**
 * What the notes part of a hover or completion should look for: what the cursor is about, as
 * the analyzer says it (service, terms most specific first, words around them). It is ranked by
 * the search engine (`src/core/search/`), so the type lives there.
 */
export type { NotesQuery } from '../search/relevanceQuery';
import type { NotesQuery } from '../search/relevanceQuery';

export interface HoverInfo {
  readonly range: Range;
  /** The reference entry as markdown: what it is, allowed values, order/position. */
  readonly reference: string;
  /** The AWS documentation page the entry comes from; every hover shows it. */
  readonly docsUrl: string;
  readonly notes?: NotesQuery;
}

export type CompletionKind = 'property' | 'value' | 'event' | 'function' | 'keyword' | 'type' | 'snippet';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  /** One line shown beside the label. */
  readonly detail?: string;
  /** Markdown documentation of the item (the reference part; hosts add notes from `notes`). */
  readonly documentation?: string;
  readonly docsUrl?: string;
  /** Text to insert; a VS Code snippet string when `isSnippet` (`${1|a,b|}` choices allowed). */
  readonly insertText?: string;
  readonly isSnippet?: boolean;
  /** Keeps catalog order (e.g. lifecycle order) in the UI. */
  readonly sortText?: string;
  /** What typing matches, when more than the label (a snippet's other prefixes). */
  readonly filterText?: string;
  /** The range the item replaces (the word being typed); the host's default word range if absent. */
  readonly range?: Range;
  readonly notes?: NotesQuery;
}

/** What lint may ask of its host: the analysis itself never touches a file system. */
export interface LintContext {
  /** Whether a file exists, relative to the analysed document's folder (for appspec `location`). */
  fileExists?(relativePath: string): Promise<boolean>;
  /** Whether the host has stopped wanting the diagnostics (a newer edit): lint then ends early. */
  isCancelled?(): boolean;
  /** Rule ids the user silenced everywhere (`awsNotes.lint.ignore`); the file's own silences apply too. */
  readonly ignore?: readonly string[];
}
