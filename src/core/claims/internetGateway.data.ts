import type { Claim } from './claim';

/** Internet Gateway: one per VPC. */
export const INTERNET_GATEWAY_CLAIMS: readonly Claim[] = [
  {
    id: 'internet-gateway-one-per-vpc',
    service: 'Internet Gateway',
    kind: 'quantity',
    about: ['VPC|VPCs', 'attach|attached|per VPC|at a time'],
    value: '1',
    equivalents: ['one'],
    documented: 'A VPC has at most one internet gateway attached at a time',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html',
    checked: '2026-12-01',
    excerpt: 'You can attach only one internet gateway to a VPC at a time.',
  },
];
