import { LazyCatalog } from '../lazyData';

/**
 * Every CloudFormation resource type with its properties and GetAtt attributes, from the slim
 * `resource-types.json` that `scripts/extract-catalog-data.mjs` extracts from
 * @aws-cdk/aws-service-spec (the registry schemas CloudFormation publishes, plus SAM types).
 * Resource reference: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html
 */

/** The JSON's shape, kept terse on disk. */
export interface ResourceTypesJson {
  readonly source: string;
  readonly types: Readonly<Record<string, ResourceTypeJson>>;
}
interface ResourceTypeJson {
  /** Properties by name. */
  readonly p: Readonly<Record<string, PropertyJson>>;
  /** GetAtt attribute names. */
  readonly a: readonly string[];
  /** First sentence of the type's documentation. */
  readonly d?: string;
  /** The transform that provides the type (SAM). */
  readonly x?: string;
}
interface PropertyJson {
  /** `String`, `Integer`, `List<String>`, `Map<String>`, a property type's name … */
  readonly t: string;
  /** 1 when required. */
  readonly r?: number;
  readonly v?: readonly string[];
}

export interface ResourceProperty {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly allowedValues?: readonly string[];
}

export interface ResourceType {
  readonly name: string;
  readonly summary?: string;
  readonly properties: readonly ResourceProperty[];
  readonly attributes: readonly string[];
  readonly transform?: string;
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

export class ResourceTypeCatalog {
  private readonly types: Readonly<Record<string, ResourceTypeJson>>;
  readonly source: string;

  constructor(json: ResourceTypesJson) {
    if (typeof json !== 'object' || json === null || typeof json.types !== 'object' || json.types === null) {
      throw new Error('expected { source, types }');
    }
    this.types = json.types;
    this.source = String(json.source);
  }

  has(typeName: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.types, typeName);
  }

  get(typeName: string): ResourceType | undefined {
    if (!this.has(typeName)) return undefined;
    const raw = this.types[typeName];
    return {
      name: typeName,
      summary: raw.d,
      transform: raw.x,
      attributes: raw.a,
      properties: Object.entries(raw.p).map(([name, p]) => ({ name, type: p.t, required: p.r === 1, allowedValues: p.v })),
    };
  }

  /** The type's one-line summary, without building the whole entry (for long completion lists). */
  summary(typeName: string): string | undefined {
    return this.has(typeName) ? this.types[typeName].d : undefined;
  }

  property(typeName: string, property: string): ResourceProperty | undefined {
    return this.get(typeName)?.properties.find((p) => p.name === property);
  }

  /** Every type name, sorted. */
  names(): string[] {
    return Object.keys(this.types);
  }
}

/** The catalog, read from `resource-types.json` on first use. */
export const resourceTypes = new LazyCatalog('resource-types.json', (raw) => new ResourceTypeCatalog(raw as ResourceTypesJson));
