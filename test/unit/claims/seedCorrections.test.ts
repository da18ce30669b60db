import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { checkNotes } from '../../../src/core/claims/checkNotes';
import { defaultChecker } from '../../../src/core/claims/defaultChecker';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { readSeedNotes } from '../fixtures/seedNotes';

/**
 * The claims README is the record of the 40 corrections (each a finding on its seed line, or why
 * not) and of every finding on the seed notes with its judgement: these tests hold it to what the
 * checker does, so a new claim's finding on the seed cannot go unread.
 */
const README = fs.readFileSync('src/core/claims/README.md', 'utf8');

/** The rows of the markdown table under `heading`, as cells. */
function tableUnder(heading: string): string[][] {
  const section = README.slice(README.indexOf(heading));
  const end = section.indexOf('\n## ', heading.length);
  return (end < 0 ? section : section.slice(0, end))
    .split('\n')
    .filter((line) => /^\|\s*\d+\s*\|/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

const seed = readSeedNotes();

describe('notes check: the seed notes and the 40 corrections', function () {
  before(function () {
    if (seed === undefined) this.skip();
  });

  const findings = () => {
    const index = new NotesIndex();
    index.setFile(parseNotes('aws-developer-notes.txt', seed!, 'user'));
    return checkNotes(index, defaultChecker()).map((finding) => `${finding.fact.line + 1} ${finding.claim.id}`);
  };

  it('maps each of the 40 corrections to a finding on its seed line, or says why it is not checkable', () => {
    const rows = tableUnder('## The 40 corrections');
    assert.deepEqual(rows.map((row) => Number(row[0])), Array.from({ length: 40 }, (_, i) => i + 1));
    const found = new Set(findings());
    for (const [number, , verdict] of rows) {
      const lines = /seed lines? (\d+(?:, \d+)*)/.exec(verdict ?? '')?.[1];
      const claim = /`([a-z0-9-]+)`/.exec(verdict ?? '')?.[1];
      if (lines && claim) {
        for (const line of lines.split(',').map((n) => n.trim())) assert.ok(found.has(`${line} ${claim}`), `correction ${number}: no ${claim} finding on seed line ${line}`);
      } else {
        assert.match(verdict ?? '', /not checkable|nothing to flag|no finding/, `correction ${number} has neither a finding nor a reason`);
      }
    }
  });

  it('lists every finding on the seed notes in the claims README, each judged', () => {
    const listed = tableUnder('## Findings on the seed notes').map(([line, claim, , judged]) => {
      assert.match(judged ?? '', /\S/, `seed line ${line} has no judgement`);
      return `${line} ${claim?.replace(/`/g, '')}`;
    });
    assert.deepEqual(findings(), listed);
  });
});
