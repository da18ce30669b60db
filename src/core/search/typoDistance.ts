/**
 * How many edits a typed word may be from a vocabulary word and still be read as it (the
 * distance itself is `editDistance`, which counts a swap of neighbours as one edit).
 */

/** Most edits a typo may have: one in a short word, two in a word of this many letters or more. */
const LONG_WORD = 8;

export function typoBudget(word: string): number {
  return word.length >= LONG_WORD ? 2 : 1;
}
