import type { ParsedOperator } from '../catalog/iam/conditionOperators';
import { TYPE_SERVICES } from '../catalog/cloudformation/typeServices';
import { serviceOfCfnType, serviceOfIamPrefix } from '../notes/serviceAliases';
import type { NotesQuery } from './types';

/**
 * What the notes are asked about the thing under the cursor, one builder per kind of thing:
 * the analyzers say what the cursor is on, these say it as a query (terms most specific first,
 * then the words around them). The ranking itself is the search engine's.
 */

const CFN = 'CloudFormation';

/** The words around the cursor, when there are any (empty ones are left out). */
function around(...context: (string | undefined)[]): Pick<NotesQuery, 'context'> {
  const words = context.filter((word): word is string => word !== undefined && word !== '');
  return words.length ? { context: words } : {};
}

/** The other services the thing under the cursor is of, when there are any. */
function alsoOf(services: readonly string[] = []): Pick<NotesQuery, 'services'> {
  return services.length ? { services } : {};
}
/**
 * A query with what the catalog says the thing is (its summary, the values it allows): the notes
 * saying the same rank higher. (Beside the query builders, not in each: the same description goes
 * with a hover's query and with its completion item's.)
 */
export function describedAs(query: NotesQuery, ...texts: readonly (string | readonly string[] | undefined)[]): NotesQuery {
  const text = texts.flat().filter((part): part is string => part !== undefined && part !== '').join(' ');
  return text ? { ...query, describedAs: text } : query;
}

const CODEDEPLOY = 'CodeDeploy';
const EB = 'Elastic Beanstalk';

/** A name of the catalog in a service's notes (a section, a function, an attribute, a key). */
export function termQuery(service: string, term: string, ...context: string[]): NotesQuery {
  return { service, terms: [term], ...around(...context) };
}

/** A CodeDeploy hook: its name, and its platform ("Lambda deployments: BeforeAllowTraffic …"). */
export function hookQuery(hook: string, platformLabel: string): NotesQuery {
  return { service: CODEDEPLOY, terms: [hook], ...around(platformLabel) };
}

/** An appspec key, or one of its values (the value first: `file_exists_behavior: OVERWRITE`). */
export function appspecKeyQuery(key: string, value?: string): NotesQuery {
  return { service: CODEDEPLOY, terms: value === undefined ? [key] : [value, key] };
}

/** An `.ebextensions` key or field, under the key it is in, and the other services the key is of (CloudFormation for `Resources`). */
export function ebKeyQuery(key: string, context: readonly string[] = [], services: readonly string[] = []): NotesQuery {
  return { service: EB, terms: [key], ...around(...context), ...alsoOf(services) };
}

/** An option namespace: as written (`aws:elbv2:listener:443`) and its catalog name. */
export function namespaceQuery(written: string, name: string): NotesQuery {
  return { service: EB, terms: written === name ? [name] : [written, name] };
}

/** An option, or one of its values (the value first, then its option: `Immutable` under `DeploymentPolicy`), in its namespace (and the services it configures). */
export function optionQuery(namespace: string, option: string, value?: string, services: readonly string[] = []): NotesQuery {
  return { service: EB, terms: value === undefined ? [option] : [value, option], ...around(namespace), ...alsoOf(services) };
}

/** A template section, or its value (the value first: `Transform: AWS::Serverless-2016-10-31`), asked as of the template. */
export function sectionQuery(section: string, value?: string): NotesQuery {
  return { service: CFN, terms: value === undefined ? [section] : [value, section], context: ['template'] };
}

/** A resource attribute, or one of its allowed values (the value first), asked as of a resource (`Metadata` of a resource, not the template's). */
export function resourceAttributeQuery(attribute: string, value?: string): NotesQuery {
  return { service: CFN, terms: value === undefined ? [attribute] : [value, attribute], context: ['resource'] };
}

/**
 * The service of a resource type: the one the alias table knows for its namespace, else the
 * namespace as written (`AWS::EMR::Cluster` is of EMR, which the table lacks): never
 * CloudFormation, whose notes would then count as the service's (a property of an EMR cluster is
 * not a CloudFormation matter).
 */
function serviceOfType(typeName: string): string {
  return serviceOfCfnType(typeName) ?? typeName.split('::')[1] ?? CFN;
}

/** A resource type: the type and its resource noun ("queue", "table"), in the type's service (and the services it makes), described by the catalog's summary of it. */
export function resourceTypeQuery(typeName: string, summary?: string): NotesQuery {
  const noun = typeName.split('::')[2];
  return describedAs({ service: serviceOfType(typeName), terms: noun ? [typeName, noun] : [typeName], ...alsoOf(TYPE_SERVICES[typeName]) }, summary);
}

/**
 * A property of a resource type (its words: `VisibilityTimeout` → "visibility timeout"), or one
 * of its allowed values (the value first), with the resource noun (and, for a nested property,
 * the property above it) around it.
 */
export function propertyQuery(typeName: string, property: string, value?: string, parent?: string): NotesQuery {
  const noun = typeName.split('::')[2];
  return { service: serviceOfType(typeName), terms: value === undefined ? [property] : [value, property], ...around(noun, parent), ...alsoOf(TYPE_SERVICES[typeName]) };
}

/** An operator: as written, then its parts, most telling first (`ForAllValues:StringEquals` → ForAllValues, StringEquals), then its family ("string"). */
export function operatorQuery(parsed: ParsedOperator): NotesQuery {
  const parts = [parsed.written, parsed.setPrefix, parsed.ifExists ? 'IfExists' : undefined, parsed.operator?.name ?? parsed.baseName];
  const terms = [...new Set(parts.filter((part): part is string => part !== undefined))];
  return { service: 'IAM', terms, ...around(parsed.operator?.family) };
}

/** A condition key: the key, and its name without the prefix (`dynamodb:LeadingKeys` → LeadingKeys), in the prefix's service. */
export function conditionKeyQuery(key: string): NotesQuery {
  const colon = key.indexOf(':');
  const prefix = colon < 0 ? key : key.slice(0, colon);
  const name = colon < 0 ? undefined : key.slice(colon + 1);
  return { service: serviceOfIamPrefix(prefix) ?? 'IAM', terms: name ? [key, name] : [key] };
}

/**
 * A condition value (`aws:kms` of `s3:x-amz-server-side-encryption`, `"true"` of a `Null`
 * condition): the value, then its key, then its operator, which says what the value means
 * (`true` of `Null` is "the key is absent").
 */
export function conditionValueQuery(key: string, value: string, operator?: string): NotesQuery {
  const keyQuery = conditionKeyQuery(key);
  return { ...keyQuery, terms: [value, ...keyQuery.terms, ...(operator === undefined ? [] : [operator])] };
}
