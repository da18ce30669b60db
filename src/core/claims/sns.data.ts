import type { Claim } from './claim';

/** SNS: topic quotas. */
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
];
