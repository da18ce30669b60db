import type { Claim } from './claim';

/** NAT Gateway: quota per Availability Zone. */
export const NAT_GATEWAY_CLAIMS: readonly Claim[] = [
  {
    id: 'nat-gateway-per-availability-zone',
    service: 'NAT Gateway',
    kind: 'quantity',
    about: ['per availability zone|per AZ|each AZ|each availability zone|in an AZ|in an availability zone'],
    value: '5',
    documented: 'An account has 5 NAT gateways per Availability Zone by default (adjustable)',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html',
    checked: '2026-12-01',
    excerpt: 'NAT gateways per Availability Zone | 5 | Yes |',
  },
];
