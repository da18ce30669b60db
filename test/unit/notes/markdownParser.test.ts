import * as assert from 'node:assert/strict';
import { parseNotes } from '../../../src/core/notes/parseNotes';

const MARKDOWN = [
  '# My AWS notes',
  '',
  'what I learned this month',
  '',
  '## DynamoDB',
  'managed key-value store',
  '',
  '### Limits',
  '- Largest item: 400 KB',
  '  - counts attribute names too',
  '',
  '1. first step',
  '2. second step',
  '',
  '```json',
  '{ "Condition": { "Bool": { "aws:SecureTransport": "false" } } }',
  '```',
  '',
  '## Event Bridge',
  '- rules match events',
  '',
  'A paragraph fact',
  'wrapped on two lines.',
  '',
  '---',
  '',
  '| key | value |',
  '|-----|-------|',
  '| a   | b     |',
].join('\n');

describe('markdown notes parser', () => {
  const parsed = parseNotes('/n/aws.md', MARKDOWN, 'user');
  const fact = (text: string) => parsed.facts.find((f) => f.text === text)!;

  it('starts sections at known services and at top-level headings, with descriptions', () => {
    assert.deepEqual(parsed.sections.map((s) => [s.heading, s.service, s.description]), [
      ['My AWS notes', 'My AWS notes', 'what I learned this month'],
      ['DynamoDB', 'DynamoDB', 'managed key-value store'],
      ['Event Bridge', 'EventBridge', undefined],
    ]);
  });

  it('nests list items under deeper headings and lists', () => {
    assert.equal(fact('Largest item: 400 KB').breadcrumb, 'DynamoDB › Limits');
    assert.equal(fact('Largest item: 400 KB').term, 'Largest item');
    assert.equal(fact('counts attribute names too').breadcrumb, 'DynamoDB › Limits › Largest item: 400 KB');
    assert.equal(fact('second step').numbered, true);
    assert.equal(fact('second step').marker, '2.');
  });

  it('gives fenced code to the item above it and keeps paragraphs on one line', () => {
    assert.match(fact('second step').code ?? '', /aws:SecureTransport/);
    assert.equal(fact('A paragraph fact wrapped on two lines.').line, 21);
  });

  it('is lossless: rules and tables are claimed too', () => {
    assert.deepEqual(parsed.unmappedLines, []);
  });
});
