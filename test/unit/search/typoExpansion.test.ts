import * as assert from 'node:assert/strict';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { lookUpFacts } from '../../../src/core/search/lookUpFacts';
import { RelevanceIndex } from '../../../src/core/search/relevanceIndex';
import { editDistance } from '../../../src/core/util/editDistance';

const NOTES = [
  'Security',
  '  • KMS alias points at one key',
  '  • MSK runs managed Kafka clusters',
  '  • SMS messages go out through SNS',
  'Streams',
  '  • Kinesis shards hold records for a day',
  '  • Key rotation happens once a year',
  '  • Dotted notation names nested fields',
  'Deployments',
  '  • Half the instances at a time',
  '  • The distance between regions adds time',
  'Limits',
  '  • Item size counts attribute names in bytes',
  '  • Attribute names count, but values count more',
  '  • Attributes are set by the client',
].join('\n');

describe('typos in a lookup (Damerau–Levenshtein neighbours of words the notes never use)', () => {
  const parsed = parseNotes('/u/typos.txt', NOTES, 'user');
  const relevance = new RelevanceIndex([parsed]);
  const notes = new NotesIndex();
  notes.setFile(parsed);

  it('counts a swap of adjacent letters as one edit', () => {
    assert.equal(editDistance('kinessi', 'kinesis', 2), 1);
    assert.equal(editDistance('rotatoin', 'rotation', 2), 1);
    assert.equal(editDistance('insttance', 'instance', 2), 1);
    assert.equal(editDistance('abc', 'xyz', 1), 2, 'stops one past the limit');
  });

  it('never replaces a word the notes use by its neighbours', () => {
    assert.deepEqual([...relevance.expand('kms').keys()], ['kms']);
    assert.deepEqual([...relevance.expand('rotation').keys()], ['rotation']);
  });

  it('takes a word the notes never use for a typo of its closest words, below an exact match and closer ones first', () => {
    const kinesis = relevance.expand('kinessi');
    assert.ok((kinesis.get('kinesis') ?? 0) > 0 && kinesis.get('kinesis')! < 1, JSON.stringify([...kinesis]));
    // Eight letters or more: two edits allowed, worth less than one.
    const rotation = relevance.expand('rotatoin');
    assert.ok(rotation.get('rotation')! > rotation.get('notation')!, JSON.stringify([...rotation]));
    assert.ok(rotation.get('notation')! > 0);
    // Under eight letters: one edit only ("record" is one from "recxrd", "regions" more).
    assert.deepEqual([...relevance.expand('recxrd').keys()], ['record']);
  });

  it('counts a longer word holding the typo as close as its edits ("byt" of "byte"), and never reads a typo as a stop word ("by")', () => {
    const byt = relevance.expand('byt');
    assert.equal(byt.get('byte'), byt.get('but'), JSON.stringify([...byt]));
    assert.equal(byt.has('by'), false, JSON.stringify([...byt]));
    assert.equal(lookUpFacts(notes, 'byts attributes', 1)[0]?.fact.text, 'Item size counts attribute names in bytes');
  });

  it('finds the aimed fact through a typo, and the exact word over its neighbours', () => {
    assert.equal(lookUpFacts(notes, 'insttances time', 1)[0]?.fact.text, 'Half the instances at a time');
    assert.equal(lookUpFacts(notes, 'kinessi shards', 1)[0]?.fact.text, 'Kinesis shards hold records for a day');
    assert.deepEqual(lookUpFacts(notes, 'notation', 5).map((ranked) => ranked.fact.text), ['Dotted notation names nested fields']);
  });
});
