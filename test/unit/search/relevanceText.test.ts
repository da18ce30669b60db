import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordsAndCompoundsOf, wordsOf } from '../../../src/core/search/relevanceText';

/** Pieces that make camelCase, capitals, digits, stems and separators meet in every way. */
const PIECE = fc.constantFrom('a', 'b', 'Z', 'A', 'B', 'c', 'Id', 'ID', 'KMS', 'Key', 'keys', 'policies', 'classes', 'status', 'x', '9', '0', ' ', '-', ':', '_', '.', '\n', '/', 'Get', 'Object', 'sS', 'aBCd', 'ABCd');
const ASCII_TEXT = fc.array(PIECE, { maxLength: 12 }).map((pieces) => pieces.join(''));

describe('how the relevance model reads words', () => {
  it('splits camelCase names and keeps their compounds', () => {
    const compounds: string[] = [];
    assert.deepEqual(wordsAndCompoundsOf('Set KMSMasterKeyID on aws:SourceIp, not keys', compounds), ['set', 'kms', 'master', 'key', 'id', 'on', 'aws', 'source', 'ip', 'not', 'key']);
    assert.deepEqual(compounds, ['kmsmasterkeyid', 'sourceip']);
    assert.deepEqual(wordsOf('aBCd ABCd'), ['a', 'bcd', 'ab', 'cd'], 'boundaries found left to right, without overlap');
    assert.deepEqual(wordsOf('DisableIMDSv1, IMDSv2 é'), ['disable', 'imd', 'v1', 'imd', 'v2', 'é'], 'a version after a capital run is the run\'s, not a word it begins');
    assert.deepEqual(wordsOf('DisableIMDSv1, IMDSv2'), ['disable', 'imd', 'v1', 'imd', 'v2']);
  });

  it('drops plural endings, but not the s of a word that is no plural: HTTPS is not HTTP', () => {
    assert.deepEqual(wordsOf('Keys, policies and classes over HTTPS, not HTTP'), ['key', 'policy', 'and', 'class', 'over', 'https', 'not', 'http']);
  });

  it('keeps names joined by hyphens as one word too: "SSE-S3 (AES-256)" holds sses3 and aes256', () => {
    const compounds: string[] = [];
    assert.deepEqual(wordsAndCompoundsOf('SSE-S3 keys (AES-256), not - this', compounds), ['sse', 's3', 'key', 'aes', '256', 'not', 'this']);
    assert.deepEqual(compounds, ['sses3', 'aes256']);
  });

  it('reads an ASCII text (by hand) exactly as it reads the same text beside a non-ASCII word (by regular expression)', () => {
    fc.assert(
      fc.property(ASCII_TEXT, (text) => {
        const asciiCompounds: string[] = [];
        const unicodeCompounds: string[] = [];
        const ascii = wordsAndCompoundsOf(text, asciiCompounds);
        const unicode = wordsAndCompoundsOf(`${text} é`, unicodeCompounds);
        assert.deepEqual([...ascii, 'é'], unicode);
        assert.deepEqual(asciiCompounds, unicodeCompounds);
      }),
      { numRuns: 2000 },
    );
  });
});
