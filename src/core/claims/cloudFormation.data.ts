import type { Claim } from './claim';

const QUOTAS_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html';

/** CloudFormation: template and signal quotas. */
export const CLOUDFORMATION_CLAIMS: readonly Claim[] = [
  {
    id: 'cloudformation-mappings-max',
    service: 'CloudFormation',
    kind: 'quantity',
    about: ['mapping|mappings', 'template|per template|declare'],
    value: '200',
    documented: 'A CloudFormation template declares at most 200 mappings',
    url: QUOTAS_PAGE,
    checked: '2026-12-01',
    excerpt: 'Maximum number of mappings that you can declare in your AWS CloudFormation template.\n\n200 mappings',
  },
  {
    id: 'cloudformation-cfn-signal-data-max',
    service: 'CloudFormation',
    kind: 'quantity',
    about: ['cfn-signal|cfn signal|wait condition'],
    value: '4,096 bytes',
    equivalents: ['4 KB', '4 KiB'],
    documented: 'cfn-signal passes at most 4,096 bytes of data; larger data goes through S3',
    url: QUOTAS_PAGE,
    checked: '2026-12-01',
    excerpt: 'Maximum amount of data that cfn-signal can pass.\n\n4,096 bytes',
  },
  {
    id: 'cloudformation-custom-resource-response-max',
    service: 'CloudFormation',
    kind: 'quantity',
    about: ['custom resource|custom resources', 'response|data|pass|return'],
    value: '4,096 bytes',
    equivalents: ['4 KB', '4 KiB'],
    documented: 'A custom resource provider passes back at most 4,096 bytes of data',
    url: QUOTAS_PAGE,
    checked: '2026-12-01',
    excerpt: 'Maximum amount of data that a custom resource provider can pass.\n\n4,096 bytes',
  },
];
