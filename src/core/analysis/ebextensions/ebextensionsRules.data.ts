import { ruleWriter } from '../ruleData';
import type { RuleInfo } from '../ruleInfo';
import { CUSTOMIZE_URL, OPTION_SETTINGS_URL } from '../../catalog/ebextensions/configKeys';
import { GENERAL_OPTIONS_URL } from '../../catalog/ebextensions/generalOptions';

const EBEXTENSIONS_URL = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/ebextensions.html';

const rule = ruleWriter('ebextensions', 'ebextensions');

/** What the Elastic Beanstalk configuration file lint reports (cfn-lint does not read them). */
export const EBEXTENSIONS_RULES: readonly RuleInfo[] = [
  rule('file-extension', 'warning', 'A file in `.ebextensions` that does not end in `.config`: Elastic Beanstalk ignores it.', EBEXTENSIONS_URL),
  rule('unknown-key', 'warning', 'A top-level key that configuration files do not have.', EBEXTENSIONS_URL),
  rule('unknown-field', 'warning', 'A field that an entry of `commands`, `files`, `services`, … does not have, or a package manager that is not supported.', CUSTOMIZE_URL),
  rule('leader-only-with-test', 'warning', 'A container command with both `leader_only: true` and `test`: leader_only wins, the test is ignored.', `${CUSTOMIZE_URL}#linux-container-commands`),
  rule('unknown-namespace', 'warning', 'An `aws:` option namespace that is neither a general nor a platform namespace.', OPTION_SETTINGS_URL),
  rule('unknown-option', 'warning', 'An option its namespace does not have.', GENERAL_OPTIONS_URL),
  rule('invalid-value', 'error', 'A value outside the valid values or the range of its option.', GENERAL_OPTIONS_URL),
];
