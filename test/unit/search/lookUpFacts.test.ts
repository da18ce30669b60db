import * as assert from 'node:assert/strict';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { lookUpFacts } from '../../../src/core/search/lookUpFacts';
import { OUTLINE_NOTES } from '../fixtures/outlineNotes';
import { readSeedNotes } from '../fixtures/seedNotes';

function indexOf(file: string, text: string): NotesIndex {
  const index = new NotesIndex();
  index.setFile(parseNotes(file, text, 'user'));
  return index;
}

describe('look up fact', () => {
  const index = indexOf('/u/study.txt', OUTLINE_NOTES);
  const top = (query: string) => lookUpFacts(index, query, 3).map((m) => m.fact.text);

  it('matches words in any order across text, breadcrumb and service', () => {
    assert.equal(top('400 dynamodb')[0], 'Largest item: 400 KB');
    assert.equal(top('limits largest')[0], 'Largest item: 400 KB');
  });

  it('tolerates typos and finds services by alias', () => {
    assert.equal(top('dynamdb larget item')[0], 'Largest item: 400 KB');
    assert.equal(top('elasticache lazy')[0], 'Lazy loading→only cache what is read');
  });

  it('returns nothing for an empty query or one that matches nothing', () => {
    assert.deepEqual(top('   '), []);
    assert.deepEqual(top('zzzzqqq'), []);
  });

  it('reads queries through punctuation', () => {
    assert.equal(top(' DynamoDB, "largest" item? ')[0], 'Largest item: 400 KB');
  });

  const seed = readSeedNotes();
  (seed ? describe : describe.skip)('on the seed notes', () => {
    const seedIndex = indexOf('seed.txt', seed ?? '');
    const cases: [string, RegExp][] = [
      ['dynamodb max item size', /Maximum size of item is 400 KB/],
      ['kms encrypt limit', /4KB/],
      ['sqs visibility timeout default', /30 seconds/],
      ['couldtrail insights', /Insights/],
      ['cloudtrail insights', /Insights/],
    ];
    for (const [query, expected] of cases) {
      it(`finds "${query}" in the top 3`, () => {
        const texts = lookUpFacts(seedIndex, query, 3).map((m) => m.fact.text);
        assert.ok(texts.some((text) => expected.test(text)), texts.join(' | '));
      });
    }
  });
});
