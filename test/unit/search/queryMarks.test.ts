import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Fact, ParsedNotes } from '../../../src/core/notes/model';
import { serviceMentions, WholeTermFinder } from '../../../src/core/search/queryMarks';
import { RelevanceIndex } from '../../../src/core/search/relevanceIndex';
import { containsWhole, wordsOf } from '../../../src/core/search/relevanceText';

function factOf(text: string, line: number, code?: string): Fact {
  return { id: `f${line}`, service: 'DynamoDB', heading: 'DynamoDB', path: [], breadcrumb: 'DynamoDB', text, code, marker: '•', numbered: false, depth: 0, childIds: [], file: '/u/marks.txt', line, endLine: line, origin: 'user' };
}

function indexOf(facts: readonly { text: string; code?: string }[]): RelevanceIndex {
  const parsed: ParsedNotes = { file: '/u/marks.txt', origin: 'user', sections: [], facts: facts.map((fact, line) => factOf(fact.text, line, fact.code)), unmappedLines: [], nonBlankLines: facts.length };
  return new RelevanceIndex([parsed]);
}

/** Which facts the finder says hold the term, against `containsWhole` over every fact. */
function compare(index: RelevanceIndex, term: string): { found: number[]; expected: number[] } {
  const scratch = index.scratch(0);
  const finder = new WholeTermFinder(index, scratch.termMarks(0), scratch.nextStamp(), term);
  const all = [...Array(index.size).keys()];
  return { found: all.filter((at) => finder.holds(at)), expected: all.filter((at) => containsWhole(index.lowerText[at], term)) };
}

const FACTS = [
  { text: 'Set VisibilityTimeout above the function timeout' },
  { text: 'visibilitytimeout as one word' },
  { text: 'VISIBILITYTIMEOUT shouted' },
  { text: 'Grant it in the policy', code: '"Action": ["dynamodb:UpdateItem", "dynamodb:GetItem"]' },
  { text: 'Use dynamodb:LeadingKeys for per-user rows' },
  { text: 'file_exists_behavior: OVERWRITE' },
  { text: 'aws:SourceIP limits callers' },
  { text: 'İstanbul region-ish text with dynamodb:leadingkeys' },
  { text: 'A note about preVisibilityTimeout that is not the term' },
];

describe('query marks (facts picked from the postings instead of reading each fact)', () => {
  const index = indexOf(FACTS);

  it('finds a distinctive term in exactly the facts that hold it whole: compounds, code, underscores, odd lower-casing', () => {
    for (const term of ['visibilitytimeout', 'dynamodb:updateitem', 'dynamodb:leadingkeys', 'file_exists_behavior', 'aws:sourceip', 'istanbul', 'timeout', 'region-ish']) {
      const { found, expected } = compare(index, term);
      assert.deepEqual(found, expected, term);
    }
    assert.deepEqual(compare(index, 'dynamodb:updateitem').found, [3], 'a camelCase name in code has no compound word: code is read whole');
    assert.deepEqual(compare(index, 'visibilitytimeout').found, [0, 1, 2]);
  });

  it('finds any term in the facts that hold it whole (generated texts)', () => {
    const piece = fc.constantFrom('Visibility', 'timeout', 'Timeout', 'TIMEOUT', 'dynamodb', ':', '_', '-', ' ', 'Item', 'item', 'İ', 'é', '2', '.', 'aws', 'Key');
    const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(fc.record({ text, code: fc.option(text, { nil: undefined }) }), { minLength: 1, maxLength: 6 }), text, (facts, term) => {
        const lower = term.toLowerCase();
        if (wordsOf(lower).length === 0) return;
        const { found, expected } = compare(indexOf(facts), lower);
        assert.deepEqual(found, expected);
      }),
      { numRuns: 300 },
    );
  });

  it('marks the facts naming a service as one of their words, not inside a compound', () => {
    const mentions = indexOf([{ text: 'DynamoDB streams' }, { text: 'dynamodb tables' }, { text: 'MyDynamodbTable is a name' }, { text: 'nothing here' }]);
    const named = (names: readonly (readonly string[])[]) => [0, 1, 2, 3].filter((at) => serviceMentions(mentions, names)[at] === 1);
    // "DynamoDB" is the words dynamo and db (and the compound dynamodb); "MyDynamodbTable" has the word dynamodb.
    assert.deepEqual(named([['dynamodb']]), [1, 2]);
    assert.deepEqual(named([['dynamo', 'db']]), [0]);
  });

  it('marks a fact naming a service of several words only when it holds all of them: "elastic" of an Elastic IP is not Elastic Beanstalk', () => {
    const eb = indexOf([{ text: 'Elastic Beanstalk runs the app' }, { text: 'An Elastic IP is static' }, { text: 'EB CLI: eb deploy' }, { text: 'A beanstalk grows' }]);
    const marks = serviceMentions(eb, [['elastic', 'beanstalk'], ['eb']]);
    assert.deepEqual([0, 1, 2, 3].filter((at) => marks[at] === 1), [0, 2]);
  });
});
