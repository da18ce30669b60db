import { nodeAt } from '../cursor';
import type { IacDocument } from '../document';
import { taggedNodeAt } from '../nodeIndex';
import { pathOf, scalarText, valueOf, type DocNode, type Pair } from '../nodes';
import type { HoverInfo, NotesQuery } from '../types';
import { isKnownService } from '../../notes/serviceAliases';
import { instanceFamilyOf } from '../instanceTypes';
import { describedAs, resourceTypeQuery, termQuery } from '../notesQueries';
import { attributeNotes, functionNotes, propertyNotes, pseudoParameterNotes, sectionNotes } from './cfnNotes';
import { entrySection, type EntrySection } from '../../catalog/cloudformation/entryKeys';
import { intrinsicFunction } from '../../catalog/cloudformation/intrinsicFunctions';
import { PARAMETER_TYPES, PARAMETER_TYPES_DOCS_URL } from '../../catalog/cloudformation/parameterTypes';
import { PSEUDO_PARAMETERS_DOCS_URL, pseudoParameter } from '../../catalog/cloudformation/pseudoParameters';
import { resourceAttribute } from '../../catalog/cloudformation/resourceAttributes';
import { propertyTypeDocsUrl, resourceDocsUrl, type ResourceProperty, type ResourceTypeCatalog } from '../../catalog/cloudformation/resourceTypeCatalog';
import { TEMPLATE_SECTIONS } from '../../catalog/cloudformation/templateSections';
import {
  attributeReference,
  entryKeyReference,
  functionReference,
  getAttReference,
  logicalIdReference,
  parameterTypeReference,
  propertyReference,
  pseudoParameterReference,
  resourceTypeReference,
  sectionReference,
} from './cfnReference';
import { enclosingCall, subVariables } from './intrinsics';
import { propertyAtPath } from './propertyPath';
import { intendedResourceType, isMalformedResourceType } from './rules/resourceEntries';
import { templateModel, type TemplateModel } from './templateModel';

const CFN = 'CloudFormation';
const notes = (service: string | undefined, term: string): NotesQuery => termQuery(service ?? CFN, term);

interface HoverTarget {
  readonly doc: IacDocument;
  readonly model: TemplateModel;
  readonly types: ResourceTypeCatalog | undefined;
  readonly offset: number;
}

function hoverOf(doc: IacDocument, start: number, end: number, reference: string, docsUrl: string, query: NotesQuery): HoverInfo {
  return { range: doc.rangeOf(start, end), reference, docsUrl, notes: query };
}

/** A section, or its value (`Transform: AWS::Serverless-2016-10-31`): a value is asked of the notes first, then its section. */
function sectionHover(t: HoverTarget, name: string, start: number, end: number, value?: string): HoverInfo | undefined {
  const section = TEMPLATE_SECTIONS.find((s) => s.name === name);
  return section && hoverOf(t.doc, start, end, sectionReference(section), section.docsUrl, sectionNotes(section, value));
}

function functionHover(t: HoverTarget, name: string, start: number, end: number): HoverInfo | undefined {
  const fn = intrinsicFunction(name);
  return fn && hoverOf(t.doc, start, end, functionReference(fn), fn.docsUrl, functionNotes(fn));
}

/** A resource attribute, or its value (`DeletionPolicy: Retain`): an allowed value is asked of the notes first. */
function attributeHover(t: HoverTarget, name: string, start: number, end: number, value?: string): HoverInfo | undefined {
  const attribute = resourceAttribute(name);
  if (!attribute) return undefined;
  const allowed = value !== undefined && attribute.allowedValues?.includes(value) ? value : undefined;
  return hoverOf(t.doc, start, end, attributeReference(attribute), attribute.docsUrl, attributeNotes(attribute, allowed));
}

function typeHover(t: HoverTarget, typeName: string, start: number, end: number): HoverInfo | undefined {
  const type = t.types?.get(typeName);
  if (type) return hoverOf(t.doc, start, end, resourceTypeReference(type), resourceDocsUrl(typeName), resourceTypeQuery(typeName, type.summary));
  // A mistyped name (`AWS:SQS::Queue`) still hovers: as the type it most likely means, said so.
  const meant = t.types && isMalformedResourceType(typeName) ? intendedResourceType(typeName, t.types) : undefined;
  const intended = meant ? t.types?.get(meant) : undefined;
  if (!meant || !intended) return undefined;
  const warning = `\`${typeName}\` is not a resource type name (Provider::Service::Resource): did you mean \`${meant}\`?\n\n`;
  return hoverOf(t.doc, start, end, warning + resourceTypeReference(intended), resourceDocsUrl(meant), resourceTypeQuery(meant, intended.summary));
}

/**
 * A property, top-level or nested (`StreamSpecification` › `StreamViewType`), or its value: a
 * value is asked of the notes too when it is one of the property's allowed values, or written as
 * an enumeration constant is (`PAY_PER_REQUEST`, `NEW_AND_OLD_IMAGES`) or as a name in a namespace
 * (`aws:elasticbeanstalk:xray`), where the catalog lists none.
 */
function propertyHover(t: HoverTarget, resourceId: string, path: readonly (string | number)[], start: number, end: number, value?: string, beside?: DocNode): HoverInfo | undefined {
  const typeName = t.model.resources.get(resourceId)?.type;
  const found = typeName && t.types ? propertyAtPath(t.types, typeName, path) : undefined;
  if (!found || !typeName) return undefined;
  const { property, owner, parent } = found;
  // (An instance type is asked by its family: `t3` of `t3.small`.)
  const allowed = value === undefined ? undefined : (instanceFamilyOf(value) ?? ((property.allowedValues ? property.allowedValues.includes(value) : isConstant(value, property, t.types) || isAwsMetric(value, property, beside)) ? value : undefined));
  const docsUrl = owner ? propertyTypeDocsUrl(typeName, owner, property.name) : resourceDocsUrl(typeName, property.name);
  return hoverOf(t.doc, start, end, propertyReference(typeName, property, owner), docsUrl, propertyNotes(typeName, property, allowed, parent));
}

/**
 * A value of a string property with no list of its own that is a constant, not a name of the
 * user's: written as enumeration values are, as a name in a namespace, or, where the property
 * does not name a thing of the user's (`PolicyName: test` is a name, though "test" is a constant
 * elsewhere), one the catalog lists for another property (`gp3` of a `VolumeType`, `allow` of a
 * `RuleAction`), a service's name in lower case (`Protocol: sqs` of a subscription) or, of a
 * kind (`Type`, `…Type`), lower-case words (`Type: redirect` of a listener action).
 */
function isConstant(value: string, property: ResourceProperty, types: ResourceTypeCatalog | undefined): boolean {
  if (ENUM_CONSTANT.test(value) || NAMESPACED.test(value)) return true;
  if (property.type !== 'String' || NAMES_A_THING.test(property.name)) return false;
  return types?.isEnumerationValue(value) === true || (LOWER_CASE_WORD.test(value) && isKnownService(value)) || (KIND.test(property.name) && LOWER_CASE_CONSTANT.test(value));
}

/**
 * A CloudWatch metric AWS names, not the user: a `MetricName` beside a `Namespace` of `AWS/…`
 * (`ApproximateNumberOfMessagesVisible` of `AWS/SQS`) or `CWAgent`, or that namespace itself. `AWS/`
 * namespaces are the services' own ("To avoid conflicts with AWS service namespaces, you should not specify
 * a namespace that begins with AWS/", https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html);
 * `CWAgent` is the CloudWatch agent's ("the agent publishes metrics … in a namespace, CWAgent by default",
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Agent-Classic-configuration.html).
 */
function isAwsMetric(value: string, property: ResourceProperty, beside: DocNode | undefined): boolean {
  if (property.name === 'Namespace') return AWS_METRIC_NAMESPACE.test(value);
  return property.name === 'MetricName' && AWS_METRIC_NAMESPACE.test(scalarText(valueOf(beside, 'Namespace')) ?? '');
}

const AWS_METRIC_NAMESPACE = /^(?:AWS\/[A-Za-z0-9]|CWAgent$)/;

/**
 * A property that says which kind of thing its owner is, or how it works (`Type`, `VolumeType`, a
 * placement group's `Strategy`, a task's `NetworkMode`, a parameter's `Tier`): its values are a list,
 * written as words (`redirect`, `fixed-response`, `partition`, `awsvpc`), where the catalog gives none.
 */
const KIND = /(?:Type|Strategy|Mode|Tier)$/;
/** Lower-case words, hyphen-joined: how such a list's values are written (`forward`, `fixed-response`). */
const LOWER_CASE_CONSTANT = /^[a-z]+(?:-[a-z]+)*$/;

/** A property whose value is a name or reference the user chooses (`PolicyName: test`, `ImageId`), not a constant, whatever it spells. */
const NAMES_A_THING = /(?:Name|Id|ID|Arn|ARN|Value|Description|Key)$/;

/** How enumeration values are written in AWS APIs: capitals, digits and underscores (`PAY_PER_REQUEST`, `KEYS_ONLY`, `AES256`). */
const ENUM_CONSTANT = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
/** One lower-case word, as a service is written where a value names it (`sqs`, `memcached`). */
const LOWER_CASE_WORD = /^[a-z]+$/;
/** A name in a namespace, colon-separated (an Elastic Beanstalk option namespace, `aws:elasticbeanstalk:xray`); an ARN has empty parts or a path. */
const NAMESPACED = /^[a-z][a-z0-9-]*(?::[a-z0-9-]+)+$/i;

/** A key of a parameter or an output declaration: its meaning, and the notes on it in that section (`Export` of an output). */
function entryKeyHover(t: HoverTarget, section: string, { entry, keys, docsUrl }: EntrySection, name: string, start: number, end: number): HoverInfo | undefined {
  const key = keys.find((k) => k.name === name);
  return key && hoverOf(t.doc, start, end, entryKeyReference(key, entry), docsUrl, describedAs(termQuery(CFN, key.name, section), key.summary));
}

/** What a logical ID (or pseudo parameter) named in Ref / GetAtt / Sub is. */
function targetHover(t: HoverTarget, logicalId: string, attribute: string | undefined, start: number, end: number): HoverInfo | undefined {
  const pseudo = pseudoParameter(logicalId);
  if (pseudo) return hoverOf(t.doc, start, end, pseudoParameterReference(pseudo), PSEUDO_PARAMETERS_DOCS_URL, pseudoParameterNotes(pseudo));
  const parameter = t.model.parameters.get(logicalId);
  if (parameter) {
    const type = scalarText(valueOf(parameter.value, 'Type'));
    const description = scalarText(valueOf(parameter.value, 'Description'));
    const detail = [type && `Type: \`${type}\``, description].filter(Boolean).join(' · ');
    return hoverOf(t.doc, start, end, logicalIdReference(logicalId, 'parameter', detail), PARAMETER_TYPES_DOCS_URL, notes(CFN, 'Parameters'));
  }
  const resource = t.model.resources.get(logicalId);
  if (!resource) return undefined;
  const typeName = resource.type ?? '?';
  const type = t.types?.get(typeName);
  if (attribute !== undefined && type) {
    return hoverOf(t.doc, start, end, getAttReference(typeName, logicalId, attribute, type.attributes), resourceDocsUrl(typeName), resourceTypeQuery(typeName, type.summary));
  }
  return hoverOf(t.doc, start, end, logicalIdReference(logicalId, 'resource', `Type: \`${typeName}\`${type?.summary ? ` — ${type.summary}` : ''}`), resourceDocsUrl(typeName), resourceTypeQuery(typeName, type?.summary));
}

function keyHover(t: HoverTarget, pair: Pair): HoverInfo | undefined {
  const path = pathOf(pair.parent);
  const { keyStart: start, keyEnd: end, key } = pair;
  if (path.length === 0) return sectionHover(t, key, start, end);
  if (pair.parent.pairs.length === 1 && (key === 'Ref' || key.startsWith('Fn::'))) return functionHover(t, key, start, end);
  if (path[0] === 'Resources' && path.length === 2) return attributeHover(t, key, start, end);
  if (path[0] === 'Resources' && path.length >= 3 && path[2] === 'Properties') return propertyHover(t, String(path[1]), [...path.slice(3), key], start, end);
  if (path[0] === 'Conditions' && key === 'Condition') return functionHover(t, key, start, end);
  const entries = path.length === 2 ? entrySection(path[0]) : undefined;
  if (entries) return entryKeyHover(t, String(path[0]), entries, key, start, end);
  return undefined;
}

function callArgumentHover(t: HoverTarget, node: DocNode): HoverInfo | undefined {
  const enclosing = enclosingCall(node);
  if (!enclosing || node.kind !== 'scalar') return undefined;
  const { call, index } = enclosing;
  const text = scalarText(node);
  if (text === undefined) return undefined;
  if (call.name === 'Ref') return targetHover(t, text, undefined, node.start, node.end);
  if (call.name === 'Fn::GetAtt' && (index === undefined || index === 0)) {
    const dot = index === undefined ? text.indexOf('.') : -1;
    const listAttribute = node.parent?.kind === 'sequence' ? scalarText(node.parent.items[1]) : undefined;
    const attribute = index === 0 ? (listAttribute ?? '') : dot < 0 ? '' : text.slice(dot + 1);
    return targetHover(t, dot < 0 ? text : text.slice(0, dot), attribute, node.start, node.end);
  }
  if (call.name === 'Fn::Sub' && (index === undefined || index === 0)) {
    const variable = subVariables(t.doc.text, node).find((v) => t.offset >= v.start && t.offset <= v.end);
    if (!variable) return undefined;
    const dot = variable.name.indexOf('.');
    return targetHover(t, dot < 0 ? variable.name : variable.name.slice(0, dot), dot < 0 ? undefined : variable.name.slice(dot + 1), variable.start, variable.end);
  }
  return undefined;
}

function valueHover(t: HoverTarget, node: DocNode): HoverInfo | undefined {
  const argument = callArgumentHover(t, node);
  if (argument) return argument;
  const path = pathOf(node);
  const text = scalarText(node);
  if (text === undefined) return undefined;
  // A section's value, or an item of a list of transforms.
  if ((path.length === 1 && (path[0] === 'AWSTemplateFormatVersion' || path[0] === 'Transform')) || (path.length === 2 && path[0] === 'Transform')) return sectionHover(t, String(path[0]), node.start, node.end, text);
  if (path[0] === 'Resources' && path.length === 3 && path[2] === 'Type') return typeHover(t, text, node.start, node.end);
  if (path[0] === 'Resources' && path.length === 3) return attributeHover(t, String(path[2]), node.start, node.end, text);
  // A property's own value, or an item of a list property, at any depth.
  if (path[0] === 'Resources' && path.length >= 4 && path[2] === 'Properties') {
    const property = typeof path[path.length - 1] === 'number' ? path.slice(3, -1) : path.slice(3);
    return propertyHover(t, String(path[1]), property, node.start, node.end, text, node.parent);
  }
  if (path[0] === 'Parameters' && path.length === 3 && path[2] === 'Type') {
    const type = PARAMETER_TYPES.find((p) => p.name === text);
    return type && hoverOf(t.doc, node.start, node.end, parameterTypeReference(type), PARAMETER_TYPES_DOCS_URL, describedAs(notes(CFN, type.name), type.summary));
  }
  return undefined;
}

/** The CloudFormation hover at `offset` (policy documents are the IAM analyzer's). */
export function hoverTemplate(doc: IacDocument, root: DocNode | undefined, offset: number, types: ResourceTypeCatalog | undefined): HoverInfo | undefined {
  const model = templateModel(root);
  if (!model) return undefined;
  const target: HoverTarget = { doc, model, types, offset };
  // nodeAt only finds scalars and keys: a tag before a list or a mapping (`!Join [...]`) is looked up apart.
  const tagged = taggedNodeAt(root, offset);
  if (tagged?.tag && tagged.tagStart !== undefined) return functionHover(target, tagged.tag, tagged.tagStart, tagged.tagStart + tagged.tag.length);
  const hit = nodeAt(root, offset);
  if (!hit) return undefined;
  return hit.onKey && hit.pair ? keyHover(target, hit.pair) : valueHover(target, hit.node);
}
