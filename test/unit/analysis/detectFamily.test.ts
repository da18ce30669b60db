import * as assert from 'node:assert/strict';
import { detectFamily, mayBeIac } from '../../../src/core/analysis/detectFamily';
import { IacDocument } from '../../../src/core/analysis/document';

const family = (fileName: string, text = '') => detectFamily(fileName, new IacDocument(fileName, text));

describe('detectFamily', () => {
  it('appspec by file name, in any folder and syntax', () => {
    assert.equal(family('/w/app/appspec.yml'), 'appspec');
    assert.equal(family('appspec.yaml'), 'appspec');
    assert.equal(family('C:\\w\\appspec.json', '{}'), 'appspec');
    assert.equal(family('/w/my-appspec.yml'), undefined);
  });

  it('.ebextensions: any file directly in the folder', () => {
    assert.equal(family('/w/app/.ebextensions/01.config', 'option_settings: {}'), 'ebextensions');
    assert.equal(family('/w/app/.ebextensions/notes.yml'), 'ebextensions');
    assert.equal(family('/w/app/ebextensions/01.config'), undefined);
  });

  it('CloudFormation by format version, SAM transform, or AWS:: resource types', () => {
    assert.equal(family('t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\n'), 'cloudformation');
    assert.equal(family('t.yaml', 'Transform: AWS::Serverless-2016-10-31\n'), 'cloudformation');
    assert.equal(family('t.yaml', 'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\n'), 'cloudformation');
    assert.equal(family('t.json', '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}'), 'cloudformation');
    assert.equal(family('t.yaml', 'Resources:\n  M:\n    Type: Org::IAM::Role::MODULE\n'), 'cloudformation');
    assert.equal(family('t.yaml', 'Resources:\n  B:\n    Type: Something\n'), undefined);
    assert.equal(family('t.yaml', 'Resources:\n  B:\n    Type: Some::MODULE\n'), undefined);
  });

  it('a standalone IAM policy by Version + Statement', () => {
    assert.equal(family('p.json', '{"Version": "2012-10-17", "Statement": []}'), 'iam-policy');
    assert.equal(family('p.json', '{"Statement": []}'), undefined);
    assert.equal(family('docker-compose.yml', 'services:\n  web: {}\n'), undefined);
  });

  it('skips the parse of files that cannot be IaC', () => {
    assert.equal(mayBeIac('/w/docker-compose.yml', 'services:\n  web: {}\n'), false);
    assert.equal(mayBeIac('/w/appspec.yml', ''), true);
    assert.equal(mayBeIac('/w/t.yaml', 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n'), true);
    assert.equal(mayBeIac('/w/t.yaml', 'Resources:\n  M:\n    Type: Org::IAM::Role::MODULE\n'), true);
    assert.equal(mayBeIac('/w/p.json', '{"Version": "2012-10-17", "Statement": []}'), true);
  });
});
