import type { Fact } from '../notes/model';
import type { CheckOptions, NoteFinding, NotesChecker } from './checkNotes';
import { documentedStatement } from './findingMessage';

/** The check as the host runs it: on or off, what the learner silenced, and the catalog's checker. */
export interface NotesCheckConfig extends CheckOptions {
  readonly enable: boolean;
  /**
   * Given by the host, so the claims data stays out of what does not need it: the CLI bundles the
   * catalog (`defaultChecker`), the extension reads it from `dist/catalog/claims.json`.
   * Without one, no fact is flagged.
   */
  readonly checker?: NotesChecker;
}

let config: NotesCheckConfig = { enable: true };

/**
 * Findings per fact under the current config: a note is shown again and again (each hover over
 * the same term, each redraw of the Notes view and the fact card), and its findings change only
 * when the config does — an edited note is a new fact object, so nothing stale is kept.
 */
let findingsCache = new WeakMap<Fact, readonly NoteFinding[]>();

/** The host sets this from its settings (`awsNotes.notesCheck.*`) and its catalog. */
export function configureNotesCheck(next: NotesCheckConfig): void {
  config = next;
  findingsCache = new WeakMap();
}

/**
 * The findings on one fact, for everything that shows a note (fact card, hover, Notes view,
 * quiz): the user's notes only — the bundled pack is corrected and never flagged.
 */
export function findingsOfFact(fact: Fact): readonly NoteFinding[] {
  if (!config.enable || !config.checker || fact.origin !== 'user') return [];
  let findings = findingsCache.get(fact);
  if (findings === undefined) {
    findings = config.checker.check([fact], config);
    findingsCache.set(fact, findings);
  }
  return findings;
}

/** "AWS docs say: <documented>", with the date when the fact changed. */
export function docsSay(finding: NoteFinding): string {
  const documented = documentedStatement(finding.claim);
  const dated = finding.claim.dated ? ` (changed ${finding.claim.dated.since})` : '';
  return `AWS docs say: ${documented}${dated}`;
}
