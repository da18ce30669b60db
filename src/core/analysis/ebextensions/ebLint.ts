import { CONFIG_KEYS } from '../../catalog/ebextensions/configKeys';
import { GENERAL_NAMESPACES, namespaceSpec, type OptionSpec } from '../../catalog/ebextensions/generalOptions';
import { isPlatformNamespace, PLATFORM_NAMESPACES } from '../../catalog/ebextensions/platformNamespaces';
import { diagnosticAt, diagnosticOnKey } from '../diagnostic';
import { didYouMean } from '../didYouMean';
import type { IacDocument } from '../document';
import { pairOf, scalarText, type DocNode } from '../nodes';
import type { AnalysisDiagnostic } from '../types';
import { entryPairs, fieldsAt, optionSettings, type OptionSetting } from './ebModel';

const KNOWN_NAMESPACES = [...GENERAL_NAMESPACES.map((spec) => spec.name), ...PLATFORM_NAMESPACES.map((namespace) => namespace.name)];

export function ebextensionsLint(doc: IacDocument): AnalysisDiagnostic[] {
  const found: AnalysisDiagnostic[] = [];
  if (!/\.config$/i.test(doc.fileName)) {
    found.push(diagnosticAt(doc, 0, Math.max(1, doc.lineText(0).length), 'warning', 'Elastic Beanstalk only reads files ending in ".config" in the .ebextensions folder: this file is ignored.', 'ebextensions/file-extension'));
  }
  const root = doc.root;
  if (root?.kind !== 'mapping') return found;
  for (const pair of root.pairs) {
    if (!CONFIG_KEYS.some((spec) => spec.name === pair.key)) {
      found.push(diagnosticOnKey(doc, pair, 'warning', `Unknown .ebextensions key "${pair.key}".${didYouMean(pair.key, CONFIG_KEYS.map((spec) => spec.name))}`, 'ebextensions/unknown-key'));
    }
  }
  found.push(...fieldProblems(doc));
  // In the map form every option of a namespace shares its key: one warning per written namespace.
  const namespacesReported = new Set<number>();
  for (const setting of optionSettings(root)) {
    const problems = settingProblems(doc, setting);
    const namespaceAt = setting.namespaceAt?.start ?? -1;
    if (problems.some((problem) => problem.code === 'ebextensions/unknown-namespace')) {
      if (namespacesReported.has(namespaceAt)) continue;
      namespacesReported.add(namespaceAt);
    }
    found.push(...problems);
  }
  return found;
}

/** Unknown fields of named entries (`commands.x.comand`), and `leader_only` together with `test`. */
function fieldProblems(doc: IacDocument): AnalysisDiagnostic[] {
  const found: AnalysisDiagnostic[] = [];
  for (const spec of CONFIG_KEYS) {
    if (!spec.entryFields) continue;
    const names = spec.entryFields.map((field) => field.name);
    for (const entry of entryPairs(doc.root, spec)) {
      if (entry.value.kind !== 'mapping') continue;
      for (const field of entry.value.pairs) {
        if (!names.includes(field.key)) {
          found.push(diagnosticOnKey(doc, field, 'warning', `Unknown field "${field.key}" in ${spec.name}.${didYouMean(field.key, names)}`, 'ebextensions/unknown-field'));
        }
      }
      const leaderOnly = pairOf(entry.value, 'leader_only');
      if (leaderOnly && pairOf(entry.value, 'test') && String(scalarText(leaderOnly.value)) === 'true') {
        found.push(diagnosticOnKey(doc, leaderOnly, 'warning', 'A container command is leader-only or has a test, not both: leader_only wins and the test is ignored.', 'ebextensions/leader-only-with-test'));
      }
    }
  }
  for (const field of CONFIG_KEYS.filter((spec) => spec.childNames)) {
    const names = fieldsAt([field.name])?.map((child) => child.name) ?? [];
    const container = pairOf(doc.root?.kind === 'mapping' ? doc.root : undefined, field.name)?.value;
    for (const child of container?.kind === 'mapping' ? container.pairs : []) {
      if (!names.includes(child.key)) {
        found.push(diagnosticOnKey(doc, child, 'warning', `"${child.key}" is not supported under ${field.name} (use ${names.join(', ')}).${didYouMean(child.key, names)}`, 'ebextensions/unknown-field'));
      }
    }
  }
  return found;
}

function settingProblems(doc: IacDocument, setting: OptionSetting): AnalysisDiagnostic[] {
  const spec = namespaceSpec(setting.namespace);
  if (!spec) {
    if (!setting.namespaceAt || isPlatformNamespace(setting.namespace) || !setting.namespace.startsWith('aws:')) return [];
    const { start, end } = setting.namespaceAt;
    return [diagnosticAt(doc, start, end, 'warning', `Unknown option namespace "${setting.namespace}".${didYouMean(setting.namespace, KNOWN_NAMESPACES)}`, 'ebextensions/unknown-namespace')];
  }
  if (spec.anyOption || setting.option === undefined || !setting.optionAt) return [];
  const option = spec.options.find((candidate) => candidate.name === setting.option);
  if (!option) {
    const { start, end } = setting.optionAt;
    return [diagnosticAt(doc, start, end, 'warning', `Unknown option "${setting.option}" in ${spec.name}.${didYouMean(setting.option, spec.options.map((candidate) => candidate.name))}`, 'ebextensions/unknown-option')];
  }
  return setting.value ? valueProblems(doc, spec.name, option, setting.value) : [];
}

/** A value outside the option's valid values or range; values computed by CloudFormation are not checked. */
function valueProblems(doc: IacDocument, namespace: string, option: OptionSpec, node: DocNode): AnalysisDiagnostic[] {
  const value = scalarText(node);
  if (value === undefined || node.tag || /`\{|\{"|Fn::|Ref/.test(value)) return [];
  if (option.values && !option.values.includes(value)) {
    // The suggestion first: the list of valid values can be long.
    const suggestion = didYouMean(value, option.values);
    return [diagnosticAt(doc, node.start, node.end, 'error', `"${value}" is not a valid ${option.name}.${suggestion} Valid values (${namespace}): ${option.values.join(', ')}.`, 'ebextensions/invalid-value')];
  }
  const number = Number(value);
  if (option.range && (value.trim() === '' || !Number.isFinite(number) || number < option.range[0] || number > option.range[1])) {
    return [diagnosticAt(doc, node.start, node.end, 'error', `"${value}" is not a valid ${option.name}: it takes a number from ${option.range[0]} to ${option.range[1]} (${namespace}).`, 'ebextensions/invalid-value')];
  }
  return [];
}
