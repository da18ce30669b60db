import type { NotesQuery } from '../../core/search/relevanceQuery';

export const LOOK_UP_FACT_COMMAND = 'awsNotes.lookUpFact';
/** A catalog summary with its values runs to a few hundred characters; a command link may be anyone's. */
const MAX_DESCRIPTION_LENGTH = 2_000;

/** What a hover's "N more in your notes…" hands the lookup: the words it fills in, and the hover's query. */
export interface HoverLookUp {
  readonly text: string;
  readonly query: NotesQuery;
}

/** The command link of "N more in your notes…": Look Up Fact with the query as words, ranked by the hover's query. */
export function moreNotesLink(text: string, query: NotesQuery): string {
  const argument: HoverLookUp = { text, query };
  // Parentheses too (a description's "(magnetic)"): `encodeURIComponent` leaves them, and the first ")" would end the markdown link.
  return `command:${LOOK_UP_FACT_COMMAND}?${encodeURIComponent(JSON.stringify([argument])).replace(/\(/g, '%28').replace(/\)/g, '%29')}`;
}

/**
 * The lookup command's argument, checked: a query string (keybindings, other extensions), a
 * hover's `{ text, query }`, or anything else (the palette passes nothing) as an empty lookup.
 */
export function lookUpArgument(argument: unknown): { text: string; hover?: HoverLookUp } {
  if (typeof argument === 'string') return { text: argument };
  if (!isHoverLookUp(argument)) return { text: '' };
  return { text: argument.text, hover: argument };
}

function isHoverLookUp(value: unknown): value is HoverLookUp {
  if (typeof value !== 'object' || value === null) return false;
  const { text, query } = value as { text?: unknown; query?: unknown };
  if (typeof text !== 'string' || typeof query !== 'object' || query === null) return false;
  const { service, terms, context, services, describedAs, within } = query as { service?: unknown; terms?: unknown; context?: unknown; services?: unknown; describedAs?: unknown; within?: unknown };
  const name = (item: unknown) => typeof item === 'string' && item.length <= 200;
  const strings = (list: unknown) => Array.isArray(list) && list.length <= 16 && list.every(name);
  const description = describedAs === undefined || (typeof describedAs === 'string' && describedAs.length <= MAX_DESCRIPTION_LENGTH);
  return typeof service === 'string' && strings(terms) && (context === undefined || strings(context)) && (services === undefined || strings(services)) && (within === undefined || name(within)) && description;
}
