/**
 * "Did you mean" for every family: the closest candidate by edit distance (optimal string
 * alignment: insertions, deletions, substitutions and swaps of neighbours), case-insensitive.
 */
import { editDistance } from '../util/editDistance';

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
