import * as assert from 'node:assert/strict';
import { subItemLine } from '../../../src/core/claims/subItem';
import { parseNotes } from '../../../src/core/notes/parseNotes';

function lineFor(file: string, lines: string[], noteLine: number): string {
  const fact = parseNotes(file, lines.join('\n'), 'user').facts.find((candidate) => candidate.line === noteLine)!;
  const child = lines[fact.endLine + 1];
  const childLine = fact.childIds.length > 0 ? child : undefined;
  return subItemLine(fact, lines[noteLine]!, childLine, file.endsWith('.md'), 'AWS docs: X');
}

describe('notes check: the documented value as a sub-item', () => {
  it('outline: one level deeper with the note\'s bullet', () => {
    assert.equal(lineFor('n.txt', ['SQS', '  • Max message size 256 KB'], 1), '    • AWS docs: X');
    assert.equal(lineFor('n.txt', ['SQS', '\t- Max message size 256 KB'], 1), '\t\t- AWS docs: X');
  });

  it('outline: a numbered item gets a bullet; a note with children copies the first child', () => {
    assert.equal(lineFor('n.txt', ['SQS', '  1. Max message size 256 KB'], 1), '    • AWS docs: X');
    assert.equal(lineFor('n.txt', ['SQS', '  • Max message size 256 KB', '      * use the extended client'], 1), '      * AWS docs: X');
  });

  it('markdown: nested under the item text with a dash', () => {
    assert.equal(lineFor('n.md', ['# SQS', '', '- Max message size 256 KB'], 2), '  - AWS docs: X');
    assert.equal(lineFor('n.md', ['# SQS', '', '1. Max message size 256 KB'], 2), '   - AWS docs: X');
  });
});
