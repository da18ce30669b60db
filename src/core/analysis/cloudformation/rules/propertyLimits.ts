import { valueOf, type DocNode } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { intrinsicOf } from '../intrinsics';
import { PROPERTY_LIMITS, type PropertyLimit } from '../propertyLimits.data';
import { findingOn, type RuleContext, type TemplateRule } from './ruleContext';

/** Whether a list item is there whatever the conditions: not an `Fn::If` nor a `Ref` to AWS::NoValue. */
function alwaysPresent(item: DocNode): boolean {
  const call = intrinsicOf(item);
  if (!call) return true;
  if (call.name === 'Fn::If') return false;
  return !(call.name === 'Ref' && call.argument.kind === 'scalar' && call.argument.value === 'AWS::NoValue');
}

function check(context: RuleContext, limit: PropertyLimit, id: string, value: DocNode, out: AnalysisDiagnostic[]): void {
  if (value.tag) return;
  const where = `${limit.property} of "${id}" (${limit.resourceType})`;
  if (limit.maxLength !== undefined && value.kind === 'scalar' && typeof value.value === 'string' && value.value.length > limit.maxLength) {
    out.push(findingOn(context, CFN_SPEC_RULES.valueLimit, value, `${where} is ${value.value.length} characters long: ${limit.reason}.`));
  }
  if (limit.maxItems !== undefined && value.kind === 'sequence') {
    const count = value.items.filter(alwaysPresent).length;
    if (count > limit.maxItems) out.push(findingOn(context, CFN_SPEC_RULES.valueLimit, value, `${where} has ${count} items: ${limit.reason}.`));
  }
}

/** Literal values beyond the limits of propertyLimits.data.ts. */
export const checkPropertyLimits: TemplateRule = (context) => {
  const out: AnalysisDiagnostic[] = [];
  for (const [id, resource] of context.model.resources) {
    for (const limit of PROPERTY_LIMITS) {
      if (resource.type !== limit.resourceType) continue;
      const value = valueOf(valueOf(resource.pair.value, 'Properties'), limit.property);
      if (value) check(context, limit, id, value, out);
    }
  }
  return out;
};
