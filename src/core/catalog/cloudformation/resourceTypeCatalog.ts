import { LazyCatalog } from '../lazyData';

/**
 * Every CloudFormation resource type with its properties and GetAtt attributes, from the slim
 * `resource-types.json` that `scripts/extract-catalog-data.mjs` extracts from
 * @aws-cdk/aws-service-spec (the registry schemas CloudFormation publishes, plus SAM types).
 * Resource reference: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html
 */

/** The JSON's shape, kept terse on disk (the codes are described in extract-catalog-data.mjs). */
export interface ResourceTypesJson {
  readonly source: string;
  readonly types: Readonly<Record<string, ResourceTypeJson>>;
  /** Property types: `[name, properties]`, referred to as `#index`. */
  readonly shapes?: readonly (readonly [string, PropertiesJson])[];
  /** Allowed-value lists used more than once, referred to by index. */
  readonly values?: readonly (readonly string[])[];
}
interface ResourceTypeJson {
  /** Properties by name. */
  readonly p: PropertiesJson;
  /** GetAtt attribute names. */
  readonly a: readonly string[];
  /** First sentence of the type's documentation. */
  readonly d?: string;
  /** The transform that provides the type (SAM). */
  readonly x?: string;
  /** 1 when the type's nested property types were left out (too big for the budget). */
  readonly o?: number;
}
/** A type code (`S`, `[#12]`, `I!` when required …), or `[code, allowed values or their index]`. */
type PropertyJson = string | readonly [string, readonly string[] | number];
type PropertiesJson = Readonly<Record<string, PropertyJson>>;

export type PrimitiveName = 'String' | 'Integer' | 'Number' | 'Boolean' | 'Json' | 'Timestamp';

/** What a property's value must be. */
export type ValueType =
  | { readonly kind: 'primitive'; readonly name: PrimitiveName }
  /** A property type: `shape` indexes `ResourceTypeCatalog.propertyType`; absent when not kept. */
  | { readonly kind: 'object'; readonly shape?: number }
  | { readonly kind: 'tag' }
  | { readonly kind: 'list'; readonly element: ValueType }
  | { readonly kind: 'map'; readonly element: ValueType }
  | { readonly kind: 'union'; readonly types: readonly ValueType[] };

export interface ResourceProperty {
  readonly name: string;
  /** For display: `String`, `List<Tag>`, a property type's name … */
  readonly type: string;
  readonly value: ValueType;
  readonly required: boolean;
  readonly allowedValues?: readonly string[];
}

export interface ResourceType {
  readonly name: string;
  readonly summary?: string;
  readonly properties: readonly ResourceProperty[];
  readonly attributes: readonly string[];
  readonly transform?: string;
  /** Whether the nested property types are in the catalog (false for the few too big to keep). */
  readonly nestedTypesKept: boolean;
}

/** A property type (the value of a nested property): its name and properties. */
export interface PropertyType {
  readonly name: string;
  readonly properties: readonly ResourceProperty[];
}

const PRIMITIVES: Readonly<Record<string, PrimitiveName>> = { S: 'String', I: 'Integer', N: 'Number', B: 'Boolean', J: 'Json', T: 'Timestamp' };

/** Parses a type code from its start; returns the type and where it ends. */
function parseCode(code: string, at: number): [ValueType, number] {
  const types: ValueType[] = [];
  let end = at;
  for (;;) {
    const [type, next] = parseOne(code, end);
    types.push(type);
    end = next;
    if (code[end] !== '|') break;
    end++;
  }
  return [types.length === 1 ? types[0] : { kind: 'union', types }, end];
}

function parseOne(code: string, at: number): [ValueType, number] {
  const head = code[at];
  if (head === '[' || head === '{') {
    const [element, end] = parseCode(code, at + 1);
    return [{ kind: head === '[' ? 'list' : 'map', element }, end + 1];
  }
  if (head === '#') {
    const digits = /^\d+/.exec(code.slice(at + 1))?.[0] ?? '';
    return [{ kind: 'object', shape: Number(digits) }, at + 1 + digits.length];
  }
  if (head === 'G') return [{ kind: 'tag' }, at + 1];
  if (head === 'O') return [{ kind: 'object' }, at + 1];
  return [{ kind: 'primitive', name: PRIMITIVES[head] ?? 'Json' }, at + 1];
}

const TEMPLATE_REFERENCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';
const SAM_REFERENCE = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide';
export const RESOURCE_TYPES_DOCS_URL = `${TEMPLATE_REFERENCE}/aws-template-resource-type-ref.html`;

/** The reference page of a type (and the anchor of one of its properties). */
export function resourceDocsUrl(typeName: string, property?: string): string {
  const parts = typeName.split('::');
  if (parts.length !== 3) return RESOURCE_TYPES_DOCS_URL;
  const [vendor, service, resource] = parts.map((part) => part.toLowerCase());
  if (vendor === 'aws' && service === 'serverless') return `${SAM_REFERENCE}/sam-resource-${resource}.html`;
  if (vendor !== 'aws') return RESOURCE_TYPES_DOCS_URL;
  const page = `${TEMPLATE_REFERENCE}/aws-resource-${service}-${resource}.html`;
  return property ? `${page}#cfn-${service}-${resource}-${property.toLowerCase()}` : page;
}

/**
 * The page of a nested property (`AWS::DynamoDB::Table` › `StreamSpecification` › `StreamViewType`):
 * `aws-properties-dynamodb-table-streamspecification.html#cfn-dynamodb-table-streamspecification-streamviewtype`,
 * as the template reference names them; the resource's page for SAM and non-AWS types.
 */
export function propertyTypeDocsUrl(typeName: string, propertyType: string, property: string): string {
  const parts = typeName.split('::').map((part) => part.toLowerCase());
  if (parts.length !== 3 || parts[0] !== 'aws' || parts[1] === 'serverless') return resourceDocsUrl(typeName);
  const page = `${parts[1]}-${parts[2]}-${propertyType.toLowerCase()}`;
  return `${TEMPLATE_REFERENCE}/aws-properties-${page}.html#cfn-${page}-${property.toLowerCase()}`;
}

export class ResourceTypeCatalog {
  private readonly types: Readonly<Record<string, ResourceTypeJson>>;
  private readonly shapes: readonly (readonly [string, PropertiesJson])[];
  private readonly values: readonly (readonly string[])[];
  /** Decoded entries, kept: lint asks for the same types and property types for every resource. */
  private readonly decodedTypes = new Map<string, ResourceType>();
  private readonly decodedShapes = new Map<number, PropertyType>();
  private enumerationValues: Set<string> | undefined;
  readonly source: string;

  constructor(json: ResourceTypesJson) {
    if (typeof json !== 'object' || json === null || typeof json.types !== 'object' || json.types === null) {
      throw new Error('expected { source, types }');
    }
    this.types = json.types;
    this.shapes = Array.isArray(json.shapes) ? json.shapes : [];
    this.values = Array.isArray(json.values) ? json.values : [];
    this.source = String(json.source);
  }

  has(typeName: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.types, typeName);
  }

  get(typeName: string): ResourceType | undefined {
    if (!this.has(typeName)) return undefined;
    let type = this.decodedTypes.get(typeName);
    if (!type) {
      const raw = this.types[typeName];
      type = { name: typeName, summary: raw.d, transform: raw.x, attributes: raw.a, properties: this.decodeProperties(raw.p), nestedTypesKept: raw.o !== 1 };
      this.decodedTypes.set(typeName, type);
    }
    return type;
  }

  /** The property type a `{ kind: 'object', shape }` value refers to. */
  propertyType(shape: number): PropertyType | undefined {
    const raw = this.shapes[shape];
    if (!raw) return undefined;
    let type = this.decodedShapes.get(shape);
    if (!type) this.decodedShapes.set(shape, (type = { name: raw[0], properties: this.decodeProperties(raw[1]) }));
    return type;
  }

  /** The type's one-line summary, without building the whole entry (for long completion lists). */
  summary(typeName: string): string | undefined {
    return this.has(typeName) ? this.types[typeName].d : undefined;
  }

  property(typeName: string, property: string): ResourceProperty | undefined {
    return this.get(typeName)?.properties.find((p) => p.name === property);
  }

  /**
   * Whether a value is one the catalog's shared enumerations list for some property (`gp3`,
   * `allow`, `Retain`), case aside: a constant of AWS's, though this property's own list is
   * not in the catalog.
   */
  isEnumerationValue(value: string): boolean {
    this.enumerationValues ??= new Set(this.values.flatMap((list) => list.map((item) => item.toLowerCase())));
    return this.enumerationValues.has(value.toLowerCase());
  }

  /** Every type name, sorted. */
  names(): string[] {
    return Object.keys(this.types);
  }

  /** How a value type is written in hovers and completion details: `List<Tag>`, `Map<String>` … */
  typeLabel(type: ValueType): string {
    switch (type.kind) {
      case 'primitive':
        return type.name;
      case 'tag':
        return 'Tag';
      case 'object':
        return (type.shape !== undefined ? this.shapes[type.shape]?.[0] : undefined) ?? 'Object';
      case 'list':
        return `List<${this.typeLabel(type.element)}>`;
      case 'map':
        return `Map<${this.typeLabel(type.element)}>`;
      case 'union':
        return type.types.map((t) => this.typeLabel(t)).join(' | ');
    }
  }

  private decodeProperties(raw: PropertiesJson): ResourceProperty[] {
    return Object.entries(raw).map(([name, entry]) => {
      const written = typeof entry === 'string' ? entry : entry[0];
      const listed = typeof entry === 'string' ? undefined : entry[1];
      const required = written.endsWith('!');
      const [value] = parseCode(required ? written.slice(0, -1) : written, 0);
      const allowedValues = typeof listed === 'number' ? this.values[listed] : listed;
      return { name, type: this.typeLabel(value), value, required, allowedValues };
    });
  }
}

/** The catalog, read from `resource-types.json` on first use. */
export const resourceTypes = new LazyCatalog('resource-types.json', (raw) => new ResourceTypeCatalog(raw as ResourceTypesJson));
