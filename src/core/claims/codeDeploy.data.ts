import type { Claim } from './claim';

/** CodeDeploy: how rollbacks work. */
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
];
