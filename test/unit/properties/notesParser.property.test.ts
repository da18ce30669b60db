import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { lookUpFacts } from '../../../src/core/search/lookUpFacts';

/** Lines people put in notes, and the odd ones editors and pastes produce. */
const noteLine = fc.oneof(
  fc.constantFrom('DynamoDB', 'CouldTrail', 'ML powered service', 'Notes', '', '   ', '\t', '---', '===', '```', '```json', '#', '# DynamoDB', '## Limits', '> quoted', '>', '[ref]: http://x', '<div>', '    indented code'),
  fc.tuple(fc.constantFrom('', '  ', '    ', '\t', '\t\t', '      '), fc.constantFrom('• ', '- ', '* ', '1. ', '2) ', '', '• '), fc.string({ maxLength: 40 })).map(([indent, marker, text]) => indent + marker + text),
  fc.constantFrom('"Condition": {', '\t"Bool": {', '}', '{', ']', '[', 'A→B', 'Hibernation→', 'Term: definition', 'a:b: c', '| a | b |', '|---|---|', '<script>alert(1)</script>'),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const notesText = fc.tuple(fc.array(noteLine, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean()).map(([lines, eol, bom]) => (bom ? '\uFEFF' : '') + lines.join(eol));

function nonBlankLineCount(text: string): number {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;
}

describe('notes parsers (property)', () => {
  for (const file of ['notes.txt', 'notes.md']) {
    it(`${file}: never throws and stays lossless on random notes`, () => {
      fc.assert(
        fc.property(notesText, (text) => {
          const parsed = parseNotes(file, text, 'user');
          assert.deepEqual(parsed.unmappedLines, [], 'every non-blank line maps to a node');
          assert.equal(parsed.nonBlankLines, nonBlankLineCount(text));
          const ids = new Set(parsed.facts.map((fact) => fact.id));
          assert.equal(ids.size, parsed.facts.length, 'ids are unique');
          for (const fact of parsed.facts) {
            assert.ok(fact.line >= 0 && fact.endLine >= fact.line);
            for (const child of fact.childIds) assert.ok(ids.has(child));
          }
        }),
        { numRuns: 1500, seed: 20261126 },
      );
    });
  }

  it('index and search never throw on random notes and queries', () => {
    fc.assert(
      fc.property(notesText, fc.string({ maxLength: 30 }), (text, query) => {
        const index = new NotesIndex();
        index.setFile(parseNotes('a.txt', text, 'user'));
        index.setFile(parseNotes('b.md', text, 'bundled'));
        index.services();
        for (const fact of index.facts()) index.siblings(fact);
        lookUpFacts(index, query, 5);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
