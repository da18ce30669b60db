/**
 * Edit distance between two strings, a swap of two adjacent letters counted as one edit like a
 * dropped, doubled or wrong letter (optimal string alignment, Damerau–Levenshtein's usual form):
 * "kinessi" is one edit from "kinesis", "Resuorces" one from "Resources". Case-sensitive.
 *
 * With `limit`, the answer is `limit + 1` as soon as the distance is known to be more than
 * `limit`: lookup compares a typo with every vocabulary word, did-you-mean with every name of a
 * catalog, and most of them are far. Three rolling rows rather than a full matrix, reused.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = [new Uint16Array(cols), new Uint16Array(cols), new Uint16Array(cols)];
  // The row before the previous one holds the swaps (read from the second row on: never before it is written).
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return limit + 1;
    const oldest = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = oldest;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** The three rows, kept from call to call (lookup calls this for every near word of a typo): grown, never shrunk. */
let rows = [new Uint16Array(32), new Uint16Array(32), new Uint16Array(32)];
