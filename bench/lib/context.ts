import type { ParsedNotes } from '../../src/core/notes/model';
import type { Report } from './report';

/** How many repetitions: `--quick` trades stability for time (for trying the bench out). */
export interface Scale {
  /** Runs of a cheap one-shot operation (median taken). */
  readonly smallRuns: number;
  /** Runs of a costly one-shot operation (10 MB of notes, 50,000-line templates). */
  readonly bigRuns: number;
  /** Distinct lookup queries timed per corpus. */
  readonly queries: number;
  /** Rounds over every hover/completion position. */
  readonly rounds: number;
}

export interface BenchContext {
  readonly report: Report;
  readonly pack: { readonly text: string; readonly parsed: ParsedNotes };
  readonly scale: Scale;
}
