import * as assert from 'node:assert/strict';
import { complete, hover, provideCatalogs } from '../cloudformation/analyzeText';

const POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject"],
      "Resource": "*",
      "Condition": {
        "ForAllValues:StringEquals": { "aws:TagKeys": ["a"] },
        "BoolIfExists": { "aws:MultiFactorAuthPresent": "false" },
        "StringLike": { "s3:ExistingObjectTag/team": "x" }
      }
    }
  ]
}`;

/** A YAML template whose bucket policy statement ends with an open `Condition:` block. */
const BUCKET_POLICY_CONDITION = `Resources:
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: b
      PolicyDocument:
        Statement:
          - Effect: Deny
            Action: "s3:*"
            Condition:
`;

function at(needle: string, offset = 2): string {
  const index = POLICY.indexOf(needle);
  assert.ok(index >= 0, needle);
  return POLICY.slice(0, index + offset) + '|' + POLICY.slice(index + offset);
}

describe('IAM condition hovers and completions', () => {
  before(provideCatalogs);

  it('explains an operator with its set-prefix pitfall and IAM notes', () => {
    const info = hover('p.json', at('ForAllValues'))!;
    assert.match(info.reference, /String family/);
    assert.match(info.reference, /also true when the key is absent/);
    assert.match(info.docsUrl, /single-vs-multi-valued-context-keys\.html$/);
    assert.deepEqual(info.notes, { service: 'IAM', terms: ['ForAllValues:StringEquals', 'ForAllValues', 'StringEquals'], context: ['String'] });
  });

  it('explains …IfExists', () => {
    const info = hover('p.json', at('BoolIfExists'))!;
    assert.match(info.reference, /IfExists: when the key is present/);
    assert.match(info.docsUrl, /#Conditions_IfExists$/);
  });

  it('explains a global key (type, multivalued) and a service key with a variable part (notes of its service)', () => {
    const global = hover('p.json', at('aws:TagKeys'))!;
    assert.match(global.reference, /Type: `String` · multivalued/);
    assert.match(global.docsUrl, /reference_policies_condition-keys\.html#condition-keys-tagkeys$/);
    const service = hover('p.json', at('s3:ExistingObjectTag'))!;
    assert.match(service.reference, /\*\*s3:ExistingObjectTag\/<key>\*\* — condition key, Amazon S3/);
    assert.deepEqual(service.notes, { service: 'S3', terms: ['s3:ExistingObjectTag/<key>', 'ExistingObjectTag/<key>'] });
  });

  it('explains a condition value with its key and asks the notes about the value first, then its key and operator', () => {
    const info = hover('p.json', at('"x"', 2))!;
    assert.match(info.reference, /^`s3:ExistingObjectTag\/<key>: x`/);
    assert.match(info.reference, /\*\*s3:ExistingObjectTag\/<key>\*\* — condition key/);
    assert.deepEqual(info.notes, { service: 'S3', terms: ['x', 's3:ExistingObjectTag/<key>', 'ExistingObjectTag/<key>', 'StringLike'] });
    assert.equal(hover('p.json', at('"2012-10-17"', 3)), undefined);
  });

  it('offers operators in a Condition block, not those already used', () => {
    const found = complete('p.json', POLICY.replace('"Condition": {', '"Condition": {\n        "|": {},')).map((i) => i.label);
    assert.ok(found.includes('StringEquals') && found.includes('IpAddress') && found.includes('ForAnyValue:StringLike') && found.includes('NumericLessThanIfExists'));
    assert.ok(!found.includes('BoolIfExists'));
  });

  it('offers global keys and the keys of the statement\'s services under an operator', () => {
    const items = complete('p.json', POLICY.replace('"StringLike": { ', '"StringLike": { "|": "", '));
    const found = items.map((i) => i.label);
    assert.ok(found.includes('aws:SourceIp') && found.includes('s3:prefix'));
    assert.ok(!found.includes('ec2:Region'), 'keys of services the statement does not use are not offered');
    const s3 = items.find((i) => i.label === 's3:prefix')!;
    assert.ok((s3.sortText ?? '') < (items.find((i) => i.label === 'aws:SourceIp')!.sortText ?? ''), "the statement's own service first");
  });

  it('under a typed operator offers the keys of its type first (DateLessThan → date keys)', () => {
    const items = complete('p.json', POLICY.replace('"StringLike": { ', '"DateLessThan": { "|": "", "StringLike": { '));
    const rank = (label: string) => items.find((i) => i.label === label)?.sortText ?? '';
    assert.ok(rank('aws:CurrentTime') < rank('aws:SourceIp') && rank('aws:EpochTime') < rank('aws:PrincipalArn'), 'date keys before the others');
    assert.ok(rank('aws:CurrentTime') < rank('s3:prefix'), "a date key before even the statement's own service keys");
    const strings = complete('p.json', POLICY.replace('"StringLike": { ', '"StringLike": { "|": "", '));
    const stringRank = (label: string) => strings.find((i) => i.label === label)?.sortText ?? '';
    assert.ok(stringRank('aws:SourceIp') > stringRank('aws:PrincipalArn'), 'under a String operator an IP key comes after the string keys');
  });

  it('accepting an operator on a new key inserts its mapping with the cursor inside (JSON and YAML)', () => {
    const json = complete('p.json', POLICY.replace('"Condition": {', '"Condition": {\n        "Str|"\n,')).find((i) => i.label === 'StringEquals')!;
    assert.equal(json.insertText, 'StringEquals": { $0 }');
    assert.equal(json.isSnippet, true);
    // `        "Str"`: the word starts at column 9; its closing quote (column 12) is replaced too.
    assert.deepEqual([json.range?.start.character, json.range?.end.character], [9, 13]);
    const existing = complete('p.json', POLICY.replace('"Condition": {', '"Condition": {\n        "|": {},')).find((i) => i.label === 'StringEquals')!;
    assert.equal(existing.isSnippet, undefined, 'a key that already has its value is replaced by the name alone');
    const yaml = complete('t.yaml', `${BUCKET_POLICY_CONDITION}              Str|
`).find((i) => i.label === 'StringEquals')!;
    assert.equal(yaml.insertText, 'StringEquals:\n  $0');
    assert.equal(yaml.isSnippet, true);
  });

  it('offers true/false for Bool and Null', () => {
    const found = complete('p.json', POLICY.replace('"aws:MultiFactorAuthPresent": "false"', '"aws:MultiFactorAuthPresent": "|"')).map((i) => i.label);
    assert.deepEqual(found, ['true', 'false']);
  });

  it('works inside a CloudFormation template (YAML policy documents)', () => {
    const template = `${BUCKET_POLICY_CONDITION}              Bool:
                aws:SecureTransport: "false"
              |
`;
    const found = complete('t.yaml', template).map((i) => i.label);
    assert.ok(found.includes('StringEquals') && !found.includes('Bool'));
  });
});
