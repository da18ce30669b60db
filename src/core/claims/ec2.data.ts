import type { Claim } from './claim';

/** EC2: placement group quota. */
export const EC2_CLAIMS: readonly Claim[] = [
  {
    id: 'ec2-placement-groups-per-region',
    service: 'EC2',
    kind: 'quantity',
    about: ['placement group|placement groups', 'region|per region|account|per account'],
    value: '500',
    documented: 'An account can create at most 500 placement groups per Region',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-placement-group.html',
    checked: '2026-12-01',
    excerpt: 'You can create a maximum of 500 placement groups per Region.',
  },
];
