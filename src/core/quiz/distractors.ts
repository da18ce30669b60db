import { normalizeAnswer } from './giveAway';
import { hashString } from './seededRandom';

/**
 * Picks `count` distractors for `answer` from candidate pools, nearest pool first (siblings,
 * then the same service, then everywhere), skipping repeats and anything equal to the answer
 * or to a value `excluded` says is also right. Within a pool the order is a hash of the card id
 * and the candidate, so it is deterministic but not biased to source order.
 */
export function pickDistractors(
  cardId: string,
  answer: string,
  pools: readonly (readonly string[])[],
  count: number,
  excluded: (candidate: string) => boolean = () => false,
): string[] {
  const taken = new Set([normalizeAnswer(answer)]);
  const picked: string[] = [];
  for (const pool of pools) {
    const ordered = [...pool].sort((a, b) => hashString(cardId + a) - hashString(cardId + b) || a.localeCompare(b));
    for (const candidate of ordered) {
      if (picked.length === count) return picked;
      const key = normalizeAnswer(candidate);
      if (taken.has(key) || excluded(candidate)) continue;
      taken.add(key);
      picked.push(candidate);
    }
  }
  return picked.length === count ? picked : [];
}
