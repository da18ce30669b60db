import { closestMatch, didYouMean } from '../../didYouMean';
import { scalarText, valueOf } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { RESOURCE_ATTRIBUTES, RESOURCE_ENTRY_KEYS } from '../../../catalog/cloudformation/resourceAttributes';
import type { ResourceTypeCatalog } from '../../../catalog/cloudformation/resourceTypeCatalog';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { finding, findingOn, hasGeneratedKeys, type TemplateRule } from './ruleContext';

/**
 * Resource type names are `service-provider::service-name::data-type-name`; custom resources
 * `Custom::Name`; modules end in `::MODULE`.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html
 */
const WELL_FORMED = /^([A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+|Custom::[A-Za-z0-9_@-]+)$/;

/**
 * Whether a `Type` looks like a mistyped resource type rather than something else we do not see:
 * it has a colon (a client-side module name such as `LocalModule` has none) and is not well formed.
 */
export function isMalformedResourceType(type: string): boolean {
  return type.includes(':') && !type.endsWith('::MODULE') && !WELL_FORMED.test(type);
}

/** The resource type a malformed one most likely means: `AWS:SQS::Queue`, `AWS::SQSQueue`, `SQS::Queue` → `AWS::SQS::Queue`. */
export function intendedResourceType(type: string, catalog: ResourceTypeCatalog): string | undefined {
  const words = type.split(/:+/).filter((word) => word !== '');
  const candidates = [words.join('::'), `AWS::${words.join('::')}`].filter((candidate) => catalog.has(candidate));
  if (candidates.length > 0) return candidates[0];
  const joined = words.join('').toLowerCase();
  const sameLetters = catalog.names().find((name) => name.replace(/:/g, '').toLowerCase() === joined || name.replace(/:/g, '').toLowerCase() === `aws${joined}`);
  return sameLetters ?? closestMatch(type, catalog.names());
}

export const checkMalformedResourceTypes: TemplateRule = (context) => {
  const out: AnalysisDiagnostic[] = [];
  for (const [id, resource] of context.model.resources) {
    const typeNode = valueOf(resource.pair.value, 'Type');
    const type = resource.type;
    if (!typeNode || type === undefined || typeNode.tag || !isMalformedResourceType(type)) continue;
    const meant = context.catalog && intendedResourceType(type, context.catalog);
    out.push(
      findingOn(
        context,
        CFN_SPEC_RULES.malformedResourceType,
        typeNode,
        `"${type}" (resource "${id}") is not a resource type name: types are written Provider::Service::Resource.${meant ? ` Did you mean "${meant}"?` : ''}`,
      ),
    );
  }
  return out;
};

/** `Version`: a legacy key of custom resources that CloudFormation still accepts (cfn-lint does too). */
const ENTRY_KEYS: readonly string[] = [...RESOURCE_ENTRY_KEYS, ...RESOURCE_ATTRIBUTES.map((attribute) => attribute.name), 'Version'];
/**
 * SAM adds the `IgnoreGlobals` resource attribute.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html
 */
const SAM_ENTRY_KEYS: readonly string[] = [...ENTRY_KEYS, 'IgnoreGlobals'];

/** Keys of a resource entry, a Type, and DeletionPolicy / UpdateReplacePolicy values. */
export const checkResourceEntries: TemplateRule = (context) => {
  const out: AnalysisDiagnostic[] = [];
  const keys = context.model.sam ? SAM_ENTRY_KEYS : ENTRY_KEYS;
  for (const [id, resource] of context.model.resources) {
    const entry = resource.pair.value;
    if (entry.kind !== 'mapping' || hasGeneratedKeys(entry)) continue;
    if (!valueOf(entry, 'Type')) out.push(finding(context, CFN_SPEC_RULES.resourceEntry, resource.pair.keyStart, resource.pair.keyEnd, `Resource "${id}" has no Type.`));
    for (const pair of entry.pairs) {
      if (!keys.includes(pair.key)) {
        out.push(finding(context, CFN_SPEC_RULES.resourceEntry, pair.keyStart, pair.keyEnd, `"${pair.key}" is not a key of a resource entry.${didYouMean(pair.key, keys)}`));
        continue;
      }
      const allowed = RESOURCE_ATTRIBUTES.find((attribute) => attribute.name === pair.key)?.allowedValues;
      const value = pair.value.tag ? undefined : scalarText(pair.value);
      if (allowed && value !== undefined && !allowed.includes(value)) {
        out.push(findingOn(context, CFN_SPEC_RULES.resourceEntry, pair.value, `${pair.key} "${value}" does not exist: ${allowed.join(', ')}.${didYouMean(value, allowed)}`));
      }
    }
  }
  return out;
};
