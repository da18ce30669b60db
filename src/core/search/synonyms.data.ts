/**
 * What words alone cannot join: the names IaC and AWS use, and the words study notes use for
 * the same thing. Each entry was found by reading real notes (the seed notes of a learner, the
 * bundled pack, `samples/notes/`) next to the IaC names, and says why it holds.
 *
 * `when`: a phrase of the query (its words, as `wordsOf` reads them: split at camelCase,
 * lower-cased, plural `s` dropped), or with `asWritten` a name the cursor's term is, as written
 * (case aside): a resource type whose words are all its service's. `also`: phrases that then
 * count too, worth less than the query's own words.
 */
export interface SynonymEntry {
  readonly when: string;
  readonly asWritten?: boolean;
  readonly also: readonly string[];
  /** A phrase whose words mean nothing on their own ("how long" asks about a retention, not about "long"): it is read as its synonyms only. */
  readonly idiom?: boolean;
  /** The entry holds for a query of this service only (a CloudWatch alarm's `Period` is in seconds, an Elastic Beanstalk trigger's in minutes). */
  readonly inService?: string;
  readonly reason: string;
}

export const SYNONYMS: readonly SynonymEntry[] = [
  {
    when: 'kms master key id',
    also: ['server side encryption', 'sse', 'encryption', 'kms'],
    reason: 'SQS/SNS `KmsMasterKeyId` turns on server-side encryption; notes write "SSE-KMS" or "encryption", never the property name',
  },
  {
    when: 'sse specification',
    also: ['server side encryption', 'sse', 'encryption'],
    reason: 'DynamoDB `SSESpecification` is the table\'s encryption at rest; notes say "encryption"',
  },
  {
    when: 'server side encryption',
    also: ['sse', 'encryption'],
    reason: 'the condition key `s3:x-amz-server-side-encryption` and notes\' "SSE-S3 / SSE-KMS" name the same thing',
  },
  { when: 'write', also: ['in', 'ingest'], reason: 'Kinesis notes give shard limits as "1 MB/s in and 2 MB/s out": writes are "in"' },
  { when: 'read', also: ['out'], reason: 'the same notes: reads are "out"' },
  {
    when: 'deployment policy',
    also: ['update option', 'deployment mode', 'deployment'],
    reason: 'Elastic Beanstalk notes list All at once / Rolling / Immutable under "Update options"; the option is `DeploymentPolicy`',
  },
  {
    when: 'visibility timeout',
    also: ['invisible', 'hidden'],
    reason: 'notes describe the visibility timeout as the message being "invisible to other consumers" / "stays hidden"',
  },
  {
    when: 'receive message wait time second',
    also: ['long polling'],
    reason: 'SQS `ReceiveMessageWaitTimeSeconds` is long polling, which is what notes call it',
  },
  {
    when: 'redrive policy',
    also: ['dead letter queue', 'dlq'],
    reason: 'SQS `RedrivePolicy` names the dead-letter queue; notes have a "Dead-letter queue" topic',
  },
  {
    when: 'pay per request',
    also: ['on demand'],
    reason: 'DynamoDB `BillingMode: PAY_PER_REQUEST` is on-demand capacity, the notes\' word',
  },
  {
    when: 'billing mode',
    also: ['capacity mode'],
    reason: 'DynamoDB `BillingMode` (PROVISIONED | PAY_PER_REQUEST) is the table\'s read/write capacity mode (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BillingModeSummary.html); notes list "Capacity modes: On-demand, Provisioned"',
  },
  {
    when: 'hash',
    also: ['partition key'],
    reason: 'a DynamoDB `KeyType: HASH` key is the partition key ("HASH - partition key", https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html); notes say partition key',
  },
  {
    when: 'range',
    also: ['sort key'],
    reason: 'and `KeyType: RANGE` is the sort key ("RANGE - sort key"); notes say sort key',
  },
  {
    when: 'provisioned throughput',
    also: ['rcu', 'wcu', 'capacity unit', 'provisioned'],
    reason: 'DynamoDB `ProvisionedThroughput` sets read/write capacity units, written RCU/WCU in notes',
  },
  {
    when: 'provisioned',
    inService: 'DynamoDB',
    also: ['rcu', 'wcu', 'capacity unit'],
    reason: 'a DynamoDB table in provisioned mode (`BillingMode: PROVISIONED`) is given its reads and writes per second, in read and write capacity units ("In provisioned mode, you must specify the number of reads and writes per second", https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/capacity-mode.html); notes write RCU and WCU',
  },
  {
    when: 'duration',
    also: ['minute', 'hour', 'year', 'day'],
    reason: 'notes give durations as amounts of time ("maximum duration 1 year", "Express if it\'s 5 minutes")',
  },
  {
    when: 'message retention period',
    also: ['retention', 'retain', 'persist'],
    reason: 'notes talk of how long messages are "retained" / "persist" rather than the property name',
  },
  {
    when: 'leader only',
    also: ['one instance', 'single instance'],
    reason: '`leader_only` runs a command on one instance; notes say "only one instance"',
  },
  {
    when: 'null',
    also: ['missing', 'absent', 'present'],
    reason: 'the IAM `Null` operator checks whether a key is present; notes say "missing" / "absent"',
  },
  {
    when: 'image id',
    also: ['ami'],
    reason: 'EC2 `ImageId` is "The ID of the AMI" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-instance.html#cfn-ec2-instance-imageid); notes say AMI',
  },
  {
    when: 'aes256',
    also: ['sse s3'],
    reason: 'S3 `SSEAlgorithm: AES256` is SSE-S3 ("AES256 - New objects use SSE-S3 encryption", https://docs.aws.amazon.com/AmazonS3/latest/API/API_ServerSideEncryptionByDefault.html); notes say SSE-S3',
  },
  {
    when: 'count',
    also: ['number'],
    reason: 'a `…Count` property is "the number of" something (Kinesis `ShardCount`: "The number of shards that the stream uses", https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kinesis-stream.html#cfn-kinesis-stream-shardcount); notes say "number of shards"',
  },
  {
    when: 'AWS::CloudFormation::Stack',
    asWritten: true,
    also: ['nested stack'],
    reason: '"The AWS::CloudFormation::Stack resource nests a stack as a resource in a top-level template" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudformation-stack.html); notes have a "Nested stack" topic',
  },
  {
    when: 'write capacity unit',
    also: ['wcu'],
    reason: 'DynamoDB\'s write capacity unit, one write per second of an item up to 1 KB (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html), is written WCU in notes',
  },
  { when: 'wcu', also: ['write capacity unit'], reason: 'and the other way: a lookup for WCU finds notes spelling it out' },
  { when: 'read capacity unit', also: ['rcu'], reason: 'the read capacity unit (same page) is written RCU' },
  { when: 'rcu', also: ['read capacity unit'], reason: 'and the other way' },
  {
    when: 'assume role policy',
    also: ['trust policy'],
    reason: 'a role\'s `AssumeRolePolicyDocument` is "typically referred to as the role trust policy" (https://docs.aws.amazon.com/cli/v1/reference/iam/update-assume-role-policy.html); notes say trust policy',
  },
  {
    when: 'filter policy',
    also: ['message filtering'],
    reason: 'an SNS subscription\'s `FilterPolicy` is how Amazon SNS message filtering is set ("a subscriber must assign a filter policy to the topic subscription", https://docs.aws.amazon.com/sns/latest/dg/message-filtering.html); notes have a "Message filtering" topic',
  },
  {
    when: 'mfa',
    also: ['multi factor auth', 'multi factor authentication'],
    reason: 'MFA is multi-factor authentication, which the condition key `aws:MultiFactorAuthPresent` checks (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent); notes write the key, a lookup types MFA',
  },
  { when: 'multi factor auth', also: ['mfa'], reason: 'and the other way: the key (or "multi-factor authentication") finds notes saying MFA' },
  {
    when: 'monitoring',
    also: ['cloudwatch'],
    reason: 'EC2 `Monitoring` "specifies whether detailed monitoring is enabled for the instance", which sends its metrics to CloudWatch every minute instead of every five (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-instance.html#cfn-ec2-instance-monitoring); notes file detailed monitoring under CloudWatch',
  },
  {
    when: 'retention',
    also: ['expiration', 'expire', 'retain'],
    reason: 'a retention setting is when data expires: CloudWatch Logs log events "past the expiration date" are deleted once they "reach their retention setting" (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html); notes say a log group "can have expiration"',
  },
  {
    when: 'how long',
    also: ['retention', 'duration'],
    idiom: true,
    reason: 'a learner asks "how long" data is kept or a thing may run; notes state it as a retention ("Metrics retention: … kept 15 days") or a duration',
  },
  {
    when: 'undo',
    also: ['rollback', 'roll back'],
    reason: 'undoing a deployment is rolling it back: "CodeDeploy rolls back deployments by redeploying a previously deployed revision" (https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html); notes have a "Rollback:" topic',
  },
  {
    when: 'change',
    also: ['switch'],
    reason: 'changing a mode is switching it: DynamoDB "you can change it later" / "Considerations when switching capacity modes" (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/switching.capacitymode.html); notes say "Switching from provisioned to on-demand"',
  },
  { when: 'switch', also: ['change'], reason: 'and the other way: notes write "change the capacity mode" as often as "switch"' },
  {
    when: 'delay',
    also: ['latency'],
    reason: 'a delivery delay is latency: Firehose buffers data before delivering it, "the lower buffer size will be faster in delivery with … less latency" (https://docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html); notes say "60 seconds latency for non full batches"',
  },
  {
    when: 'frequency',
    also: ['often', 'schedule', 'rate'],
    reason: 'how frequently a thing happens is its schedule: Secrets Manager rotation schedules are rate() or cron() expressions, "as often as every four hours" (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RotationRulesType.html)',
  },
  {
    when: 'size',
    also: ['big', 'large'],
    reason: 'notes give a size limit as what is too big or large: "If the message is too big ( > 256 KB)", for the message size SQS documents as its maximum (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-managing-large-messages.html)',
  },
  {
    when: 'limit',
    also: ['quota'],
    reason: 'AWS calls its limits quotas ("Service Quotas"; Lambda\'s "Concurrent executions: 1,000" is a quota, https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html); notes say "Default account quota"',
  },
  {
    when: 'aws:elasticbeanstalk:command',
    asWritten: true,
    also: ['deployment policy', 'update option', 'deployment'],
    reason: 'the namespace that sets how application versions deploy: "aws:elasticbeanstalk:command — Configure the deployment policy for your application code" (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html); notes list the policies under "Update options"',
  },
  {
    when: '443',
    also: ['https'],
    reason: 'port 443 is the HTTPS port: a secure listener is "a listener for port 443" with protocol HTTPS (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/configuring-https-elb.html); notes write HTTPS, not the port',
  },
  {
    when: 'environment type',
    also: ['single instance', 'load balancer'],
    reason: 'Elastic Beanstalk `EnvironmentType` is `SingleInstance` or `LoadBalanced`: "Set to SingleInstance to launch one EC2 instance with no load balancer" (https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html, aws:elasticbeanstalk:environment); notes list "Single Instance" and "High Availability with Load Balancer"',
  },
  {
    when: 'key schema',
    also: ['primary key', 'partition key', 'sort key'],
    reason: 'DynamoDB `KeySchema` "Specifies the attributes that make up the primary key for the table" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dynamodb-table.html); notes write "Primary key (required) can be either …", "partition key + sort key"',
  },
  {
    when: 'find in map',
    also: ['mappings'],
    reason: '"Fn::FindInMap returns the value corresponding to keys in a two-level map that\'s declared in the Mappings section" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-findinmap.html); notes write "Mappings: constants to declare"',
  },
  {
    when: 'import value',
    also: ['cross stack', 'export'],
    reason: '"Fn::ImportValue returns the value of an output exported by another stack. You typically use this function to create cross-stack references" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-importvalue.html); notes have a "Cross stack" topic',
  },
  {
    when: 'Period',
    asWritten: true,
    inService: 'CloudWatch',
    also: ['second'],
    reason: 'a CloudWatch alarm\'s `Period` is "The period, in seconds, over which the statistic is applied" (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html); notes give it as "10, 30 or 60 seconds" (of CloudWatch only: an Elastic Beanstalk trigger\'s `Period` is in minutes)',
  },
  {
    when: 'AWS::KMS::Key',
    asWritten: true,
    also: ['customer managed key', 'cmk'],
    reason: 'a KMS key a template creates is a customer managed key: "Customer managed keys are KMS keys in your AWS account that you create, own, and manage" (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk); notes say "Customer Managed Keys (CMK)"',
  },
  {
    when: 'instance type',
    also: ['instance family'],
    reason: 'EC2 instance types come in families: "Instance types are named based on their instance family, generation, processor family, capabilities, and size" (https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html); notes list the "Instance families"',
  },
  {
    when: 'deployment preference',
    also: ['gradual deployment', 'traffic shifting', 'traffic shift'],
    reason: 'a SAM function\'s `DeploymentPreference` "Specifies the configurations to enable gradual Lambda deployments", CodeDeploy shifting traffic to the new version (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html); notes say "traffic shifting"',
  },
  {
    when: 'sqs',
    asWritten: true,
    inService: 'SNS',
    also: ['fanout', 'fan out'],
    reason: 'an SNS subscription to SQS queues is the fanout pattern: "Fanout to Amazon SQS queues" (https://docs.aws.amazon.com/sns/latest/dg/sns-sqs-as-subscriber.html); notes have a "Fanout pattern" topic',
  },
  {
    when: 'GatewayId',
    asWritten: true,
    also: ['internet gateway'],
    reason: 'a route\'s `GatewayId` is "The ID of an internet gateway or virtual private gateway attached to your VPC" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-route.html); notes file the route to it under Internet Gateway (as written: `NatGatewayId` or `VpnGatewayId` name other gateways)',
  },
  {
    when: 'eip',
    also: ['elastic ip'],
    reason: '`AWS::EC2::EIP` "Specifies an Elastic IP (EIP) address" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-eip.html); notes write "Elastic IP"',
  },
  {
    when: 'ingress',
    also: ['inbound', 'inbound rule', 'rule'],
    reason: 'a security group\'s ingress is its inbound rules: "Adds an inbound (ingress) rule to a security group" (https://docs.aws.amazon.com/cdk/api/v1/python/aws_cdk.aws_ec2/CfnSecurityGroupIngress.html); notes say "inbound" or "Can only have ALLOW rule"',
  },
  {
    when: 'egress',
    also: ['outbound', 'outbound rule', 'rule', 'out'],
    reason: 'the other way: `SecurityGroupEgress` is the outbound rules ("Adds the specified outbound (egress) rules", EC2 AuthorizeSecurityGroupEgress), and a network ACL entry\'s `Egress` says "Whether this rule applies to egress traffic from the subnet" (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-networkaclentry.html); notes say "outbound", or "in and out traffic"',
  },
  {
    when: 'state machine type',
    also: ['standard', 'express'],
    reason: 'Step Functions `StateMachineType` is STANDARD or EXPRESS: "Two types of state machines are available in AWS Step Functions: EXPRESS and STANDARD" (https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_stepfunctions.StateMachineType.html); notes compare "Standard vs Express workflows"',
  },
  {
    when: 'ssl certificate',
    also: ['https'],
    reason: 'an SSL certificate is what an HTTPS listener takes: "To enable HTTPS support for an HTTPS listener, you must deploy an SSL server certificate on your load balancer" (https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-add-or-delete-listeners.html); notes file it under HTTPS ("Can integrate with HTTPS › By loading cert into …")',
  },
  { when: 'certificate', also: ['cert'], reason: 'notes shorten a certificate to "cert" ("By loading cert into .ebextensions/…", ACM certs)' },
  {
    when: 'imds',
    also: ['instance metadata service', 'instance metadata'],
    reason: 'IMDS is the EC2 instance metadata service; IMDSv2 "requires a session token" (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html); notes write it out',
  },
  {
    when: 'oversized',
    also: ['too big', 'large'],
    reason: 'a payload over the size limit is a "large message" (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-managing-large-messages.html); notes say "if the message is too big"',
  },
  {
    when: 'pending window',
    also: ['waiting period', 'deletion'],
    reason: 'a KMS key\'s `PendingWindowInDays` is "the waiting period, in number of days", after which "AWS KMS deletes the KMS key" (https://docs.aws.amazon.com/kms/latest/cryptographic-details/key-deletion.html); notes say "Key deletion: scheduled with a waiting period"',
  },
  {
    when: 'expiry',
    also: ['ttl', 'expiration', 'expire'],
    reason: 'an expiry time is a time to live: an ElastiCache TTL "specifies the number of seconds until the key expires" (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Strategies.html); notes say TTL',
  },
  { when: 'expire', also: ['ttl'], reason: 'the same page: a key whose TTL is reached expires; notes say TTL' },
  {
    when: 'pause',
    also: ['wait'],
    reason: 'a workflow pauses in a Wait state, which "delays the state machine from continuing for a specified time" (https://docs.aws.amazon.com/step-functions/latest/dg/state-wait.html); notes say "Wait state"',
  },
  {
    when: 'preview',
    also: ['change set'],
    reason: 'CloudFormation previews an update through a change set: "Change sets allow you to preview how proposed changes to a stack might impact your running resources" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-changesets.html)',
  },
  {
    when: 'purge',
    also: ['invalidate', 'invalidation'],
    reason: 'purging a CloudFront cache is invalidating files, which removes them from the edge caches before they expire (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Invalidation.html); notes say invalidation',
  },
  {
    when: 'combine',
    also: ['merge'],
    reason: 'Kinesis MergeShards "merges two adjacent shards … and combines them into a single shard" (https://docs.aws.amazon.com/kinesis/latest/APIReference/API_MergeShards.html); notes say merge',
  },
  {
    when: 'disk',
    also: ['storage', 'ephemeral storage'],
    reason: 'a Fargate task\'s disk is its ephemeral storage, 20 GiB by default (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html); notes say storage',
  },
  {
    when: 'unusable',
    also: ['reserved', 'not available'],
    reason: 'the IP addresses of a subnet one cannot use are the ones AWS reserves: "The first four IP addresses and the last IP address in each subnet CIDR block are not available for your use" (https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html)',
  },
  {
    when: 'cache aside',
    also: ['lazy loading'],
    reason: 'cache-aside is lazy loading: "Cache-aside (lazy loading)" (https://docs.aws.amazon.com/whitepapers/latest/database-caching-strategies-using-redis/caching-patterns.html); notes name it lazy loading',
  },
  {
    when: 'keep',
    also: ['retain'],
    reason: 'to keep a resource CloudFormation would delete is to retain it: `DeletionPolicy: Retain` "keeps a resource when its stack is deleted" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html)',
  },
  {
    when: 'time to live',
    also: ['ttl'],
    reason: 'DynamoDB `TimeToLiveSpecification` "enable[s] or disable[s] Time to Live (TTL)" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-table-timetolivespecification.html); notes say TTL',
  },
  {
    when: 'utilization',
    also: ['usage'],
    reason: 'a metric\'s utilization is how much of a resource is in use: `CPUUtilization` is "the percentage of physical CPU time that Amazon EC2 uses to run the EC2 instance" (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/viewing_metrics_with_cloudwatch.html); notes say "EC2 memory usage is not pushed", "memory and disk space usage"',
  },
  {
    when: 'dest',
    also: ['destination'],
    reason: '`SourceDestCheck` "indicates whether source/destination checking is enabled" (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-networkinterface.html): names shorten destination to Dest, notes write it out ("disable the source/destination check")',
  },
  {
    when: 'config',
    also: ['configuration'],
    reason: 'names shorten configuration to Config: `DeploymentConfigName` is "a deployment configuration name" (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codedeploy-deploymentgroup.html); notes write "Deployment Configuration:"',
  },
  {
    when: 'st1',
    also: ['hdd', 'throughput optimized'],
    reason: 'EBS `st1` is the Throughput Optimized HDD volume type (https://docs.aws.amazon.com/ebs/latest/userguide/hdd-vols.html); notes say what holds for HDD volumes ("HDD cannot be boot volume")',
  },
  {
    when: 'sc1',
    also: ['hdd', 'cold'],
    reason: 'EBS `sc1` is the Cold HDD volume type (https://docs.aws.amazon.com/ebs/latest/userguide/hdd-vols.html); notes say what holds for HDD volumes',
  },
  ...['t2', 't3', 't3a', 't4g'].map((family) => ({
    when: family,
    also: ['burstable'],
    reason: `EC2 ${family} instances are burstable performance instances, the T instance family (https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html#burstable-performance-instances); notes say "burstable T instances earn CPU credits"`,
  })),
  {
    when: 'external',
    also: ['import', 'imported'],
    inService: 'KMS',
    reason: 'a KMS key\'s `Origin: EXTERNAL` is a key for imported key material: "To create a KMS key with no key material (for imported key material), set this value to EXTERNAL" (https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html); notes say "Import your own"',
  },
  {
    when: 'replication factor',
    also: ['node'],
    inService: 'DAX',
    reason: 'a DAX cluster\'s `ReplicationFactor` is "the number of nodes in the DAX cluster" (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_CreateCluster.html); notes say "Up to 10 nodes"',
  },
];
