/**
 * A quiz question: what the generator produces and the UIs show.
 *
 * Pure data. A question is one card: its id is the id of the fact it asks about, so the
 * card's schedule survives edits elsewhere in the notes (see followFacts.ts for edits of the
 * fact itself). Lines are 0-based here, like the notes model.
 */
import type { NotesOrigin } from '../notes/model';

export type QuestionKind = 'cloze' | 'choice' | 'order' | 'service';

export interface Question {
  /** The card id: the id of the fact asked about. */
  readonly id: string;
  readonly kind: QuestionKind;
  /** What is asked; never contains the answer (see giveAway.ts). */
  readonly prompt: string;
  /** The expected answer; for `order`, the items in order joined by " → ". */
  readonly answer: string;
  /** `choice` and `service`: the options (answer included), shuffled per card; `order`: the items shuffled. */
  readonly choices: readonly string[];
  /** Canonical service of the fact's section (used by the service filter). */
  readonly service: string;
  readonly breadcrumb: string;
  readonly file: string;
  readonly line: number;
  /** The user's own notes or the bundled pack: the user's new cards come first. */
  readonly origin: NotesOrigin;
}

/** Joins the items of an ordering question into its answer. */
export const ORDER_SEPARATOR = ' → ';
