/**
 * "Did you mean" for every family: the closest candidate by edit distance (optimal string
 * alignment: insertions, deletions, substitutions and swaps of neighbours), case-insensitive.
 */

/**
 * Edit distance between two strings, adjacent swaps counted as one edit. Three rolling rows
 * rather than a full matrix: closestMatch runs it over every resource type name (~1,500) while a
 * template is being linted.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const cols = b.length + 1;
  let beforePrevious = new Uint16Array(cols);
  let previous = Uint16Array.from({ length: cols }, (_, j) => j);
  let current = new Uint16Array(cols);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length];
}

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo: at most a third of
 * the word's length in edits (at least 1, at most 4). A case-only difference always matches.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.min(4, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    // The distance is at least the difference in length: such a candidate can neither beat the
    // best so far nor be close enough, so its distance need not be computed.
    const lengthGap = Math.abs(candidate.length - word.length);
    if (lengthGap > limit || lengthGap >= bestDistance) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** ` Did you mean "X"?` to append to a message, or '' when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? '' : ` Did you mean "${match}"?`;
}
