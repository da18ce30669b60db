import type { Claim } from './claim';

/** CodeDeploy: how rollbacks work, and where it deploys. */
export const CODEDEPLOY_CLAIMS: readonly Claim[] = [
  {
    id: 'codedeploy-rollback-any-deployment-type',
    service: 'CodeDeploy',
    kind: 'absolute',
    about: ['rollback|roll back|rolled back|rollbacks|rolls back'],
    denied: ['only blue green', 'only for blue green', 'only in blue green', 'only with blue green', 'only possible with blue green', 'in-place cannot roll back', 'in place deployments cannot roll back'],
    documented:
      'Both in-place and blue/green deployments roll back, automatically or manually: CodeDeploy redeploys the last known good revision as a new deployment',
    url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html',
    checked: '2026-12-01',
    excerpt:
      'CodeDeploy rolls back deployments by redeploying a previously deployed revision of an application as a new deployment. These rolled-back deployments are technically new deployments, with new deployment IDs, rather than restored versions of a previous deployment.',
  },
  {
    id: 'codedeploy-compute-platforms',
    service: 'CodeDeploy',
    kind: 'absolute',
    about: ['compute platform|compute platforms|platform|platforms'],
    // Only "only" lists: a list that leaves ECS out without "only" is an omission, not a contradiction.
    denied: ['EC2 and Lambda only', 'only EC2 and Lambda', 'Lambda and EC2 only', 'only Lambda and EC2', 'only on EC2 and Lambda', 'only EC2 or Lambda'],
    qualifiedBy: ['ECS'],
    documented: 'CodeDeploy has three compute platforms: EC2/On-Premises, AWS Lambda and Amazon ECS',
    url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/primary-components.html',
    checked: '2026-12-01',
    excerpt: 'A compute platform is a platform on which CodeDeploy deploys an application. There are three compute platforms: EC2/On-Premises, AWS Lambda, Amazon ECS',
  },
];
