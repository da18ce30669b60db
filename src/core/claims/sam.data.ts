import type { Claim } from './claim';

/** SAM: where policy templates can be used. */
export const SAM_CLAIMS: readonly Claim[] = [
  {
    id: 'sam-policy-templates-not-only-lambda',
    service: 'SAM',
    kind: 'absolute',
    about: ['policy template|policy templates|policytemplates'],
    denied: ['only lambda', 'only for lambda', 'lambda only', 'only to lambda', 'only lambda functions'],
    documented:
      'SAM policy templates go in the Policies of AWS::Serverless::Function and of AWS::Serverless::StateMachine, not only Lambda functions',
    url: 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_sam.CfnStateMachine.SAMPolicyTemplateProperty.html',
    checked: '2026-12-01',
    excerpt: 'TypeScript | aws-cdk-lib » aws_sam » CfnStateMachine » SAMPolicyTemplateProperty |',
  },
];
