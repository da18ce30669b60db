import { valueOf, type DocNode } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { pseudoParameter } from '../../../catalog/cloudformation/pseudoParameters';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { intrinsicOf, subVariables, walk } from '../intrinsics';
import { finding, type TemplateRule } from './ruleContext';

/**
 * Resource types whose strings carry their own `${…}` substitution (Step Functions'
 * DefinitionSubstitutions): a `${Name}` there is not a forgotten Fn::Sub.
 */
const OWN_SUBSTITUTION = new Set(['AWS::StepFunctions::StateMachine', 'AWS::Serverless::StateMachine']);

/** Whether a node sits in an Fn::Sub argument (or an Fn::ForEach body, whose `${Var}` are loop variables). */
function substituted(node: DocNode): boolean {
  for (let current: DocNode | undefined = node; current; current = current.parent) {
    if (intrinsicOf(current)?.name === 'Fn::Sub') return true;
    // A short tag over a long-form call (`!Base64 { Fn::Sub: … }`) hides the inner call from intrinsicOf.
    if (current.kind === 'mapping' && current.pairs.length === 1 && current.pairs[0].key === 'Fn::Sub') return true;
    if (typeof current.keyInParent === 'string' && current.keyInParent.startsWith('Fn::ForEach::')) return true;
  }
  return false;
}

export const checkSubNeeded: TemplateRule = (context) => {
  const { model, doc } = context;
  const out: AnalysisDiagnostic[] = [];
  const declared = (name: string) => model.parameters.has(name) || model.resources.has(name) || pseudoParameter(name) !== undefined;
  const sections = [...[...model.resources.values()].filter((resource) => !OWN_SUBSTITUTION.has(resource.type ?? '')).map((resource) => valueOf(resource.pair.value, 'Properties')), valueOf(model.root, 'Outputs')];
  for (const section of sections) {
    for (const node of walk(section)) {
      // Multi-line strings are bodies (a nested TemplateBody, a script) with substitutions of their own.
      if (node.kind !== 'scalar' || typeof node.value !== 'string' || !node.value.includes('${') || node.value.includes('\n') || substituted(node)) continue;
      for (const variable of subVariables(doc.text, node)) {
        if (!declared(variable.name.split('.')[0])) continue;
        out.push(finding(context, CFN_SPEC_RULES.subNeeded, variable.start, variable.end, `"\${${variable.name}}" is not replaced outside Fn::Sub: wrap the string in Fn::Sub (!Sub).`));
      }
    }
  }
  return out;
};
