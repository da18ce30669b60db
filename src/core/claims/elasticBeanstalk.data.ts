import type { Claim } from './claim';

/** Elastic Beanstalk: what a blue/green deployment is there. */
export const ELASTIC_BEANSTALK_CLAIMS: readonly Claim[] = [
  {
    id: 'elastic-beanstalk-blue-green-cname-swap',
    service: 'Elastic Beanstalk',
    kind: 'absolute',
    about: ['blue/green|blue green|blue-green'],
    denied: ['gradually', 'gradual', 'little by little', 'progressively'],
    documented:
      'A blue/green deployment on Elastic Beanstalk swaps the environment URLs (CNAMEs), an immediate cutover; gradual shifting is the traffic-splitting deployment policy',
    url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.CNAMESwap.html',
    checked: '2026-12-01',
    excerpt:
      'You can avoid this downtime by performing a blue/green deployment, where you deploy the new version to a separate environment, and then swap CNAMEs of the two environments to redirect traffic to the new version instantly.',
  },
];
