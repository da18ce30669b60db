import { CONFIG_KEYS, type ConfigKeySpec, type FieldSpec } from '../../catalog/ebextensions/configKeys';
import type { PathSegment } from '../cursor';
import { scalarText, valueOf, type DocNode, type Pair } from '../nodes';

/** The service the notes part of every .ebextensions hover looks in. */
export const EB_SERVICE = 'Elastic Beanstalk';

/** Options without a namespace (list form) belong to the environment properties. */
export const DEFAULT_NAMESPACE = 'aws:elasticbeanstalk:application:environment';

/** One option setting, from either form, with where each part is written. */
export interface OptionSetting {
  readonly namespace: string;
  /** The node that names the namespace (a map key or a `namespace:` value); undefined when defaulted. */
  readonly namespaceAt?: { readonly start: number; readonly end: number };
  readonly option?: string;
  readonly optionAt?: { readonly start: number; readonly end: number };
  readonly value?: DocNode;
}

/**
 * Every option setting of the file: the map form (`namespace: {option: value}`) and the list
 * form (`- namespace: …, option_name: …, value: …`), in file order.
 */
export function optionSettings(root: DocNode | undefined): OptionSetting[] {
  const settings = valueOf(root, 'option_settings');
  if (settings?.kind === 'mapping') {
    return settings.pairs.flatMap((namespace) => {
      const at = { start: namespace.keyStart, end: namespace.keyEnd };
      if (namespace.value.kind !== 'mapping') return [{ namespace: namespace.key, namespaceAt: at }];
      return namespace.value.pairs.map((option) => ({ namespace: namespace.key, namespaceAt: at, option: option.key, optionAt: { start: option.keyStart, end: option.keyEnd }, value: option.value }));
    });
  }
  if (settings?.kind === 'sequence') {
    return settings.items.flatMap((item) => {
      if (item.kind !== 'mapping') return [];
      const namespaceNode = valueOf(item, 'namespace');
      const optionNode = valueOf(item, 'option_name');
      return [
        {
          namespace: scalarText(namespaceNode) ?? DEFAULT_NAMESPACE,
          namespaceAt: namespaceNode && { start: namespaceNode.start, end: namespaceNode.end },
          option: scalarText(optionNode),
          optionAt: optionNode && { start: optionNode.start, end: optionNode.end },
          value: valueOf(item, 'value'),
        },
      ];
    });
  }
  return [];
}

export function configKeySpec(name: string | PathSegment | undefined): ConfigKeySpec | undefined {
  return CONFIG_KEYS.find((spec) => spec.name === name);
}

/**
 * The fields allowed in the mapping at `path`, for the software keys: the fields of a named
 * entry (`commands.<name>`, `services.sysvinit.<name>`), or the fixed children (`packages`).
 */
export function fieldsAt(path: readonly PathSegment[]): readonly FieldSpec[] | undefined {
  const spec = configKeySpec(path[0]);
  if (!spec) return undefined;
  if (path.length === 1) return spec.childNames;
  const entryDepth = spec.entriesUnder ? 3 : 2;
  if (path.length === entryDepth && (!spec.entriesUnder || path[1] === spec.entriesUnder)) return spec.entryFields;
  return undefined;
}

/** The named entries of a software key (each `commands` entry), with their pairs. */
export function entryPairs(root: DocNode | undefined, spec: ConfigKeySpec): Pair[] {
  const container = spec.entriesUnder ? valueOf(valueOf(root, spec.name), spec.entriesUnder) : valueOf(root, spec.name);
  return container?.kind === 'mapping' ? container.pairs : [];
}

/** "3rd", "8th": for "processed 3rd of 8". */
export function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
