import { valueOf } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { UNIQUE_NAMES } from '../uniqueNames.data';
import { findingOn, type TemplateRule } from './ruleContext';

/**
 * Two resources of a type giving the same literal name (uniqueNames.data.ts). A resource with a
 * Condition is left out: two conditional resources may never exist together.
 */
export const checkUniqueNames: TemplateRule = (context) => {
  const out: AnalysisDiagnostic[] = [];
  for (const unique of UNIQUE_NAMES) {
    const firstOf = new Map<string, string>();
    for (const [id, resource] of context.model.resources) {
      if (resource.type !== unique.resourceType || valueOf(resource.pair.value, 'Condition')) continue;
      const node = valueOf(valueOf(resource.pair.value, 'Properties'), unique.property);
      if (node?.kind !== 'scalar' || node.tag || typeof node.value !== 'string' || node.value === '') continue;
      const key = unique.caseInsensitive ? node.value.toLowerCase() : node.value;
      const first = firstOf.get(key);
      if (first === undefined) {
        firstOf.set(key, id);
        continue;
      }
      const sameName = unique.caseInsensitive ? ' (names are not distinguished by case)' : '';
      out.push(findingOn(context, CFN_SPEC_RULES.uniqueName, node, `${unique.property} "${node.value}" of "${id}" is already the name of "${first}": ${unique.resourceType} names are unique within an account${sameName}.`));
    }
  }
  return out;
};
