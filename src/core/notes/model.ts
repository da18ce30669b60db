/**
 * The notes model: what the parsers produce and the index serves.
 *
 * Pure data, no behaviour. Lines are 0-based here (the CLI and the UI add 1).
 * Text is always the user's text as written (bullet marker and indentation removed,
 * nothing else changed); canonical service names live beside it, never instead of it.
 */

/** Where a note came from: the user's own files, or the pack bundled with the extension. */
export type NotesOrigin = 'user' | 'bundled';

/** A heading of the notes: a service (or a non-service topic such as "Exponential Backoff"). */
export interface ServiceSection {
  /** The heading as written, e.g. "CouldTrail". */
  readonly heading: string;
  /** The canonical service this heading resolves to (e.g. "CloudTrail"), or the heading itself. */
  readonly service: string;
  /** Whether `service` came from the alias table (true) or is the heading as written (false). */
  readonly known: boolean;
  /** The unindented line right under the heading, if any ("ML powered service"). */
  readonly description?: string;
  readonly file: string;
  readonly line: number;
  /** Ids of the top-level facts of this section, in source order. */
  readonly factIds: readonly string[];
}

/** One item of the notes (a bullet, a numbered item, a markdown list item or paragraph). */
export interface Fact {
  /**
   * Stable id: derived from the file, the service, the ancestor texts and the fact's own text
   * (plus an occurrence counter for exact duplicates), never from the line number, so it
   * survives edits elsewhere in the file.
   */
  readonly id: string;
  /** Canonical service of the section the fact is in. */
  readonly service: string;
  /** The section heading as written. */
  readonly heading: string;
  /** Texts of the ancestor items between the heading and this fact, outermost first. */
  readonly path: readonly string[];
  /** "DynamoDB › Limitations" — the heading as written, then `path`. */
  readonly breadcrumb: string;
  /** The item's text as written, marker removed. */
  readonly text: string;
  /** For `A→B` and `A: B` items: A. */
  readonly term?: string;
  /** For `A→B` and `A: B` items: B (may be empty, e.g. "Hibernation→"). */
  readonly definition?: string;
  /** Code lines (e.g. a column-0 JSON `"Condition"` block) that belong to this item, as written. */
  readonly code?: string;
  /** The marker the item used: '•', '-', '*', '1.' …, or '' for a paragraph. */
  readonly marker: string;
  /** Whether the item is numbered ("1.", "2)"), i.e. part of an explicitly ordered list. */
  readonly numbered: boolean;
  /** Nesting depth below the heading: 0 for a top-level item. */
  readonly depth: number;
  readonly parentId?: string;
  readonly childIds: readonly string[];
  readonly file: string;
  /** First line of the item (0-based). */
  readonly line: number;
  /** Last line that belongs to the item itself (its code included, its children not). */
  readonly endLine: number;
  readonly origin: NotesOrigin;
}

/** The parse of one notes file. */
export interface ParsedNotes {
  readonly file: string;
  readonly origin: NotesOrigin;
  readonly sections: readonly ServiceSection[];
  /** Every fact of the file in source order. */
  readonly facts: readonly Fact[];
  /** 0-based lines that are not blank and that no node claims (must be empty for a lossless parse). */
  readonly unmappedLines: readonly number[];
  /** Number of non-blank lines in the file. */
  readonly nonBlankLines: number;
}

/** A service as the index sees it across every file: all headings that resolve to it. */
export interface ServiceSummary {
  /** Canonical name, e.g. "CloudTrail". */
  readonly name: string;
  /** Other names it is known by (the alias table's, plus the headings users wrote). */
  readonly aliases: readonly string[];
  readonly factCount: number;
}
