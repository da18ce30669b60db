import type { Claim } from './claim';
import { LIMIT_WORDS } from './claimTerms.data';

/** Elastic Load Balancing: how long a deregistering target drains. */
export const ELASTIC_LOAD_BALANCING_CLAIMS: readonly Claim[] = [
  {
    id: 'elastic-load-balancing-deregistration-delay',
    service: 'Elastic Load Balancing',
    kind: 'quantity',
    about: ['deregistration|deregistering|draining|connection draining', LIMIT_WORDS],
    value: '300 seconds',
    // The default and both ends of the range.
    equivalents: ['5 minutes', '0 seconds', '3600 seconds', '1 hour'],
    documented: 'A deregistering target drains for 300 seconds by default; the delay can be set from 0 to 3,600 seconds',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetGroupAttribute.html',
    checked: '2026-12-01',
    excerpt: 'The range is 0-3600 seconds. The default value is 300 seconds.',
  },
];
