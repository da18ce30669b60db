import { OPTION_SETTING_FIELDS } from '../../catalog/ebextensions/configKeys';
import { namespaceSpec, type NamespaceSpec, type OptionSpec } from '../../catalog/ebextensions/generalOptions';
import { platformNamespace } from '../../catalog/ebextensions/platformNamespaces';
import { entryDescription, entryMarkdown } from '../catalogEntries';
import { instanceFamilyOf } from '../instanceTypes';
import { pathAt, type CursorContext } from '../cursor';
import type { IacDocument } from '../document';
import { scalarText, valueOf } from '../nodes';
import type { HoverInfo, Position } from '../types';
import { describedAs, ebKeyQuery, namespaceQuery } from '../notesQueries';
import { configKeySpec, DEFAULT_NAMESPACE, fieldsAt } from './ebModel';
import { configKeyReference, namespaceReference, optionReference } from './ebReference';

export function ebextensionsHover(doc: IacDocument, position: Position): HoverInfo | undefined {
  const context = pathAt(doc, doc.offsetAt(position));
  if (!context) return undefined;
  const reference = referenceAt(doc, context);
  return reference && { range: doc.rangeOf(context.wordStart, context.wordEnd), ...reference };
}

function referenceAt(doc: IacDocument, context: CursorContext): Omit<HoverInfo, 'range'> | undefined {
  const { path } = context;
  const word = context.on === 'key' ? context.key : scalarText(context.node);
  if (word === undefined) return undefined;
  if (context.on === 'key' && path.length === 0) {
    const spec = configKeySpec(word);
    return spec && configKeyReference(spec);
  }
  if (path[0] === 'option_settings') return optionSettingReference(doc, context, word);
  const fields = context.on === 'key' ? fieldsAt(path) : fieldsAt(path.slice(0, -1));
  const field = fields?.find((candidate) => candidate.name === (context.on === 'key' ? word : path.at(-1)));
  if (!field) return undefined;
  const value = context.on === 'value' ? field.values?.find((candidate) => candidate.value === word) : undefined;
  // Under the key the field is in, and the config key of its block (`services` for `services › sysvinit › crond › enabled`).
  const around = [String(context.on === 'key' ? (path.at(-2) ?? '') : (path.at(-3) ?? '')), String(path[0])];
  return { reference: entryMarkdown(field, value ? `\`${field.name}: ${value.value}\`` : undefined), docsUrl: field.docsUrl, notes: describedAs(ebKeyQuery(field.name, [...new Set(around)]), value ? value.summary : entryDescription(field)) };
}

function optionSettingReference(doc: IacDocument, context: CursorContext, word: string): Omit<HoverInfo, 'range'> | undefined {
  const [, second, third] = context.path;
  // Map form: option_settings → namespace → option.
  if (typeof second !== 'number') {
    if (context.on === 'key' && context.path.length === 1) return namespaceHover(word);
    if (typeof second === 'string' && context.path.length === (context.on === 'key' ? 2 : 3)) return context.on === 'key' ? optionHover(second, word) : optionHover(second, String(third), word);
    return undefined;
  }
  // List form: option_settings → [i] → namespace / option_name / value.
  const item = valueOf(doc.root, 'option_settings');
  const entry = item?.kind === 'sequence' ? item.items[second] : undefined;
  const namespace = scalarText(valueOf(entry, 'namespace')) ?? DEFAULT_NAMESPACE;
  const option = scalarText(valueOf(entry, 'option_name'));
  if (context.on === 'key') {
    const field = OPTION_SETTING_FIELDS.find((candidate) => candidate.name === word);
    return field && { reference: entryMarkdown(field), docsUrl: field.docsUrl, notes: describedAs(ebKeyQuery('option_settings'), entryDescription(field)) };
  }
  if (third === 'namespace') return namespaceHover(word);
  if (third === 'option_name' && option !== undefined) return optionHover(namespace, option);
  if (third === 'value' && option !== undefined) return optionHover(namespace, option, word);
  return undefined;
}

function namespaceHover(name: string): Omit<HoverInfo, 'range'> | undefined {
  const spec = namespaceSpec(name);
  if (spec) return namespaceReference(spec, name);
  const platform = platformNamespace(name);
  return (
    platform && {
      reference: `**${name}** — platform-specific option namespace\n\nIts options depend on the platform (they are not checked here): see the platform's section of the reference.`,
      docsUrl: platform.docsUrl,
      notes: namespaceQuery(name, name),
    }
  );
}

/** An option, or its value: a valid value of the option is asked of the notes too, and an instance type's family where the option lists no values (`t3` of `InstanceType: t3.small`). */
function optionHover(namespace: string, option: string, value?: string): Omit<HoverInfo, 'range'> | undefined {
  const found = optionOf(namespace, option);
  const listed = found?.option.values;
  const valid = value === undefined ? undefined : listed ? (listed.includes(value) ? value : undefined) : instanceFamilyOf(value);
  return found && optionReference(found.namespace, found.option, { value: valid });
}

export function optionOf(namespace: string, option: string): { namespace: NamespaceSpec; option: OptionSpec } | undefined {
  const spec = namespaceSpec(namespace);
  const optionSpec = spec?.options.find((candidate) => candidate.name === option);
  return spec && optionSpec ? { namespace: spec, option: optionSpec } : undefined;
}
