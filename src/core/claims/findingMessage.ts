import type { Claim } from './claim';
import { measureOfValue, sameMeasure } from './measure';

/**
 * "AWS docs: <documented> (this note says <what it says>)"; a dated claim whose note states the
 * old value (or any alternative or absolute that changed) says it was right once and when it changed.
 */
export function findingMessage(claim: Claim, says: string): string {
  const documented = documentedStatement(claim);
  const dated = claim.dated && (claim.kind !== 'quantity' || statesPrevious(says, claim.dated.previously));
  return dated && claim.dated
    ? `AWS docs: ${documented} (this note says ${says}, as the docs did before ${claim.dated.since})`
    : `AWS docs: ${documented} (this note says ${says})`;
}

function statesPrevious(says: string, previously: string): boolean {
  const old = measureOfValue(previously);
  return says.split(', ').some((value) => {
    const measure = measureOfValue(value);
    return old !== undefined && measure !== undefined ? sameMeasure(old, measure) : value.trim().toLowerCase() === previously.trim().toLowerCase();
  });
}

/** The claim's documented statement as a clause (no final full stop), for messages and sub-items. */
export function documentedStatement(claim: Pick<Claim, 'documented'>): string {
  return claim.documented.trim().replace(/\.$/, '');
}
