import type { DocNode } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { finding, type RuleContext, type TemplateRule } from './ruleContext';

/**
 * A key written twice in one mapping. Both parsers keep every pair (the YAML one runs with
 * `uniqueKeys: false` so that a half-typed file still gets its other diagnostics), so the repeat
 * is found here, alike in YAML and JSON: one of the two entries is silently lost.
 */
export const checkDuplicateKeys: TemplateRule = (context) => {
  const out: AnalysisDiagnostic[] = [];
  visit(context, context.model.root, out);
  return out;
};

function visit(context: RuleContext, node: DocNode | undefined, out: AnalysisDiagnostic[]): void {
  if (node?.kind === 'sequence') {
    for (const item of node.items) visit(context, item, out);
    return;
  }
  if (node?.kind !== 'mapping') return;
  const firstAt = new Map<string, number>();
  for (const pair of node.pairs) {
    const first = firstAt.get(pair.key);
    if (first === undefined) {
      firstAt.set(pair.key, pair.keyStart);
    } else {
      const line = context.doc.positionAt(first).line + 1;
      out.push(finding(context, CFN_SPEC_RULES.duplicateKey, pair.keyStart, pair.keyEnd, `"${pair.key}" is already a key of this mapping (line ${line}): CloudFormation may accept the template, but which entry it keeps is undefined.`));
    }
    visit(context, pair.value, out);
  }
}
