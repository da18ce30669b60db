import type { PropertyType, ResourceProperty, ResourceTypeCatalog, ValueType } from '../../catalog/cloudformation/resourceTypeCatalog';

/** A property named by a path under a resource's `Properties`, and the property type holding it (none at the top). */
export interface PropertyAtPath {
  readonly property: ResourceProperty;
  /** The property type's name (`StreamSpecification`), for a nested property. */
  readonly owner?: string;
  /** The property above it (`StreamSpecification` for `StreamViewType`). */
  readonly parent?: string;
}

/**
 * The property at `path` (keys and list indexes below `Properties`: `StreamSpecification`,
 * `StreamViewType`), through the nested property types of the catalog; undefined when a step
 * is not a property the catalog knows (a map's own keys, a type whose nested types were not kept).
 */
export function propertyAtPath(types: ResourceTypeCatalog, typeName: string, path: readonly (string | number)[]): PropertyAtPath | undefined {
  if (typeof path[0] !== 'string') return undefined;
  let found: PropertyAtPath | undefined;
  let properties: readonly ResourceProperty[] | undefined = types.get(typeName)?.properties;
  let value: ValueType | undefined;
  let owner: PropertyType | undefined;
  for (const step of path) {
    if (typeof step === 'number') {
      // An item of a list: the list's element.
      const list = value && member(value, 'list');
      if (list?.kind !== 'list') return undefined;
      value = list.element;
    } else {
      const property: ResourceProperty | undefined = properties?.find((p) => p.name === step);
      if (!property) return undefined;
      found = { property, owner: owner?.name, parent: found?.property.name };
      value = property.value;
    }
    owner = objectType(types, value);
    properties = owner?.properties;
  }
  return found;
}

/** The value type itself, or its member of that kind when it is a union (`List<KeySchema> | Json`). */
function member(value: ValueType, kind: ValueType['kind']): ValueType | undefined {
  if (value.kind === kind) return value;
  return value.kind === 'union' ? value.types.find((type) => type.kind === kind) : undefined;
}

/** The property type a value is (or, in a union, may be), when the catalog kept it. */
function objectType(types: ResourceTypeCatalog, value: ValueType): PropertyType | undefined {
  const object = member(value, 'object');
  return object?.kind === 'object' && object.shape !== undefined ? types.propertyType(object.shape) : undefined;
}
