import * as assert from 'node:assert/strict';
import { hover, provideCatalogs } from './analyzeText';
import { resourceTypes } from '../../../src/core/catalog/cloudformation/resourceTypeCatalog';
import { termsAsked } from '../analysis/termsAsked';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Stage: { Type: String, Description: Deployment stage }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
    Properties:
      AccessControl: Private
      BucketName: !Sub "\${Stage}-\${AWS::Region}"
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: !GetAtt Bucket.Arn
            Condition:
              Bool:
                aws:SecureTransport: "false"
`;

/** The template with the cursor put at the `occurrence`-th match of `needle`, `offset` characters in. */
function at(needle: string, offset = 1, occurrence = 1): string {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = TEMPLATE.indexOf(needle, index + 1);
  assert.ok(index >= 0, `no ${needle}`);
  return TEMPLATE.slice(0, index + offset) + '|' + TEMPLATE.slice(index + offset);
}

describe('CloudFormation hovers', () => {
  before(provideCatalogs);

  it('explains a section, with its docs page and a CloudFormation notes query', () => {
    const info = hover('t.yaml', at('Resources:'))!;
    assert.match(info.reference, /\*\*Resources\*\* — CloudFormation template section \(required\)/);
    assert.equal(info.docsUrl, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html');
    // Asked as of the template: a section and a resource attribute may share a name (`Metadata`).
    assert.deepEqual(termsAsked(info.notes), { service: 'CloudFormation', terms: ['Resources'], context: ['template'] });
  });

  it('shows a resource type: summary, required properties, GetAtt attributes, notes of its service', () => {
    const info = hover('t.yaml', at('AWS::S3::Bucket', 3))!;
    assert.match(info.reference, /\*\*AWS::S3::Bucket\*\* — resource type/);
    assert.match(info.reference, /Fn::GetAtt attributes: .*`Arn`/);
    assert.equal(info.docsUrl, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucket.html');
    assert.deepEqual(termsAsked(info.notes), { service: 'S3', terms: ['AWS::S3::Bucket', 'Bucket'] });
    // The catalog's summary of the type, for the notes that say the same.
    assert.equal(info.notes?.describedAs, resourceTypes.current()?.summary('AWS::S3::Bucket'));
  });

  it('keeps hovering on a malformed resource type, as the type it most likely means', () => {
    for (const written of ['AWS:SQS::Queue', 'AWS::SQSQueue', 'SQS::Queue']) {
      const info = hover('t.yaml', `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Q:\n    Type: ${written.slice(0, 4)}|${written.slice(4)}\n`);
      assert.ok(info, written);
      assert.ok(info.reference.startsWith(`\`${written}\` is not a resource type name`), info.reference);
      assert.match(info.reference, /did you mean `AWS::SQS::Queue`\?[\s\S]*\*\*AWS::SQS::Queue\*\* — resource type/);
      assert.equal(info.docsUrl, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queue.html');
    }
  });

  it('shows a property with its type, whether required, and allowed values (on the key and on the value)', () => {
    for (const marked of [at('AccessControl'), at('Private')]) {
      const info = hover('t.yaml', marked)!;
      assert.match(info.reference, /\*\*AccessControl\*\* — property of `AWS::S3::Bucket`/);
      assert.match(info.reference, /Allowed values: .*`PublicRead`/);
      assert.match(info.docsUrl, /aws-resource-s3-bucket\.html#cfn-s3-bucket-accesscontrol$/);
    }
  });

  it('shows a nested property (key and value) with its property type, its page and the property above it in the notes query', () => {
    const template = 'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      StreamSpecification:\n        StreamView|Type: NEW_AND_OLD_IMAGES\n';
    const key = hover('t.yaml', template)!;
    assert.match(key.reference, /\*\*StreamViewType\*\* — property of `StreamSpecification` \(`AWS::DynamoDB::Table`\)/);
    assert.equal(key.docsUrl, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-dynamodb-table-streamspecification.html#cfn-dynamodb-table-streamspecification-streamviewtype');
    assert.deepEqual(key.notes, { service: 'DynamoDB', terms: ['StreamViewType'], context: ['Table', 'StreamSpecification'] });
    const value = hover('t.yaml', template.replace('StreamView|Type: NEW_AND_OLD_IMAGES', 'StreamViewType: NEW_AND_OLD_|IMAGES'))!;
    assert.deepEqual(value.notes, { service: 'DynamoDB', terms: ['NEW_AND_OLD_IMAGES', 'StreamViewType'], context: ['Table', 'StreamSpecification'] });
    const item = hover('t.yaml', 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Sta|tus: Enabled\n')!;
    assert.match(item.reference, /\*\*Status\*\* — property of `Rule` \(`AWS::S3::Bucket`\)/);
    // A list whose type is a union (`List<KeySchema> | Json`): its items are still objects of the property type.
    const union = hover('t.yaml', 'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      KeySchema:\n        - AttributeName: id\n          KeyType: HA|SH\n')!;
    assert.deepEqual(union.notes, { service: 'DynamoDB', terms: ['HASH', 'KeyType'], context: ['Table', 'KeySchema'] });
  });

  it('asks the notes about a property of a type that makes another service\'s resource as of that service too: a SAM function\'s Timeout is Lambda\'s', () => {
    const sam = hover('t.yaml', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Time|out: 30\n')!;
    assert.deepEqual(sam.notes, { service: 'SAM', terms: ['Timeout'], context: ['Function'], services: ['Lambda'] });
    const queue = hover('t.yaml', 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySec|onds: 5\n')!;
    assert.equal(queue.notes?.services, undefined);
  });

  it('asks the notes about a value written as an enumeration constant when the catalog lists no allowed values, not about a free value', () => {
    const constant = hover('t.yaml', 'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: PAY_PER_|REQUEST\n')!;
    assert.deepEqual(constant.notes, { service: 'DynamoDB', terms: ['PAY_PER_REQUEST', 'BillingMode'], context: ['Table'] });
    // A kind (`Type`, `…Type`, `…Strategy`, `…Mode`, `…Tier`) takes one of a list, written as lower-case words where the catalog lists none.
    const kind = hover('t.yaml', 'Resources:\n  L:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      DefaultActions:\n        - Type: redi|rect\n')!;
    assert.deepEqual(kind.notes?.terms, ['redirect', 'Type']);
    // So does how a thing works: a placement group's Strategy, a task's NetworkMode.
    const strategy = hover('t.yaml', 'Resources:\n  P:\n    Type: AWS::EC2::PlacementGroup\n    Properties:\n      Strategy: parti|tion\n')!;
    assert.deepEqual(strategy.notes?.terms, ['partition', 'Strategy']);
    const mode = hover('t.yaml', 'Resources:\n  T:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      NetworkMode: aws|vpc\n')!;
    assert.deepEqual(mode.notes?.terms, ['awsvpc', 'NetworkMode']);
    const free = hover('t.yaml', 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: my-|bucket\n')!;
    assert.deepEqual(free.notes, { service: 'S3', terms: ['BucketName'], context: ['Bucket'] });
    // A name in a namespace is a name too (an Elastic Beanstalk option namespace); an ARN is not.
    const settings = 'Resources:\n  E:\n    Type: AWS::ElasticBeanstalk::Environment\n    Properties:\n      ApplicationName: shop\n      OptionSettings:\n        - Namespace: aws:elasticbeanstalk:|xray\n          OptionName: XRayEnabled\n          Value: "true"\n';
    assert.deepEqual(hover('t.yaml', settings)!.notes?.terms, ['aws:elasticbeanstalk:xray', 'Namespace']);
    const arn = hover('t.yaml', 'Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      PermissionsBoundary: arn:aws:iam::123456789012:policy/|Boundary\n')!;
    assert.deepEqual(arn.notes?.terms, ['PermissionsBoundary']);
  });

  it('asks the notes about a value the catalog lists for another property (gp3, allow), but not about a name of the user\'s that spells one', () => {
    const gp3 = hover('t.yaml', 'Resources:\n  I:\n    Type: AWS::EC2::Instance\n    Properties:\n      BlockDeviceMappings:\n        - DeviceName: /dev/xvda\n          Ebs:\n            VolumeType: gp|3\n')!;
    assert.deepEqual(gp3.notes?.terms, ['gp3', 'VolumeType']);
    const allow = hover('t.yaml', 'Resources:\n  A:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      RuleAction: al|low\n')!;
    assert.deepEqual(allow.notes?.terms, ['allow', 'RuleAction']);
    const named = hover('t.yaml', 'Resources:\n  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: te|st\n')!;
    assert.deepEqual(named.notes?.terms, ['PolicyName']);
  });

  it('asks the notes about a metric AWS names (MetricName beside an AWS/ or the CloudWatch agent\'s namespace, and that namespace), not about a custom metric', () => {
    const alarm = (metric: string, namespace: string) => `Resources:\n  A:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      Namespace: ${namespace}\n      MetricName: ${metric}\n      Threshold: 10\n`;
    assert.deepEqual(hover('t.yaml', alarm('ApproximateNumberOf|MessagesVisible', 'AWS/SQS'))!.notes?.terms, ['ApproximateNumberOfMessagesVisible', 'MetricName']);
    assert.deepEqual(hover('t.yaml', alarm('ApproximateNumberOfMessagesVisible', 'AWS/S|QS'))!.notes?.terms, ['AWS/SQS', 'Namespace']);
    assert.deepEqual(hover('t.yaml', alarm('mem_used|_percent', 'CWAgent'))!.notes?.terms, ['mem_used_percent', 'MetricName']);
    assert.deepEqual(hover('t.yaml', alarm('mem_used_percent', 'CWAg|ent'))!.notes?.terms, ['CWAgent', 'Namespace']);
    assert.deepEqual(hover('t.yaml', alarm('Orders|Placed', 'Shop'))!.notes?.terms, ['MetricName']);
    assert.deepEqual(hover('t.yaml', alarm('OrdersPlaced', 'Sh|op'))!.notes?.terms, ['Namespace']);
  });

  it('asks the notes about a value that names a service (Protocol: sqs of a subscription), but not about any lower-case word', () => {
    const sqs = hover('t.yaml', 'Resources:\n  S:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: arn:aws:sns:us-east-1:123456789012:t\n      Protocol: s|qs\n')!;
    assert.deepEqual(sqs.notes?.terms, ['sqs', 'Protocol']);
    const word = hover('t.yaml', 'Resources:\n  S:\n    Type: AWS::SNS::Subscription\n    Properties:\n      TopicArn: arn:aws:sns:us-east-1:123456789012:t\n      Protocol: carr|ier\n')!;
    assert.deepEqual(word.notes?.terms, ['Protocol']);
  });

  it('asks the notes about a section\'s value first, then the section: a transform, as written or as a list item', () => {
    const value = hover('t.yaml', 'Transform: AWS::Serverless-2016-|10-31\nResources:\n  F:\n    Type: AWS::SNS::Topic\n')!;
    assert.deepEqual(termsAsked(value.notes), { service: 'CloudFormation', terms: ['AWS::Serverless-2016-10-31', 'Transform'], context: ['template'] });
    const item = hover('t.yaml', 'Transform:\n  - AWS::Language|Extensions\nResources:\n  F:\n    Type: AWS::SNS::Topic\n')!;
    assert.deepEqual(termsAsked(item.notes), { service: 'CloudFormation', terms: ['AWS::LanguageExtensions', 'Transform'], context: ['template'] });
    assert.match(item.reference, /Transform/);
  });

  it('asks the notes about a resource type of a service the alias table lacks in that service, never in CloudFormation', () => {
    const property = hover('t.yaml', 'Resources:\n  C:\n    Type: AWS::EMR::Cluster\n    Properties:\n      Na|me: c\n')!;
    assert.equal(property.notes?.service, 'EMR');
    const type = hover('t.yaml', 'Resources:\n  C:\n    Type: AWS::EMR::Clu|ster\n')!;
    assert.equal(type.notes?.service, 'EMR');
  });

  it('explains a key of an output or a parameter, and asks the notes about it in its section', () => {
    const output = hover('t.yaml', 'Resources:\n  B:\n    Type: AWS::S3::Bucket\nOutputs:\n  O:\n    Value: !Ref B\n    Ex|port:\n      Name: b\n')!;
    assert.match(output.reference, /^\*\*Export\*\* — key of an output\n\nExport\.Name: the name other stacks/);
    assert.equal(output.docsUrl, 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html');
    assert.deepEqual(termsAsked(output.notes), { service: 'CloudFormation', terms: ['Export'], context: ['Outputs'] });
    const parameter = hover('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  P:\n    Type: String\n    No|Echo: true\n')!;
    assert.match(parameter.reference, /^\*\*NoEcho\*\* — key of a parameter\n\nMasks the value/);
    assert.equal(hover('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  P:\n    Type: String\n    Nonsense|Key: 1\n'), undefined);
  });

  it('explains a resource attribute and its values', () => {
    const info = hover('t.yaml', at('DeletionPolicy'))!;
    assert.match(info.reference, /Allowed values: `Delete`, `Retain`, `RetainExceptOnCreate`, `Snapshot`/);
    assert.deepEqual(termsAsked(info.notes), { service: 'CloudFormation', terms: ['DeletionPolicy'], context: ['resource'] });
  });

  it('explains a short-form function on its tag, with its long form and arguments', () => {
    const info = hover('t.yaml', at('!Sub', 2))!;
    assert.match(info.reference, /\*\*Fn::Sub\*\* — intrinsic function/);
    assert.match(info.reference, /short form `!Sub`/);
    assert.deepEqual(termsAsked(info.notes), { service: 'CloudFormation', terms: ['Fn::Sub'] });
  });

  it('explains a short-form function whose argument is a list (the tag of a sequence)', () => {
    const info = hover('t.yaml', 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Jo|in ["-", [a, b]]\n')!;
    assert.match(info.reference, /\*\*Fn::Join\*\*/);
  });

  it('explains a long-form function on its key', () => {
    const info = hover('t.json', '{"Resources": {"T": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Fn::J|oin": ["-", ["a", "b"]]}}}}}')!;
    assert.match(info.reference, /\*\*Fn::Join\*\*/);
  });

  it('tells what a Ref, a GetAtt and a ${} in Sub point at: parameter, resource, pseudo parameter', () => {
    assert.match(hover('t.yaml', at('!Ref Bucket', 6))!.reference, /\*\*Bucket\*\* — resource of this template/);
    assert.match(hover('t.yaml', at('Bucket.Arn', 8))!.reference, /Fn::GetAtt of `AWS::S3::Bucket`/);
    assert.match(hover('t.yaml', at('${Stage}', 3))!.reference, /\*\*Stage\*\* — parameter.*\n\nType: `String` · Deployment stage/);
    const pseudo = hover('t.yaml', at('${AWS::Region}', 4))!;
    assert.match(pseudo.reference, /\*\*AWS::Region\*\* — pseudo parameter/);
    assert.match(pseudo.docsUrl, /pseudo-parameter-reference\.html$/);
  });

  it('hands policy documents to the IAM analyzer', () => {
    const info = hover('t.yaml', at('aws:SecureTransport', 5))!;
    assert.match(info.reference, /\*\*aws:SecureTransport\*\* — condition key/);
    assert.match(info.reference, /Type: `Bool`/);
  });

  it('has nothing to say about free text, nor about values nested inside a property', () => {
    assert.equal(hover('t.yaml', at('Deployment stage', 3)), undefined);
    assert.equal(hover('t.yaml', at('Effect: Deny', 10)), undefined);
  });
});
