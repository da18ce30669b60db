import type { Claim } from './claim';
import { DEFAULT_WORDS, LIMIT_WORDS, MAXIMUM_WORDS } from './claimTerms.data';

const QUOTAS_PAGE = 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html';
const QUOTAS_EXCERPT =
  'Code can run for up to 15 minutes in a single invocation and a single function can use up to 10,240 MB of memory.';
const INVOKE_PAGE = 'https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html';
const INVOKE_EXCERPT =
  'For synchronous invocations, the maximum payload size is 6 MB. For asynchronous invocations, the maximum payload size is 1 MB.';

/** Lambda: timeout, memory, storage, payload and concurrency quotas. */
export const LAMBDA_CLAIMS: readonly Claim[] = [
  {
    id: 'lambda-timeout',
    service: 'Lambda',
    kind: 'quantity',
    about: ['timeout|time out|times out|execution time|run for|runs for|duration|invocation', LIMIT_WORDS],
    value: '15 minutes',
    // The documented maximum and the default.
    equivalents: ['900 seconds', '3 seconds'],
    scoped: [
      { qualifier: DEFAULT_WORDS, value: '3 seconds' },
      { qualifier: MAXIMUM_WORDS, value: '15 minutes', equivalents: ['900 seconds'] },
    ],
    documented: 'A Lambda function runs for at most 15 minutes (900 seconds); the default timeout is 3 seconds',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
    checked: '2026-12-01',
    excerpt:
      'The default value for this setting is 3 seconds, but you can adjust this in increments of 1 second up to a maximum value of 900 seconds (15 minutes).',
  },
  {
    id: 'lambda-memory-max',
    service: 'Lambda',
    kind: 'quantity',
    about: ['memory|RAM', 'max|maximum|up to|at most|largest|limit'],
    value: '10,240 MB',
    // The documented maximum in other spellings, and the documented minimum (default).
    equivalents: ['10 GB', '10,240 MiB', '128 MB'],
    documented: 'A Lambda function can use up to 10,240 MB of memory',
    url: QUOTAS_PAGE,
    checked: '2026-12-01',
    excerpt: QUOTAS_EXCERPT,
  },
  {
    id: 'lambda-ephemeral-storage',
    service: 'Lambda',
    kind: 'quantity',
    about: ['/tmp|tmp|ephemeral storage|ephemeral|disk space|scratch space', LIMIT_WORDS],
    value: '10,240 MB',
    // The documented maximum and the default.
    equivalents: ['10 GB', '512 MB'],
    documented: "A Lambda function's /tmp storage is 512 MB by default and can be set up to 10,240 MB",
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-function-ephemeralstorage.html',
    checked: '2026-12-01',
    excerpt: "The size of the function's /tmp directory in MB. The default value is 512, but it can be any whole number between 512 and 10,240 MB.",
  },
  {
    id: 'lambda-sync-payload-max',
    service: 'Lambda',
    kind: 'quantity',
    about: ['synchronous|sync|RequestResponse', 'payload|request|response|event'],
    value: '6 MB',
    equivalents: ['6 MiB'],
    documented: 'A synchronous Lambda invocation carries at most 6 MB of payload',
    url: INVOKE_PAGE,
    checked: '2026-12-01',
    excerpt: INVOKE_EXCERPT,
  },
  {
    id: 'lambda-async-payload-max',
    service: 'Lambda',
    kind: 'quantity',
    about: ['asynchronous|async', 'payload|request|event'],
    value: '1 MB',
    equivalents: ['1 MiB', '1,024 KB'],
    documented: 'An asynchronous Lambda invocation carries at most 1 MB of payload',
    url: INVOKE_PAGE,
    checked: '2026-12-01',
    excerpt: INVOKE_EXCERPT,
  },
  {
    id: 'lambda-concurrency-default',
    service: 'Lambda',
    kind: 'quantity',
    about: ['concurrent executions|concurrency', 'default|account|per region|region|quota'],
    value: '1,000',
    equivalents: ['1000'],
    documented: 'An account has a default quota of 1,000 concurrent Lambda executions per Region (it can be raised)',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/limits.html',
    checked: '2026-12-01',
    excerpt: 'Concurrent executions |\n1,000 |\nTens of thousands |',
  },
  {
    id: 'lambda-async-retries',
    service: 'Lambda',
    kind: 'quantity',
    about: ['asynchronous|async|Event invocation', 'retry|retries|retried|retrie|attempt|attempts|more times'],
    value: '2',
    equivalents: ['two'],
    documented: 'When an asynchronous invocation fails, Lambda runs the function up to two more times',
    url: INVOKE_PAGE,
    checked: '2026-12-01',
    excerpt: 'if you invoke a function asynchronously and it returns an error, Lambda executes the function up to two more times.',
  },
  {
    id: 'lambda-code-storage-default',
    service: 'Lambda',
    kind: 'quantity',
    about: ['code storage|storage for uploaded|total code size|function storage|deployment package storage|storage for functions'],
    value: '75 GB',
    documented: 'An account stores up to 75 GB of .zip function code and layers per Region by default (it can be raised to terabytes)',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/limits.html',
    checked: '2026-12-01',
    excerpt: 'For best practices on managing your code storage, see Monitoring Lambda code storage |\n75 GB |',
  },
  {
    id: 'lambda-layers-max',
    service: 'Lambda',
    kind: 'quantity',
    about: ['layer|layers'],
    value: '5',
    equivalents: ['five'],
    documented: 'A Lambda function uses at most five layers',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/adding-layers.html',
    checked: '2026-12-01',
    excerpt: 'You can add up to five layers to a Lambda function.',
  },
  {
    id: 'lambda-unzipped-package-max',
    service: 'Lambda',
    kind: 'quantity',
    about: ['unzipped|uncompressed|extracted'],
    value: '250 MB',
    equivalents: ['250 MiB', '262,144,000 bytes'],
    documented: 'A function and all its layers, unzipped, are at most 250 MB',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/adding-layers.html',
    checked: '2026-12-01',
    excerpt:
      'The total unzipped size of the function and all layers cannot exceed the unzipped deployment package size quota of 250 MB.',
  },
];
