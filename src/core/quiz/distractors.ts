import { normalizeAnswer } from './giveAway';
import { hashString } from './seededRandom';

export interface DistractorRules {
  /** Candidates never to offer (e.g. ones the prompt already shows). */
  readonly excluded?: (candidate: string) => boolean;
  /** When two texts are the same choice; case and spacing are ignored by default. */
  readonly sameAs?: (text: string) => string;
}

/**
 * Picks `count` distractors for `answer` from candidate pools, nearest pool first (siblings,
 * then the same service, then everywhere), skipping repeats, the answer itself and excluded
 * candidates. Within a pool the order is a hash of the card id and the candidate, so it is
 * deterministic but not biased to source order. Returns [] when `count` cannot be reached.
 */
export function pickDistractors(
  cardId: string,
  answer: string,
  pools: readonly (readonly string[])[],
  count: number,
  { excluded = () => false, sameAs = normalizeAnswer }: DistractorRules = {},
): string[] {
  const taken = new Set([sameAs(answer)]);
  const picked: string[] = [];
  for (const pool of pools) {
    const ordered = pool
      .map((candidate) => ({ candidate, rank: hashString(cardId + candidate) }))
      .sort((a, b) => a.rank - b.rank || a.candidate.localeCompare(b.candidate))
      .map(({ candidate }) => candidate);
    for (const candidate of ordered) {
      if (picked.length === count) return picked;
      const key = sameAs(candidate);
      if (taken.has(key) || excluded(candidate)) continue;
      taken.add(key);
      picked.push(candidate);
    }
  }
  return picked.length === count ? picked : [];
}
