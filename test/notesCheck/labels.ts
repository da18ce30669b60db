/**
 * The labels of the notes check's labelled set: for each notes file beside this module, the
 * notes that are WRONG, by their text as written, with the claim expected to flag them
 * (`null`: wrong, but no claim in the catalog is expected to cover it yet; it counts as a miss).
 * Every other note of the file is labelled right: a finding on it is a false alarm.
 */
export interface LabelledFile {
  /** Relative to this folder. */
  readonly file: string;
  readonly wrong: Readonly<Record<string, string | null>>;
  /** Written after the claims' phrasing was tuned on the other files: measured apart as well. */
  readonly heldOut?: boolean;
}

export const LABELLED_FILES: readonly LabelledFile[] = [
  {
    file: 'blind-outline.txt',
    wrong: {
      'Max item size is 64 KB': 'dynamodb-item-size-max',
      'BatchWriteItem: up to 100 PutItem or DeleteItem requests': 'dynamodb-batch-write-max-requests',
      'Query reads up to 10 MB per page before filtering': 'dynamodb-query-page-max',
      'Up to 10 local secondary indexes': 'dynamodb-lsi-max',
      'For sort key conditions, use: FilterExpression': 'dynamodb-query-sort-key',
      'FilterExpression is applied on the client side after Query returns': 'dynamodb-filter-expression-server-side',
      'On-demand mode: unlimited throughput, no limits at all': 'dynamodb-on-demand-not-unlimited',
      'DAX cluster: up to 10 nodes': null,
      'Max message size 256 KB': 'sqs-message-size-max',
      'Messages stay in the queue until a consumer deletes them': 'sqs-message-persists-until-deleted',
      'Retention default is 7 days': 'sqs-retention-period',
      'Maximum retention period: 7 days': 'sqs-retention-period',
      'Visibility timeout can be at most 24 hours': 'sqs-visibility-timeout',
      'Long polling wait time maximum: 60 seconds': 'sqs-long-polling-max-wait',
      'Delay queue max delay: 30 minutes': 'sqs-delay',
      'ReceiveMessage can return at most 100 messages': 'sqs-receive-max-messages',
      'Extended Client Library is only for Java': 'sqs-extended-client-languages',
      'Each shard: write 2 MB/s, read 1 MB/s': 'kinesis-shard-throughput',
      'Retention up to 7 days only': 'kinesis-retention-period',
      'Timeout can be at most 5 minutes': 'lambda-timeout',
      'Max memory 3008 MB': 'lambda-memory-max',
      'Customer managed keys rotate automatically every year': 'kms-customer-managed-rotation-not-default',
      'All parameters are encrypted with KMS': 'ssm-parameter-store-encryption-securestring-only',
      'Encryption with KMS is optional': 'secrets-manager-always-encrypted',
      'Compute platforms: EC2 and Lambda only': 'codedeploy-compute-platforms',
      'Only blue/green deployments can roll back': 'codedeploy-rollback-any-deployment-type',
      'Max 200 resources per template': 'cloudformation-resources-per-template',
      'Max object size 5 GB': 's3-object-size-max',
      // Written as right (5 TB); the docs now say 48.8 TiB: the check caught the labeller's stale fact.
      'Object max size: 5 TB': 's3-object-size-max',
      'Eventually consistent for overwrite PUTs and DELETEs': null,
      'Express workflows can run for up to 1 hour': 'step-functions-max-duration',
      'Partition placement group: max 7 instances per AZ': null,
      'Geoproximity bias from 1 to 99': 'route-53-geoproximity-bias-range',
    },
  },
  {
    file: 'blind-markdown.md',
    wrong: {
      'Items are limited to 1 MB each': 'dynamodb-item-size-max',
      '`BatchWriteItem` takes up to 50 requests per call': 'dynamodb-batch-write-max-requests',
      'Sort key condition: FilterExpression': 'dynamodb-query-sort-key',
      'On-demand capacity has no throughput limits': 'dynamodb-on-demand-not-unlimited',
      'Messages are limited to 256 KB': 'sqs-message-size-max',
      'The default retention period is 14 days': 'sqs-retention-period',
      'The default visibility timeout is 60 seconds': 'sqs-visibility-timeout',
      'Messages are kept until you delete them, forever': 'sqs-message-persists-until-deleted',
      'A batch can hold up to 25 messages': 'sqs-batch-max-messages',
      'A shard ingests up to 2 MB/s of writes': 'kinesis-shard-throughput',
      'Maximum timeout is 10 minutes': 'lambda-timeout',
      'Customer managed keys are rotated every year automatically, you cannot turn it off': 'kms-customer-managed-rotation-not-default',
      'Rollback is only possible with blue/green deployments': 'codedeploy-rollback-any-deployment-type',
      'A template can declare up to 60 resources': 'cloudformation-resources-per-template',
      'The largest object is 5 GB': 's3-object-size-max',
      // Written as right, like the outline's 5 TB note: stale since S3 allows 48.8 TiB.
      'Objects up to 5 TB; single PUT up to 5 GB': 's3-object-size-max',
      'Blue/green shifts traffic gradually from one environment to the other': 'elastic-beanstalk-blue-green-cname-swap',
    },
  },
  {
    file: 'heldout-notes.md',
    heldOut: true,
    wrong: {
      'A single item may hold up to 1 MB': 'dynamodb-item-size-max',
      'Query results are paginated every 16 MB': 'dynamodb-query-page-max',
      'You can have at most 10 LSIs on a table': 'dynamodb-lsi-max',
      'Up to 100 items in one BatchWriteItem': 'dynamodb-batch-write-max-requests',
      'Filtering happens client-side, after the data is returned': 'dynamodb-filter-expression-server-side',
      'SQS messages can be 2 MB at most': 'sqs-message-size-max',
      'Visibility timeout defaults to 60 seconds': 'sqs-visibility-timeout',
      'Long polling waits up to 30 seconds': 'sqs-long-polling-max-wait',
      'A message can be delayed by at most 1 hour': 'sqs-delay',
      'Messages are retained for 7 days by default': 'sqs-retention-period',
      'The Extended Client Library is available only in Java': 'sqs-extended-client-languages',
      'Functions time out after at most 10 minutes': 'lambda-timeout',
      'Max memory is 3 GB': 'lambda-memory-max',
      'Synchronous invocation payload limit is 10 MB': 'lambda-sync-payload-max',
      'Data retention defaults to 7 days': 'kinesis-retention-period',
      'Each shard accepts 5 MB/s of writes': 'kinesis-shard-throughput',
      'The biggest object S3 can store is 5 GB': 's3-object-size-max',
      'Express workflows run for at most 15 minutes': 'step-functions-max-duration',
      'Rolling back works only for blue/green deployments': 'codedeploy-rollback-any-deployment-type',
      'Blue/green in Beanstalk moves traffic gradually': 'elastic-beanstalk-blue-green-cname-swap',
      'Geoproximity bias goes from 0 to 100': 'route-53-geoproximity-bias-range',
      'Secrets can be stored without encryption if you do not pick a key': 'secrets-manager-always-encrypted',
      // REST APIs default to 29 seconds; the catalog has the HTTP API timeout only.
      'API Gateway integrations time out after 60 seconds by default': null,
    },
  },
];
