import { CONFIG_KEYS, OPTION_SETTING_FIELDS, type FieldSpec } from '../../catalog/ebextensions/configKeys';
import { GENERAL_NAMESPACES, namespaceSpec, type NamespaceSpec, type OptionSpec } from '../../catalog/ebextensions/generalOptions';
import { keyCompletion, placeCompletions, sortKey, splitSummary, valueCompletions } from '../catalogEntries';
import { pathAt, type CursorContext } from '../cursor';
import type { IacDocument } from '../document';
import { scalarText, valueOf } from '../nodes';
import type { CompletionEntry, Position } from '../types';
import { DEFAULT_NAMESPACE, EB_SERVICE, fieldsAt, optionSettings } from './ebModel';
import { configKeyReference, namespaceReference, optionNotes, optionReference } from './ebReference';

export function ebextensionsCompletions(doc: IacDocument, position: Position): CompletionEntry[] {
  const context = pathAt(doc, doc.offsetAt(position));
  if (!context) return [];
  return placeCompletions(doc, itemsAt(doc, context), doc.rangeOf(context.wordStart, context.wordEnd));
}

function itemsAt(doc: IacDocument, context: CursorContext): CompletionEntry[] {
  const { path } = context;
  const taken = new Set(context.siblingKeys);
  if (context.on === 'key' && path.length === 0) {
    return CONFIG_KEYS.filter((spec) => !taken.has(spec.name)).map((spec, index) => ({
      ...keyCompletion(spec, index, EB_SERVICE, spec.snippet),
      documentation: configKeyReference(spec, splitSummary(spec.summary).rest).reference,
    }));
  }
  if (path[0] === 'option_settings') return optionSettingItems(doc, context, taken);
  if (context.on === 'key') return fieldItems(fieldsAt(path), taken);
  const field = fieldsAt(path.slice(0, -1))?.find((candidate) => candidate.name === path.at(-1));
  return field ? valueCompletions(field, EB_SERVICE) : [];
}

function fieldItems(fields: readonly FieldSpec[] | undefined, taken: ReadonlySet<string>): CompletionEntry[] {
  return (fields ?? []).filter((field) => !taken.has(field.name)).map((field, index) => keyCompletion(field, index, EB_SERVICE, field.values ? ` \${1|${field.values.map((v) => v.value).join(',')}|}` : undefined));
}

function optionSettingItems(doc: IacDocument, context: CursorContext, taken: ReadonlySet<string>): CompletionEntry[] {
  const [, second, third] = context.path;
  const used = new Set(optionSettings(doc.root).map((setting) => setting.namespace));
  if (typeof second !== 'number') {
    // Map form.
    if (context.on === 'key' && context.path.length === 1 && !context.inSequenceItem) return namespaceItems(used, ':\n  ');
    const namespace = typeof second === 'string' ? namespaceSpec(second) : undefined;
    if (!namespace) return [];
    if (context.on === 'key' && context.path.length === 2) return optionItems(namespace, taken, true);
    const option = context.path.length === 3 ? namespace.options.find((candidate) => candidate.name === third) : undefined;
    return option ? optionValueItems(namespace, option) : [];
  }
  // List form.
  if (context.on === 'key') return fieldItems(OPTION_SETTING_FIELDS, taken);
  const settings = valueOf(doc.root, 'option_settings');
  const entry = settings?.kind === 'sequence' ? settings.items[second] : undefined;
  const namespace = namespaceSpec(scalarText(valueOf(entry, 'namespace')) ?? DEFAULT_NAMESPACE);
  if (third === 'namespace') return namespaceItems(new Set(), '');
  if (third === 'option_name' && namespace) return optionItems(namespace, new Set(), false);
  const option = namespace?.options.find((candidate) => candidate.name === scalarText(valueOf(entry, 'option_name')));
  return third === 'value' && namespace && option ? optionValueItems(namespace, option) : [];
}

/** Namespaces (those with a user part are offered with their placeholder to fill in). */
function namespaceItems(used: ReadonlySet<string>, after: string): CompletionEntry[] {
  return GENERAL_NAMESPACES.filter((spec) => !used.has(spec.name)).map((spec, index) => {
    const { first, rest } = splitSummary(spec.summary);
    const reference = namespaceReference(spec, spec.name, rest);
    const name = spec.pattern ? spec.name.replace(/:([a-z_]+)$/, (_, placeholder: string) => `:\${1:${placeholder}}`) : spec.name;
    return {
      label: spec.name,
      kind: 'type' as const,
      detail: first,
      documentation: reference.reference,
      docsUrl: reference.docsUrl,
      insertText: after ? `${name}${after}` : name,
      isSnippet: true,
      sortText: sortKey(index),
      notes: reference.notes,
    };
  });
}

function optionItems(namespace: NamespaceSpec, taken: ReadonlySet<string>, asKey: boolean): CompletionEntry[] {
  return namespace.options
    .filter((option) => !taken.has(option.name))
    .map((option, index) => {
      // The detail is the default, or else the summary's first sentence (then not repeated below).
      const { first, rest } = splitSummary(option.summary);
      const reference = optionReference(namespace, option, { summary: option.default !== undefined ? option.summary : rest });
      const value = option.values ? `\${1|${option.values.join(',')}|}` : `\${1:${option.default?.replace(/[$}\\|,]/g, '') ?? ''}}`;
      return {
        label: option.name,
        kind: 'property' as const,
        detail: option.default !== undefined ? `default: ${option.default}` : first,
        documentation: reference.reference,
        docsUrl: reference.docsUrl,
        insertText: asKey ? `${option.name}: ${value}` : option.name,
        isSnippet: asKey,
        sortText: sortKey(index),
        notes: reference.notes,
      };
    });
}

function optionValueItems(namespace: NamespaceSpec, option: OptionSpec): CompletionEntry[] {
  const reference = optionReference(namespace, option);
  return (option.values ?? []).map((value, index) => ({
    label: value,
    kind: 'value' as const,
    detail: value === option.default ? 'default' : undefined,
    documentation: reference.reference,
    docsUrl: reference.docsUrl,
    sortText: sortKey(index),
    notes: optionNotes(namespace, option, value),
  }));
}
