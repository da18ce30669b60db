import type { Fact } from '../notes/model';
import type { CardProgress, FactSnapshot, Progress } from './progress';

/** Below this bigram similarity an edited fact is a different fact, and a new card. */
const MIN_SIMILARITY = 0.6;

export function snapshotOf(fact: Fact): FactSnapshot {
  return { file: fact.file, path: fact.path, text: fact.text };
}

function bigrams(text: string): Map<string, number> {
  const normalized = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const counts = new Map<string, number>();
  for (let i = 0; i < normalized.length - 1; i++) {
    const pair = normalized.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice coefficient over character bigrams: 1 for equal texts, 0 for unrelated ones. */
function textSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [pair, count] of left) {
    shared += Math.min(count, right.get(pair) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? (a.trim() === b.trim() ? 1 : 0) : (2 * shared) / total;
}

/**
 * A fact's id changes when its text is edited. A card whose fact is gone follows it to the
 * fact in the same file, under the same parent path, with the most similar text (if similar
 * enough and not already a card); otherwise it stays as it is and the edited fact is new.
 */
export function followEditedFacts(progress: Progress, facts: readonly Fact[]): { progress: Progress; renamed: number; renames: ReadonlyMap<string, string> } {
  const current = new Set(facts.map((fact) => fact.id));
  const taken = new Set(Object.keys(progress.cards));
  const cards: Record<string, CardProgress> = { ...progress.cards };
  const renames = new Map<string, string>();
  for (const [id, card] of Object.entries(progress.cards)) {
    if (current.has(id) || !card.fact) continue;
    const snapshot = card.fact;
    let best: { fact: Fact; similarity: number } | undefined;
    for (const fact of facts) {
      if (taken.has(fact.id) || fact.file !== snapshot.file || fact.path.join('\n') !== snapshot.path.join('\n')) continue;
      const similarity = textSimilarity(fact.text, snapshot.text);
      if (similarity >= MIN_SIMILARITY && (!best || similarity > best.similarity)) best = { fact, similarity };
    }
    if (!best) continue;
    delete cards[id];
    cards[best.fact.id] = { ...card, fact: snapshotOf(best.fact) };
    taken.add(best.fact.id);
    renames.set(id, best.fact.id);
  }
  return { progress: renames.size === 0 ? progress : { ...progress, cards }, renamed: renames.size, renames };
}
