import * as assert from 'node:assert/strict';
import { IAM_STRUCTURE_RULES } from '../../../src/core/analysis/iam/iamStructureRules.data';
import type { AnalysisDiagnostic } from '../../../src/core/analysis/types';
import { lint, provideCatalogs } from '../cloudformation/analyzeText';

const STRUCTURE = new Set<string>(Object.values(IAM_STRUCTURE_RULES).map((rule) => rule.id));
const structural = (found: readonly AnalysisDiagnostic[]) => found.filter((d) => STRUCTURE.has(d.code));
const statement = (fields: object) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', ...fields });
const standalone = (body: object) => lint('policy.json', JSON.stringify({ Version: '2012-10-17', ...body }, null, 2));

/** A template holding `document` at `key` of a resource of `type` (with extra properties). */
function template(type: string, key: string, document: object, properties: object = {}): string {
  return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { R: { Type: type, Properties: { ...properties, [key]: document } } } }, null, 2);
}
const inTemplate = async (type: string, key: string, document: object, properties?: object) => structural(await lint('template.json', template(type, key, document, properties)));

describe('IAM policy structure', () => {
  before(provideCatalogs);

  it('accepts a well-formed identity policy, and the string or list forms of each element', async () => {
    assert.deepEqual(structural(await standalone({ Statement: [statement({}), statement({ Sid: 'Two', Action: ['s3:Put*', 'SNS:Publish'], Resource: ['arn:aws:s3:::b/*'] })] })), []);
    assert.deepEqual(structural(await standalone({ Statement: statement({ NotAction: 'iam:*', Action: undefined }) })), []);
  });

  it('reports a Version that does not exist, and warns when policy variables are used without one', async () => {
    const [wrong] = structural(await standalone({ Version: '2012-10-18', Statement: statement({}) }));
    assert.equal(wrong.code, 'iam/policy-version');
    assert.match(wrong.message, /not "2012-10-18"/);
    // A standalone document without Version is not taken for a policy at all: in a template it is.
    const missing = await inTemplate('AWS::IAM::ManagedPolicy', 'PolicyDocument', { Statement: statement({ Resource: 'arn:aws:s3:::b/${aws:username}/*' }) });
    assert.deepEqual(missing.map((d) => [d.code, d.severity]), [['iam/missing-version', 'warning']]);
    assert.deepEqual(await inTemplate('AWS::IAM::ManagedPolicy', 'PolicyDocument', { Statement: statement({}) }), [], 'no variables, no warning');
  });

  it('reports the Statement shape: missing, not a statement, an unknown element with did-you-mean', async () => {
    assert.deepEqual((await inTemplate('AWS::IAM::ManagedPolicy', 'PolicyDocument', { Version: '2012-10-17' })).map((d) => d.code), ['iam/statement-shape']);
    assert.deepEqual(structural(await standalone({ Statement: ['s3:GetObject'] })).map((d) => d.code), ['iam/statement-shape']);
    const [unknown] = structural(await standalone({ Statement: statement({ Resources: '*', Resource: undefined }) }));
    assert.equal(unknown.code, 'iam/statement-shape');
    assert.match(unknown.message, /"Resources" is not an element of a policy statement\. Did you mean "Resource"\?/);
  });

  it('reports an Effect that is missing or not Allow / Deny (case sensitive)', async () => {
    const [lower] = structural(await standalone({ Statement: statement({ Effect: 'allow' }) }));
    assert.equal(lower.code, 'iam/effect');
    assert.match(lower.message, /Did you mean "Allow"\?/);
    assert.deepEqual(structural(await standalone({ Statement: statement({ Effect: undefined }) })).map((d) => d.code), ['iam/effect']);
  });

  it('reports Action: neither, both, and an action not written service:Action', async () => {
    assert.deepEqual(structural(await standalone({ Statement: statement({ Action: undefined }) })).map((d) => d.code), ['iam/action']);
    assert.deepEqual(structural(await standalone({ Statement: statement({ NotAction: 's3:*' }) })).map((d) => d.code), ['iam/action']);
    const [written] = structural(await standalone({ Statement: statement({ Action: ['s3GetObject'] }) }));
    assert.match(written.message, /"s3GetObject" is not an action/);
    assert.deepEqual(structural(await standalone({ Statement: statement({ Action: [{ s3: 'GetObject' }] }) })).map((d) => d.code), ['iam/action']);
  });

  it('reports Resource and NotResource together', async () => {
    assert.deepEqual(structural(await standalone({ Statement: statement({ NotResource: 'arn:aws:s3:::b' }) })).map((d) => d.code), ['iam/resource']);
  });

  it('reports Principal forms: a bare ARN, an unknown kind of principal, both Principal and NotPrincipal', async () => {
    const [bare] = structural(await standalone({ Statement: statement({ Principal: 'arn:aws:iam::123456789012:root' }) }));
    assert.equal(bare.code, 'iam/principal');
    const [kind] = structural(await standalone({ Statement: statement({ Principal: { Services: 'lambda.amazonaws.com' } }) }));
    assert.match(kind.message, /"Services" is not a kind of principal.*Did you mean "Service"\?/);
    const both = structural(await standalone({ Statement: statement({ Principal: '*', NotPrincipal: { AWS: '*' } }) }));
    assert.deepEqual(both.map((d) => d.code), ['iam/principal']);
  });

  it('tells a standalone resource policy by its principals: then every statement needs one', async () => {
    const found = structural(await standalone({ Statement: [statement({ Principal: '*' }), statement({})] }));
    assert.deepEqual(found.map((d) => d.code), ['iam/principal-for-kind']);
    assert.match(found[0].message, /resource-based policy needs a Principal/);
    assert.deepEqual(structural(await standalone({ Statement: [statement({}), statement({ Effect: 'Deny', Resource: undefined, NotResource: '*' })] })), [], 'no principal: identity policy or SCP, not judged');
  });

  describe('the kind of a policy in a template decides what it may hold', () => {
    it('identity (AWS::IAM::Policy, a role\'s Policies): no Principal, a Resource', async () => {
      assert.deepEqual((await inTemplate('AWS::IAM::ManagedPolicy', 'PolicyDocument', { Version: '2012-10-17', Statement: statement({ Principal: '*' }) })).map((d) => d.code), ['iam/principal-for-kind']);
      assert.deepEqual((await inTemplate('AWS::IAM::ManagedPolicy', 'PolicyDocument', { Version: '2012-10-17', Statement: statement({ Resource: undefined }) })).map((d) => d.code), ['iam/resource']);
      assert.deepEqual(await inTemplate('AWS::IAM::ManagedPolicy', 'PolicyDocument', { Version: '2012-10-17', Statement: statement({ Resource: { 'Fn::GetAtt': ['Q', 'Arn'] } }) }), []);
    });

    it('resource-based (bucket policy, key policy): a Principal in every statement', async () => {
      const found = await inTemplate('AWS::S3::BucketPolicy', 'PolicyDocument', { Version: '2012-10-17', Statement: statement({}) }, { Bucket: 'b' });
      assert.deepEqual(found.map((d) => d.code), ['iam/principal-for-kind']);
      assert.deepEqual(await inTemplate('AWS::S3::BucketPolicy', 'PolicyDocument', { Version: '2012-10-17', Statement: statement({ Principal: { AWS: { Ref: 'AWS::AccountId' } } }) }, { Bucket: 'b' }), []);
    });

    it('resource-based under a property of its own name (ECR RepositoryPolicyText)', async () => {
      const found = await inTemplate('AWS::ECR::Repository', 'RepositoryPolicyText', { Version: '2012-10-17', Statement: { Effect: 'NotAllow', Action: 'ecr:*' } });
      assert.deepEqual(found.map((d) => d.code).sort(), ['iam/effect', 'iam/principal-for-kind']);
      assert.deepEqual(await inTemplate('AWS::ECR::Repository', 'RepositoryPolicyText', { Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage' } }), []);
    });

    it('trust (AssumeRolePolicyDocument): a Principal, no Resource needed', async () => {
      const trust = { Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' } };
      assert.deepEqual(await inTemplate('AWS::IAM::Role', 'AssumeRolePolicyDocument', trust), []);
      const noPrincipal = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'sts:AssumeRole' } };
      assert.deepEqual((await inTemplate('AWS::IAM::Role', 'AssumeRolePolicyDocument', noPrincipal)).map((d) => d.code), ['iam/principal-for-kind']);
    });

    it('SCP and RCP (AWS::Organizations::Policy by Type)', async () => {
      const scp = { Version: '2012-10-17', Statement: statement({ Effect: 'Deny', Principal: '*' }) };
      assert.deepEqual((await inTemplate('AWS::Organizations::Policy', 'Content', scp, { Name: 'p', Type: 'SERVICE_CONTROL_POLICY' })).map((d) => d.code), ['iam/principal-for-kind']);
      const rcp = { Version: '2012-10-17', Statement: statement({ Principal: { AWS: 'arn:aws:iam::123456789012:root' } }) };
      const found = await inTemplate('AWS::Organizations::Policy', 'Content', rcp, { Name: 'p', Type: 'RESOURCE_CONTROL_POLICY' });
      assert.deepEqual(found.map((d) => d.code).sort(), ['iam/effect', 'iam/principal-for-kind']);
      const fine = { Version: '2012-10-17', Statement: statement({ Effect: 'Deny', Principal: '*' }) };
      assert.deepEqual(await inTemplate('AWS::Organizations::Policy', 'Content', fine, { Name: 'p', Type: 'RESOURCE_CONTROL_POLICY' }), []);
      assert.deepEqual(await inTemplate('AWS::Organizations::Policy', 'Content', { Anything: 1 }, { Name: 'p', Type: 'TAG_POLICY' }), [], 'a tag policy is not an IAM policy');
    });
  });
});
