import * as assert from 'node:assert/strict';
import { parseOutline } from '../../../src/core/notes/outlineParser';
import { OUTLINE_NOTES } from '../fixtures/outlineNotes';
import { readSeedNotes } from '../fixtures/seedNotes';

const parse = (text: string) => parseOutline('/notes/study.txt', text, 'user');
const factWith = (text: string, substring: string) => parse(text).facts.find((fact) => fact.text.includes(substring));

describe('outline parser', () => {
  it('reads headings as sections, resolving aliases beside the text as written', () => {
    const parsed = parse(OUTLINE_NOTES);
    assert.deepEqual(
      parsed.sections.map((s) => [s.heading, s.service]),
      [
        ['Study notes', 'Study notes'],
        ['DynamoDB', 'DynamoDB'],
        ['Elasticache', 'ElastiCache'],
        ['ACM', 'ACM'],
        ['Cloud Map', 'Cloud Map'],
        ['S3', 'S3'],
        ['Elastic Beanstalk', 'Elastic Beanstalk'],
      ],
    );
  });

  it('takes a lowercase line right under a heading as its description, and a title as the next heading', () => {
    const parsed = parse(OUTLINE_NOTES);
    assert.equal(parsed.sections.find((s) => s.heading === 'Elasticache')?.description, 'in-memory caching service');
    assert.equal(parsed.sections.find((s) => s.heading === 'ACM')?.description, undefined);
  });

  it('nests items by indentation into breadcrumbs', () => {
    const fact = factWith(OUTLINE_NOTES, '400 KB')!;
    assert.equal(fact.breadcrumb, 'DynamoDB › Limits');
    assert.equal(fact.depth, 1);
    assert.deepEqual(fact.path, ['Limits']);
    assert.equal(fact.line, 4);
  });

  it('splits term/definition pairs written with a colon or an arrow, but not labels like "Note"', () => {
    assert.deepEqual([factWith(OUTLINE_NOTES, 'Largest')?.term, factWith(OUTLINE_NOTES, 'Largest')?.definition], ['Largest item', '400 KB']);
    assert.deepEqual([factWith(OUTLINE_NOTES, 'Lazy')?.term, factWith(OUTLINE_NOTES, 'Lazy')?.definition], ['Lazy loading', 'only cache what is read']);
    assert.equal(factWith(OUTLINE_NOTES, 'case sensitive')?.term, undefined);
    const colons = parse('IAM\n  • aws:SecureTransport: true when TLS was used\n  • Fn::GetAtt: an attribute of a resource');
    assert.deepEqual(colons.facts.map((f) => f.term), ['aws:SecureTransport', 'Fn::GetAtt']);
  });

  it('gives column-0 code to the item above it', () => {
    const fact = factWith(OUTLINE_NOTES, 'Deny plain HTTP')!;
    assert.match(fact.code ?? '', /aws:SecureTransport/);
    assert.equal(fact.endLine, 20);
    assert.equal(factWith(OUTLINE_NOTES, 'case sensitive')?.breadcrumb, 'S3');
  });

  it('keeps a column-0 block whose brackets are open as code, whatever its lines start with', () => {
    const parsed = parse('IAM\n  • A policy skeleton\n{\nVersion: 2012-10-17\nStatement: []\n}\nKMS\n  • after');
    assert.equal(parsed.facts[0].code, '{\nVersion: 2012-10-17\nStatement: []\n}');
    assert.deepEqual(parsed.sections.map((s) => s.heading), ['IAM', 'KMS']);
  });

  it('reads numbered, dash and star items, nested by indentation', () => {
    const parsed = parse(OUTLINE_NOTES);
    const step = parsed.facts.find((f) => f.text === 'Upload it')!;
    assert.equal(step.numbered, true);
    assert.equal(step.marker, '2.');
    assert.equal(step.breadcrumb, 'Elastic Beanstalk › Deployment steps');
    assert.equal(parsed.facts.find((f) => f.text === 'dash item')?.depth, 0);
    assert.equal(parsed.facts.find((f) => f.text === 'star item')?.marker, '*');
  });

  it('is lossless: every non-blank line maps to a node', () => {
    const parsed = parse(OUTLINE_NOTES);
    assert.deepEqual(parsed.unmappedLines, []);
    assert.equal(parsed.nonBlankLines, OUTLINE_NOTES.split('\n').filter((l) => l.trim()).length);
  });

  it('accepts CRLF, a BOM, tabs and blank lines with the same result', () => {
    const lf = parse(OUTLINE_NOTES);
    const crlf = parse('\uFEFF' + OUTLINE_NOTES.replace(/\n/g, '\r\n\r\n'));
    assert.deepEqual(crlf.facts.map((f) => [f.text, f.breadcrumb, f.id]), lf.facts.map((f) => [f.text, f.breadcrumb, f.id]));
    const tabs = parse('SQS\n\t• Default visibility timeout: 30 seconds\n\t\t• can be changed per message');
    assert.equal(tabs.facts[1].breadcrumb, 'SQS › Default visibility timeout: 30 seconds');
  });

  it('puts items before any heading in a section named after the file, and keeps empty headings', () => {
    const parsed = parse('  • orphan item\nLambda\nSAM\n  • build with sam build');
    assert.equal(parsed.sections[0].heading, 'study');
    assert.deepEqual(parsed.sections.map((s) => s.factIds.length), [1, 0, 1]);
    assert.deepEqual(parsed.unmappedLines, []);
  });

  it('keeps fact ids stable when unrelated lines are added elsewhere', () => {
    const before = parse(OUTLINE_NOTES);
    const after = parse('Intro\n  • a new first fact\n\n' + OUTLINE_NOTES.replace('  • Query', '  • Query\n    • an added sibling'));
    const id = (parsed: typeof before, text: string) => parsed.facts.find((f) => f.text.includes(text))?.id;
    for (const text of ['400 KB', 'KeyConditionExpression', 'Lazy loading', 'Upload it']) assert.equal(id(after, text), id(before, text), text);
  });

  it('gives identical items under the same parent distinct ids', () => {
    const parsed = parse('SQS\n  • same\n  • same');
    assert.notEqual(parsed.facts[0].id, parsed.facts[1].id);
  });

  it('keeps the text as written (no correction of typos)', () => {
    const parsed = parse('CouldTrail\n  • Mangement evnts are on by default');
    assert.equal(parsed.sections[0].heading, 'CouldTrail');
    assert.equal(parsed.sections[0].service, 'CloudTrail');
    assert.equal(parsed.facts[0].text, 'Mangement evnts are on by default');
  });

  const seed = readSeedNotes();
  (seed ? it : it.skip)('maps every line of the seed notes, with their services and descriptions', () => {
    const parsed = parse(seed!);
    assert.deepEqual(parsed.unmappedLines, []);
    assert.ok(parsed.sections.length >= 45, `${parsed.sections.length} sections`);
    assert.equal(parsed.sections.find((s) => s.heading === 'CodeGuru')?.description, 'ML powered service');
    assert.ok(parsed.sections.some((s) => s.heading === 'CloudMap'), 'CloudMap right after ACM is a heading');
    assert.ok(parsed.facts.some((f) => f.code?.includes('StringNotEquals')));
  });
});
