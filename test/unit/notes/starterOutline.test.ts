import * as assert from 'node:assert/strict';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { STARTER_OUTLINE } from '../../../src/core/notes/starterOutline';

describe('starter outline (AWS Notes: Create Notes File)', () => {
  const parsed = parseNotes('file:///ws/notes/aws-notes.txt', STARTER_OUTLINE, 'user');
  const index = new NotesIndex();
  index.setFile(parsed);

  it('maps every line to a node of the notes', () => {
    assert.deepEqual(index.unmappedLines(), []);
  });

  it('is filed under CodeDeploy and a topic heading, with a nested item and a term/definition pair', () => {
    const services = index.services().map((service) => service.name);
    assert.ok(services.includes('CodeDeploy'), services.join(', '));
    assert.ok(services.includes('How these notes work'), services.join(', '));
    const facts = index.facts();
    assert.ok(facts.some((fact) => fact.text.startsWith('If an event has no hook') && fact.parentId !== undefined));
    assert.ok(facts.some((fact) => fact.text.startsWith('BeforeInstall:')));
  });
});
