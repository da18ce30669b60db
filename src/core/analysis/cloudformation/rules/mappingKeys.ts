import type { DocNode, Pair } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { finding, type RuleContext, type TemplateRule } from './ruleContext';

/** Every mapping of the template, each with its pairs in the order written. */
function forEachMapping(node: DocNode | undefined, visit: (pairs: readonly Pair[]) => void): void {
  if (node?.kind === 'sequence') {
    for (const item of node.items) forEachMapping(item, visit);
  } else if (node?.kind === 'mapping') {
    visit(node.pairs);
    for (const pair of node.pairs) forEachMapping(pair.value, visit);
  }
}

/** A rule over the pairs of each mapping, wherever it sits. */
const overMappings =
  (check: (context: RuleContext, pairs: readonly Pair[], out: AnalysisDiagnostic[]) => void): TemplateRule =>
  (context) => {
    const out: AnalysisDiagnostic[] = [];
    forEachMapping(context.model.root, (pairs) => check(context, pairs, out));
    return out;
  };

/**
 * A key written twice in one mapping. Both parsers keep every pair (the YAML one runs with
 * `uniqueKeys: false` so that a half-typed file still gets its other diagnostics), so the repeat
 * is found here, alike in YAML and JSON.
 */
export const checkDuplicateKeys = overMappings((context, pairs, out) => {
  const firstAt = new Map<string, number>();
  for (const pair of pairs) {
    const first = firstAt.get(pair.key);
    if (first === undefined) {
      firstAt.set(pair.key, pair.keyStart);
      continue;
    }
    const line = context.doc.positionAt(first).line + 1;
    out.push(finding(context, CFN_SPEC_RULES.duplicateKey, pair.keyStart, pair.keyEnd, `"${pair.key}" is already a key of this mapping (line ${line}): CloudFormation may accept the template, but which entry it keeps is undefined.`));
  }
});

/**
 * A tag written on a key (`[ !ImportValue Fn::Sub: "…" ]`): it applies to the key, not to the
 * mapping the key opens, so the function is not applied as meant (a template's keys are names, never
 * functions; cfn-lint stops reading the template there, E0000).
 */
export const checkTaggedKeys = overMappings((context, pairs, out) => {
  for (const pair of pairs) {
    if (!pair.keyTag) continue;
    out.push(
      finding(context, CFN_SPEC_RULES.taggedKey, pair.keyStart, pair.keyEnd, `${pair.keyTag} tags the key "${pair.key}", not a value: to apply it to the mapping, write ${pair.keyTag} { ${pair.key}: … }.`),
    );
  }
});
