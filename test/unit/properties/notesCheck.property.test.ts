import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { noteLocation } from '../../../src/core/claims/noteLocation';
import { findingsOf } from '../claims/claimFixtures';

/** Notes lines that come near the fixture claims' subjects and values, and odd ones. */
const noteLine = fc.oneof(
  fc.constantFrom('DynamoDB', 'SQS', 'Kinesis', 'CodeStar', '# SQS', '## Limits', '', '```', 'Term: definition', 'A→B', '→', ':'),
  fc
    .tuple(
      fc.constantFrom('', '  ', '    ', '\t'),
      fc.constantFrom('• ', '- ', '* ', '1. ', ''),
      fc.array(fc.constantFrom('item', 'message', 'size', 'max', 'sort key', 'use:', 'FilterExpression', 'only for Java', 'up to', '5', '1,000', '1.5.6', '256 KB', '1 MiB', '2 MB/s', '10-20 minutes', '99999999999999999999 KB', 'records/s', 'LSI', ':', '→', '|', '$', '%', '(', '\\'), { maxLength: 8 }),
    )
    .map(([indent, marker, words]) => indent + marker + words.join(' ')),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

describe('notes check (property)', () => {
  for (const file of ['notes.txt', 'notes.md']) {
    it(`${file}: never throws on random notes, and every finding has a message and a place on its line`, () => {
      fc.assert(
        fc.property(fc.array(noteLine, { maxLength: 40 }), (lines) => {
          const text = lines.join('\n');
          for (const finding of findingsOf(file, text)) {
            assert.match(finding.message, /^AWS docs: .+ \(this note says .+\)$/);
            const line = text.split('\n')[finding.fact.line] ?? '';
            const at = noteLocation(finding.fact, line);
            assert.ok(at.character >= 0 && at.endCharacter <= line.length && at.character <= at.endCharacter);
          }
        }),
        { numRuns: 1000, seed: 20261201 },
      );
    });
  }
});
