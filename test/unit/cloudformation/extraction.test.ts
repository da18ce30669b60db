import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import resourceTypesJson from '../../../src/core/catalog/cloudformation/resource-types.json';
import { ResourceTypeCatalog, resourceDocsUrl } from '../../../src/core/catalog/cloudformation/resourceTypeCatalog';

const FILE = 'src/core/catalog/cloudformation/resource-types.json';

describe('CloudFormation resource types extracted from @aws-cdk/aws-service-spec', () => {
  const catalog = new ResourceTypeCatalog(resourceTypesJson);

  it('stays slim: under 1 MB on disk, and records its source package', () => {
    assert.ok(fs.statSync(FILE).size < 1_000_000, `${FILE} is ${fs.statSync(FILE).size} bytes`);
    assert.match(catalog.source, /^@aws-cdk\/aws-service-spec@\d/);
  });

  it('covers every resource type, sorted (deterministic output)', () => {
    const names = catalog.names();
    assert.ok(names.length > 1500, `${names.length} types`);
    assert.deepEqual(names, [...names].sort());
  });

  it('keeps each property with its type, whether it is required and its allowed values', () => {
    const bucket = catalog.get('AWS::S3::Bucket')!;
    assert.equal(catalog.property('AWS::S3::Bucket', 'BucketName')?.type, 'String');
    assert.equal(catalog.property('AWS::S3::Bucket', 'BucketName')?.required, false);
    assert.ok(catalog.property('AWS::S3::Bucket', 'AccessControl')?.allowedValues?.includes('Private'));
    assert.equal(catalog.property('AWS::S3::Bucket', 'Tags')?.type, 'List<Tag>');
    assert.equal(catalog.property('AWS::Lambda::Function', 'Role')?.required, true);
    assert.equal(catalog.property('AWS::Lambda::Function', 'Code')?.required, true);
    assert.deepEqual(catalog.property('AWS::DynamoDB::Table', 'BillingMode')?.allowedValues, undefined, 'the spec gives no enum for BillingMode');
    assert.ok(bucket.summary?.startsWith('The AWS::S3::Bucket resource creates an Amazon S3 bucket'));
  });

  it('keeps GetAtt attributes', () => {
    assert.ok(catalog.get('AWS::S3::Bucket')!.attributes.includes('Arn'));
    assert.ok(catalog.get('AWS::SQS::Queue')!.attributes.includes('QueueUrl'));
    assert.ok(catalog.get('AWS::Lambda::Function')!.attributes.includes('Arn'));
  });

  it('includes the SAM resource types, marked with their transform', () => {
    assert.equal(catalog.get('AWS::Serverless::Function')?.transform, 'AWS::Serverless-2016-10-31');
    assert.ok(catalog.has('AWS::Serverless::SimpleTable'));
  });

  it('builds documentation links to the type page and the property anchor', () => {
    assert.equal(
      resourceDocsUrl('AWS::S3::Bucket', 'BucketName'),
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucket.html#cfn-s3-bucket-bucketname',
    );
    assert.equal(resourceDocsUrl('AWS::Serverless::Function'), 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html');
  });

  it('rejects data of the wrong shape with an error rather than a crash later', () => {
    assert.throws(() => new ResourceTypeCatalog({} as never), /expected/);
  });
});
