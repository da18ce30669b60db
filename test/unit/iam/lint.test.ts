import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { codes, lint, provideCatalogs } from '../cloudformation/analyzeText';

const policy = (condition: object): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition }] }, null, 2);

describe('IAM condition diagnostics', () => {
  before(provideCatalogs);

  it('gives none on the valid sample policy', async () => {
    assert.deepEqual(await lint('p.json', fs.readFileSync('samples/iam/bucket-access-policy.json', 'utf8')), []);
  });

  it('reports an unknown operator with did-you-mean', async () => {
    const found = await lint('p.json', policy({ StringEqual: { 'aws:SourceVpce': 'vpce-1' } }));
    assert.deepEqual(codes(found), ['iam/unknown-operator']);
    assert.match(found[0].message, /Did you mean "StringEquals"\?/);
    assert.match((await lint('p.json', policy({ 'ForAllValue:StringEquals': { 'aws:TagKeys': 'a' } })))[0].message, /Did you mean "ForAllValues:StringEquals"\?/);
    assert.deepEqual(codes(await lint('p.json', policy({ NullIfExists: { 'aws:TagKeys': 'true' } }))), ['iam/unknown-operator']);
  });

  it('reports an operator family that does not fit the key type, suggesting one that does', async () => {
    const found = await lint('p.json', policy({ StringEquals: { 'aws:SecureTransport': 'false' } }));
    assert.deepEqual(codes(found), ['iam/operator-type-mismatch']);
    assert.match(found[0].message, /use "Bool"/);
    assert.match((await lint('p.json', policy({ StringEqualsIfExists: { 'aws:MultiFactorAuthAge': '300' } })))[0].message, /use "NumericEqualsIfExists"/);
  });

  it('accepts the fitting families: String on ARN keys, Date or Numeric on aws:EpochTime, Null on anything', async () => {
    const fine = policy({
      StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/x' },
      NumericGreaterThan: { 'aws:EpochTime': '1700000000' },
      DateLessThan: { 'aws:TokenIssueTime': '2030-01-01T00:00:00Z' },
      Null: { 'aws:TagKeys': 'false' },
    });
    assert.deepEqual(await lint('p.json', fine), []);
  });

  it('reports set operators on single-valued keys and plain operators on multivalued keys', async () => {
    const set = await lint('p.json', policy({ 'ForAllValues:StringEquals': { 'aws:SourceVpc': 'vpc-1' } }));
    assert.deepEqual(codes(set), ['iam/set-operator-on-single-valued-key']);
    assert.match(set[0].message, /use "StringEquals".*also true when the key is absent/);
    const plain = await lint('p.json', policy({ StringEquals: { 'aws:TagKeys': 'a' } }));
    assert.deepEqual(codes(plain), ['iam/plain-operator-on-multivalued-key']);
    assert.deepEqual(await lint('p.json', policy({ 'ForAnyValue:StringEquals': { 'aws:CalledVia': 'cloudformation.amazonaws.com' } })), []);
  });

  it('reports unknown keys of known prefixes with did-you-mean, and leaves unknown prefixes alone', async () => {
    const found = await lint('p.json', policy({ Bool: { 'aws:SecureTransprot': 'false' }, StringEquals: { 's3:prefx': 'a' } }));
    assert.deepEqual(codes(found), ['iam/unknown-condition-key', 'iam/unknown-condition-key']);
    assert.match(found[0].message, /Did you mean "aws:SecureTransport"\?/);
    assert.match(found[1].message, /Did you mean "s3:prefix"\?/);
    const federated = policy({ StringEquals: { 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:sub': 'system:serviceaccount:ns:sa', 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } });
    assert.deepEqual(await lint('p.json', federated), []);
  });

  it('finds every mistake of the broken sample', async () => {
    const found = await lint('broken-policy.json', fs.readFileSync('samples/iam/broken-policy.json', 'utf8'));
    assert.deepEqual(codes(found), [
      'iam/unknown-operator',
      'iam/operator-type-mismatch',
      'iam/set-operator-on-single-valued-key',
      'iam/plain-operator-on-multivalued-key',
      'iam/unknown-condition-key',
    ]);
  });

  it('lints policy documents inside templates: bucket policy, role trust policy, KMS key policy', async () => {
    const template = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
            Condition: { StringEquals: { aws:SecureTransport: "true" } }
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: kms:Decrypt
            Resource: "*"
            Condition: { StringEqualz: { kms:ViaService: s3.eu-west-1.amazonaws.com } }
`;
    assert.deepEqual(codes(await lint('t.yaml', template)), ['iam/operator-type-mismatch', 'iam/unknown-operator']);
  });

  it('is a graceful no-op on odd Condition shapes, and reports a Statement that is a string as its shape only', async () => {
    assert.deepEqual(codes(await lint('p.json', JSON.stringify({ Version: '2012-10-17', Statement: 'nope' }))), ['iam/statement-shape']);
    assert.deepEqual(await lint('p.json', policy({ Bool: 'true' })), []);
  });
});
