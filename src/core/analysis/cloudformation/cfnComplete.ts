import { pathAt, type CursorContext } from '../cursor';
import type { IacDocument } from '../document';
import type { DocNode } from '../nodes';
import type { CompletionEntry, CompletionKind, NotesQuery } from '../types';
import { resourceTypeQuery } from '../notesQueries';
import { attributeNotes, functionNotes, propertyNotes, pseudoParameterNotes, sectionNotes } from './cfnNotes';
import { entrySection, type EntrySection } from '../../catalog/cloudformation/entryKeys';
import { INTRINSIC_FUNCTIONS, type IntrinsicFunction } from '../../catalog/cloudformation/intrinsicFunctions';
import { PARAMETER_TYPES, PARAMETER_TYPES_DOCS_URL } from '../../catalog/cloudformation/parameterTypes';
import { PSEUDO_PARAMETERS, PSEUDO_PARAMETERS_DOCS_URL } from '../../catalog/cloudformation/pseudoParameters';
import { RESOURCE_ATTRIBUTES, RESOURCE_ENTRY_KEYS, resourceAttribute } from '../../catalog/cloudformation/resourceAttributes';
import { RESOURCE_TYPES_DOCS_URL, resourceDocsUrl, type ResourceTypeCatalog } from '../../catalog/cloudformation/resourceTypeCatalog';
import { TEMPLATE_FORMAT_VERSION, TEMPLATE_SECTIONS } from '../../catalog/cloudformation/templateSections';
import { attributeReference, functionReference, parameterTypeReference, propertyReference, pseudoParameterReference, sectionReference } from './cfnReference';
import { enclosingCall } from './intrinsics';
import { templateModel, type DeclaredResource, type TemplateModel } from './templateModel';

interface Completing {
  readonly doc: IacDocument;
  readonly model: TemplateModel;
  readonly types: ResourceTypeCatalog | undefined;
  readonly context: CursorContext;
}

function entry(c: Completing, label: string, kind: CompletionKind, extra: Partial<CompletionEntry> = {}): CompletionEntry {
  // A new YAML key comes with its colon; an existing key being renamed keeps its own.
  const keyText = c.context.on === 'key' && !c.context.pair && c.doc.syntax === 'yaml' ? { insertText: `${label}: ` } : {};
  return { label, kind, range: c.doc.rangeOf(c.context.wordStart, c.context.wordEnd), ...keyText, ...extra };
}

const order = (i: number): string => String(i).padStart(4, '0');

function sectionItems(c: Completing): CompletionEntry[] {
  return TEMPLATE_SECTIONS.filter((s) => !c.context.siblingKeys.includes(s.name)).map((s, i) =>
    entry(c, s.name, 'property', {
      detail: s.required ? 'required section' : 'template section',
      documentation: sectionReference(s),
      docsUrl: s.docsUrl,
      sortText: order(i),
      notes: sectionNotes(s),
    }),
  );
}

function resourceEntryItems(c: Completing): CompletionEntry[] {
  const keys = [
    ...RESOURCE_ENTRY_KEYS.map((key) => entry(c, key, 'property', { detail: key === 'Type' ? 'resource type (required)' : 'resource properties', sortText: order(0) })),
    ...RESOURCE_ATTRIBUTES.map((a) =>
      entry(c, a.name, 'property', { detail: 'resource attribute', documentation: attributeReference(a), docsUrl: a.docsUrl, sortText: order(1), notes: attributeNotes(a) }),
    ),
  ];
  return keys.filter((item) => !c.context.siblingKeys.includes(item.label));
}

function entryKeyItems(c: Completing, { keys, docsUrl }: EntrySection): CompletionEntry[] {
  return keys
    .filter((key) => !c.context.siblingKeys.includes(key.name))
    .map((key, i) => entry(c, key.name, 'property', { detail: key.required ? 'required' : undefined, documentation: key.summary, docsUrl, sortText: order(i) }));
}

function propertyItems(c: Completing, resourceId: string): CompletionEntry[] {
  const typeName = c.model.resources.get(resourceId)?.type;
  const type = typeName ? c.types?.get(typeName) : undefined;
  if (!type || !typeName) return [];
  return type.properties
    .filter((p) => !c.context.siblingKeys.includes(p.name))
    .map((p) =>
      entry(c, p.name, 'property', {
        detail: `${p.type}${p.required ? ' · required' : ''}`,
        documentation: propertyReference(typeName, p),
        docsUrl: resourceDocsUrl(typeName, p.name),
        // Required properties first, then alphabetical.
        sortText: `${p.required ? 0 : 1}${p.name}`,
        notes: propertyNotes(typeName, p),
      }),
    );
}

/** Allowed values, each with its own notes query (the value, then what it is a value of). */
function valueItems(c: Completing, values: readonly string[], detail: string, docsUrl: string | undefined, notes?: (value: string) => NotesQuery): CompletionEntry[] {
  return values.map((value, i) => entry(c, value, 'value', { detail, docsUrl, sortText: order(i), notes: notes?.(value) }));
}

/** The functions usable where the cursor is: the rule functions only in the Rules section. */
function functionsHere(c: Completing): readonly IntrinsicFunction[] {
  return c.context.path[0] === 'Rules' ? INTRINSIC_FUNCTIONS : INTRINSIC_FUNCTIONS.filter((fn) => !fn.onlyInRules);
}

function shortFormItems(c: Completing, bangOffset: number): CompletionEntry[] {
  const range = c.doc.rangeOf(bangOffset, c.context.wordEnd);
  return functionsHere(c).filter((fn) => fn.shortForm).map((fn, i) => ({
    label: fn.shortForm!,
    kind: 'function' as const,
    detail: fn.arguments,
    documentation: functionReference(fn, { arguments: false }),
    docsUrl: fn.docsUrl,
    insertText: `${fn.shortForm} `,
    sortText: order(i),
    range,
    notes: functionNotes(fn),
  }));
}

function longFormItems(c: Completing): CompletionEntry[] {
  return functionsHere(c).filter((fn) => fn.name !== 'Condition').map((fn, i) =>
    entry(c, fn.name, 'function', { detail: fn.arguments, documentation: functionReference(fn, { arguments: false }), docsUrl: fn.docsUrl, sortText: order(i), notes: functionNotes(fn) }),
  );
}

/**
 * The resources a Ref or GetAtt at the cursor may name: not the one it is written in, which
 * CloudFormation rejects as a circular dependency.
 */
function otherResources(c: Completing): [string, DeclaredResource][] {
  const [section, own] = c.context.path;
  return [...c.model.resources].filter(([name]) => section !== 'Resources' || name !== own);
}

function refTargetItems(c: Completing): CompletionEntry[] {
  return [
    ...[...c.model.parameters.keys()].map((name) => entry(c, name, 'value', { detail: 'parameter', sortText: `0${name}` })),
    ...otherResources(c).map(([name, r]) => entry(c, name, 'value', { detail: r.type ?? 'resource', sortText: `1${name}` })),
    ...PSEUDO_PARAMETERS.map((p) =>
      entry(c, p.name, 'value', { detail: 'pseudo parameter', documentation: pseudoParameterReference(p), docsUrl: PSEUDO_PARAMETERS_DOCS_URL, sortText: `2${p.name}`, notes: pseudoParameterNotes(p) }),
    ),
  ];
}

function getAttItems(c: Completing): CompletionEntry[] {
  const items: CompletionEntry[] = [];
  for (const [name, resource] of otherResources(c)) {
    const type = resource.type ? c.types?.get(resource.type) : undefined;
    for (const attribute of type?.attributes ?? []) {
      items.push(entry(c, `${name}.${attribute}`, 'value', { detail: resource.type, docsUrl: resourceDocsUrl(resource.type!), sortText: `${name}.${attribute}` }));
    }
  }
  return items;
}

function resourceTypeItems(c: Completing): CompletionEntry[] {
  return (c.types?.names() ?? []).map((name) =>
    entry(c, name, 'type', { detail: c.types?.summary(name), docsUrl: RESOURCE_TYPES_DOCS_URL, notes: resourceTypeQuery(name, c.types?.summary(name)) }),
  );
}

function keyItems(c: Completing): CompletionEntry[] {
  const path = c.context.path;
  if (path.length === 0) return sectionItems(c);
  if (path[0] === 'Resources' && path.length === 2) return resourceEntryItems(c);
  if (path[0] === 'Resources' && path.length === 3 && path[2] === 'Properties') return propertyItems(c, String(path[1]));
  const entries = path.length === 2 ? entrySection(path[0]) : undefined;
  if (entries) return entryKeyItems(c, entries);
  // A new key inside a property value or a condition: most likely an intrinsic in long form.
  const inValue = (path[0] === 'Resources' && path.length > 3) || (path[0] === 'Conditions' && path.length >= 2) || (path[0] === 'Outputs' && path.length > 2);
  return inValue && c.context.siblingKeys.length === 0 ? longFormItems(c) : [];
}

function valueItemsAt(c: Completing, node: DocNode | undefined): CompletionEntry[] {
  const path = c.context.path;
  const enclosing = node ? enclosingCall(node) : undefined;
  if (enclosing?.call.name === 'Ref') return refTargetItems(c);
  if (enclosing?.call.name === 'Fn::GetAtt' && !enclosing.index) return getAttItems(c);
  if (path.length === 1 && path[0] === 'AWSTemplateFormatVersion') {
    return valueItems(c, [TEMPLATE_FORMAT_VERSION], 'the only format version', TEMPLATE_SECTIONS[0].docsUrl);
  }
  if (path[0] === 'Parameters' && path.length === 3 && path[2] === 'Type') {
    return PARAMETER_TYPES.map((p, i) =>
      entry(c, p.name, 'type', { detail: 'parameter type', documentation: parameterTypeReference(p), docsUrl: PARAMETER_TYPES_DOCS_URL, sortText: order(i) }),
    );
  }
  if (path[0] !== 'Resources' || path.length < 3) return [];
  const attribute = resourceAttribute(String(path[2]));
  if (path.length === 3 && path[2] === 'Type') return resourceTypeItems(c);
  if (attribute?.allowedValues) return valueItems(c, attribute.allowedValues, attribute.name, attribute.docsUrl, (value) => attributeNotes(attribute, value));
  if (path[2] === 'DependsOn') return [...c.model.resources.keys()].filter((id) => id !== path[1]).map((id) => entry(c, id, 'value', { detail: 'resource' }));
  if (path[2] === 'Condition') return [...c.model.conditions.keys()].map((id) => entry(c, id, 'value', { detail: 'condition' }));
  if (path[2] === 'Properties' && path.length >= 4) {
    const typeName = c.model.resources.get(String(path[1]))?.type;
    const property = typeName ? c.types?.property(typeName, String(path[3])) : undefined;
    if (property?.allowedValues && typeName) {
      return valueItems(c, property.allowedValues, `${property.name} (${typeName})`, resourceDocsUrl(typeName, property.name), (value) => propertyNotes(typeName, property, value));
    }
  }
  return [];
}

/** CloudFormation completions at `offset` (policy documents are the IAM analyzer's). */
export function completeTemplate(doc: IacDocument, root: DocNode | undefined, offset: number, types: ResourceTypeCatalog | undefined): CompletionEntry[] {
  const model = templateModel(root);
  const context = pathAt(doc, offset);
  if (!model || !context) return [];
  const c: Completing = { doc, model, types, context };
  if (doc.syntax === 'yaml') {
    const before = doc.lineText(doc.positionAt(offset).line).slice(0, doc.positionAt(offset).character);
    const bang = /!([A-Za-z]*)$/.exec(before);
    if (bang && context.on === 'value') return shortFormItems(c, offset - bang[0].length);
  }
  return context.on === 'key' ? keyItems(c) : valueItemsAt(c, context.node);
}

