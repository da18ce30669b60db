import * as assert from 'node:assert/strict';
import { snippetCompletions } from '../../../src/core/analysis/fileSnippets';
import type { Position } from '../../../src/core/analysis/types';
import { complete, provideCatalogs } from '../cloudformation/analyzeText';

/** `text` with `|` at the cursor → the snippet labels offered there. */
function snippets(fileName: string, marked: string, syntax: 'yaml' | 'json' = 'yaml'): string[] {
  const at = marked.indexOf('|');
  const before = marked.slice(0, at).split('\n');
  const position: Position = { line: before.length - 1, character: before[before.length - 1].length };
  return snippetCompletions(fileName, marked.slice(0, at) + marked.slice(at + 1), position, syntax).map((item) => item.label);
}

describe('completion hygiene', () => {
  before(provideCatalogs);

  describe('file skeletons are offered where a file or a statement starts, nowhere else', () => {
    it('a new YAML file: every family, not the statement; a named file: its own family only', () => {
      assert.deepEqual(snippets('Untitled-1', '|'), ['appspec-ec2', 'appspec-ecs', 'appspec-lambda', 'ebextensions', 'cfn']);
      assert.deepEqual(snippets('/w/notes.yaml', '# my stack\n\ncf|'), ['appspec-ec2', 'appspec-ecs', 'appspec-lambda', 'ebextensions', 'cfn']);
      assert.deepEqual(snippets('/w/appspec.yml', 'app|'), ['appspec-ec2', 'appspec-ecs', 'appspec-lambda']);
      assert.deepEqual(snippets('/w/.ebextensions/a.config', '|'), ['ebextensions']);
    });

    it('a new JSON file gets the JSON skeletons', () => {
      assert.deepEqual(snippets('Untitled-1', '|', 'json'), ['appspec-ec2', 'cfn', 'iam-policy']);
      assert.deepEqual(snippets('Untitled-1', '{\n  "a": |\n}', 'json'), []);
    });

    it('not in a file that already has content, not in values, not in other lists', () => {
      assert.deepEqual(snippets('/w/appspec.yml', 'version: 0.0\n|'), []);
      assert.deepEqual(snippets('/w/appspec.yml', 'version: |'), []);
      assert.deepEqual(snippets('/w/appspec.yml', 'version: 0.0\nfiles:\n  - |'), []);
      assert.deepEqual(snippets('Untitled-1', '  |'), []);
    });

    it('the policy statement: a new item of a Statement list (after other items too), replacing a typed "- "', () => {
      const policy = 'PolicyDocument:\n  Version: "2012-10-17"\n  Statement:\n';
      assert.deepEqual(snippets('t.yaml', `${policy}    - |`), ['iam-statement']);
      assert.deepEqual(snippets('t.yaml', `${policy}    - Effect: Allow\n      Action: s3:GetObject\n      Resource: "*"\n    - iam|`), ['iam-statement']);
      assert.deepEqual(snippets('t.yaml', `${policy}    - Effect: Allow\n      Action:\n        - |`), []);
      assert.deepEqual(snippets('t.yaml', 'Resources:\n  - |'), []);
      const [item] = snippetCompletions('t.yaml', `${policy}    - `, { line: 3, character: 6 }, 'yaml');
      assert.deepEqual(item.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 6 } });
      assert.match(item.insertText!, /^- Effect: \$\{1\|Allow,Deny\|\}/);
    });
  });

  it('no completion repeats its one-line description in its documentation', () => {
    const positions: [string, string][] = [
      ['/w/appspec.yml', '|'],
      ['/w/appspec.yml', 'version: 0.0\nos: linux\nhooks:\n  BeforeInstall:\n    - |'],
      ['/w/appspec.yml', 'version: 0.0\nos: |'],
      ['/w/.ebextensions/a.config', '|'],
      ['/w/.ebextensions/a.config', 'commands:\n  a:\n    |'],
      ['/w/.ebextensions/a.config', 'option_settings:\n  |'],
      ['/w/.ebextensions/a.config', 'option_settings:\n  aws:elasticbeanstalk:application:\n    |'],
      ['/w/.ebextensions/a.config', 'container_commands:\n  a:\n    leader_only: |'],
      ['t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !|\n'],
      ['t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName:\n        |\n'],
    ];
    let checked = 0;
    for (const [file, text] of positions) {
      for (const item of complete(file, text)) {
        if (!item.detail || !item.documentation || item.detail.length < 20) continue;
        checked++;
        assert.ok(!item.documentation.includes(item.detail), `${file} ${item.label}: "${item.detail}" repeated in\n${item.documentation}`);
      }
    }
    assert.ok(checked > 50, `only ${checked} items checked`);
  });

  it('!Ref and !GetAtt never offer the resource they are written in', () => {
    const text = (call: string) => `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: ${call} |\n`;
    const refs = complete('t.yaml', text('!Ref')).map((item) => item.label);
    assert.ok(refs.includes('Queue') && !refs.includes('Topic'), refs.join());
    const atts = complete('t.yaml', text('!GetAtt')).map((item) => item.label);
    assert.ok(atts.includes('Queue.Arn') && !atts.some((label) => label.startsWith('Topic.')), atts.join());
    // Outside a resource (Outputs) every resource is offered.
    const outputs = complete('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\nOutputs:\n  A:\n    Value: !Ref |\n').map((item) => item.label);
    assert.ok(outputs.includes('Queue'));
  });
});
