import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CFN_SPEC_RULES, CFN_SPEC_RULE_LIST } from '../../../src/core/analysis/cloudformation/cfnSpecRules.data';
import { IAM_STRUCTURE_RULE_LIST } from '../../../src/core/analysis/iam/iamStructureRules.data';
import type { AnalysisDiagnostic } from '../../../src/core/analysis/types';
import { setCatalogFileReader } from '../../../src/core/catalog/lazyData';
import { lint, provideCatalogs } from './analyzeText';

/** One rule, both ways: a template it must flag (with a message matching `says`), and a near twin it must not. */
interface Case {
  readonly what: string;
  readonly rule: keyof typeof CFN_SPEC_RULES;
  readonly bad: string;
  readonly good: string;
  readonly says: RegExp;
  /** 0-based line the (first) finding must start on, in the body given (before the version line is added). */
  readonly line: number;
  /** How many findings (default 1). */
  readonly count?: number;
}

const CASES: readonly Case[] = [
  {
    what: 'unknown property, with did-you-mean',
    rule: 'unknownProperty',
    bad: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibiltyTimeout: 30\n',
    good: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 30\n',
    says: /AWS::SQS::Queue has no property "VisibiltyTimeout"\. Did you mean "VisibilityTimeout"\?/,
    line: 4,
  },
  {
    what: 'unknown property of a nested property type',
    rule: 'unknownProperty',
    bad: 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n        Mode: x\n',
    good: 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n',
    says: /VersioningConfiguration \(AWS::S3::Bucket\) has no property "Mode"/,
    line: 6,
  },
  {
    what: 'missing required property (resource, and nested)',
    rule: 'missingRequiredProperty',
    bad: 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration: {}\n',
    good: 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration: { Status: !Ref S }\nParameters:\n  S: { Type: String }\n',
    says: /VersioningConfiguration \(AWS::S3::Bucket\) requires "Status"/,
    line: 4,
  },
  {
    what: 'missing required property when Properties is absent',
    rule: 'missingRequiredProperty',
    bad: 'Resources:\n  F:\n    Type: AWS::Lambda::Function\n',
    good: 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n',
    says: /AWS::Lambda::Function requires .*"Code".*"Role"/,
    line: 1,
  },
  {
    what: 'primitive type mismatch (a list where an integer goes), intrinsics accepted',
    rule: 'propertyType',
    bad: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: [1]\n',
    good: 'Parameters:\n  D: { Type: Number }\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: !Ref D\n      MaximumMessageSize: "1024"\n',
    says: /DelaySeconds must be an Integer, not a list/,
    line: 4,
  },
  {
    what: 'boolean given text',
    rule: 'propertyType',
    bad: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      FifoQueue: yes please\n',
    good: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      FifoQueue: "true"\n',
    says: /FifoQueue must be a Boolean/,
    line: 4,
  },
  {
    what: 'allowed value mismatch, with did-you-mean',
    rule: 'allowedValue',
    bad: 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enable\n',
    good: 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Suspended\n',
    says: /Status does not allow "Enable"\. Did you mean "Enabled"\?/,
    line: 5,
  },
  {
    what: 'unknown Fn::GetAtt attribute',
    rule: 'unknownAttribute',
    bad: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\nOutputs:\n  U:\n    Value: !GetAtt Q.QueueUri\n',
    good: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\nOutputs:\n  U:\n    Value: !GetAtt Q.QueueUrl\n',
    says: /AWS::SQS::Queue has no attribute "QueueUri" \(resource "Q"\)\. Did you mean "QueueUrl"\?/,
    line: 5,
  },
  {
    what: 'undefined condition in Fn::If and in a resource Condition',
    rule: 'undefinedCondition',
    bad: 'Conditions:\n  IsProd: !Equals [a, b]\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Condition: IsProdd\n',
    good: 'Conditions:\n  IsProd: !Equals [a, b]\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Condition: IsProd\n    Properties:\n      DelaySeconds: !If [IsProd, 1, 2]\n',
    says: /No condition "IsProdd" in the Conditions section\. Did you mean "IsProd"\?/,
    line: 5,
  },
  {
    what: 'unknown Fn::FindInMap map and key',
    rule: 'unknownMapping',
    bad: 'Mappings:\n  Regions:\n    us-east-1: { Ami: ami-1 }\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !FindInMap [Regions, us-east-1, Amy]\n',
    good: 'Mappings:\n  Regions:\n    us-east-1: { Ami: ami-1 }\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !FindInMap [Regions, !Ref AWS::Region, Ami]\n',
    says: /Map "Regions › us-east-1" has no key "Amy"/,
    line: 7,
  },
  {
    what: 'DependsOn to an unknown resource',
    rule: 'unknownDependency',
    bad: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    DependsOn: [Topic]\n  Topik:\n    Type: AWS::SNS::Topic\n',
    good: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    DependsOn: [Topik]\n  Topik:\n    Type: AWS::SNS::Topic\n',
    says: /DependsOn: no resource "Topic" in the template\. Did you mean "Topik"\?/,
    line: 3,
  },
  {
    what: 'argument shape of an intrinsic (Select without a list)',
    rule: 'intrinsicArguments',
    bad: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Select [0]\n',
    good: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Select [0, !GetAZs ""]\n',
    says: /Fn::Select takes \[index, \[values\]\]: 1 item given/,
    line: 4,
  },
  {
    what: 'argument shape of Fn::GetStackOutput (its keys), short and long form',
    rule: 'intrinsicArguments',
    bad: 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: !GetStackOutput { StackName: producer }\n  U:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName:\n        Fn::GetStackOutput: { StackName: producer, OutputName: Name, Bad: x }\n',
    good: 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: !GetStackOutput { StackName: producer, OutputName: Name }\n  U:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName:\n        Fn::GetStackOutput: { StackName: !Ref AWS::StackName, OutputName: Name, Region: eu-west-1, RoleArn: arn:aws:iam::123456789012:role/R }\n',
    says: /Fn::GetStackOutput takes \{ StackName, OutputName, Region, RoleArn \}: OutputName missing\./,
    line: 4,
    count: 2,
  },
  {
    what: 'argument shape of Fn::If (long form)',
    rule: 'intrinsicArguments',
    bad: 'Conditions:\n  C: !Equals [a, b]\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName:\n        Fn::If: [C, a]\n',
    good: 'Conditions:\n  C: !Equals [a, b]\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName:\n        Fn::If: [C, a, !Ref AWS::NoValue]\n',
    says: /Fn::If takes \[condition name, value if true, value if false\]: 2 items given/,
    line: 7,
  },
  {
    what: 'parameter Type',
    rule: 'parameterType',
    bad: 'Parameters:\n  P:\n    Type: Strng\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n',
    good: 'Parameters:\n  P:\n    Type: List<AWS::EC2::Subnet::Id>\n  S:\n    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n',
    says: /"Strng" is not a parameter type\. Did you mean "String"\?/,
    line: 2,
  },
  {
    what: 'parameter Default outside its AllowedValues',
    rule: 'parameterDefault',
    bad: 'Parameters:\n  Env:\n    Type: String\n    AllowedValues: [dev, prod]\n    Default: test\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n',
    good: 'Parameters:\n  Env:\n    Type: String\n    AllowedValues: [dev, prod]\n    Default: dev\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n',
    says: /The Default of parameter "Env" is not one of its AllowedValues/,
    line: 4,
  },
  {
    what: 'malformed resource type, with the type meant',
    rule: 'malformedResourceType',
    bad: 'Resources:\n  Q:\n    Type: AWS:SQS::Queue\n',
    good: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n',
    says: /"AWS:SQS::Queue" \(resource "Q"\) is not a resource type name.*Did you mean "AWS::SQS::Queue"\?/,
    line: 2,
  },
  {
    what: 'resource entry: unknown key and DeletionPolicy value',
    rule: 'resourceEntry',
    bad: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    DeletionPolicy: retain\n',
    good: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    DeletionPolicy: Retain\n',
    says: /DeletionPolicy "retain" does not exist.*Did you mean "Retain"\?/,
    line: 3,
  },
  {
    what: 'logical ID not alphanumeric',
    rule: 'logicalId',
    bad: 'Resources:\n  my_queue:\n    Type: AWS::SQS::Queue\n',
    good: 'Resources:\n  myQueue:\n    Type: AWS::SQS::Queue\n',
    says: /"my_queue" \(Resources\) is not a valid name/,
    line: 1,
  },
  {
    what: 'a section that is a list, not a mapping',
    rule: 'sectionShape',
    bad: 'Conditions:\n  - IsProd: !Equals [a, b]\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n',
    good: 'Conditions:\n  IsProd: !Equals [a, b]\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n',
    says: /Conditions is a mapping of named entries, not a list/,
    line: 0,
  },
  {
    what: 'circular dependency',
    rule: 'circularDependency',
    bad: 'Resources:\n  A:\n    Type: AWS::SQS::Queue\n    DependsOn: B\n  B:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !GetAtt A.QueueName\n',
    good: 'Resources:\n  A:\n    Type: AWS::SQS::Queue\n  B:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !GetAtt A.QueueName\n',
    says: /Resource "A" is on a circular dependency \(it depends on B\)/,
    line: 1,
    count: 2,
  },
  {
    what: '${} outside Fn::Sub',
    rule: 'subNeeded',
    bad: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: "${AWS::StackName}-jobs"\n',
    good: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub "${AWS::StackName}-jobs"\n',
    says: /"\$\{AWS::StackName\}" is not replaced outside Fn::Sub/,
    line: 4,
  },
  {
    what: 'Fn::ForEach without the AWS::LanguageExtensions transform',
    rule: 'languageExtensions',
    bad: 'Resources:\n  Fn::ForEach::Queues:\n    - Name\n    - [A, B]\n    - Queue${Name}:\n        Type: AWS::SQS::Queue\n',
    good: 'Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::Queues:\n    - Name\n    - [A, B]\n    - Queue${Name}:\n        Type: AWS::SQS::Queue\n',
    says: /Fn::ForEach needs the AWS::LanguageExtensions transform/,
    line: 1,
  },
  {
    what: 'DynamoDB key attributes against AttributeDefinitions',
    rule: 'dynamoDbAttributes',
    bad: 'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      AttributeDefinitions:\n        - { AttributeName: Id, AttributeType: S }\n      KeySchema:\n        - { AttributeName: Key, KeyType: HASH }\n',
    good: 'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      AttributeDefinitions:\n        - { AttributeName: Id, AttributeType: S }\n      KeySchema:\n        - { AttributeName: Id, KeyType: HASH }\n',
    says: /AttributeDefinitions does not define the key attribute "Key"; and defines "Id", which no key schema/,
    line: 4,
  },
  {
    what: 'a key written twice in one mapping, at any depth',
    rule: 'duplicateKey',
    bad: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n  T:\n    Type: AWS::SNS::Topic\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: 1\n      DelaySeconds: 2\n',
    good: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n  T:\n    Type: AWS::SNS::Topic\n  Q2:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: 1\n',
    says: /"Q" is already a key of this mapping \(line 3\)/,
    line: 5,
    count: 2,
  },
  {
    what: 'a tag written on a key, not on the mapping it opens',
    rule: 'taggedKey',
    bad: 'Resources:\n  G:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MaxSize: "1"\n      MinSize: "0"\n      VPCZoneIdentifier: [ !ImportValue Fn::Sub: "${AWS::StackName}-Subnet" ]\n',
    good: 'Resources:\n  G:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MaxSize: "1"\n      MinSize: "0"\n      VPCZoneIdentifier: [ !ImportValue { Fn::Sub: "${AWS::StackName}-Subnet" }, ! "Fn::ImportValue": Subnet2 ]\n',
    says: /!ImportValue tags the key "Fn::Sub", not a value: to apply it to the mapping, write !ImportValue \{ Fn::Sub: … \}/,
    line: 6,
  },
  {
    what: 'documented limits: an SNS topic name over 256 characters, an instance profile with two roles',
    rule: 'valueLimit',
    bad: `Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: ${'t'.repeat(257)}\n  P:\n    Type: AWS::IAM::InstanceProfile\n    Properties:\n      Roles: [a, b]\n`,
    good: `Parameters:\n  Prod: { Type: String }\nConditions:\n  IsProd: !Equals [!Ref Prod, yes]\nResources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: ${'t'.repeat(256)}\n  P:\n    Type: AWS::IAM::InstanceProfile\n    Properties:\n      Roles: [a, !If [IsProd, b, !Ref AWS::NoValue]]\n`,
    says: /TopicName of "T" \(AWS::SNS::Topic\) is 257 characters long: topic names are 1 to 256 characters long\./,
    line: 4,
    count: 2,
  },
  {
    what: 'a backup lifecycle that deletes before 90 days in cold storage (its copy actions too)',
    rule: 'backupLifecycle',
    bad: 'Resources:\n  P:\n    Type: AWS::Backup::BackupPlan\n    Properties:\n      BackupPlan:\n        BackupPlanName: p\n        BackupPlanRule:\n          - RuleName: r\n            TargetBackupVault: v\n            Lifecycle:\n              MoveToColdStorageAfterDays: 7\n              DeleteAfterDays: 30\n            CopyActions:\n              - DestinationBackupVaultArn: arn:aws:backup:us-east-1:123456789012:backup-vault:v2\n                Lifecycle: { MoveToColdStorageAfterDays: 7, DeleteAfterDays: 96 }\n',
    good: 'Resources:\n  P:\n    Type: AWS::Backup::BackupPlan\n    Properties:\n      BackupPlan:\n        BackupPlanName: p\n        BackupPlanRule:\n          - RuleName: r\n            TargetBackupVault: v\n            Lifecycle:\n              MoveToColdStorageAfterDays: 7\n              DeleteAfterDays: 97\n            CopyActions:\n              - DestinationBackupVaultArn: arn:aws:backup:us-east-1:123456789012:backup-vault:v2\n                Lifecycle: { MoveToColdStorageAfterDays: 7, DeleteAfterDays: 97 }\n',
    says: /DeleteAfterDays 30 of "P" is less than 90 days after MoveToColdStorageAfterDays 7/,
    line: 11,
    count: 2,
  },
  {
    what: 'two IAM roles of the same name, whatever the case (a conditional one left out)',
    rule: 'uniqueName',
    bad: 'Resources:\n  A:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: deployer\n      AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: "sts:AssumeRole" }] }\n  B:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: Deployer\n      AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: "sts:AssumeRole" }] }\n',
    good: 'Parameters:\n  P: { Type: String }\nConditions:\n  C: !Equals [!Ref P, x]\nResources:\n  A:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: deployer\n      AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: "sts:AssumeRole" }] }\n  B:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: deployer2\n      AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: "sts:AssumeRole" }] }\n  D:\n    Type: AWS::IAM::Role\n    Condition: C\n    Properties:\n      RoleName: deployer\n      AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: "sts:AssumeRole" }] }\n',
    says: /RoleName "Deployer" of "B" is already the name of "A": AWS::IAM::Role names are unique within an account \(names are not distinguished by case\)\./,
    line: 9,
  },
  {
    what: 'what a module resource may not carry',
    rule: 'moduleEntry',
    bad: 'Resources:\n  M:\n    Type: Org::Net::Vpc::MODULE\n    UpdatePolicy:\n      EnableVersionUpgrade: false\n    Metadata:\n      AWS::CloudFormation::Module: { a: b }\n    Properties:\n      Tags: [{ Key: k, Value: v }]\n',
    good: 'Resources:\n  M:\n    Type: Org::Net::Vpc::MODULE\n    Metadata:\n      Owner: net\n    Properties:\n      Cidr: 10.0.0.0/16\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: [{ Key: k, Value: v }]\n',
    says: /UpdatePolicy on a module \("M" is Org::Net::Vpc::MODULE\) has nothing to apply to/,
    line: 3,
    count: 3,
  },
];

const template = (body: string): string => `AWSTemplateFormatVersion: "2010-09-09"\n${body}`;

const ofRule = (diagnostics: readonly AnalysisDiagnostic[], id: string) => diagnostics.filter((diagnostic) => diagnostic.code === id);

describe('CloudFormation spec rules', () => {
  before(provideCatalogs);

  for (const c of CASES) {
    const rule = CFN_SPEC_RULES[c.rule];
    it(`${rule.id}: ${c.what}`, async () => {
      const bad = ofRule(await lint('template.yaml', template(c.bad)), rule.id);
      assert.equal(bad.length, c.count ?? 1, JSON.stringify(bad));
      assert.match(bad[0].message, c.says);
      assert.equal(bad[0].range.start.line, c.line + 1);
      assert.equal(bad[0].severity, rule.severity);
      assert.deepEqual(await lint('template.yaml', template(c.good)), []);
    });
  }

  it('every rule has a test above, an id of its family, a docs page and its cfn-lint rules', () => {
    const tested = new Set(CASES.map((c) => c.rule));
    for (const [name, rule] of Object.entries(CFN_SPEC_RULES)) {
      assert.ok(tested.has(name as keyof typeof CFN_SPEC_RULES), `${rule.id} has no case`);
      assert.match(rule.id, /^cloudformation\/[a-z-]+$/);
      assert.match(rule.docsUrl, /^https:\/\/docs\.aws\.amazon\.com\/.+\.html$/);
      assert.ok(rule.cfnLint && rule.cfnLint.every((id) => /^[EW]\d{4}$/.test(id)));
    }
    assert.equal(new Set(CFN_SPEC_RULE_LIST.map((rule) => rule.id)).size, CFN_SPEC_RULE_LIST.length);
  });

  it('reports a key written twice in a JSON template too', async () => {
    const json = '{\n  "Resources": {\n    "T": { "Type": "AWS::SNS::Topic" },\n    "T": { "Type": "AWS::SNS::Topic" }\n  }\n}\n';
    const found = ofRule(await lint('template.json', json), CFN_SPEC_RULES.duplicateKey.id);
    assert.deepEqual(found.map((diagnostic) => [diagnostic.range.start.line, diagnostic.message.slice(0, 40)]), [[3, '"T" is already a key of this mapping (li']]);
  });

  it('limits of CloudWatch alarms: 5 actions per state (conditional ones not counted), names of 255 characters', async () => {
    const alarm = (actions: string, name: string) =>
      template(`Parameters:\n  P: { Type: String }\nConditions:\n  C: !Equals [!Ref P, x]\nResources:\n  A:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      AlarmName: ${name}\n      ComparisonOperator: GreaterThanThreshold\n      EvaluationPeriods: 1\n      Threshold: 1\n      MetricName: M\n      Namespace: N\n      Statistic: Sum\n      Period: 60\n      OKActions: ${actions}\n`);
    const limits = async (text: string) => ofRule(await lint('template.yaml', text), CFN_SPEC_RULES.valueLimit.id).map((diagnostic) => diagnostic.message);
    assert.deepEqual(await limits(alarm('[a, b, c, d, e, f]', 'n'.repeat(256))), [
      `AlarmName of "A" (AWS::CloudWatch::Alarm) is 256 characters long: alarm names are 1 to 255 characters long.`,
      'OKActions of "A" (AWS::CloudWatch::Alarm) has 6 items: an alarm takes at most 5 actions per state.',
    ]);
    assert.deepEqual(await limits(alarm('[a, b, c, d, e, !If [C, f, !Ref AWS::NoValue]]', 'n'.repeat(255))), []);
  });

  it('points at the key of Fn::GetStackOutput that is not one of its keys', async () => {
    const text = template('Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName:\n        Fn::GetStackOutput:\n          StackName: producer\n          OutputName: Name\n          BadKey: x\n');
    const found = ofRule(await lint('template.yaml', text), CFN_SPEC_RULES.intrinsicArguments.id);
    assert.deepEqual(found.map((diagnostic) => [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.message]), [
      [9, 10, 'Fn::GetStackOutput takes { StackName, OutputName, Region, RoleArn }: "BadKey" is not one of its keys.'],
    ]);
  });

  it('reports each malformed form of a type name, and leaves modules and custom types alone', async () => {
    for (const written of ['AWS::SQSQueue', 'SQS::Queue', 'AWS:SQS::Queue']) {
      const found = ofRule(await lint('template.yaml', template(`Resources:\n  Q:\n    Type: ${written}\n`)), CFN_SPEC_RULES.malformedResourceType.id);
      assert.match(found[0]?.message ?? '', /Did you mean "AWS::SQS::Queue"\?/, written);
    }
    const fine = template('Resources:\n  M:\n    Type: MyOrg::Network::Vpc::MODULE\n  C:\n    Type: Custom::Seeder\n  L:\n    Type: LocalModule\n');
    assert.deepEqual(ofRule(await lint('template.yaml', fine), CFN_SPEC_RULES.malformedResourceType.id), []);
  });

  it('the README rule table has a row for every rule, with its severity and cfn-lint rules', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    for (const rule of [...CFN_SPEC_RULE_LIST, ...IAM_STRUCTURE_RULE_LIST]) {
      assert.ok(readme.includes(`| \`${rule.id}\` | ${rule.severity} | ${rule.summary} | ${(rule.cfnLint ?? []).join(', ') || '—'} |`), `${rule.id} row`);
    }
  });

  it('leaves SAM, custom resources and values a function computes alone', async () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Parameters:
  Size: { Type: Number }
Conditions:
  Big: !Equals [!Ref Size, 10]
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Events:
        Api: { Type: Api, Properties: { Path: /, Method: get } }
  Custom:
    Type: Custom::Thing
    Properties:
      Anything: [1, 2]
  Q:
    Type: AWS::SQS::Queue
    Properties:
      DelaySeconds: !If [Big, 10, !Ref Size]
      Tags: !If [Big, [{ Key: a, Value: b }], !Ref AWS::NoValue]
      RedrivePolicy: { deadLetterTargetArn: x, maxReceiveCount: 3 }
Outputs:
  Url:
    Value: !GetAtt Custom.Whatever
`;
    assert.deepEqual(await lint('template.yaml', template(text)), []);
  });

  it('takes provider-defined properties of AWS::CloudFormation::CustomResource and SAM properties the spec lacks, and still checks the listed ones', async () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Seed:
    Type: AWS::CloudFormation::CustomResource
    Properties:
      ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:seed
      ServiceTimeout: soon
      SSMKeyList: a,b
  Machine:
    Type: AWS::Serverless::StateMachine
    Properties:
      AutoPublishAlias: live
      Definition: { StartAt: A, States: { A: { Type: Pass, End: true } } }
  Native:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/sfn
      AutoPublishAlias: live
`;
    const found = await lint('template.yaml', template(text));
    assert.deepEqual(
      found.map((d) => `${d.range.start.line} ${d.code}`),
      [`7 ${CFN_SPEC_RULES.propertyType.id}`, `18 ${CFN_SPEC_RULES.unknownProperty.id}`],
      JSON.stringify(found),
    );
  });

  it('takes a local path where `aws cloudformation package` uploads one (Code: ./src), and nowhere else', async () => {
    const text = `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Code: ./src
      Role: arn:aws:iam::123456789012:role/fn
      Environment: ./env
  Repo:
    Type: AWS::CodeCommit::Repository
    Properties:
      RepositoryName: r
      Code:
        S3: ./seed
        BranchName: main
`;
    const found = await lint('template.yaml', template(text));
    assert.deepEqual(found.map((d) => `${d.range.start.line} ${d.code}`), [`7 ${CFN_SPEC_RULES.propertyType.id}`], JSON.stringify(found));
  });

  it('is a no-op without the resource specification loaded, for the rules that need it', async () => {
    setCatalogFileReader(undefined);
    try {
      const found = await lint('template.yaml', template(CASES[0].bad));
      assert.deepEqual(ofRule(found, CFN_SPEC_RULES.unknownProperty.id), []);
    } finally {
      provideCatalogs();
    }
  });
});
