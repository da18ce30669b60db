import type { IntrinsicFunction } from '../../catalog/cloudformation/intrinsicFunctions';
import type { PseudoParameter } from '../../catalog/cloudformation/pseudoParameters';
import type { ResourceAttribute } from '../../catalog/cloudformation/resourceAttributes';
import type { ResourceProperty } from '../../catalog/cloudformation/resourceTypeCatalog';
import type { TemplateSection } from '../../catalog/cloudformation/templateSections';
import { describedAs, propertyQuery, resourceAttributeQuery, sectionQuery, termQuery } from '../notesQueries';
import type { NotesQuery } from '../types';

/**
 * The notes queries of the CloudFormation catalog's entries, each with what the catalog says of it:
 * one per kind of entry, so that a hover and a completion item on the same thing ask the same.
 */

const CFN = 'CloudFormation';

/** A template section, or its value (`Transform: AWS::Serverless-2016-10-31`). */
export function sectionNotes(section: TemplateSection, value?: string): NotesQuery {
  return describedAs(sectionQuery(section.name, value), section.summary, section.allowedValues);
}

/** A resource attribute, or one of its allowed values (`DeletionPolicy: Retain`). */
export function attributeNotes(attribute: ResourceAttribute, value?: string): NotesQuery {
  return describedAs(resourceAttributeQuery(attribute.name, value), attribute.summary, attribute.allowedValues);
}

/** A property of a resource type, or one of its values, described by the values it allows. */
export function propertyNotes(typeName: string, property: ResourceProperty, value?: string, parent?: string): NotesQuery {
  return describedAs(propertyQuery(typeName, property.name, value, parent), property.allowedValues);
}

/** An intrinsic function, long or short form. */
export function functionNotes(fn: IntrinsicFunction): NotesQuery {
  return describedAs(termQuery(CFN, fn.name), fn.summary);
}

export function pseudoParameterNotes(parameter: PseudoParameter): NotesQuery {
  return describedAs(termQuery(CFN, parameter.name), parameter.summary);
}
