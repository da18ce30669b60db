import * as assert from 'node:assert/strict';
import { usesOfFact } from '../../../src/core/analysis/usesOfFact';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { provideCatalogs } from '../cloudformation/analyzeText';

describe('uses of a fact in IaC files (from a note to the code)', () => {
  provideCatalogs();
  const index = new NotesIndex();
  index.setFile(parseNotes('/u/n.txt', ['Elastic Beanstalk', '  • leader_only runs a command on one instance', 'SQS', '  • Visibility Timeout', '    • Default is 30 seconds'].join('\n'), 'user'));
  const leader = index.facts().find((fact) => fact.text.startsWith('leader_only'))!;
  const visibility = index.facts().find((fact) => fact.text.startsWith('Default is 30'))!;
  const config = 'container_commands:\n  01_migrate:\n    command: ./migrate\n    leader_only: true\n';
  const template = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 60\n';

  it('finds the lines whose hover shows the fact', () => {
    assert.deepEqual(usesOfFact('app/.ebextensions/db.config', config, leader.id, index).at(-1), { line: 3, character: 4, word: 'leader_only' });
    assert.deepEqual(usesOfFact('template.yaml', template, visibility.id, index), [{ line: 5, character: 6, word: 'VisibilityTimeout' }]);
  });

  it('finds nothing where no hover shows it, in files that are not IaC, and once cancelled', () => {
    assert.deepEqual(usesOfFact('template.yaml', template, leader.id, index), []);
    assert.deepEqual(usesOfFact('notes.txt', 'leader_only', leader.id, index), []);
    assert.deepEqual(usesOfFact('app/.ebextensions/db.config', config, leader.id, index, () => true), []);
    assert.deepEqual(usesOfFact('app/.ebextensions/db.config', '{{{{ not: [yaml', leader.id, index), []);
  });
});
