import type { Claim } from './claim';

const QUOTAS_PAGE = 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html';

/** VPC: default quotas of VPCs, subnets, CIDR blocks and gateways. */
export const VPC_CLAIMS: readonly Claim[] = [
  {
    id: 'vpc-vpcs-per-region',
    service: 'VPC',
    kind: 'quantity',
    about: ['VPC|VPCs', 'region|per region|account'],
    value: '5',
    documented: 'An account has 5 VPCs per Region by default (adjustable to hundreds)',
    url: QUOTAS_PAGE,
    checked: '2026-12-01',
    excerpt: 'VPCs per Region | 5 | Yes |',
  },
  {
    id: 'vpc-subnets-per-vpc',
    service: 'VPC',
    kind: 'quantity',
    about: ['subnet|subnets', 'per VPC|VPC'],
    value: '200',
    documented: 'A VPC has at most 200 subnets by default (adjustable)',
    url: QUOTAS_PAGE,
    checked: '2026-12-01',
    excerpt: 'Subnets per VPC | 200 | Yes |',
  },
  {
    id: 'vpc-ipv4-cidr-blocks-per-vpc',
    service: 'VPC',
    kind: 'quantity',
    about: ['CIDR block|CIDR blocks|CIDRs', 'per VPC|VPC|secondary'],
    value: '5',
    // The default, and the most it can be raised to.
    equivalents: ['50'],
    documented: 'A VPC has 5 IPv4 CIDR blocks by default (the primary and secondary ones), adjustable up to 50',
    url: QUOTAS_PAGE,
    checked: '2026-12-01',
    excerpt: 'IPv4 CIDR blocks per VPC | 5 | Yes (up to 50) |',
  },
  {
    id: 'vpc-elastic-ips-per-region',
    service: 'VPC',
    kind: 'quantity',
    about: ['Elastic IP|Elastic IPs|EIP|EIPs'],
    value: '5',
    documented: 'An account has 5 Elastic IP addresses per Region by default (adjustable)',
    url: QUOTAS_PAGE,
    checked: '2026-12-01',
    excerpt: 'Elastic IP addresses per Region | 5 | Yes |',
  },
];
