import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codes, lint, provideCatalogs } from './analyzeText';

const template = (body: string): string => `AWSTemplateFormatVersion: "2010-09-09"\n${body}`;

describe('CloudFormation diagnostics', () => {
  before(provideCatalogs);

  describe('valid templates get none', () => {
    for (const file of fs.readdirSync('samples/cloudformation').filter((name) => !name.startsWith('broken'))) {
      it(`samples/cloudformation/${file}`, async () => {
        assert.deepEqual(await lint(file, fs.readFileSync(path.join('samples/cloudformation', file), 'utf8')), []);
      });
    }

    it('a nested stack with conditions, GetAtt on its outputs, and rules', async () => {
      const text = template(`Parameters:
  Env: { Type: String, AllowedValues: [dev, prod] }
  Subnets: { Type: "List<AWS::EC2::Subnet::Id>" }
Rules:
  ProdNeedsTwoSubnets:
    RuleCondition: !Equals [!Ref Env, prod]
    Assertions:
      - Assert: !Not [!Equals [!Join [",", !Ref Subnets], ""]]
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsNotProd: !Not [!Condition IsProd]
  Either: !Or [!Condition IsProd, !Condition IsNotProd]
Resources:
  Network:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://example.com/network.yaml
      Parameters:
        SubnetIds: !Join [",", !Ref Subnets]
  Cache:
    Type: AWS::ElastiCache::CacheCluster
    Condition: IsProd
    DeletionPolicy: Snapshot
    Properties:
      Engine: redis
      CacheNodeType: cache.t4g.micro
      NumCacheNodes: 1
      VpcSecurityGroupIds: [!GetAtt Network.Outputs.SecurityGroupId]
      Tags:
        - Key: name
          Value: !If [IsProd, !Sub "\${AWS::StackName}-cache", !Ref AWS::NoValue]
  Custom:
    Type: Custom::Seeder
    Properties:
      ServiceToken: !ImportValue shared-seeder-arn
Outputs:
  CacheEndpoint:
    Condition: IsProd
    Value: !GetAtt Cache.RedisEndpoint.Address
  Literal:
    Value: !Sub "\${!NotAVariable} in \${AWS::Region} of \${Env}"
  Mapped:
    Value: !Sub
      - "\${Host}:\${Port}"
      - Host: !GetAtt Cache.RedisEndpoint.Address
        Port: "6379"
`);
      assert.deepEqual(await lint('nested.yaml', text), []);
    });

    it('a template with macros it cannot see through (Fn::Transform, Fn::ForEach) and a module type', async () => {
      const text = `AWSTemplateFormatVersion: "2010-09-09"
Transform: [AWS::LanguageExtensions]
Resources:
  Fn::ForEach::Topics:
    - Name
    - [Orders, Payments]
    - \${Name}Topic:
        Type: AWS::SNS::Topic
  Subscription:
    Type: AWS::SNS::Subscription
    Properties:
      TopicArn: !Ref OrdersTopic
      Protocol: email
      Endpoint: ops@example.com
  Included:
    Fn::Transform:
      Name: AWS::Include
      Parameters: { Location: s3://bucket/snippet.yaml }
  Vpc:
    Type: MyOrg::Network::Vpc::MODULE
`;
      assert.deepEqual(await lint('macros.yaml', text), []);
    });

    it('shapes seen in AWS sample templates (aws-cloudformation-templates: Config, ECS Fargate VPC)', async () => {
      const text = template(`Parameters:
  DeliveryChannelExists: { Type: String, AllowedValues: ["false", "true"], Default: "false" }
Conditions:
  CreateDeliveryChannel: !Equals
    - !Ref DeliveryChannelExists
    - "false"
Resources:
  Volume:
    Type: AWS::EC2::Volume
    Metadata: { guard: { SuppressedRules: [ENCRYPTED_VOLUMES] } }
    Properties:
      Size: "5"
      AvailabilityZone: !Select
        - 0
        - !GetAZs
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: vpc-123
      CidrBlock: 10.0.0.0/24
      AvailabilityZone: !Select
        - 1
        - !GetAZs
          Ref: AWS::Region
  Topic:
    Type: AWS::SNS::Topic
  TopicPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      PolicyDocument:
        Id: ConfigTopicPolicy
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: config.amazonaws.com }
            Action: SNS:Publish
            Resource: '*'
            Condition:
              StringEquals:
                s3:x-amz-acl: bucket-owner-full-control
                kms:EncryptionContext:aws:cloudtrail:arn: arn:aws:cloudtrail:*:111122223333:trail/*
              ForAllValues:StringEquals:
                dynamodb:LeadingKeys: ["\${aws:userid}"]
      Topics: [!Ref Topic]
  Rule:
    Type: AWS::Config::ConfigRule
    DependsOn: [Topic, Volume]
    Condition: CreateDeliveryChannel
    Properties:
      Source: { Owner: AWS, SourceIdentifier: REQUIRED_TAGS }
Outputs:
  ComplianceType:
    Value: !GetAtt Rule.Compliance.Type
`);
      assert.deepEqual(await lint('samples.yaml', text), []);
    });

    it('a template using modules, whose resources are named after the module', async () => {
      const text = template(`Resources:
  Storage:
    Type: MyOrg::Storage::Bucket::MODULE
    Properties: { Name: data }
Outputs:
  Bucket: { Value: !Ref StorageBucket }
`);
      assert.deepEqual(await lint('modules.yaml', text), []);
    });

    it('a JSON template with Fn::Sub arrays and long-form GetAtt', async () => {
      const text = JSON.stringify({
        AWSTemplateFormatVersion: '2010-09-09',
        Parameters: { Name: { Type: 'String' } },
        Resources: { Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: { 'Fn::Sub': ['${Name}-${Suffix}', { Suffix: 'events' }] } } } },
        Outputs: { Arn: { Value: { 'Fn::GetAtt': ['Topic', 'TopicArn'] } }, Ref: { Value: { Ref: 'Topic' } } },
      });
      assert.deepEqual(await lint('t.json', text), []);
    });
  });

  describe('false alarms seen on real templates', () => {
    it('AWS::CDK::Metadata (in every CDK-generated stack) is a known type; a misspelt one is not', async () => {
      assert.deepEqual(await lint('cdk.yaml', template('Resources:\n  CDKMetadata:\n    Type: AWS::CDK::Metadata\n    Properties: { Analytics: v2:deflate64:abc }\n')), []);
      assert.deepEqual(codes(await lint('cdk.yaml', template('Resources:\n  CDKMetadata:\n    Type: AWS::CDK::Metadatum\n'))), ['cloudformation/unknown-resource-type']);
    });

    it('a Fn::ForEach loop variable is defined inside its fragment, and only there', async () => {
      const text = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::LanguageExtensions
Parameters:
  ParamA: { Type: String }
Conditions:
  Fn::ForEach::Checks:
    - Identifier
    - [A]
    - IsParam\${Identifier}Enabled: !Equals [!Sub "Param\${Identifier}", !Ref Identifier]
  Other: !Equals [!Sub "\${Identifier}", "x"]
Resources:
  Handle: { Type: AWS::CloudFormation::WaitConditionHandle }
`;
      const found = await lint('foreach.yaml', text);
      assert.deepEqual(found.map((d) => [d.code, d.range.start.line]), [['cloudformation/undefined-reference', 9]]);
    });

    it('the Rules functions in short form (!Contains, !ValueOf, …) are tags, not unresolved ones', async () => {
      const text = template(`Parameters:
  Env: { Type: String }
  Vpc: { Type: AWS::EC2::VPC::Id }
Rules:
  Allowed:
    RuleCondition: !Contains [[prod, test], !Ref Env]
    Assertions:
      - Assert: !EachMemberEquals [!ValueOfAll [AWS::EC2::VPC::Id, Tags.Department], IT]
      - Assert: !EachMemberIn [!RefAll AWS::EC2::VPC::Id, [vpc-1]]
      - Assert: !Equals [!ValueOf [Vpc, Tags.Team], core]
Resources:
  T: { Type: AWS::SNS::Topic }
`);
      assert.deepEqual(await lint('rules.yaml', text), []);
      assert.deepEqual(codes(await lint('rules.yaml', template('Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties: { TopicName: !Contain [a] }\n'))), ['syntax/yaml']);
    });

    it("Rain's preprocessor tags (!Rain::Embed) are left alone; other unknown tags are not", async () => {
      const body = (tag: string) => template(`Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties: { TopicName: ${tag} name.txt }\n`);
      assert.deepEqual(await lint('rain.yaml', body('!Rain::Embed')), []);
      assert.deepEqual(codes(await lint('rain.yaml', body('!Rainy::Embed'))), ['syntax/yaml']);
    });

    it('a JSON template that does not parse gets its syntax errors, not sections guessed from them', async () => {
      const text = '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Metadata": {\n    "Stack" {\n      "Value": "2"\n    },\n    "Input": { "Description": "x" }\n  },\n  "Resources": { "T": { "Type": "AWS::SNS::Topic" } }\n}\n';
      const found = codes(await lint('broken.json', text));
      assert.ok(found.includes('syntax/json'), found.join());
      assert.ok(!found.some((code) => code === 'cloudformation/unknown-section' || code === 'cloudformation/missing-resources'), found.join());
      assert.deepEqual(codes(await lint('t.json', '{"AWSTemplateFormatVersion": "2010-09-09", "Input": {}, "Resources": {"T": {"Type": "AWS::SNS::Topic"}}}')), ['cloudformation/unknown-section']);
    });
  });

  it('reports an unknown top-level section, with did-you-mean', async () => {
    const found = await lint('t.yaml', template('Mapings: {}\nResources:\n  T: { Type: AWS::SNS::Topic }\n'));
    assert.deepEqual(codes(found), ['cloudformation/unknown-section']);
    assert.match(found[0].message, /"Mapings".*Did you mean "Mappings"\?/);
    assert.deepEqual(found[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 7 } });
  });

  it('allows Globals only with a transform', async () => {
    const body = 'Globals:\n  Function: { Timeout: 3 }\nResources:\n  T: { Type: AWS::SNS::Topic }\n';
    assert.deepEqual(codes(await lint('t.yaml', template(body))), ['cloudformation/unknown-section']);
    assert.deepEqual(await lint('t.yaml', template(`Transform: AWS::Serverless-2016-10-31\n${body}`)), []);
  });

  it('reports a missing Resources section', async () => {
    assert.deepEqual(codes(await lint('t.yaml', template('Description: nothing yet\n'))), ['cloudformation/missing-resources']);
  });

  it('reports a wrong AWSTemplateFormatVersion, and accepts the unquoted date', async () => {
    const found = await lint('t.yaml', 'AWSTemplateFormatVersion: "2010-09-10"\nResources:\n  T: { Type: AWS::SNS::Topic }\n');
    assert.deepEqual(codes(found), ['cloudformation/format-version']);
    assert.deepEqual(await lint('t.yaml', 'AWSTemplateFormatVersion: 2010-09-09\nResources:\n  T: { Type: AWS::SNS::Topic }\n'), []);
  });

  it('reports Ref, GetAtt and ${} in Sub to undefined names, in both forms, with did-you-mean', async () => {
    const yaml = template(`Parameters:
  Stage: { Type: String }
Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: !Sub "\${Stag}-topic"
      DisplayName: !Ref Topc
Outputs:
  A: { Value: !GetAtt Topik.TopicArn }
  B: { Value: { "Fn::GetAtt": [Stage, Arn] } }
  C: { Value: { Ref: Nothing } }
`);
    const found = await lint('t.yaml', yaml);
    assert.deepEqual(codes(found), Array(5).fill('cloudformation/undefined-reference'));
    assert.match(found[0].message, /"Stag".*Did you mean "Stage"/);
    assert.match(found[1].message, /Ref: .*"Topc".*Did you mean "Topic"/);
    assert.match(found[2].message, /Fn::GetAtt: No resource "Topik"/);
    assert.match(found[3].message, /"Stage" is a parameter/);
    // The range covers the logical ID only: `Stag` inside "${Stag}-topic".
    const line = yaml.split('\n')[found[0].range.start.line];
    assert.equal(line.slice(found[0].range.start.character, found[0].range.end.character), 'Stag');
  });

  it('accepts pseudo parameters and SAM-generated resources, not unknown pseudo parameters', async () => {
    const sam = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Handler: a.b, Runtime: python3.12, CodeUri: . }
Outputs:
  Role: { Value: !GetAtt FnRole.Arn }
  Api: { Value: !Ref ServerlessRestApi }
  Region: { Value: !Ref "AWS::Region" }
  Oops: { Value: !Ref AWS::Regoin }
`;
    assert.deepEqual(codes(await lint('sam.yaml', sam)), ['cloudformation/undefined-reference']);
  });

  it('reports an unknown resource type with did-you-mean, and leaves custom and third-party types alone', async () => {
    const found = await lint('t.yaml', template(`Resources:
  A: { Type: AWS::S3::Buckt }
  B: { Type: Custom::Anything }
  C: { Type: AWS::CloudFormation::CustomResource, Properties: { ServiceToken: arn } }
  D: { Type: Vendor::Product::Thing }
`));
    assert.deepEqual(codes(found), ['cloudformation/unknown-resource-type']);
    assert.match(found[0].message, /Did you mean "AWS::S3::Bucket"\?/);
  });

  it('finds every mistake of the broken sample and nothing else', async () => {
    const found = await lint('broken-template.yaml', fs.readFileSync('samples/cloudformation/broken-template.yaml', 'utf8'));
    assert.deepEqual(codes(found), [
      'cloudformation/format-version',
      'cloudformation/unknown-section',
      'cloudformation/unknown-resource-type',
      'cloudformation/undefined-reference',
      'cloudformation/undefined-reference',
      'iam/operator-type-mismatch',
      'cloudformation/undefined-reference',
    ]);
  });

  it('is a graceful no-op on broken YAML and on a template that is not a mapping', async () => {
    const found = await lint('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A: { Type: AWS::SNS::Topic\n');
    assert.ok(found.every((d) => d.code.startsWith('syntax/') || d.code.startsWith('cloudformation/')));
  });
});
