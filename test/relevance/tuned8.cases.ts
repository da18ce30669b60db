import type { RelevanceCase } from './relevanceCase';

/**
 * The eighth batch tuned on (README: "The eighth tuned batch"), written blind: 40 lookup queries written the way the first
 * batch's are ("dynamodb item size", "sqs visibility", "lambda timeout"): 2 or 3 words, a service and the thing forgotten, in
 * the words that come to a learner's mind first. Facts picked by reading the notes, spread over the services and over the
 * whole of each file, none a fact an earlier tuned batch's lookup took (but on the study notes, whose every fact a lookup has
 * taken); labels read off the notes, never through the scorer.
 */
export const TUNED_8_CASES: readonly RelevanceCase[] = [
  // The seed notes (15), from the top of the file to its end: KMS, SSM, CloudFormation, CloudFront, CodeDeploy, DynamoDB (2),
  // ECS, Elastic Beanstalk, SQS, SNS, Kinesis (2), CloudWatch, security groups. Two typos ("orgin", "teir"); abbreviations
  // and plurals ("ttl", "sg", "kcl", "hooks", "topics", "ports", "rules").
  { family: 'lookup', name: 'kms imported rotation (seed)', notes: 'seed', query: 'kms imported rotation', expect: ['For imported key, must manually rotate using alias'] },
  { family: 'lookup', name: 'parameter store ttl (seed)', notes: 'seed', query: 'parameter store ttl', expect: ['Advanced tier can have TTL'] },
  { family: 'lookup', name: 'cloudformation drift (seed)', notes: 'seed', query: 'cloudformation drift', expect: ['CloudFormation Drift: check if there is manual config'] },
  { family: 'lookup', name: 'cloudfront orgin failover, typo (seed)', notes: 'seed', query: 'cloudfront orgin failover', expect: ['Origin group:'] },
  { family: 'lookup', name: 'codedeploy hooks order (seed)', notes: 'seed', query: 'codedeploy hooks order', expect: ['Hooks (will be called in this order):'] },
  { family: 'lookup', name: 'dynamodb stream retention (seed)', notes: 'seed', query: 'dynamodb stream retention', expect: ['retention up to 24 hours'] },
  { family: 'lookup', name: 'dynamodb ttl deletion (seed)', notes: 'seed', query: 'dynamodb ttl deletion', expect: ['Time to live for each item, automatically deleted within 48 hours'] },
  { family: 'lookup', name: 'ecs dynamic ports (seed)', notes: 'seed', query: 'ecs dynamic ports', expect: ['Get dynamic host port mapping'] },
  { family: 'lookup', name: 'beanstalk worker teir, typo (seed)', notes: 'seed', query: 'beanstalk worker teir', expect: ['SQS Queue and EC2 with ASG'] },
  { family: 'lookup', name: 'sqs group consumers (seed)', notes: 'seed', query: 'sqs group consumers', expect: ['Each Group ID can only have 1 consumer'] },
  { family: 'lookup', name: 'sns max topics (seed)', notes: 'seed', query: 'sns max topics', expect: ['up to 100,000 topics'] },
  { family: 'lookup', name: 'kinesis retention period (seed)', notes: 'seed', query: 'kinesis retention period', expect: ['1-365 days (1 day by default)'] },
  { family: 'lookup', name: 'kinesis kcl instances (seed)', notes: 'seed', query: 'kinesis kcl instances', expect: ['Each shard is read by 1 Kinesis Client Library instance'] },
  { family: 'lookup', name: 'cloudwatch high resolution (seed)', notes: 'seed', query: 'cloudwatch high resolution', expect: ['High resolution: 1/5/10/30 seconds'] },
  { family: 'lookup', name: 'sg deny rules (seed)', notes: 'seed', query: 'sg deny rules', expect: ['Can only have ALLOW rule'] },

  // The pack (15), from AppSync to Route 53: AppSync, Lambda, CloudFormation, CloudFront, DynamoDB, ECS, Elastic Beanstalk,
  // ElastiCache, SQS, Kinesis, Firehose, EventBridge, S3, NAT gateway, Route 53. Two typos ("evicton", "bufer");
  // abbreviations and plurals ("gsi", "dlq", "cert", "versions", "records", "targets", "parts"). Two labels only where the
  // pack states the fact twice (CloudFront's certificate Region, in its CloudFront and its ACM sections).
  { family: 'lookup', name: 'appsync key expiry (pack)', notes: 'pack', query: 'appsync key expiry', expect: ['API key lifetime: 7 days by default'] },
  { family: 'lookup', name: 'lambda concurrency limit (pack)', notes: 'pack', query: 'lambda concurrency limit', expect: ['Default account quota: 1,000 concurrent executions'] },
  { family: 'lookup', name: 'cloudformation max resources (pack)', notes: 'pack', query: 'cloudformation max resources', expect: ['Resources per template: 500'] },
  { family: 'lookup', name: 'cloudfront cert region (pack)', notes: 'pack', query: 'cloudfront cert region', expect: ['Certificates for a custom domain on CloudFront must be in ACM in us-east-1', 'CloudFront requires its ACM certificate in us-east-1'] },
  { family: 'lookup', name: 'dynamodb gsi limit (pack)', notes: 'pack', query: 'dynamodb gsi limit', expect: ['Up to 20 GSIs per table by default'] },
  { family: 'lookup', name: 'ecs task role (pack)', notes: 'pack', query: 'ecs task role', expect: ['Task role: used by the application code'] },
  { family: 'lookup', name: 'beanstalk max versions (pack)', notes: 'pack', query: 'beanstalk max versions', expect: ['Quota: 1,000 application versions per Region'] },
  { family: 'lookup', name: 'redis evicton policy, typo (pack)', notes: 'pack', query: 'redis evicton policy', expect: ['When memory is full, keys are evicted according to maxmemory-policy'] },
  { family: 'lookup', name: 'sqs fifo dlq (pack)', notes: 'pack', query: 'sqs fifo dlq', expect: ["A FIFO queue's DLQ must be FIFO"] },
  { family: 'lookup', name: 'kinesis putrecords limit (pack)', notes: 'pack', query: 'kinesis putrecords limit', expect: ['AWS SDK: PutRecord, or PutRecords with up to 500 records'] },
  { family: 'lookup', name: 'firehose bufer interval, typo (pack)', notes: 'pack', query: 'firehose bufer interval', expect: ['Buffer interval: 0 to 900 seconds'] },
  { family: 'lookup', name: 'eventbridge rule targets (pack)', notes: 'pack', query: 'eventbridge rule targets', expect: ['Up to 5 targets per rule'] },
  { family: 'lookup', name: 's3 multipart parts (pack)', notes: 'pack', query: 's3 multipart parts', expect: ['Up to 10,000 parts, each 5 MiB to 5 GiB'] },
  { family: 'lookup', name: 'nat gateway bandwidth (pack)', notes: 'pack', query: 'nat gateway bandwidth', expect: ['Bandwidth: 5 Gbps, scaling automatically up to 100 Gbps'] },
  { family: 'lookup', name: 'route53 multivalue records (pack)', notes: 'pack', query: 'route53 multivalue records', expect: ['Multivalue answer: up to 8 healthy records returned'] },

  // The sample files (10): the study notes 2, the IaC notes 4, the CloudFormation and IAM notes 4. An earlier lookup took every
  // fact of the study notes, so its two cases ask another part of a note ("12 hours at most" of the visibility timeout, "two
  // eventually consistent reads" of an RCU); of the others only "BeforeInstall: back up" was in no earlier case, the rest were
  // an earlier hover's label but no lookup's. One typo ("lamda").
  { family: 'lookup', name: 'sqs visibility max (study)', notes: 'study', query: 'sqs visibility max', expect: ['Mnemonic for the visibility timeout'] },
  { family: 'lookup', name: 'dynamodb eventually consistent (study)', notes: 'study', query: 'dynamodb eventually consistent', expect: ['RCU→one strongly consistent read'] },
  { family: 'lookup', name: 'appspec file location (iac)', notes: 'iac', query: 'appspec file location', expect: ['appspec.yml lives at the root of the revision'] },
  { family: 'lookup', name: 'codedeploy backup hook (iac)', notes: 'iac', query: 'codedeploy backup hook', expect: ['BeforeInstall: back up the current version'] },
  { family: 'lookup', name: 'lamda traffic hooks, typo (iac)', notes: 'iac', query: 'lamda traffic hooks', expect: ['Lambda deployments: BeforeAllowTraffic'] },
  { family: 'lookup', name: 'beanstalk deployment policies (iac)', notes: 'iac', query: 'beanstalk deployment policies', expect: ['DeploymentPolicy→AllAtOnce'] },
  { family: 'lookup', name: 'cloudformation required section (cfn-iam)', notes: 'cfn-iam', query: 'cloudformation required section', expect: ['Resources is the only required section'] },
  { family: 'lookup', name: 'cloudformation pseudo parameters (cfn-iam)', notes: 'cfn-iam', query: 'cloudformation pseudo parameters', expect: ['Pseudo parameters:'] },
  { family: 'lookup', name: 's3 bucket naming (cfn-iam)', notes: 'cfn-iam', query: 's3 bucket naming', expect: ['BucketName must be globally unique'] },
  { family: 'lookup', name: 'forallvalues missing key (cfn-iam)', notes: 'cfn-iam', query: 'forallvalues missing key', expect: ['ForAllValues on a missing key is true'] },
];
