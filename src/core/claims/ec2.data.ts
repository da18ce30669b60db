import type { Claim } from './claim';

/** EC2: placement group quota, and where hibernation keeps memory. */
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
  {
    id: 'ec2-hibernation-ram-to-ebs',
    service: 'EC2',
    kind: 'alternative',
    about: ['hibernate|hibernation|hibernates|hibernated'],
    // "Hibernation" names EC2 by itself, also under a heading such as "SAA Stuff".
    aboutNamesService: true,
    right: 'EBS|root volume|disk|volume',
    wrong: ['stored in RAM', 'saved in RAM', 'kept in RAM', 'stays in RAM', 'remains in RAM'],
    documented: 'Hibernation saves the contents of RAM to the EBS root volume, which must be large enough for it, and restores them on start',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/WindowsGuide/hibernating-prerequisites.html',
    checked: '2026-12-01',
    excerpt: 'EBS root volume size\nMust be large enough to store the RAM contents and accommodate your expected usage, for example, OS or applications.',
  },
];
