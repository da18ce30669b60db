import * as assert from 'node:assert/strict';
import { rootOf } from '../../../src/core/search/wordRoot';

describe('the root a word shares with its other forms', () => {
  it('joins the forms IaC names and notes write differently', () => {
    const families = [
      ['balanced', 'balancer', 'balance', 'balancing'],
      ['clone', 'cloning', 'cloned'],
      ['deploy', 'deployment', 'deployed', 'deploying'],
      ['encrypt', 'encrypted', 'encryption'],
      ['delete', 'deleted', 'deletion'],
      ['replicate', 'replicated', 'replication'],
      ['set', 'setting'],
      ['roll', 'rolling'],
      ['number', 'numbered'],
      ['concurrency', 'concurrent'],
      ['persist', 'persistent', 'persisted'],
    ];
    for (const family of families) assert.deepEqual(new Set(family.map(rootOf)).size, 1, `${family.join(', ')} → ${family.map(rootOf).join(', ')}`);
  });

  it('keeps short words, words with digits and words of other roots apart', () => {
    assert.equal(rootOf('user'), 'user');
    assert.equal(rootOf('s3'), 's3');
    assert.equal(rootOf('sse'), 'sse');
    assert.notEqual(rootOf('queue'), rootOf('query'));
    assert.notEqual(rootOf('stream'), rootOf('string'));
    assert.notEqual(rootOf('latency'), rootOf('late'));
    assert.notEqual(rootOf('client'), rootOf('clip'));
  });
});
