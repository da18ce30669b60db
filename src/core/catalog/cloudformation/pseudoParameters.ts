/**
 * CloudFormation pseudo parameters: predefined values usable with `Ref` and in `Fn::Sub`.
 * Source: "Get AWS values using pseudo parameters"
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html
 */
export interface PseudoParameter {
  readonly name: string;
  readonly summary: string;
}

export const PSEUDO_PARAMETERS_DOCS_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html';

export const PSEUDO_PARAMETERS: readonly PseudoParameter[] = [
  { name: 'AWS::AccountId', summary: 'The AWS account ID of the account the stack is created in, such as `123456789012`.' },
  {
    name: 'AWS::NotificationARNs',
    summary: 'The list of ARNs of the SNS topics that receive the stack\'s event notifications; a list, unlike the others (pick one with `Fn::Select`).',
  },
  { name: 'AWS::NoValue', summary: 'Removes the property it is given to, when returned by `Fn::If`.' },
  { name: 'AWS::Partition', summary: 'The partition the resource is in: `aws`, `aws-cn` (China Regions), `aws-us-gov` (GovCloud) …; use it to build ARNs.' },
  { name: 'AWS::Region', summary: 'The Region the resource is created in, such as `us-west-2`.' },
  { name: 'AWS::StackId', summary: 'The stack ID (an ARN), such as `arn:aws:cloudformation:us-west-2:123456789012:stack/teststack/51af3dc0-…`.' },
  { name: 'AWS::StackName', summary: 'The stack name, such as `teststack`.' },
  { name: 'AWS::URLSuffix', summary: 'The domain suffix of the Region, usually `amazonaws.com` (`amazonaws.com.cn` in the China Regions).' },
];

const byName = new Map(PSEUDO_PARAMETERS.map((p) => [p.name, p]));

export function pseudoParameter(name: string): PseudoParameter | undefined {
  return byName.get(name);
}
