import type { Fact } from '../notes/model';
import type { CheckOptions, NoteFinding } from './checkNotes';
import { defaultChecker } from './defaultChecker';
import { documentedStatement } from './findingMessage';

/** What the host's settings say about the check: on or off, and what the learner silenced. */
export interface NotesCheckConfig extends CheckOptions {
  readonly enable: boolean;
}

let config: NotesCheckConfig = { enable: true };

/** The host sets this from its settings (`awsNotes.notesCheck.*`); the CLI keeps the default (on, nothing silenced). */
export function configureNotesCheck(next: NotesCheckConfig): void {
  config = next;
}

/**
 * The findings on one fact, for everything that shows a note (fact card, hover, Notes view,
 * quiz): the user's notes only — the bundled pack is corrected and never flagged.
 */
export function findingsOfFact(fact: Fact): readonly NoteFinding[] {
  return config.enable && fact.origin === 'user' ? defaultChecker().check([fact], config) : [];
}

/** "AWS docs say: <documented>", with the date when the fact changed. */
export function docsSay(finding: NoteFinding): string {
  const documented = documentedStatement(finding.claim);
  const dated = finding.claim.dated ? ` (changed ${finding.claim.dated.since})` : '';
  return `AWS docs say: ${documented}${dated}`;
}
