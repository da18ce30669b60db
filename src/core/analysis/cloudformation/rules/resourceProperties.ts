import { didYouMean } from '../../didYouMean';
import { isEmptyValue, type DocNode, type MappingNode, type Pair } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import type { ResourceProperty, ResourceTypeCatalog, ValueType } from '../../../catalog/cloudformation/resourceTypeCatalog';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { LOCAL_ARTIFACT_PROPERTIES } from '../localArtifacts.data';
import { intrinsicOf } from '../intrinsics';
import { findingOn, finding, hasGeneratedKeys, shown, type RuleContext, type TemplateRule } from './ruleContext';

/** The properties of a Tag: `Key` and `Value`, both required strings. */
const TAG_PROPERTIES: readonly ResourceProperty[] = ['Key', 'Value'].map((name) => ({
  name,
  type: 'String',
  value: { kind: 'primitive', name: 'String' },
  required: true,
}));

/** Where a value sits, for messages: `AWS::S3::Bucket` or `VersioningConfiguration (AWS::S3::Bucket)`. */
interface Place {
  readonly context: RuleContext;
  readonly catalog: ResourceTypeCatalog;
  readonly typeName: string;
  /** Whether required properties are judged (not for SAM resources: Globals and the transform supply some). */
  readonly requiredKnown: boolean;
  /** Whether a property the specification lacks is reported (see `takesUnlistedProperties`). */
  readonly unlistedReported: boolean;
  readonly out: AnalysisDiagnostic[];
}

function isInteger(value: string | number | boolean): boolean {
  return typeof value === 'number' ? Number.isInteger(value) : typeof value === 'string' && /^[-+]?\d+$/.test(value.trim());
}

function isNumber(value: string | number | boolean): boolean {
  return typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));
}

function isBoolean(value: string | number | boolean): boolean {
  return typeof value === 'boolean' || (typeof value === 'string' && /^(true|false)$/i.test(value));
}

/** Whether a literal node can be a value of `type`, looking at its kind only (for unions). */
function fitsKind(node: DocNode, type: ValueType): boolean {
  switch (type.kind) {
    case 'list':
      return node.kind === 'sequence';
    case 'map':
    case 'tag':
    case 'object':
      return node.kind === 'mapping';
    case 'union':
      return type.types.some((member) => fitsKind(node, member));
    case 'primitive':
      return type.name === 'Json' || node.kind === 'scalar';
  }
}

function primitiveFits(name: string, value: string | number | boolean): boolean {
  if (name === 'Integer') return isInteger(value);
  if (name === 'Number') return isNumber(value);
  if (name === 'Boolean') return isBoolean(value);
  return true;
}

function typeError(place: Place, node: DocNode, expected: string, label: string): void {
  place.out.push(findingOn(place.context, CFN_SPEC_RULES.propertyType, node, `${label} must be ${expected}, not ${shown(node)}.`));
}

/**
 * Whether a value is computed: an intrinsic function, any other local tag (a preprocessor's
 * `!Rain::Embed`, or a misspelt function already reported as an unresolved tag: its value is no
 * literal to judge), or a one-key mapping whose key is namespaced (`Rain::Embed`, other tools'
 * directives resolved before deployment).
 */
function isComputed(node: DocNode): boolean {
  return node.tag !== undefined || intrinsicOf(node) !== undefined || (node.kind === 'mapping' && node.pairs.length === 1 && node.pairs[0].key.includes('::'));
}

/** Checks a value against its type; computed and empty values are accepted. */
function checkValue(place: Place, node: DocNode, type: ValueType, label: string, allowed: readonly string[] | undefined): void {
  if (isEmptyValue(node) || isComputed(node)) return;
  const expected = place.catalog.typeLabel(type);
  switch (type.kind) {
    case 'union': {
      // Only a value that one member alone can take is checked further: with two that fit (a
      // mapping where two property types are allowed) we cannot tell which one is meant.
      const members = type.types.filter((candidate) => fitsKind(node, candidate));
      if (members.length === 1) checkValue(place, node, members[0], label, allowed);
      else if (members.length === 0) typeError(place, node, `one of ${expected}`, label);
      return;
    }
    case 'list':
      if (node.kind !== 'sequence') return typeError(place, node, `a list (${expected})`, label);
      for (const item of node.items) checkValue(place, item, type.element, `${label} item`, allowed);
      return;
    case 'map':
      if (node.kind !== 'mapping') return typeError(place, node, `a mapping (${expected})`, label);
      if (!hasGeneratedKeys(node)) for (const pair of node.pairs) checkValue(place, pair.value, type.element, `${label}.${pair.key}`, allowed);
      return;
    case 'tag':
      if (node.kind !== 'mapping') return typeError(place, node, 'a tag ({ Key, Value })', label);
      return checkProperties(place, node, TAG_PROPERTIES, `Tag (${place.typeName})`);
    case 'object': {
      if (node.kind !== 'mapping') return typeError(place, node, `a mapping (${expected})`, label);
      const shape = type.shape === undefined ? undefined : place.catalog.propertyType(type.shape);
      if (shape) checkProperties(place, node, shape.properties, `${shape.name} (${place.typeName})`);
      return;
    }
    case 'primitive':
      if (type.name === 'Json') return;
      if (node.kind !== 'scalar' || node.value === null || !primitiveFits(type.name, node.value)) return typeError(place, node, `${/^[AEIOU]/.test(expected) ? 'an' : 'a'} ${expected}`, label);
      if (allowed && !allowed.includes(String(node.value))) {
        place.out.push(
          findingOn(place.context, CFN_SPEC_RULES.allowedValue, node, `${label} does not allow ${shown(node)}.${didYouMean(String(node.value), allowed) || ` Allowed: ${allowed.slice(0, 12).join(', ')}${allowed.length > 12 ? ', …' : ''}.`}`),
        );
      }
      return;
  }
}

/** Whether a pair is a local path that `aws cloudformation package` uploads (see LOCAL_ARTIFACT_PROPERTIES). */
function isLocalArtifactPath(typeName: string, pair: Pair): boolean {
  return pair.value.kind === 'scalar' && typeof pair.value.value === 'string' && (LOCAL_ARTIFACT_PROPERTIES[typeName]?.includes(pair.key) ?? false);
}

/** Checks the keys of a mapping of properties (unknown, missing required) and each value. */
function checkProperties(place: Place, mapping: MappingNode, properties: readonly ResourceProperty[], owner: string): void {
  if (hasGeneratedKeys(mapping)) return;
  const byName = new Map(properties.map((property) => [property.name, property]));
  for (const pair of mapping.pairs) {
    const property = byName.get(pair.key);
    if (!property) {
      if (!place.unlistedReported) continue;
      place.out.push(
        finding(place.context, CFN_SPEC_RULES.unknownProperty, pair.keyStart, pair.keyEnd, `${owner} has no property "${pair.key}".${didYouMean(pair.key, byName.keys())}`),
      );
      continue;
    }
    if (isLocalArtifactPath(place.typeName, pair)) continue;
    checkValue(place, pair.value, property.value, pair.key, property.allowedValues);
  }
  if (!place.requiredKnown) return;
  const written = new Set(mapping.pairs.map((pair) => pair.key));
  const missing = properties.filter((property) => property.required && !written.has(property.name)).map((property) => property.name);
  if (missing.length === 0) return;
  const key = mapping.parent?.kind === 'mapping' ? mapping.parent.pairs.find((pair) => pair.value === mapping) : undefined;
  const start = key?.keyStart ?? mapping.start;
  const end = key?.keyEnd ?? mapping.start + 1;
  const names = missing.map((name) => `"${name}"`).join(', ');
  place.out.push(finding(place.context, CFN_SPEC_RULES.missingRequiredProperty, start, end, `${owner} requires ${names}.`));
}

/**
 * Types whose properties are not all in the specification, so an unlisted one is no mistake:
 * - `AWS::CloudFormation::CustomResource`: "Only one property is defined by AWS for a custom
 *   resource: ServiceToken. All other properties are defined by the service provider."
 *   (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudformation-customresource.html)
 * - SAM types: the SAM part of the spec lags the SAM documentation; its
 *   AWS::Serverless::StateMachine lacks AutoPublishAlias, UseAliasAsEventTarget,
 *   DeploymentPreference, PropagateTags and RolePath, documented on
 *   https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html
 *   (the listed properties' values are still checked).
 */
function takesUnlistedProperties(typeName: string): boolean {
  return typeName === 'AWS::CloudFormation::CustomResource' || typeName.startsWith('AWS::Serverless::');
}

/**
 * Resource properties against the specification: unknown and missing required properties, value
 * kinds and allowed values, down through nested property types. Not judged: custom and
 * third-party types, resources whose Properties are computed, SAM's required properties
 * (Globals may supply them), and unlisted properties of the types that take them.
 */
export const checkResourceProperties: TemplateRule = (context) => {
  const catalog = context.catalog;
  if (!catalog) return [];
  const out: AnalysisDiagnostic[] = [];
  for (const resource of context.model.resources.values()) {
    const typeName = resource.type;
    const type = typeName === undefined ? undefined : catalog.get(typeName);
    if (!type || !typeName) continue;
    const entry = resource.pair.value;
    const propertiesPair = entry.kind === 'mapping' ? entry.pairs.find((pair) => pair.key === 'Properties') : undefined;
    const properties = propertiesPair?.value;
    const place: Place = { context, catalog, typeName, requiredKnown: !typeName.startsWith('AWS::Serverless::'), unlistedReported: !takesUnlistedProperties(typeName), out };
    if (properties?.kind === 'mapping' && !intrinsicOf(properties)) {
      checkProperties(place, properties, type.properties, typeName);
    } else if ((properties === undefined || isEmptyValue(properties)) && place.requiredKnown && entry.kind === 'mapping') {
      const missing = type.properties.filter((property) => property.required).map((property) => `"${property.name}"`);
      if (missing.length > 0) {
        out.push(finding(context, CFN_SPEC_RULES.missingRequiredProperty, resource.pair.keyStart, resource.pair.keyEnd, `${typeName} requires ${missing.join(', ')}.`));
      }
    }
  }
  return out;
};
