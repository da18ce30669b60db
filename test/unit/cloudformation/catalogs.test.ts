import * as assert from 'node:assert/strict';
import { CFN_SHORT_TAGS } from '../../../src/core/analysis/cfnTags';
import { INTRINSIC_FUNCTIONS, intrinsicFunction } from '../../../src/core/catalog/cloudformation/intrinsicFunctions';
import { PSEUDO_PARAMETERS } from '../../../src/core/catalog/cloudformation/pseudoParameters';
import { RESOURCE_ATTRIBUTES, resourceAttribute } from '../../../src/core/catalog/cloudformation/resourceAttributes';
import { TEMPLATE_FORMAT_VERSION, TEMPLATE_SECTIONS } from '../../../src/core/catalog/cloudformation/templateSections';

describe('CloudFormation catalogs', () => {
  it('lists the ten template sections, Resources the only required one', () => {
    assert.deepEqual(
      TEMPLATE_SECTIONS.map((s) => s.name),
      ['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Transform', 'Resources', 'Outputs'],
    );
    assert.deepEqual(TEMPLATE_SECTIONS.filter((s) => s.required).map((s) => s.name), ['Resources']);
    assert.equal(TEMPLATE_FORMAT_VERSION, '2010-09-09');
  });

  it('has an intrinsic function for every YAML short tag the parser registers, and back', () => {
    const shortForms = INTRINSIC_FUNCTIONS.flatMap((fn) => (fn.shortForm ? [fn.shortForm] : []));
    assert.deepEqual([...shortForms].sort(), [...CFN_SHORT_TAGS].sort());
    assert.equal(intrinsicFunction('!GetAtt')?.name, 'Fn::GetAtt');
    assert.equal(intrinsicFunction('Fn::ForEach::Buckets')?.name, 'Fn::ForEach');
    assert.equal(intrinsicFunction('Fn::Length')?.requiresTransform, 'AWS::LanguageExtensions');
  });

  it('lists the eight pseudo parameters', () => {
    assert.deepEqual(PSEUDO_PARAMETERS.map((p) => p.name).sort(), [
      'AWS::AccountId',
      'AWS::NoValue',
      'AWS::NotificationARNs',
      'AWS::Partition',
      'AWS::Region',
      'AWS::StackId',
      'AWS::StackName',
      'AWS::URLSuffix',
    ]);
  });

  it('knows the resource attributes and the policy values', () => {
    assert.deepEqual(RESOURCE_ATTRIBUTES.map((a) => a.name).sort(), ['Condition', 'CreationPolicy', 'DeletionPolicy', 'DependsOn', 'Metadata', 'UpdatePolicy', 'UpdateReplacePolicy']);
    assert.deepEqual(resourceAttribute('DeletionPolicy')?.allowedValues, ['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot']);
    assert.deepEqual(resourceAttribute('UpdateReplacePolicy')?.allowedValues, ['Delete', 'Retain', 'Snapshot']);
  });

  it('cites an AWS documentation page for every entry', () => {
    for (const url of [...TEMPLATE_SECTIONS, ...INTRINSIC_FUNCTIONS, ...RESOURCE_ATTRIBUTES].map((e) => e.docsUrl)) {
      assert.match(url, /^https:\/\/docs\.aws\.amazon\.com\/AWSCloudFormation\/latest\/(UserGuide|TemplateReference)\/[\w-]+\.html(#[\w-]+)?$/);
    }
  });
});
