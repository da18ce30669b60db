import type { AnalysisDiagnostic } from '../../types';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { intrinsicOf, walk } from '../intrinsics';
import { finding, type TemplateRule } from './ruleContext';

/** Functions that only the AWS::LanguageExtensions transform provides. */
const EXTENSION_FUNCTIONS = new Set(['Fn::Length', 'Fn::ToJsonString']);
const TRANSFORM = 'AWS::LanguageExtensions';

export const checkLanguageExtensions: TemplateRule = (context) => {
  if (context.model.transforms.includes(TRANSFORM)) return [];
  const out: AnalysisDiagnostic[] = [];
  const report = (start: number, end: number, name: string) =>
    out.push(finding(context, CFN_SPEC_RULES.languageExtensions, start, end, `${name} needs the ${TRANSFORM} transform: add "Transform: ${TRANSFORM}".`));
  for (const node of walk(context.model.root)) {
    if (node.kind !== 'mapping') continue;
    for (const pair of node.pairs) if (pair.key.startsWith('Fn::ForEach::')) report(pair.keyStart, pair.keyEnd, 'Fn::ForEach');
    const call = intrinsicOf(node);
    if (call?.pair && EXTENSION_FUNCTIONS.has(call.name)) report(call.pair.keyStart, call.pair.keyEnd, call.name);
  }
  return out;
};
