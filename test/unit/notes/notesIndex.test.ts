import * as assert from 'node:assert/strict';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { OUTLINE_NOTES } from '../fixtures/outlineNotes';

describe('notes index', () => {
  const build = () => {
    const index = new NotesIndex();
    index.setFile(parseNotes('/u/study.txt', OUTLINE_NOTES, 'user'));
    index.setFile(parseNotes('/b/pack.txt', 'ElastiCache\n  • Redis and Memcached engines\nCouldTrail\n  • Insights spots unusual API activity', 'bundled'));
    return index;
  };

  it('merges headings of every file by canonical service, with the headings users wrote as aliases', () => {
    const services = build().services();
    const cache = services.find((s) => s.name === 'ElastiCache')!;
    assert.equal(cache.factCount, 2);
    assert.ok(cache.aliases.includes('Elasticache'));
    assert.ok(services.find((s) => s.name === 'CloudTrail')!.aliases.includes('CouldTrail'));
  });

  it('finds facts of a service by any alias', () => {
    const index = build();
    assert.equal(index.factsOfService('elasticache').length, 2);
    assert.equal(index.factsOfService('Cloud Trail').length, 1);
  });

  it('navigates parents, children and siblings', () => {
    const index = build();
    const fact = index.facts().find((f) => f.text.includes('400 KB'))!;
    assert.equal(index.parent(fact)?.text, 'Limits');
    assert.deepEqual(index.siblings(fact).map((f) => f.text), ['Up to 5 local secondary indexes per table']);
    assert.deepEqual(index.children(index.parent(fact)!).map((f) => f.text), ['Largest item: 400 KB', 'Up to 5 local secondary indexes per table']);
    const top = index.facts().find((f) => f.text === 'Limits')!;
    assert.deepEqual(index.siblings(top).map((f) => f.text), ['Query']);
  });

  it('replaces and removes one file without touching the others', () => {
    const index = build();
    const version = index.version;
    const packFact = index.facts().find((f) => f.origin === 'bundled')!;
    index.setFile(parseNotes('/u/study.txt', 'SQS\n  • one fact', 'user'));
    assert.ok(index.version > version);
    assert.equal(index.fact(packFact.id), packFact);
    assert.equal(index.facts().filter((f) => f.origin === 'user').length, 1);
    assert.equal(index.removeFile('/u/study.txt'), true);
    assert.equal(index.removeFile('/u/study.txt'), false);
    assert.deepEqual(index.files(), ['/b/pack.txt']);
  });

  it('reports unmapped lines of every file (none for well-formed notes)', () => {
    assert.deepEqual(build().unmappedLines(), []);
  });
});
