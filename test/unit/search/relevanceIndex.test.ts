import * as assert from 'node:assert/strict';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { RelevanceIndex } from '../../../src/core/search/relevanceIndex';
import { wordsOf } from '../../../src/core/search/relevanceText';

const USER = ['SQS', '  • Visibility Timeout', '    • Default is 30 seconds', 'KMS', '  • Keys rotate once a year'].join('\n');
const PACK = ['DynamoDB', '  • Maximum item size: 400 KB', 'SQS', '  • Messages are kept 4 days by default', '  • FIFO queues keep order'].join('\n');

describe('the relevance index over several files', () => {
  const user = parseNotes('/u/a.txt', USER, 'user');
  const pack = parseNotes('/pack.txt', PACK, 'bundled');
  const index = new RelevanceIndex([pack, user]);
  const facts = [...pack.facts, ...user.facts];

  it('numbers every fact across files, each with its own data', () => {
    assert.equal(index.size, facts.length);
    facts.forEach((fact, at) => {
      assert.equal(index.facts[at], fact);
      assert.equal(index.textWordCount[at], wordsOf(fact.text).length, fact.text);
      assert.equal(index.bare[at], fact.text === 'Visibility Timeout' ? 1 : 0, fact.text);
      assert.equal(index.precise[at], /\d/.test(fact.text) ? 1 : 0, fact.text);
    });
  });

  it('gives facts of the same service, in any file, the same service number, and others another', () => {
    facts.forEach((a, i) => facts.forEach((b, j) => assert.equal(index.serviceOf[i] === index.serviceOf[j], a.service === b.service, `${a.text} / ${b.text}`)));
    assert.equal(index.serviceNumber('SQS'), index.serviceOf[facts.findIndex((fact) => fact.service === 'SQS')]);
    assert.equal(index.serviceNumber('Lambda'), -1);
  });

  it('orders ties the user\'s notes first, then by line', () => {
    const order = facts.map((_, at) => at).sort((a, b) => index.tieKey[a] - index.tieKey[b]);
    const expected = [...[...user.facts].sort((a, b) => a.line - b.line), ...[...pack.facts].sort((a, b) => a.line - b.line)];
    assert.deepEqual(order.map((at) => index.facts[at]), expected);
  });
});
