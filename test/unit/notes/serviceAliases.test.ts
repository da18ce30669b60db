import * as assert from 'node:assert/strict';
import { resolveService, serviceOfCfnType, serviceOfIamPrefix } from '../../../src/core/notes/serviceAliases';

describe('service aliases', () => {
  it('maps heading typos and variants to the canonical service', () => {
    const cases: [string, string][] = [
      ['CouldTrail', 'CloudTrail'],
      ['Event Bridge', 'EventBridge'],
      ['Elasticache', 'ElastiCache'],
      ['Step Function', 'Step Functions'],
      ['AWS Secret Manager', 'Secrets Manager'],
      ['AWS SSM Parameter Store', 'SSM Parameter Store'],
      ['AWS FIS (Fault Injection Simulator)', 'FIS'],
      ['Direct Connect (DX)', 'Direct Connect'],
      ['dynamodb:', 'DynamoDB'],
    ];
    for (const [written, canonical] of cases) assert.deepEqual(resolveService(written), { service: canonical, known: true }, written);
  });

  it('leaves unknown names as written', () => {
    assert.deepEqual(resolveService(' SAA Stuff '), { service: 'SAA Stuff', known: false });
  });

  it('maps CloudFormation types and IAM prefixes to services', () => {
    assert.equal(serviceOfCfnType('AWS::DynamoDB::Table'), 'DynamoDB');
    assert.equal(serviceOfCfnType('AWS::Events::Rule'), 'EventBridge');
    assert.equal(serviceOfCfnType('Custom::Thing'), undefined);
    // A type the table names whole is that service's, not its namespace's.
    assert.equal(serviceOfCfnType('AWS::EC2::SecurityGroup'), 'Security Group');
    assert.equal(serviceOfCfnType('AWS::EC2::Subnet'), 'Subnet');
    assert.equal(serviceOfCfnType('AWS::EC2::Instance'), 'EC2');
    assert.equal(serviceOfIamPrefix('s3'), 'S3');
    assert.equal(serviceOfIamPrefix('states'), 'Step Functions');
    assert.equal(serviceOfIamPrefix('aws'), 'IAM');
  });
});
