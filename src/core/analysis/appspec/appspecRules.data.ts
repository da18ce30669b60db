import { ruleWriter } from '../ruleData';
import type { RuleInfo } from '../ruleInfo';
import { HOOK_SCRIPTS_URL, OS_URL, STRUCTURE_URL, VERSION_URL } from '../../catalog/appspec/appspecKeys';

const HOOKS_URL = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html';
const FILES_URL = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-files.html';

const rule = ruleWriter('appspec', 'appspec');

/** What the CodeDeploy AppSpec lint reports (cfn-lint does not read AppSpec files). */
export const APPSPEC_RULES: readonly RuleInfo[] = [
  rule('unknown-key', 'warning', 'A top-level key that is not an AppSpec key, or one of another compute platform.', STRUCTURE_URL),
  rule('missing-key', 'error', 'A key the platform requires is missing (`version`; `os` on EC2/On-Premises; `Resources` on ECS and Lambda).', STRUCTURE_URL),
  rule('version', 'error', '`version` is not 0.0, the only value CodeDeploy allows.', VERSION_URL),
  rule('os', 'error', '`os` is not `linux` or `windows`.', OS_URL),
  rule('file-exists-behavior', 'error', '`file_exists_behavior` is not DISALLOW, OVERWRITE or RETAIN.', FILES_URL),
  rule('reserved-hook', 'error', 'A lifecycle event reserved for CodeDeploy (such as DownloadBundle or Install) has hooks.', HOOKS_URL),
  rule('hook-not-on-platform', 'error', "A lifecycle event of another compute platform (an EC2 event in a Lambda AppSpec file).", HOOKS_URL),
  rule('unknown-hook', 'error', 'A hook under a name that is no lifecycle event.', HOOKS_URL),
  rule('hook-order', 'info', 'Hooks listed out of lifecycle order: CodeDeploy runs them in lifecycle order anyway.', HOOKS_URL),
  rule('timeout', 'error', "A script's `timeout` is not a whole number of seconds from 1 to 3600.", HOOK_SCRIPTS_URL),
  rule('event-timeout', 'error', 'The timeouts of the scripts of one lifecycle event add up to more than 3600 seconds.', HOOK_SCRIPTS_URL),
  rule('missing-location', 'error', 'A hook script without `location`.', HOOK_SCRIPTS_URL),
  rule('missing-script', 'warning', 'A script `location` not found in the workspace next to the AppSpec file.', HOOK_SCRIPTS_URL),
];
