import type { Claim } from './claim';

/** Auto Scaling: the health check grace period defaults. */
export const AUTO_SCALING_CLAIMS: readonly Claim[] = [
  {
    id: 'auto-scaling-health-check-grace-period',
    service: 'Auto Scaling',
    kind: 'quantity',
    about: ['grace period|HealthCheckGracePeriod|health check grace', 'default|by default'],
    value: '300 seconds',
    // The console default, and the CLI or SDK default.
    equivalents: ['5 minutes', '0 seconds'],
    documented:
      'The health check grace period is 300 seconds by default in the console and 0 seconds (off) from the AWS CLI or an SDK',
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-check-grace-period.html',
    checked: '2026-12-01',
    excerpt:
      'In the console, by default, the health check grace period is 300 seconds when you create an Auto Scaling group. Its default value is 0 seconds when you create an Auto Scaling group using the AWS CLI or an SDK.',
  },
];
