import { ruleWriter } from '../ruleData';
import type { RuleInfo } from '../ruleInfo';

const GUIDE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide';
const REFERENCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';

const writeRule = ruleWriter('cloudformation', 'cloudformation');
/** Every template check is an error: CloudFormation rejects the template. */
const rule = (id: string, summary: string, docsUrl: string, cfnLint: readonly string[]): RuleInfo => writeRule(id, 'error', summary, docsUrl, cfnLint);

/** The template checks of cfnLint.ts, with the cfn-lint 1.x rules that check the same. */
export const CLOUDFORMATION_RULES: readonly RuleInfo[] = [
  rule('unknown-section', 'A top-level key that is no template section (Globals and Hooks need a transform).', `${GUIDE}/template-anatomy.html`, ['E1001']),
  rule('missing-resources', 'The template has no `Resources` section, the only required one.', `${GUIDE}/resources-section-structure.html`, ['E1001']),
  rule('format-version', '`AWSTemplateFormatVersion` is not "2010-09-09".', `${GUIDE}/format-version-structure.html`, ['E1001']),
  rule('undefined-reference', '`Ref`, `Fn::GetAtt` or a `${…}` of `Fn::Sub` names no parameter or resource of the template.', `${REFERENCE}/intrinsic-function-reference-ref.html`, ['E1020', 'E1010', 'E1019']),
  rule('unknown-resource-type', 'An `AWS::…` resource type that the CloudFormation resource specification does not have.', `${REFERENCE}/aws-template-resource-type-ref.html`, ['E3006']),
];
