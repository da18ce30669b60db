import * as assert from 'node:assert/strict';
import { analysisOf, lintAnalysis } from '../../../src/core/analysis/analyze';
import { ignoreCommentCompletions } from '../../../src/core/analysis/ignoreCommentCompletion';
import type { FileFamily } from '../../../src/core/analysis/types';
import { provideCatalogs } from '../cloudformation/analyzeText';

async function codes(fileName: string, text: string, ignore?: readonly string[]): Promise<string[]> {
  const analysis = analysisOf(fileName, text);
  assert.ok(analysis, fileName);
  return (await lintAnalysis(analysis, { ignore })).map((d) => `${d.range.start.line}:${d.code}`);
}

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: !Ref Missing
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Ref AlsoMissing
`;

describe('silencing diagnostics', () => {
  before(provideCatalogs);

  it('the setting (awsNotes.lint.ignore) silences its rules everywhere, and only them', async () => {
    assert.deepEqual(await codes('t.yaml', TEMPLATE), ['5:cloudformation/undefined-reference', '9:cloudformation/undefined-reference']);
    assert.deepEqual(await codes('t.yaml', TEMPLATE, ['cloudformation/undefined-reference']), []);
    assert.deepEqual(await codes('t.yaml', TEMPLATE, ['cloudformation/unknown-section']), ['5:cloudformation/undefined-reference', '9:cloudformation/undefined-reference']);
    const json = JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { T: { Type: 'AWS::SNS::Topic', Properties: { TopicName: { Ref: 'Missing' } } } } });
    assert.equal((await codes('t.json', json)).length, 1);
    assert.deepEqual(await codes('t.json', json, ['cloudformation/undefined-reference']), []);
  });

  it('a YAML comment on the line above silences that line only', async () => {
    const text = TEMPLATE.replace('      TopicName:', '      # aws-notes-ignore cloudformation/undefined-reference\n      TopicName:');
    assert.deepEqual(await codes('t.yaml', text), ['10:cloudformation/undefined-reference']);
    // Another rule named: nothing silenced.
    const other = TEMPLATE.replace('      TopicName:', '      # aws-notes-ignore cloudformation/unknown-section\n      TopicName:');
    assert.equal((await codes('t.yaml', other)).length, 2);
  });

  it('a comment among the top comments silences the whole file; several rules may be named', async () => {
    const top = `# My stack\n# aws-notes-ignore cloudformation/unknown-section, cloudformation/undefined-reference\n${TEMPLATE}`;
    assert.deepEqual(await codes('t.yaml', top), []);
    const appspec = '# aws-notes-ignore appspec/hook-order\nversion: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: a.sh\n  BeforeInstall:\n    - location: b.sh\n';
    assert.deepEqual(await codes('/w/appspec.yml', appspec), []);
    assert.deepEqual(await codes('/w/appspec.yml', appspec.replace('# aws-notes-ignore appspec/hook-order\n', '')), ['5:appspec/hook-order']);
  });

  it("a resource's Metadata silences its own findings; the template's Metadata all of them", async () => {
    const resource = TEMPLATE.replace('    Type: AWS::SNS::Topic\n', '    Type: AWS::SNS::Topic\n    Metadata:\n      aws-notes:\n        ignore: [cloudformation/undefined-reference]\n');
    assert.deepEqual(await codes('t.yaml', resource), ['12:cloudformation/undefined-reference']);
    const template = TEMPLATE.replace('Resources:\n', 'Metadata:\n  aws-notes:\n    ignore:\n      - cloudformation/undefined-reference\nResources:\n');
    assert.deepEqual(await codes('t.yaml', template), []);
  });

  it("cfn-lint's ignore_checks silence the rules of ours that map to them (ids and prefixes)", async () => {
    const withChecks = (checks: string) => TEMPLATE.replace('    Type: AWS::SQS::Queue\n', `    Type: AWS::SQS::Queue\n    Metadata:\n      cfn-lint:\n        config:\n          ignore_checks: [${checks}]\n`);
    assert.deepEqual(await codes('t.yaml', withChecks('E1020')), ['5:cloudformation/undefined-reference']);
    assert.deepEqual(await codes('t.yaml', withChecks('E1')), ['5:cloudformation/undefined-reference']);
    assert.equal((await codes('t.yaml', withChecks('E3006, W2001'))).length, 2);
  });

  it('the spec rules and the IAM structure rules are silenced the same ways (they are in the rule registry)', async () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Metadata:
      cfn-lint:
        config:
          ignore_checks: [E3002]
    Properties:
      BucketName1: x
  Other:
    Type: AWS::S3::Bucket
    Properties:
      BucketName1: x
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          # aws-notes-ignore iam/effect
          - Effect: allow
            Action: s3:GetObject
            Resource: "*"
`;
    assert.deepEqual(await codes('t.yaml', text), ['13:cloudformation/unknown-property']);
    assert.deepEqual(await codes('t.yaml', text.replace('# aws-notes-ignore iam/effect', '# nothing silenced')), ['13:cloudformation/unknown-property', '21:iam/effect']);
    assert.deepEqual(await codes('t.yaml', text, ['cloudformation/unknown-property']), []);
  });
});

describe('completing rule ids in a "# aws-notes-ignore" comment', () => {
  const ids = (line: string, family?: FileFamily) => ignoreCommentCompletions(`version: 0.0\n${line}\n`, { line: 1, character: line.length }, family).map((item) => item.label);

  it("offers the file family's rules and the syntax rules, not those already written", () => {
    const appspec = ids('# aws-notes-ignore ', 'appspec');
    assert.ok(appspec.includes('appspec/hook-order') && appspec.includes('syntax/yaml'), appspec.join());
    assert.ok(!appspec.some((id) => id.startsWith('cloudformation/')), appspec.join());
    const template = ids('# aws-notes-ignore ', 'cloudformation');
    assert.ok(template.includes('cloudformation/undefined-reference') && template.includes('iam/unknown-operator') && !template.includes('appspec/os'), template.join());
    const more = ids('# aws-notes-ignore appspec/hook-order, appspec/ti', 'appspec');
    assert.ok(!more.includes('appspec/hook-order') && more.includes('appspec/timeout'));
    const [item] = ignoreCommentCompletions('# aws-notes-ignore appspec/ti', { line: 0, character: 29 }, 'appspec');
    assert.deepEqual(item.range, { start: { line: 0, character: 19 }, end: { line: 0, character: 29 } });
  });

  it('nowhere else: not in other comments, not in values', () => {
    assert.deepEqual(ids('# a comment '), []);
    assert.deepEqual(ids('os: '), []);
    assert.deepEqual(ids('# aws-notes-ignored '), []);
  });
});
