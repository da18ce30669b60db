import type { EntryKey, EntrySection } from '../../catalog/cloudformation/entryKeys';
import type { IntrinsicFunction } from '../../catalog/cloudformation/intrinsicFunctions';
import type { ParameterType } from '../../catalog/cloudformation/parameterTypes';
import type { PseudoParameter } from '../../catalog/cloudformation/pseudoParameters';
import type { ResourceAttribute } from '../../catalog/cloudformation/resourceAttributes';
import type { ResourceProperty, ResourceType } from '../../catalog/cloudformation/resourceTypeCatalog';
import type { TemplateSection } from '../../catalog/cloudformation/templateSections';

/**
 * The reference part of CloudFormation hovers and completion documentation, as markdown.
 * (The host adds the docs link and the notes.)
 */
const code = (text: string): string => '`' + text.replace(/`/g, "'") + '`';
const values = (list: readonly string[], max = 30): string =>
  list.slice(0, max).map(code).join(', ') + (list.length > max ? `, … (${list.length} in all)` : '');

export function sectionReference(section: TemplateSection): string {
  const lines = [`**${section.name}** — CloudFormation template section (${section.required ? 'required' : 'optional'})`, '', section.summary];
  if (section.allowedValues) lines.push('', `Allowed values: ${values(section.allowedValues)}`);
  return lines.join('\n');
}

/** A function's reference; a completion item shows the arguments as its detail, so `arguments: false` leaves them out. */
export function functionReference(fn: IntrinsicFunction, { arguments: withArguments = true } = {}): string {
  const forms = fn.shortForm ? `${code(fn.name)} · short form ${code(fn.shortForm)}` : `${code(fn.name)} (no short form)`;
  const lines = [`**${fn.name}** — intrinsic function`, '', forms, ...(withArguments ? ['', `Arguments: ${fn.arguments}`] : []), '', fn.summary];
  if (fn.requiresTransform) lines.push('', `Requires ${code(`Transform: ${fn.requiresTransform}`)}.`);
  return lines.join('\n');
}

export function pseudoParameterReference(parameter: PseudoParameter): string {
  return [`**${parameter.name}** — pseudo parameter`, '', parameter.summary, '', `Use with ${code(`!Ref ${parameter.name}`)} or ${code(`\${${parameter.name}}`)} in Fn::Sub.`].join('\n');
}

export function attributeReference(attribute: ResourceAttribute): string {
  const lines = [`**${attribute.name}** — resource attribute`, '', attribute.summary];
  if (attribute.allowedValues) lines.push('', `Allowed values: ${values(attribute.allowedValues)}`);
  return lines.join('\n');
}

/** A key of a parameter or an output declaration (`NoEcho`, `Export`). */
export function entryKeyReference(key: EntryKey, of: EntrySection['entry']): string {
  return [`**${key.name}** — key of ${of === 'parameter' ? 'a parameter' : 'an output'}${key.required ? ' (required)' : ''}`, '', key.summary].join('\n');
}

export function parameterTypeReference(type: ParameterType): string {
  return [`**${type.name}** — parameter type`, '', type.summary].join('\n');
}

export function resourceTypeReference(type: ResourceType): string {
  const required = type.properties.filter((p) => p.required).map((p) => p.name);
  const lines = [`**${type.name}** — resource type`];
  if (type.summary) lines.push('', type.summary);
  if (type.transform) lines.push('', `Provided by ${code(`Transform: ${type.transform}`)}.`);
  lines.push('', `Required properties: ${required.length ? values(required) : 'none'}`);
  // A few attributes, top-level ones first, are enough in a hover (S3 has 14, most of them
  // nested): the notes below must stay in view.
  const attributes = [...type.attributes].sort((a, b) => Number(a.includes('.')) - Number(b.includes('.')));
  lines.push('', `Fn::GetAtt attributes: ${attributes.length ? values(attributes, 5) : 'none'}`);
  return lines.join('\n');
}

/** A property of a resource type, or of one of its property types (`owner`: `StreamSpecification`). */
export function propertyReference(typeName: string, property: ResourceProperty, owner?: string): string {
  const of = owner ? `${code(owner)} (${code(typeName)})` : code(typeName);
  const lines = [`**${property.name}** — property of ${of}`, '', `Type: ${code(property.type)} · ${property.required ? '**required**' : 'optional'}`];
  if (property.allowedValues) lines.push('', `Allowed values: ${values(property.allowedValues)}`);
  return lines.join('\n');
}

export function getAttReference(typeName: string, logicalId: string, attribute: string | undefined, attributes: readonly string[]): string {
  const lines = [`**${logicalId}${attribute ? `.${attribute}` : ''}** — Fn::GetAtt of ${code(typeName)}`];
  if (attribute && !attributes.includes(attribute)) lines.push('', `${code(typeName)} lists no attribute ${code(attribute)}.`);
  lines.push('', `Attributes: ${attributes.length ? values(attributes) : 'none'}`);
  return lines.join('\n');
}

export function logicalIdReference(logicalId: string, kind: 'parameter' | 'resource', detail: string | undefined): string {
  return [`**${logicalId}** — ${kind} of this template`, ...(detail ? ['', detail] : [])].join('\n');
}
