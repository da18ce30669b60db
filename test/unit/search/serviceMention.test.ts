import * as assert from 'node:assert/strict';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { lookUpFacts } from '../../../src/core/search/lookUpFacts';

const NOTES = [
  'KMS',
  '  • Keys can be symmetric or asymmetric',
  'Data Limitations',
  '  • Secrets: rotate manually',
  '  • KMS keys with imported material never rotate on their own: rotate manually',
].join('\n');

describe('a service named in a lookup', () => {
  const notes = new NotesIndex();
  notes.setFile(parseNotes('/u/limits.txt', NOTES, 'user'));

  it('counts a fact filed under another heading that names the service in its text as not of another service', () => {
    const texts = lookUpFacts(notes, 'kms rotate manually', 5).map((ranked) => ranked.fact.text);
    assert.equal(texts[0], 'KMS keys with imported material never rotate on their own: rotate manually', texts.join(' | '));
    assert.ok(texts.includes('Secrets: rotate manually'), 'the fact of another service stays, below');
  });
});
