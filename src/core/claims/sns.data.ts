import type { Claim } from './claim';

const FILTER_POLICY_PAGE = 'https://docs.aws.amazon.com/sns/latest/dg/subscription-filter-policy-constraints.html';
const FILTER_POLICY = 'filter policy|filter policies|FilterPolicy';

/** SNS: topic quotas and filter policy limits. */
export const SNS_CLAIMS: readonly Claim[] = [
  {
    id: 'sns-topics-per-account',
    service: 'SNS',
    kind: 'quantity',
    about: ['topic|topics', 'account|per account'],
    value: '100,000',
    // Standard topics, and FIFO topics.
    equivalents: ['100000', '1,000'],
    documented: 'An account can create up to 100,000 standard topics and 1,000 FIFO topics',
    url: 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_sns.CfnTopic.html',
    checked: '2026-12-01',
    excerpt: 'One account can create a maximum of 100,000 standard topics and 1,000 FIFO topics.',
  },
  {
    id: 'sns-filter-policy-combinations-max',
    service: 'SNS',
    kind: 'quantity',
    about: [FILTER_POLICY, 'combination|combinations'],
    value: '150',
    documented: 'The values of one SNS filter policy multiply out to at most 150 combinations',
    url: FILTER_POLICY_PAGE,
    checked: '2026-12-01',
    excerpt: 'The total combination of values in a filter policy must not exceed 150.',
  },
  {
    id: 'sns-filter-policy-keys-max',
    service: 'SNS',
    kind: 'quantity',
    about: [FILTER_POLICY, 'key|keys|attribute names|properties'],
    value: '5',
    equivalents: ['five'],
    documented: 'An SNS filter policy has at most five keys',
    url: FILTER_POLICY_PAGE,
    checked: '2026-12-01',
    excerpt: 'A filter policy can have a maximum of five keys.',
  },
  {
    id: 'sns-filter-policy-max-size',
    service: 'SNS',
    kind: 'quantity',
    about: [FILTER_POLICY, 'size|large|big'],
    value: '256 KB',
    equivalents: ['256 KiB'],
    documented: 'An SNS filter policy is at most 256 KB',
    url: FILTER_POLICY_PAGE,
    checked: '2026-12-01',
    excerpt: 'The maximum size of a filter policy is 256 KB.',
  },
];
