import type { Claim } from './claim';

/** SNS: message size and topic quotas. */
export const SNS_CLAIMS: readonly Claim[] = [
  {
    id: 'sns-message-size-max',
    service: 'SNS',
    kind: 'quantity',
    about: ['message|messages|payload|publish', 'size|max|maximum|up to|at most'],
    value: '256 KB',
    equivalents: ['262,144 bytes', '256 KiB'],
    documented: 'An SNS message (other than SMS) is at most 256 KB (262,144 bytes)',
    url: 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/sns/aws.sdk.kotlin.services.sns.model/-publish-request/message.html',
    checked: '2026-12-01',
    excerpt: 'With the exception of SMS, messages must be UTF-8 encoded strings and at most 256 KB in size (262,144 bytes, not 262,144 characters).',
  },
  {
    id: 'sns-topics-per-account',
    service: 'SNS',
    kind: 'quantity',
    about: ['topic|topics', 'account|per account|up to|max|maximum'],
    value: '100,000',
    // Standard topics, and FIFO topics.
    equivalents: ['100000', '1,000'],
    documented: 'An account can create up to 100,000 standard topics and 1,000 FIFO topics',
    url: 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_sns.CfnTopic.html',
    checked: '2026-12-01',
    excerpt: 'One account can create a maximum of 100,000 standard topics and 1,000 FIFO topics.',
  },
];
