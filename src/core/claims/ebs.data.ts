import type { Claim } from './claim';

const EBS_IOPS_PAGE = 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/ec2/aws.sdk.kotlin.services.ec2.model/-ebs-block-device/iops.html';
const MAXIMUM = 'max|maximum|up to|at most|limit|highest';

/** EBS: IOPS limits of the SSD volume types. */
export const EBS_CLAIMS: readonly Claim[] = [
  {
    id: 'ebs-io2-max-iops',
    service: 'EBS',
    kind: 'quantity',
    about: ['io2', 'IOPS', MAXIMUM],
    value: '256,000',
    equivalents: ['256000', '256K'],
    documented: 'An io2 volume reaches up to 256,000 IOPS on Nitro instances',
    url: EBS_IOPS_PAGE,
    checked: '2026-12-01',
    excerpt: 'For io2 volumes, you can achieve up to 256,000 IOPS on instances built on the Nitro System.',
  },
  {
    id: 'ebs-io1-max-iops',
    service: 'EBS',
    kind: 'quantity',
    about: ['io1', 'IOPS', MAXIMUM],
    value: '64,000',
    equivalents: ['64000', '64K'],
    documented: 'An io1 volume is provisioned with 100 to 64,000 IOPS',
    url: EBS_IOPS_PAGE,
    checked: '2026-12-01',
    excerpt: 'io1: 100 - 64,000 IOPS',
  },
  {
    id: 'ebs-gp3-baseline-iops',
    service: 'EBS',
    kind: 'quantity',
    about: ['gp3', 'IOPS', 'default|baseline|by default|included'],
    value: '3,000',
    equivalents: ['3000'],
    documented: 'A gp3 volume comes with 3,000 IOPS by default, whatever its size',
    url: EBS_IOPS_PAGE,
    checked: '2026-12-01',
    excerpt: 'The default for gp3 volumes is 3,000 IOPS.',
  },
];
