/**
 * How far a typed word is from a vocabulary word, counting a swap of two adjacent letters as
 * one edit like a dropped, doubled or wrong letter (Damerau–Levenshtein, optimal string
 * alignment): "kinessi" is one edit from "kinesis", not two.
 */

/** Most edits a typo may have: one in a short word, two in a word of this many letters or more. */
const LONG_WORD = 8;

export function typoBudget(word: string): number {
  return word.length >= LONG_WORD ? 2 : 1;
}

/** The edits between `a` and `b`, or `limit + 1` as soon as they are known to be more than `limit`. */
export function typoDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the dynamic programme: the one before the previous one holds the swaps.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, before[j - 2] + 1);
      row[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return limit + 1;
    [before, previous, row] = [previous, row, before];
  }
  return Math.min(previous[b.length], limit + 1);
}
