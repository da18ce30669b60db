import { ruleWriter } from '../ruleData';
import type { RuleInfo } from '../ruleInfo';

const OPERATORS_URL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html';
const MULTIVALUED_URL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html';

const rule = ruleWriter('iam-policy', 'iam');

/** The Condition block checks of iamLint.ts (in policies and in templates' policy documents). */
export const IAM_RULES: readonly RuleInfo[] = [
  rule('unknown-operator', 'error', 'A condition operator IAM does not have.', OPERATORS_URL),
  rule('operator-type-mismatch', 'warning', "An operator of another type than the condition key's (a String operator on a Date key).", OPERATORS_URL),
  rule('set-operator-on-single-valued-key', 'warning', '`ForAllValues:` / `ForAnyValue:` on a single-valued key.', MULTIVALUED_URL),
  rule('plain-operator-on-multivalued-key', 'warning', 'A multivalued key without `ForAllValues:` or `ForAnyValue:`.', MULTIVALUED_URL),
  rule('unknown-condition-key', 'warning', 'A condition key its service (or the global keys) does not have.', 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html'),
];
