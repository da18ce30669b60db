import { CONFIG_KEYS, type ConfigKeySpec } from '../../catalog/ebextensions/configKeys';
import { namespaceDocsUrl, type NamespaceSpec, type OptionSpec } from '../../catalog/ebextensions/generalOptions';
import type { HoverInfo, NotesQuery } from '../types';
import { describedAs, ebKeyQuery, namespaceQuery, optionQuery } from '../notesQueries';
import { ordinal } from './ebModel';

type Reference = Pick<HoverInfo, 'reference' | 'docsUrl' | 'notes'>;

const ORDERED = CONFIG_KEYS.filter((spec) => spec.order !== undefined);

/** A top-level key: what it does and where it falls in Elastic Beanstalk's processing order. */
// `summary` defaults to the spec's own; a completion item passes what its detail line leaves out.
export function configKeyReference(spec: ConfigKeySpec, summary = spec.summary): Reference {
  const lines = [`**${spec.name}** — .ebextensions key`, summary].filter(Boolean);
  if (spec.order !== undefined) {
    const before = ORDERED[spec.order - 2]?.name;
    const after = ORDERED[spec.order]?.name;
    const neighbours = [before && `after \`${before}\``, after && `before \`${after}\``].filter(Boolean).join(', ');
    lines.push(`Processed **${ordinal(spec.order)} of ${ORDERED.length}** — ${neighbours}.`);
  }
  return { reference: lines.join('\n\n'), docsUrl: spec.docsUrl, notes: describedAs(ebKeyQuery(spec.name, [], spec.services), spec.summary) };
}

export function namespaceReference(spec: NamespaceSpec, written: string, summary = spec.summary): Reference {
  const lines = [`**${written}** — option namespace`, summary].filter(Boolean);
  if (spec.anyOption) lines.push(`Options: ${spec.anyOption}`);
  else lines.push(`Options: ${spec.options.map((option) => `\`${option.name}\``).join(', ')}`);
  return { reference: lines.join('\n\n'), docsUrl: namespaceDocsUrl(spec), notes: describedAs(namespaceQuery(written, spec.name), spec.summary) };
}

/**
 * An option (or, with `value`, one of its values: the notes are asked about the value first);
 * `summary` replaces the option's summary where a completion shows part of it as its detail.
 */
export function optionReference(namespace: NamespaceSpec, option: OptionSpec, { value, summary = option.summary }: { value?: string; summary?: string } = {}): Reference {
  const lines = [`**${option.name}** — \`${namespace.name}\``, summary].filter(Boolean);
  if (option.default !== undefined) lines.push(`Default: \`${option.default}\``);
  if (option.values) lines.push(`Valid values: ${option.values.map((value) => `\`${value}\``).join(', ')}`);
  if (option.range) lines.push(`Valid values: ${option.range[0]} to ${option.range[1]}`);
  return { reference: lines.join('\n\n'), docsUrl: namespaceDocsUrl(namespace), notes: optionNotes(namespace, option, value) };
}

/** The notes query of an option, or of one of its values, with what the reference says of the option. */
export function optionNotes(namespace: NamespaceSpec, option: OptionSpec, value?: string): NotesQuery {
  return describedAs(optionQuery(namespace.name, option.name, value, namespace.services), option.summary, option.values);
}
