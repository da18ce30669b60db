import { APPSPEC_RULES } from './appspec/appspecRules.data';
import { CLOUDFORMATION_RULES } from './cloudformation/cfnRules.data';
import { CFN_SPEC_RULE_LIST } from './cloudformation/cfnSpecRules.data';
import { EBEXTENSIONS_RULES } from './ebextensions/ebextensionsRules.data';
import { IAM_RULES } from './iam/iamRules.data';
import { IAM_STRUCTURE_RULE_LIST } from './iam/iamStructureRules.data';
import type { RuleInfo } from './ruleInfo';
import { SYNTAX_RULES } from './syntaxRules.data';

/** Every lint rule: what `awsNotes.lint.ignore` takes, the README's rule table, cfn-lint's ids. */
export const RULES: readonly RuleInfo[] = [
  ...SYNTAX_RULES,
  ...APPSPEC_RULES,
  ...EBEXTENSIONS_RULES,
  ...CLOUDFORMATION_RULES,
  ...CFN_SPEC_RULE_LIST,
  ...IAM_RULES,
  ...IAM_STRUCTURE_RULE_LIST,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return byId.get(id);
}

/** Our rules that correspond to a cfn-lint rule id (`E1020` → cloudformation/undefined-reference). */
export function rulesForCfnLint(cfnLintId: string): RuleInfo[] {
  return RULES.filter((rule) => rule.cfnLint?.includes(cfnLintId));
}
