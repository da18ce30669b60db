import { didYouMean } from '../../didYouMean';
import { scalarText, valueOf, type DocNode, type MappingNode } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { intrinsicOf, walk } from '../intrinsics';
import { collectReferences } from '../references';
import { samGenerates } from '../templateModel';
import { findingOn, finding, type TemplateRule } from './ruleContext';

/**
 * Checks of names the template declares itself: GetAtt attributes, condition names, FindInMap
 * maps and keys, DependsOn targets.
 */

/** Types whose attributes the catalog cannot list: custom resources and nested stacks' `Outputs.X`. */
function attributesKnown(typeName: string): boolean {
  return !typeName.startsWith('Custom::') && typeName !== 'AWS::CloudFormation::CustomResource' && !typeName.startsWith('AWS::Serverless::');
}

/** Whether `attribute` is one of the type's: exact, or `Outputs.Name` of a nested stack. */
function hasAttribute(attributes: readonly string[], attribute: string): boolean {
  if (attributes.includes(attribute)) return true;
  const dot = attribute.indexOf('.');
  return dot > 0 && attributes.includes(attribute.slice(0, dot)) && attribute.slice(0, dot) === 'Outputs';
}

export const checkGetAttAttributes: TemplateRule = (context) => {
  const catalog = context.catalog;
  if (!catalog) return [];
  const out: AnalysisDiagnostic[] = [];
  for (const reference of collectReferences(context.doc.text, context.model.root)) {
    if (reference.via === 'Ref' || reference.attribute === undefined) continue;
    const typeName = context.model.resources.get(reference.logicalId)?.type;
    const type = typeName && attributesKnown(typeName) ? catalog.get(typeName) : undefined;
    if (!type || hasAttribute(type.attributes, reference.attribute)) continue;
    const known = type.attributes.length > 0 ? `${didYouMean(reference.attribute, type.attributes) || ` It returns: ${type.attributes.join(', ')}.`}` : ' It returns no attributes.';
    out.push(finding(context, CFN_SPEC_RULES.unknownAttribute, reference.start, reference.end, `${typeName} has no attribute "${reference.attribute}" (resource "${reference.logicalId}").${known}`));
  }
  return out;
};

/** The condition names used: `Fn::If` first arguments, `Condition` functions and attributes. */
function conditionUses(root: MappingNode): DocNode[] {
  const uses: DocNode[] = [];
  for (const section of ['Resources', 'Outputs']) {
    const entries = valueOf(root, section);
    if (entries?.kind !== 'mapping') continue;
    for (const pair of entries.pairs) {
      const condition = valueOf(pair.value, 'Condition');
      if (condition?.kind === 'scalar') uses.push(condition);
    }
  }
  for (const section of ['Resources', 'Outputs', 'Conditions']) {
    for (const node of walk(valueOf(root, section))) {
      const call = intrinsicOf(node);
      if (call?.name === 'Fn::If' && call.argument.kind === 'sequence' && call.argument.items[0]?.kind === 'scalar') uses.push(call.argument.items[0]);
      if (call?.name === 'Condition' && call.argument.kind === 'scalar') uses.push(call.argument);
      if (section === 'Conditions' && node.kind === 'mapping' && node.pairs.length === 1 && node.pairs[0].key === 'Condition' && node.pairs[0].value.kind === 'scalar') {
        uses.push(node.pairs[0].value);
      }
    }
  }
  return uses;
}

export const checkConditionNames: TemplateRule = (context) => {
  const declared = [...context.model.conditions.keys()];
  const out: AnalysisDiagnostic[] = [];
  for (const use of conditionUses(context.model.root)) {
    const name = scalarText(use);
    if (name === undefined || name.includes('${') || context.model.conditions.has(name)) continue;
    out.push(findingOn(context, CFN_SPEC_RULES.undefinedCondition, use, `No condition "${name}" in the Conditions section.${didYouMean(name, declared)}`));
  }
  return out;
};

/** The entries of a literal mapping, or undefined when some are generated or it is not literal. */
function literalEntries(node: DocNode | undefined): Map<string, DocNode> | undefined {
  if (node?.kind !== 'mapping' || node.tag || node.pairs.some((pair) => pair.key.startsWith('Fn::'))) return undefined;
  return new Map(node.pairs.map((pair) => [pair.key, pair.value]));
}

export const checkFindInMap: TemplateRule = (context) => {
  const out: AnalysisDiagnostic[] = [];
  const maps = literalEntries(valueOf(context.model.root, 'Mappings'));
  if (!maps) return out;
  for (const node of walk(context.model.root)) {
    const call = intrinsicOf(node);
    if (call?.name !== 'Fn::FindInMap' || call.argument.kind !== 'sequence' || call.argument.items.length !== 3) continue;
    // With a fourth argument (DefaultValue, AWS::LanguageExtensions) missing keys are allowed.
    let level = maps;
    const written: string[] = [];
    for (const [depth, item] of call.argument.items.entries()) {
      const key = item.kind === 'scalar' && !item.tag ? scalarText(item) : undefined;
      if (key === undefined) break;
      const found = level.get(key);
      if (!found) {
        const what = depth === 0 ? `No map "${key}" in the Mappings section.` : `Map "${written.join(' › ')}" has no key "${key}".`;
        out.push(findingOn(context, CFN_SPEC_RULES.unknownMapping, item, `Fn::FindInMap: ${what}${didYouMean(key, level.keys())}`));
        break;
      }
      written.push(key);
      const next = literalEntries(found);
      if (!next) break;
      level = next;
    }
  }
  return out;
};

export const checkDependsOn: TemplateRule = (context) => {
  const { model } = context;
  if (model.openWorld) return [];
  const out: AnalysisDiagnostic[] = [];
  const names = [...model.resources.keys()];
  for (const resource of model.resources.values()) {
    const dependsOn = valueOf(resource.pair.value, 'DependsOn');
    const targets = dependsOn?.kind === 'sequence' ? dependsOn.items : dependsOn ? [dependsOn] : [];
    for (const target of targets) {
      const name = target.kind === 'scalar' && !target.tag ? scalarText(target) : undefined;
      if (name === undefined || samGenerates(model, name)) continue;
      // A resource depending on itself is a circular dependency (circularDependency.ts).
      if (!model.resources.has(name)) {
        out.push(findingOn(context, CFN_SPEC_RULES.unknownDependency, target, `DependsOn: no resource "${name}" in the template.${didYouMean(name, names)}`));
      }
    }
  }
  return out;
};
