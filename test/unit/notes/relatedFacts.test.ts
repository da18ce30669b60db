import * as assert from 'node:assert/strict';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { relatedFacts } from '../../../src/core/notes/relatedFacts';

describe('related facts (the notes part of hovers)', () => {
  const index = new NotesIndex();
  index.setFile(
    parseNotes(
      '/u/mine.txt',
      [
        'CodeDeploy',
        '  • Hooks in order',
        '    • BeforeInstall: decrypt files, back up the current version',
        '    • AfterInstall: configure the app',
        '    • Install is run by the agent itself',
        'S3',
        '  • Force TLS with a Deny on aws:SecureTransport false',
        'Elastic Beanstalk',
        '  • Resources of the environment are CloudFormation resources',
      ].join('\n'),
      'user',
    ),
  );
  index.setFile(parseNotes('/b/pack.txt', 'CodeDeploy\n  • BeforeInstall runs before the files are copied', 'bundled'));
  const texts = (service: string, ...terms: string[]) => relatedFacts(index, { service, terms }).map((f) => f.text);

  it('finds facts of the service that mention the term as a whole word, from both origins', () => {
    assert.deepEqual(texts('CodeDeploy', 'BeforeInstall'), ['BeforeInstall: decrypt files, back up the current version', 'BeforeInstall runs before the files are copied']);
    assert.deepEqual(texts('CodeDeploy', 'Install'), ['Install is run by the agent itself']);
  });

  it('crosses services only for distinctive terms', () => {
    assert.deepEqual(texts('IAM', 'aws:SecureTransport'), ['Force TLS with a Deny on aws:SecureTransport false']);
    assert.deepEqual(texts('CloudFormation', 'Resources'), []);
  });

  it('limits the facts per origin', () => {
    assert.equal(relatedFacts(index, { service: 'CodeDeploy', terms: ['BeforeInstall', 'AfterInstall', 'Install'] }, 1).length, 2);
  });
});
