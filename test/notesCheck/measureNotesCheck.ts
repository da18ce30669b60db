import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultChecker } from '../../src/core/claims/defaultChecker';
import type { NotesChecker } from '../../src/core/claims/checkNotes';
import { NotesIndex } from '../../src/core/notes/notesIndex';
import { parseNotes } from '../../src/core/notes/parseNotes';
import { LABELLED_FILES, type LabelledFile } from './labels';

/** How the notes check does on the labelled set. */
export interface NotesCheckScore {
  readonly precision: number;
  readonly recall: number;
  readonly truePositives: number;
  /** `file:line [claim] note` of each finding on a note labelled right (or by another claim than the label's). */
  readonly falseAlarms: readonly string[];
  /** `file:line note (expected claim)` of each wrong note left unflagged. */
  readonly misses: readonly string[];
  /** Label texts that match no note of their file (a stale label). */
  readonly staleLabels: readonly string[];
  /** Notes and wrong notes in the set. */
  readonly notes: number;
  readonly wrongNotes: number;
}

const FOLDER = __dirname;

/** Checks every labelled file as a user's notes and scores the findings against the labels. */
export function measureNotesCheck(checker: NotesChecker = defaultChecker(), files: readonly LabelledFile[] = LABELLED_FILES): NotesCheckScore {
  let truePositives = 0;
  let notes = 0;
  let wrongNotes = 0;
  const falseAlarms: string[] = [];
  const misses: string[] = [];
  const staleLabels: string[] = [];
  for (const labelled of files) {
    const index = new NotesIndex();
    index.setFile(parseNotes(labelled.file, fs.readFileSync(path.join(FOLDER, labelled.file), 'utf8'), 'user'));
    const facts = index.facts();
    notes += facts.length;
    const findings = checker.check(facts);
    for (const [text, claim] of Object.entries(labelled.wrong)) {
      wrongNotes++;
      const fact = facts.find((candidate) => candidate.text === text);
      if (!fact) {
        staleLabels.push(`${labelled.file}: ${text}`);
        continue;
      }
      if (claim !== null && findings.some((finding) => finding.fact === fact && finding.claim.id === claim)) truePositives++;
      else misses.push(`${labelled.file}:${fact.line + 1} ${text} (${claim ?? 'no claim yet'})`);
    }
    for (const finding of findings) {
      if (labelled.wrong[finding.fact.text] !== finding.claim.id) falseAlarms.push(`${labelled.file}:${finding.fact.line + 1} [${finding.claim.id}] ${finding.fact.text}`);
    }
  }
  const flagged = truePositives + falseAlarms.length;
  return {
    precision: flagged === 0 ? 1 : truePositives / flagged,
    recall: wrongNotes === 0 ? 1 : truePositives / wrongNotes,
    truePositives,
    falseAlarms,
    misses,
    staleLabels,
    notes,
    wrongNotes,
  };
}

// `node --import tsx test/notesCheck/measureNotesCheck.ts`: the score with every miss and false alarm, for claim authors.
if (require.main === module) console.log(JSON.stringify(measureNotesCheck(), null, 2));
