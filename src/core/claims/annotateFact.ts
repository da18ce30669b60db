import type { Fact } from '../notes/model';
import { findingsOfFact } from './factFindings';
import { documentedStatement } from './findingMessage';

/** What a hover's "Your notes" entry adds after a flagged note, as plain text: " ⚠ AWS docs: …", or nothing. */
export function annotateFact(fact: Fact): string {
  return findingsOfFact(fact)
    .map((finding) => ` ⚠ AWS docs: ${documentedStatement(finding.claim)}`)
    .join('');
}
