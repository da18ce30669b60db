import * as assert from 'node:assert/strict';
import { resourceTypes } from '../../../src/core/catalog/cloudformation/resourceTypeCatalog';
import { conditionKeys } from '../../../src/core/catalog/iam/conditionKeyCatalog';
import { preloadCatalogs, setCatalogFileReader } from '../../../src/core/catalog/lazyData';
import { codes, lint, provideCatalogs } from './analyzeText';

const TEMPLATE = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A: { Type: AWS::S3::Buckt }\n  B: { Type: AWS::SNS::Topic, Properties: { TopicName: !Ref Nope } }\n';

describe('catalog data read at runtime', () => {
  after(() => {
    setCatalogFileReader(undefined);
    provideCatalogs();
  });

  it('reads each file once, through the host reader, and decodes bytes', async () => {
    const reads: string[] = [];
    setCatalogFileReader(async (name) => {
      reads.push(name);
      return new TextEncoder().encode(name === 'resource-types.json' ? '{"source":"test","types":{"AWS::X::Y":{"p":{},"a":["Arn"]}}}' : '{"source":"test","services":{}}');
    });
    assert.equal(resourceTypes.current(), undefined, 'not loaded yet: current() starts the load');
    await preloadCatalogs();
    assert.ok(resourceTypes.current()?.has('AWS::X::Y'));
    assert.ok(conditionKeys.current()?.lookup('aws:SecureTransport'), 'global keys are always there');
    await resourceTypes.load();
    assert.deepEqual(reads.sort(), ['condition-keys.json', 'resource-types.json']);
  });

  it('a missing or corrupted file is a graceful no-op: checks that need it are skipped, the others still run', async () => {
    setCatalogFileReader(async (name) => {
      if (name === 'resource-types.json') throw new Error('ENOENT');
      return '{ not json';
    });
    const found = await lint('t.yaml', TEMPLATE);
    assert.deepEqual(codes(found), ['cloudformation/undefined-reference'], 'no unknown-type verdict without the type data');
    assert.match(resourceTypes.error ?? '', /resource-types\.json could not be read: ENOENT/);
    assert.equal(await conditionKeys.load(), undefined);
    assert.match(conditionKeys.error ?? '', /condition-keys\.json is not usable catalog data/);
  });

  it('without any reader, the data is simply absent', async () => {
    setCatalogFileReader(undefined);
    assert.equal(await resourceTypes.load(), undefined);
  });
});
