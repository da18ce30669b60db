import type { Claim } from './claim';

/** VPC endpoints: what on-premises networks reach through Site-to-Site VPN and Direct Connect. */
export const VPC_ENDPOINTS_CLAIMS: readonly Claim[] = [
  {
    id: 'vpc-endpoints-reachable-from-on-premises',
    service: 'VPC Endpoints',
    kind: 'absolute',
    about: ['on-premises|on premises|on-premise|on premise|VPN|Direct Connect|DX'],
    denied: [
      'does not allow you to connect to VPC endpoint',
      'does not allow connecting to VPC endpoint',
      'cannot connect to VPC endpoint',
      'cannot reach VPC endpoint',
      'cannot access VPC endpoint',
      'no access to VPC endpoint',
    ],
    // Gateway endpoints (S3, DynamoDB) are indeed out of reach from on-premises: a note that names them is right.
    qualifiedBy: ['gateway endpoint|gateway endpoints|endpoint gateway|gateway type'],
    documented:
      'Interface endpoints (PrivateLink) are reachable from on-premises over Site-to-Site VPN or Direct Connect; only gateway endpoints are not',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/privatelink-interface-endpoints.html',
    checked: '2026-12-01',
    excerpt:
      'You can also access interface endpoints in your VPC from on-premises applications through AWS Direct Connect or AWS Virtual Private Network (Site-to-Site VPN).',
  },
];
