/**
 * `about` entries shared by claims of several services.
 *
 * LIMIT_WORDS: for a subject with a documented default and range (a retention period, a timeout),
 * the note must say it states a default or a limit: "I set the retention to 7 days" is a choice
 * inside the range, not a contradiction.
 */
export const LIMIT_WORDS = 'default|by default|max|maximum|up to|min|minimum|at most|at least|limit|limits|range|between';

/**
 * Qualifiers of scoped figures (`QuantityClaim.scoped`), read in the note's own clause: not
 * "min", which is also the unit in "1 min".
 */
export const DEFAULT_WORDS = 'default|by default|defaults';
export const MAXIMUM_WORDS = 'max|maximum|up to|at most|longest|largest|highest|limit|limited';
export const MINIMUM_WORDS = 'minimum|at least|shortest|smallest|lowest';

/** Shorthand of study notes, read as the word claims are written with ("msg size" is "message size"). */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  msg: 'message',
  msgs: 'message',
  dedup: 'deduplication',
  dedupe: 'deduplication',
  config: 'configuration',
};
