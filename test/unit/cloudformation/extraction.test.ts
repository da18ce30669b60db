import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import resourceTypesJson from '../../../src/core/catalog/cloudformation/resource-types.json';
import { ResourceTypeCatalog, resourceDocsUrl, type ResourceTypesJson } from '../../../src/core/catalog/cloudformation/resourceTypeCatalog';

const FILE = 'src/core/catalog/cloudformation/resource-types.json';
const CATALOG_FILES = [FILE, 'src/core/catalog/iam/condition-keys.json'];

describe('CloudFormation resource types extracted from @aws-cdk/aws-service-spec', () => {
  const catalog = new ResourceTypeCatalog(resourceTypesJson as unknown as ResourceTypesJson);

  it('stays within the budget: all catalog data in the VSIX at most 1.5 MB, and records its source package', () => {
    const total = CATALOG_FILES.reduce((sum, file) => sum + fs.statSync(file).size, 0);
    assert.ok(total <= 1_500_000, `catalog data is ${total} bytes`);
    assert.match(catalog.source, /^@aws-cdk\/aws-service-spec@\d/);
  });

  it('keeps nested property types with their required flags and allowed values', () => {
    const versioning = catalog.property('AWS::S3::Bucket', 'VersioningConfiguration')!;
    assert.equal(versioning.type, 'VersioningConfiguration');
    assert.equal(versioning.value.kind, 'object');
    const shape = versioning.value.kind === 'object' ? catalog.propertyType(versioning.value.shape!) : undefined;
    const status = shape?.properties.find((p) => p.name === 'Status');
    assert.equal(status?.required, true);
    assert.deepEqual([...(status?.allowedValues ?? [])].sort(), ['Enabled', 'Suspended']);
    const rules = catalog.property('AWS::S3::Bucket', 'LifecycleConfiguration')!;
    assert.equal(rules.value.kind, 'object');
    assert.equal(catalog.property('AWS::SQS::Queue', 'RedrivePolicy')?.value.kind, 'union');
    assert.equal(catalog.property('AWS::EC2::Instance', 'SecurityGroupIds')?.type, 'List<String>');
  });

  it('marks the few types whose nested property types were left out, and keeps their properties', () => {
    const dashboard = catalog.get('AWS::QuickSight::Dashboard')!;
    assert.equal(dashboard.nestedTypesKept, false);
    assert.ok(dashboard.properties.some((p) => p.name === 'Definition' && p.value.kind === 'object' && p.value.shape === undefined));
    assert.equal(catalog.get('AWS::S3::Bucket')!.nestedTypesKept, true);
  });

  it('resolves recursive property types (WAFv2 rule statements nest statements) without looping', () => {
    const rules = catalog.property('AWS::WAFv2::RuleGroup', 'Rules')!;
    assert.equal(rules.value.kind, 'list');
    const rule = rules.value.kind === 'list' && rules.value.element.kind === 'object' ? catalog.propertyType(rules.value.element.shape!) : undefined;
    const statement = rule?.properties.find((p) => p.name === 'Statement');
    const inner = statement?.value.kind === 'object' ? catalog.propertyType(statement.value.shape!) : undefined;
    const and = inner?.properties.find((p) => p.name === 'AndStatement');
    const andShape = and?.value.kind === 'object' ? catalog.propertyType(and.value.shape!) : undefined;
    const statements = andShape?.properties.find((p) => p.name === 'Statements');
    assert.ok(statements?.value.kind === 'list' && statements.value.element.kind === 'object' && statement?.value.kind === 'object');
    assert.equal(statements.value.element.kind === 'object' && statements.value.element.shape, statement.value.kind === 'object' && statement.value.shape);
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
