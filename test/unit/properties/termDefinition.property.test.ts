import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { splitTermDefinition } from '../../../src/core/notes/termDefinition';

/**
 * The regular expressions `splitTermDefinition` used before it scanned with indexOf (issue 6):
 * the oracle the scan must agree with, on every input, so terms stay as they were.
 */
const ARROW = /^(.+?)\s*→\s*(.*)$/;
const COLON = /^((?:[^:]|:(?!\s)){1,60}?)\s*:\s+(\S.*)$/;
const NOT_TERMS = new Set(['note', 'notes', 'nb', 'cons', 'pros', 'e.g', 'eg', 'example', 'for example', 'tip', 'warning', 'important', 'todo', 'see', 'also']);

function splitWithRegExps(text: string): { term: string; definition: string } | undefined {
  const arrow = ARROW.exec(text);
  if (arrow) return { term: arrow[1].trim(), definition: arrow[2].trim() };
  const colon = COLON.exec(text);
  if (!colon) return undefined;
  const term = colon[1].trim();
  if (NOT_TERMS.has(term.toLowerCase()) || term.split(/\s+/).length > 8) return undefined;
  return { term, definition: colon[2].trim() };
}

/** Text made of the characters that matter here: colons, every kind of space and line break, arrows. */
const trickyText = fc.oneof(
  fc.string({ unit: fc.constantFrom(':', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\ufeff', '→', 'a', 'B', 'x', '.', '/'), maxLength: 90 }),
  fc.tuple(fc.string({ maxLength: 70 }), fc.constantFrom(': ', ' : ', ':\t', '::', ':', ' :  '), fc.string({ maxLength: 30 })).map(([a, colon, b]) => a + colon + b),
  fc.constantFrom('Note: x', 'aws:SecureTransport: false', 'Fn::GetAtt: attr', 'http://x: y', ': x', ' : x', 'a: \n b', 'a:  ', 'a→', '→b', 'x'.repeat(60) + ': y', 'x'.repeat(61) + ': y'),
);

describe('term/definition split (property)', () => {
  it('splits exactly as the regular expressions did', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        assert.deepEqual(splitTermDefinition(text), splitWithRegExps(text));
      }),
      { numRuns: 20000 },
    );
  });
});
