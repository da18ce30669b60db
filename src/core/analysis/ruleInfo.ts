import type { FileFamily, Severity } from './types';

/**
 * What the product says about one lint rule: the README's rule table, the silencing settings and
 * the mapping from cfn-lint's own `ignore_checks` are all read from these entries.
 */
export interface RuleInfo {
  /** The diagnostic code, e.g. "cloudformation/unknown-property": what `awsNotes.lint.ignore` takes. */
  readonly id: string;
  /** The family whose files the rule checks; `syntax` for the parser's own problems, in every family. */
  readonly family: FileFamily | 'syntax';
  readonly severity: Severity;
  /** One line: what the rule reports. */
  readonly summary: string;
  /** The AWS documentation page that states what the rule checks. */
  readonly docsUrl: string;
  /** The cfn-lint rule ids this rule corresponds to (E3002, W1001, …), where one does. */
  readonly cfnLint?: readonly string[];
}
