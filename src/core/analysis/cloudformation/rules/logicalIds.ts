import { pairOf } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { finding, findingOn, type TemplateRule } from './ruleContext';

/**
 * Logical IDs (and mapping names) are alphanumeric, and unique within the template.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/mappings-section-structure.html
 */
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
const NAMED_SECTIONS = ['Parameters', 'Resources', 'Outputs', 'Mappings'] as const;

export const checkLogicalIds: TemplateRule = (context) => {
  const out: AnalysisDiagnostic[] = [];
  for (const section of NAMED_SECTIONS) {
    const entries = pairOf(context.model.root, section)?.value;
    if (entries?.kind !== 'mapping') continue;
    for (const pair of entries.pairs) {
      // `Fn::ForEach::Loop` and `Fn::Transform` keys generate entries; they are not names.
      if (pair.key.startsWith('Fn::') || ALPHANUMERIC.test(pair.key)) continue;
      out.push(finding(context, CFN_SPEC_RULES.logicalId, pair.keyStart, pair.keyEnd, `"${pair.key}" (${section}) is not a valid name: only letters and digits (A-Za-z0-9).`));
    }
  }
  for (const [name, resource] of context.model.resources) {
    if (context.model.parameters.has(name)) {
      out.push(finding(context, CFN_SPEC_RULES.logicalId, resource.pair.keyStart, resource.pair.keyEnd, `"${name}" names both a parameter and a resource: logical IDs are unique within a template.`));
    }
  }
  return out;
};

/** Conditions' entries are condition functions (a mapping or a `!Equals …` tag); the other sections' entries are mappings. */
export const checkSectionShapes: TemplateRule = (context) => {
  const out: AnalysisDiagnostic[] = [];
  for (const section of [...NAMED_SECTIONS, 'Conditions'] as const) {
    const pair = pairOf(context.model.root, section);
    if (!pair || pair.value.kind === 'scalar' && pair.value.value === null) continue;
    if (pair.value.kind !== 'mapping' || pair.value.tag) {
      out.push(finding(context, CFN_SPEC_RULES.sectionShape, pair.keyStart, pair.keyEnd, `${section} is a mapping of named entries, not ${pair.value.kind === 'sequence' ? 'a list' : 'a single value'}.`));
      continue;
    }
    if (section === 'Conditions') continue;
    for (const entry of pair.value.pairs) {
      if (entry.key.startsWith('Fn::') || entry.value.kind === 'mapping') continue;
      out.push(findingOn(context, CFN_SPEC_RULES.sectionShape, entry.value, `"${entry.key}" (${section}) must be a mapping${section === 'Resources' ? ' with a Type' : ''}.`));
    }
  }
  return out;
};
