/**
 * `about` entries shared by claims of several services.
 *
 * LIMIT_WORDS: for a subject with a documented default and range (a retention period, a timeout),
 * the note must say it states a default or a limit: "I set the retention to 7 days" is a choice
 * inside the range, not a contradiction.
 */
export const LIMIT_WORDS = 'default|by default|max|maximum|up to|min|minimum|at most|at least|limit|limits|range|between';
