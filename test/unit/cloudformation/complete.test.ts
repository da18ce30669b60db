import * as assert from 'node:assert/strict';
import { complete, provideCatalogs } from './analyzeText';
import { termsAsked } from '../analysis/termsAsked';

const labels = (file: string, text: string): string[] => complete(file, text).map((item) => item.label);

describe('CloudFormation completions', () => {
  before(provideCatalogs);

  it('offers the sections not yet in the template', () => {
    const found = labels('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  T: { Type: AWS::SNS::Topic }\n|\n');
    assert.ok(found.includes('Outputs') && found.includes('Parameters'));
    assert.ok(!found.includes('Resources') && !found.includes('AWSTemplateFormatVersion'));
  });

  it('offers resource types after Type:', () => {
    const found = labels('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::B|\n');
    assert.ok(found.includes('AWS::S3::Bucket') && found.length > 1500);
  });

  it('offers the properties of the type, required ones first, not those already written', () => {
    const items = complete('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      |\n');
    const found = items.map((i) => i.label);
    assert.ok(!found.includes('Runtime'));
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => i.label);
    assert.deepEqual(sorted.slice(0, 2).sort(), ['Code', 'Role']);
    assert.deepEqual(items.find((i) => i.label === 'Role')?.notes, { service: 'Lambda', terms: ['Role'], context: ['Function'] });
  });

  it('inserts a new YAML key with its colon, but not when renaming an existing key or in JSON', () => {
    const fresh = complete('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Del|\n');
    assert.equal(fresh.find((i) => i.label === 'DeletionPolicy')?.insertText, 'DeletionPolicy: ');
    const existing = complete('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Del|etionPolicy: Retain\n');
    assert.equal(existing.find((i) => i.label === 'DependsOn')?.insertText, undefined);
    const json = complete('t.json', '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"|"}}}}');
    assert.equal(json.find((i) => i.label === 'BucketName')?.insertText, undefined);
  });

  it('offers resource attributes and Type/Properties in a resource entry', () => {
    const found = labels('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    |\n');
    assert.deepEqual(found.sort(), ['Condition', 'CreationPolicy', 'DeletionPolicy', 'DependsOn', 'Metadata', 'Properties', 'UpdatePolicy', 'UpdateReplacePolicy']);
  });

  it('documents a section, a resource attribute and its values from the notes as their hovers do: Metadata of the template, of a resource', () => {
    const sections = complete('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  T: { Type: AWS::SNS::Topic }\n|\n');
    assert.deepEqual(termsAsked(sections.find((i) => i.label === 'Metadata')?.notes), { service: 'CloudFormation', terms: ['Metadata'], context: ['template'] });
    const attributes = complete('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    |\n');
    assert.deepEqual(termsAsked(attributes.find((i) => i.label === 'Metadata')?.notes), { service: 'CloudFormation', terms: ['Metadata'], context: ['resource'] });
    const values = complete('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: |\n');
    assert.deepEqual(termsAsked(values.find((i) => i.label === 'Retain')?.notes), { service: 'CloudFormation', terms: ['Retain', 'DeletionPolicy'], context: ['resource'] });
  });

  it('offers allowed values: DeletionPolicy, and a property with an enum', () => {
    assert.deepEqual(labels('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: |\n'), [
      'Delete',
      'Retain',
      'RetainExceptOnCreate',
      'Snapshot',
    ]);
    const found = labels('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: P|\n');
    assert.ok(found.includes('Private') && found.includes('PublicRead'));
  });

  it('offers parameters, resources and pseudo parameters after !Ref, and Resource.Attribute after !GetAtt', () => {
    const base = 'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  Stage: { Type: String }\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n';
    const refs = labels('t.yaml', `${base}Outputs:\n  A:\n    Value: !Ref |\n`);
    assert.ok(refs.includes('Stage') && refs.includes('Q') && refs.includes('AWS::Region'));
    const atts = labels('t.yaml', `${base}Outputs:\n  A:\n    Value: !GetAtt |\n`);
    assert.ok(atts.includes('Q.Arn') && atts.includes('Q.QueueUrl'));
  });

  it('offers the short forms after "!" in YAML, replacing the "!"', () => {
    const items = complete('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Su|\n');
    const sub = items.find((i) => i.label === '!Sub')!;
    assert.ok(sub);
    assert.equal(sub.range?.start.character, 17);
  });

  it('offers the rule functions (!Contains, !ValueOf, …) in the Rules section only', () => {
    const inRules = labels('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nRules:\n  R:\n    RuleCondition: !|\nResources:\n  Q: { Type: AWS::SQS::Queue }\n');
    assert.ok(inRules.includes('!Contains') && inRules.includes('!ValueOf') && inRules.includes('!Equals'), inRules.join());
    const inResources = labels('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !|\n');
    assert.ok(inResources.includes('!Sub') && !inResources.includes('!Contains') && !inResources.includes('!ValueOf'), inResources.join());
  });

  it('offers the keys of a parameter and of an output', () => {
    const parameter = labels('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  P:\n    Type: String\n    |\nResources: {}\n');
    assert.ok(parameter.includes('AllowedValues') && parameter.includes('NoEcho') && !parameter.includes('Type'));
    const output = labels('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\nOutputs:\n  O:\n    |\n');
    assert.deepEqual(output, ['Value', 'Description', 'Export', 'Condition']);
  });

  it('offers the only format version and the parameter types', () => {
    assert.deepEqual(labels('t.yaml', 'AWSTemplateFormatVersion: |\nResources: {}\n'), ['2010-09-09']);
    assert.ok(labels('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  P:\n    Type: |\nResources: {}\n').includes('AWS::EC2::VPC::Id'));
  });

  it('completes in JSON templates too', () => {
    const found = labels('t.json', '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"|"}}}}');
    assert.ok(found.includes('BucketName'));
  });
});
