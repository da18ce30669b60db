/**
 * Elastic Beanstalk configuration options that apply to every environment: each namespace of the
 * "General options for all environments" reference with its options, defaults and valid values.
 * https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html
 * (each namespace's `anchor` is its section of that page). Summaries paraphrase the reference;
 * `values` are listed only where the reference enumerates them, `range` where it gives bounds.
 */

export const GENERAL_OPTIONS_URL = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html';

export interface OptionSpec {
  readonly name: string;
  readonly summary: string;
  readonly default?: string;
  /** The exact values the reference allows. */
  readonly values?: readonly string[];
  /** Inclusive numeric bounds the reference gives. */
  readonly range?: readonly [number, number];
}

export interface NamespaceSpec {
  /** As written in the reference; placeholders such as `process_name` are matched by `pattern`. */
  readonly name: string;
  readonly summary: string;
  /** Its section of the general options page; or, for a namespace documented elsewhere, `docsUrl`. */
  readonly anchor?: string;
  readonly options: readonly OptionSpec[];
  /** Namespaces whose name has a user part (`aws:elbv2:listener:443`). */
  readonly pattern?: RegExp;
  /** Namespaces whose option names are the user's own (environment properties, static file paths). */
  readonly anyOption?: string;
  /** The page that documents the namespace, when it is not a section of the general options page. */
  readonly docsUrl?: string;
  /** Services the namespace configures that its name does not name (EC2 and EBS, for the instances and root volumes of `aws:autoscaling:launchconfiguration`): notes file its options under them. */
  readonly services?: readonly string[];
}

const BOOL = ['true', 'false'] as const;
const RETENTION_DAYS = ['1', '3', '5', '7', '14', '30', '60', '90', '120', '150', '180', '365', '400', '545', '731', '1827', '3653'];

const PROCESS_OPTIONS: readonly OptionSpec[] = [
  { name: 'DeregistrationDelay', summary: 'Seconds to wait for active requests to complete before deregistering an instance.', default: '20', range: [0, 3600] },
  { name: 'HealthCheckInterval', summary: 'Seconds between health checks of the instances (classic/application: 5 to 300; network: 10 or 30).', default: '15 (network load balancer: 30)', range: [5, 300] },
  { name: 'HealthCheckPath', summary: 'Path that health check HTTP requests go to.', default: '/' },
  { name: 'HealthCheckTimeout', summary: 'Seconds to wait for a health check response (application load balancer only).', default: '5', range: [1, 60] },
  { name: 'HealthyThresholdCount', summary: 'Consecutive successful checks before an instance is healthy.', default: '3 (network load balancer: 5)', range: [2, 10] },
  { name: 'MatcherHTTPCode', summary: 'Comma-separated HTTP codes that mean healthy (application: 200–499, network: 200–399).', default: '200' },
  { name: 'Port', summary: 'Port the process listens on.', default: '80', range: [1, 65535] },
  { name: 'Protocol', summary: 'Protocol of the process: HTTP or HTTPS with an application load balancer, TCP with a network load balancer.', default: 'HTTP (network load balancer: TCP)', values: ['TCP', 'HTTP', 'HTTPS'] },
  { name: 'StickinessEnabled', summary: 'Enable sticky sessions (application load balancer only).', default: 'false', values: BOOL },
  { name: 'StickinessLBCookieDuration', summary: 'Lifetime of the sticky session cookie, in seconds (application load balancer only).', default: '86400', range: [1, 604800] },
  { name: 'StickinessType', summary: 'Set to `lb_cookie` to use cookies for sticky sessions (application load balancer only).', default: 'lb_cookie', values: ['lb_cookie'] },
  { name: 'UnhealthyThresholdCount', summary: 'Consecutive failed checks before an instance is unhealthy.', default: '5', range: [2, 10] },
];

const ELBV2_LISTENER_OPTIONS: readonly OptionSpec[] = [
  { name: 'DefaultProcess', summary: 'The process traffic goes to when no rule matches.', default: 'default' },
  { name: 'ListenerEnabled', summary: 'Set to `false` to disable the listener (e.g. the default one on port 80).', default: 'true', values: BOOL },
  { name: 'Protocol', summary: 'Protocol of the traffic: HTTP or HTTPS (application load balancer), TCP (network load balancer).', default: 'HTTP (network load balancer: TCP)', values: ['HTTP', 'HTTPS', 'TCP'] },
  { name: 'Rules', summary: 'Comma-separated names of listener rules (`aws:elbv2:listenerrule:rule_name`) to apply; application load balancer only.' },
  { name: 'SSLCertificateArns', summary: 'ARN of the certificate (IAM or ACM) bound to the listener; application load balancer only.' },
  { name: 'SSLPolicy', summary: 'The load balancer security policy of the listener; application load balancer only.', default: 'None (ELB default)' },
];

const CLASSIC_POLICY_STICKINESS: readonly OptionSpec[] = [
  { name: 'Stickiness Cookie Expiration', summary: 'Seconds each stickiness cookie is valid.', default: '0', range: [0, 1000000] },
  { name: 'Stickiness Policy', summary: "Bind a user's session to one instance.", default: 'false', values: BOOL },
];

export const GENERAL_NAMESPACES: readonly NamespaceSpec[] = [
  {
    name: 'aws:autoscaling:asg',
    summary: "The environment's Auto Scaling group.",
    anchor: 'command-options-general-autoscalingasg',
    options: [
      { name: 'Availability Zones', summary: 'How many Availability Zones the instances span.', default: 'Any', values: ['Any', 'Any 1', 'Any 2', 'Any 3'] },
      { name: 'Cooldown', summary: 'Seconds after a scaling activity before another can start.', default: '360', range: [0, 10000] },
      { name: 'Custom Availability Zones', summary: 'The Availability Zones to use.' },
      { name: 'MinSize', summary: 'Minimum number of instances.', default: '1', range: [1, 10000] },
      { name: 'MaxSize', summary: 'Maximum number of instances.', default: '4', range: [1, 10000] },
      { name: 'EnableCapacityRebalancing', summary: 'Replace Spot Instances at elevated risk of interruption (Capacity Rebalancing; only with EnableSpot).', default: 'false', values: BOOL },
    ],
  },
  {
    name: 'aws:autoscaling:launchconfiguration',
    summary: "The environment's EC2 instances (launch template or launch configuration).",
    anchor: 'command-options-general-autoscalinglaunchconfiguration',
    services: ['EC2', 'EBS'],
    options: [
      // Default false: "When set to the default value of false, Elastic Beanstalk creates a default security group" (this page's
      // aws:autoscaling:launchconfiguration table); also https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.managing.ec2.aws-cli.html
      { name: 'DisableDefaultEC2SecurityGroup', summary: 'Set to `true` to opt out of the default EC2 security group Elastic Beanstalk creates for the instances; then give your own in `SecurityGroups`.', default: 'false', values: BOOL },
      { name: 'DisableIMDSv1', summary: 'Set to `true` to disable the Instance Metadata Service version 1 (IMDSv2 only).', default: 'false', values: BOOL },
      { name: 'EC2KeyName', summary: 'Key pair for SSH access to the instances.' },
      { name: 'IamInstanceProfile', summary: 'Instance profile name or ARN: the credentials the instances use to call AWS.' },
      { name: 'ImageId', summary: 'A custom AMI ID instead of the platform default.' },
      { name: 'InstanceType', summary: 'Obsolete: use `InstanceTypes` in `aws:ec2:instances`, which takes precedence.', default: 'Region dependent' },
      { name: 'MonitoringInterval', summary: 'Interval of the CloudWatch metrics.', default: '5 minute', values: ['1 minute', '5 minute'] },
      { name: 'SecurityGroups', summary: 'Comma-separated security groups of the instances (IDs in a VPC).', default: 'elasticbeanstalk-default' },
      { name: 'SSHSourceRestriction', summary: 'Lock down SSH access: `protocol, fromPort, toPort, source_restriction`.' },
      { name: 'BlockDeviceMappings', summary: 'Additional EBS or instance store volumes on every instance.' },
      { name: 'RootVolumeType', summary: 'Root EBS volume type: `standard` (magnetic), `gp2`/`gp3` (general purpose SSD), `io1` (provisioned IOPS).', default: 'Varies per platform', values: ['standard', 'gp2', 'gp3', 'io1'] },
      { name: 'RootVolumeSize', summary: 'Root volume size in whole GB (10–16384 for SSD, 8–1024 for magnetic).', default: 'Varies per platform', range: [8, 16384] },
      { name: 'RootVolumeThroughput', summary: 'Throughput of a gp3 root volume, in MiB/s.', range: [125, 1000] },
      { name: 'RootVolumeIOPS', summary: 'IOPS of a provisioned IOPS (io1) or gp3 root volume.' },
    ],
  },
  {
    name: 'aws:autoscaling:scheduledaction',
    summary: 'Scheduled scaling actions of the Auto Scaling group (give each a `resource_name`).',
    anchor: 'command-options-general-autoscalingscheduledaction',
    options: [
      { name: 'StartTime', summary: 'ISO-8601 time of a one-time action, or when a recurrent action starts.' },
      { name: 'EndTime', summary: 'ISO-8601 time (UTC) when a recurrent action stops repeating.' },
      { name: 'MaxSize', summary: 'Maximum instance count applied when the action runs.', range: [0, 10000] },
      { name: 'MinSize', summary: 'Minimum instance count applied when the action runs.', range: [0, 10000] },
      { name: 'DesiredCapacity', summary: 'Initial desired capacity applied when the action runs.', range: [0, 10000] },
      { name: 'Recurrence', summary: 'A cron expression; without it the action runs once at `StartTime`.' },
      { name: 'Suspend', summary: 'Set to `true` to pause a recurrent action.', default: 'false', values: BOOL },
    ],
  },
  {
    name: 'aws:autoscaling:trigger',
    summary: 'Scaling triggers of the Auto Scaling group (BreachDuration = Period × EvaluationPeriods).',
    anchor: 'command-options-general-autoscalingtrigger',
    // "The Auto Scaling group in your Elastic Beanstalk environment uses two Amazon CloudWatch alarms to trigger scaling operations"
    // https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environments-cfg-autoscaling-triggers.html
    services: ['CloudWatch'],
    options: [
      { name: 'BreachDuration', summary: 'Minutes a metric may be beyond its threshold before the trigger fires.', default: '5', range: [1, 600] },
      { name: 'LowerBreachScaleIncrement', summary: 'How many instances to remove when scaling in.', default: '-1' },
      { name: 'LowerThreshold', summary: 'Scale in when the metric falls below this for the breach duration.', default: '2000000', range: [0, 20000000] },
      {
        name: 'MeasureName',
        summary: 'The metric of the trigger.',
        default: 'NetworkOut',
        values: ['CPUUtilization', 'NetworkIn', 'NetworkOut', 'DiskWriteOps', 'DiskReadBytes', 'DiskReadOps', 'DiskWriteBytes', 'Latency', 'RequestCount', 'HealthyHostCount', 'UnhealthyHostCount', 'TargetResponseTime'],
      },
      { name: 'Period', summary: 'Minutes between two measurements of the metric.', default: '5', range: [1, 600] },
      { name: 'EvaluationPeriods', summary: 'Consecutive periods used to decide a breach.', default: '1', range: [1, 600] },
      { name: 'Statistic', summary: 'The statistic of the trigger.', default: 'Average', values: ['Minimum', 'Maximum', 'Sum', 'Average'] },
      { name: 'Unit', summary: 'The unit of the measurement.', default: 'Bytes', values: ['Seconds', 'Percent', 'Bytes', 'Bits', 'Count', 'Bytes/Second', 'Bits/Second', 'Count/Second', 'None'] },
      { name: 'UpperBreachScaleIncrement', summary: 'How many instances to add when scaling out.', default: '1' },
      { name: 'UpperThreshold', summary: 'Scale out when the metric is above this for the breach duration.', default: '6000000', range: [0, 20000000] },
    ],
  },
  {
    name: 'aws:autoscaling:updatepolicy:rollingupdate',
    summary: 'Rolling updates of the Auto Scaling group for configuration changes that replace instances.',
    anchor: 'command-options-general-autoscalingupdatepolicyrollingupdate',
    options: [
      { name: 'MaxBatchSize', summary: 'Instances per batch of the rolling update.', default: 'One third of the minimum size, rounded up', range: [1, 10000] },
      { name: 'MinInstancesInService', summary: 'Instances that must stay in service while others are replaced.', default: 'The minimum size, or one less than the maximum size, whichever is lower', range: [0, 9999] },
      { name: 'RollingUpdateEnabled', summary: 'Enable rolling updates (setting MaxBatchSize, MinInstancesInService or PauseTime enables them too).', default: 'false', values: BOOL },
      { name: 'RollingUpdateType', summary: '`Time`: pause between batches; `Health`: wait for health checks; `Immutable`: a full new set of instances in a new Auto Scaling group.', default: 'Time', values: ['Time', 'Health', 'Immutable'] },
      { name: 'PauseTime', summary: 'Wait after each batch, as an ISO-8601 duration from `PT0S` to `PT1H`.', default: 'Computed from the instance type and container' },
      { name: 'Timeout', summary: 'Longest wait for a batch to pass health checks before the update is cancelled, `PT5M` to `PT1H`.', default: 'PT30M' },
    ],
  },
  {
    name: 'aws:ec2:instances',
    summary: "The environment's instances, including Spot options.",
    anchor: 'command-options-general-ec2instances',
    options: [
      { name: 'EnableSpot', summary: 'Enable Spot Instance requests.', default: 'false', values: BOOL },
      { name: 'InstanceTypes', summary: 'Comma-separated instance types (1 to 10); without Spot only the first one is used.', default: 'Two instance types; varies by account, Region and platform' },
      { name: 'SpotFleetOnDemandBase', summary: 'On-Demand instances provisioned before Spot is considered (only with EnableSpot).', default: '0' },
      { name: 'SpotFleetOnDemandAboveBasePercentage', summary: 'Percentage of On-Demand instances above the base (only with EnableSpot).', default: '0 single instance, 70 load balanced', range: [0, 100] },
      { name: 'SupportedArchitectures', summary: 'Comma-separated instance architectures (`x86_64`, `arm64`, `i386`) the instance types must match.' },
      { name: 'SpotMaxPrice', summary: 'Maximum US$ per hour for a Spot Instance (0.001 to 20.0); default the On-Demand price.', default: 'null (On-Demand price)' },
    ],
  },
  {
    name: 'aws:ec2:vpc',
    summary: 'Launch the environment in a custom VPC (default VPC otherwise).',
    anchor: 'command-options-general-ec2vpc',
    options: [
      { name: 'VPCId', summary: 'The ID of the VPC.' },
      { name: 'Subnets', summary: 'Subnet IDs of the Auto Scaling group, one comma-separated string.' },
      { name: 'ELBSubnets', summary: 'Subnet IDs of the load balancer, one comma-separated string.' },
      { name: 'ELBScheme', summary: '`internal` for a load balancer reachable only inside the VPC.', default: 'public', values: ['public', 'internal'] },
      { name: 'DBSubnets', summary: 'Subnet IDs of an attached RDS database.' },
      { name: 'AssociatePublicIpAddress', summary: 'Launch instances with public IP addresses (needed to put instances and load balancer in one public subnet).', values: BOOL },
    ],
  },
  {
    name: 'aws:elasticbeanstalk:application',
    summary: 'The health check path of the application.',
    anchor: 'command-options-general-elasticbeanstalkapplication',
    options: [{ name: 'Application Healthcheck URL', summary: 'Path of the health check (e.g. `/health`, `HTTPS:443/health`); without it a TCP connection on port 80 is tried.' }],
  },
  {
    name: 'aws:elasticbeanstalk:application:environment',
    summary: 'Environment properties: any name → value, passed to the application as environment variables.',
    anchor: 'command-options-general-elasticbeanstalkapplicationenvironment',
    options: [],
    anyOption: 'An environment property of the application (any name, any value).',
  },
  {
    // https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/AWSHowTo.secrets.env-vars.html
    name: 'aws:elasticbeanstalk:application:environmentsecrets',
    summary: 'Environment variables filled from AWS Secrets Manager secrets or Systems Manager Parameter Store parameters at instance bootstrap: variable name → secret or parameter ARN.',
    anchor: 'command-options-general-elasticbeanstalk-application-environmentsecrets',
    options: [],
    anyOption: 'An environment variable whose value is fetched from the secret or parameter whose ARN is given.',
  },
  {
    name: 'aws:elasticbeanstalk:cloudwatch:logs',
    summary: 'Stream instance logs to CloudWatch Logs.',
    anchor: 'command-options-general-cloudwatchlogs',
    services: ['CloudWatch'],
    options: [
      { name: 'StreamLogs', summary: 'Create log groups for proxy and deployment logs and stream them from each instance.', default: 'false', values: BOOL },
      { name: 'DeleteOnTerminate', summary: 'Delete the log groups when the environment terminates (else keep them RetentionInDays).', default: 'false', values: BOOL },
      { name: 'RetentionInDays', summary: 'Days to keep log events.', default: '7', values: RETENTION_DAYS },
    ],
  },
  {
    name: 'aws:elasticbeanstalk:cloudwatch:logs:health',
    summary: 'Stream environment health (enhanced health) to CloudWatch Logs.',
    anchor: 'command-options-general-cloudwatchlogs-health',
    services: ['CloudWatch'],
    options: [
      { name: 'HealthStreamingEnabled', summary: 'Create a log group for environment health data (enhanced health only).', default: 'false', values: BOOL },
      { name: 'DeleteOnTerminate', summary: 'Delete the log group when the environment terminates.', default: 'false', values: BOOL },
      { name: 'RetentionInDays', summary: 'Days to keep the health data.', default: '7', values: RETENTION_DAYS },
    ],
  },
  {
    name: 'aws:elasticbeanstalk:command',
    summary: 'The deployment policy of application versions.',
    anchor: 'command-options-general-elasticbeanstalkcommand',
    options: [
      {
        name: 'DeploymentPolicy',
        summary: 'How new application versions are deployed: all at once, rolling, rolling with an additional batch, immutable, or traffic splitting.',
        default: 'AllAtOnce',
        values: ['AllAtOnce', 'Rolling', 'RollingWithAdditionalBatch', 'Immutable', 'TrafficSplitting'],
      },
      { name: 'Timeout', summary: 'Seconds to wait for an instance to finish its commands; Elastic Beanstalk adds 240 s (600 → 14 minutes).', default: '600', range: [1, 3600] },
      { name: 'BatchSizeType', summary: 'Whether BatchSize is a percentage or a fixed number of instances.', default: 'Percentage', values: ['Percentage', 'Fixed'] },
      { name: 'BatchSize', summary: 'Percentage (1–100) or number (1 to MaxSize) of instances deployed at the same time.', default: '100' },
      { name: 'IgnoreHealthCheck', summary: 'Do not cancel a deployment because of failed health checks.', default: 'false', values: BOOL },
    ],
  },
  {
    name: 'aws:elasticbeanstalk:environment',
    summary: "The environment's architecture and service role.",
    anchor: 'command-options-general-elasticbeanstalkenvironment',
    options: [
      { name: 'EnvironmentType', summary: '`SingleInstance`: one instance, no load balancer.', default: 'LoadBalanced', values: ['SingleInstance', 'LoadBalanced'] },
      { name: 'ServiceRole', summary: 'IAM role (name, path/name or ARN) Elastic Beanstalk uses to manage the environment.' },
      { name: 'LoadBalancerType', summary: 'The type of load balancer.', default: 'classic', values: ['classic', 'application', 'network'] },
      { name: 'LoadBalancerIsShared', summary: 'Use a shared application load balancer (with LoadBalancerType application).', default: 'false', values: BOOL },
    ],
  },
  {
    name: 'aws:elasticbeanstalk:environment:process:default',
    summary: "The environment's default process (target of the load balancer).",
    anchor: 'command-options-general-environmentprocess',
    options: PROCESS_OPTIONS,
  },
  {
    name: 'aws:elasticbeanstalk:environment:process:process_name',
    summary: 'An additional process of the environment.',
    anchor: 'command-options-general-environmentprocess-process',
    options: PROCESS_OPTIONS,
    pattern: /^aws:elasticbeanstalk:environment:process:[^:]+$/,
  },
  {
    name: 'aws:elasticbeanstalk:environment:proxy:staticfiles',
    summary: 'Static files served by the proxy (Amazon Linux 2 and later): `/path: folder`.',
    anchor: 'command-options-general-environmentproxystaticfiles',
    options: [],
    anyOption: 'A URL path (starting with `/`) the proxy serves from the given folder of the source bundle.',
  },
  {
    name: 'aws:elasticbeanstalk:healthreporting:system',
    summary: 'Enhanced health reporting.',
    anchor: 'command-options-general-elasticbeanstalkhealthreporting',
    options: [
      { name: 'SystemType', summary: '`enhanced` needs a service role and a version 2 or newer platform.', default: 'basic', values: ['basic', 'enhanced'] },
      { name: 'ConfigDocument', summary: 'A JSON document of the environment and instance metrics to publish to CloudWatch.' },
      { name: 'EnhancedHealthAuthEnabled', summary: 'Authorize the enhanced health API with the instance profile.', values: BOOL },
      { name: 'HealthCheckSuccessThreshold', summary: 'Lower the threshold for instances to pass health checks.', default: 'Ok', values: ['Ok', 'Warning', 'Degraded', 'Severe'] },
    ],
  },
  {
    name: 'aws:elasticbeanstalk:hostmanager',
    summary: 'Upload rotated instance logs to Amazon S3.',
    anchor: 'command-options-general-elasticbeanstalkhostmanager',
    options: [{ name: 'LogPublicationControl', summary: "Copy the instances' log files to the application's S3 bucket.", default: 'false', values: BOOL }],
  },
  {
    name: 'aws:elasticbeanstalk:managedactions',
    summary: 'Managed platform updates.',
    anchor: 'command-options-general-elasticbeanstalkmanagedactions',
    options: [
      // Default false in the current general options page (older versions of the page said true).
      { name: 'ManagedActionsEnabled', summary: 'Enable managed platform updates (then also set PreferredStartTime and UpdateLevel).', default: 'false', values: BOOL },
      { name: 'PreferredStartTime', summary: 'Weekly maintenance window in UTC, `day:hour:minute`, e.g. `"Tue:09:00"`.' },
      { name: 'ServiceRoleForManagedUpdates', summary: 'The role for managed updates: the ServiceRole, or `AWSServiceRoleForElasticBeanstalkManagedUpdates`.' },
    ],
  },
  {
    name: 'aws:elasticbeanstalk:customoption',
    summary: 'Your own options, read with `Fn::GetOptionSetting` in the `Resources` of other configuration files (and settable through the API).',
    docsUrl: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/configuration-options-custom.html',
    options: [],
    anyOption: 'A custom option: any name, read with `Fn::GetOptionSetting`.',
  },
  {
    name: 'aws:elasticbeanstalk:managedactions:platformupdate',
    summary: 'What managed platform updates apply.',
    anchor: 'command-options-general-elasticbeanstalkmanagedactionsplatformupdate',
    options: [
      { name: 'UpdateLevel', summary: '`patch`: patch versions only; `minor`: minor and patch versions.', values: ['patch', 'minor'] },
      { name: 'InstanceRefreshEnabled', summary: 'Weekly instance replacement (needs ManagedActionsEnabled).', default: 'false', values: BOOL },
    ],
  },
  {
    name: 'aws:elasticbeanstalk:monitoring',
    summary: 'Terminate instances that fail health checks (legacy environments only).',
    anchor: 'command-options-general-elasticbeanstalkmonitoring',
    options: [{ name: 'Automatically Terminate Unhealthy Instances', summary: 'Terminate an instance that fails health checks; only supported on legacy environments.', default: 'true', values: BOOL }],
  },
  {
    name: 'aws:elasticbeanstalk:sns:topics',
    summary: 'Notifications about the environment.',
    anchor: 'command-options-general-elasticbeanstalksnstopics',
    services: ['SNS'],
    options: [
      { name: 'Notification Endpoint', summary: 'Where to send notifications of important events.' },
      { name: 'Notification Protocol', summary: 'Protocol of the notifications.', default: 'email', values: ['http', 'https', 'email', 'email-json', 'sqs'] },
      { name: 'Notification Topic ARN', summary: 'ARN of the SNS topic.' },
      { name: 'Notification Topic Name', summary: 'Name of the SNS topic.' },
    ],
  },
  {
    name: 'aws:elasticbeanstalk:sqsd',
    summary: 'The SQS queue and daemon of a worker environment.',
    anchor: 'command-options-general-elasticbeanstalksqsd',
    services: ['SQS'],
    options: [
      { name: 'WorkerQueueURL', summary: 'The queue the worker daemon reads (standard or FIFO; periodic tasks need standard).', default: 'Automatically created' },
      { name: 'HttpPath', summary: 'Relative path the messages are POSTed to.', default: '/' },
      { name: 'MimeType', summary: 'MIME type of the POST (or a custom one).', default: 'application/json' },
      { name: 'HttpConnections', summary: 'Maximum concurrent connections to the application on an instance.', default: '50', range: [1, 100] },
      { name: 'ConnectTimeout', summary: 'Seconds to wait for a connection to the application.', default: '5', range: [1, 60] },
      { name: 'InactivityTimeout', summary: 'Seconds to wait for a response on an existing connection.', default: '299', range: [1, 36000] },
      { name: 'VisibilityTimeout', summary: 'Seconds a message is locked for processing before it is visible again.', default: '300', range: [0, 43200] },
      { name: 'ErrorVisibilityTimeout', summary: 'Seconds before a message whose processing failed with an explicit error returns to the queue.', default: '2', range: [0, 43200] },
      { name: 'RetentionPeriod', summary: 'Seconds a message is valid and processed.', default: '345600', range: [60, 1209600] },
      { name: 'MaxRetries', summary: 'Attempts before the message goes to the dead-letter queue.', default: '10', range: [1, 100] },
    ],
  },
  {
    name: 'aws:elasticbeanstalk:trafficsplitting',
    summary: 'Traffic-splitting deployments (DeploymentPolicy `TrafficSplitting`).',
    anchor: 'command-options-general-elasticbeanstalktrafficsplitting',
    options: [
      { name: 'NewVersionPercent', summary: 'Initial percentage of client traffic shifted to the new version.', default: '10', range: [1, 100] },
      { name: 'EvaluationTime', summary: 'Minutes to wait after an initial healthy deployment before shifting all traffic.', default: '5', range: [3, 600] },
    ],
  },
  {
    name: 'aws:elasticbeanstalk:xray',
    summary: 'Run the AWS X-Ray daemon on the instances.',
    anchor: 'command-options-general-elasticbeanstalkxray',
    services: ['X-Ray'],
    options: [{ name: 'XRayEnabled', summary: 'Set to `true` to run the X-Ray daemon on the instances.', default: 'false', values: BOOL }],
  },
  {
    name: 'aws:elb:healthcheck',
    summary: 'Health checks of a classic load balancer.',
    anchor: 'command-options-general-elbhealthcheck',
    options: [
      { name: 'HealthyThreshold', summary: 'Consecutive successful checks before an instance is healthy.', default: '3', range: [2, 10] },
      { name: 'Interval', summary: 'Seconds between health checks.', default: '10', range: [5, 300] },
      { name: 'Timeout', summary: 'Seconds to wait for a response.', default: '5', range: [2, 60] },
      { name: 'UnhealthyThreshold', summary: 'Consecutive failed checks before an instance is unhealthy.', default: '5', range: [2, 10] },
      { name: 'Target', summary: 'Deprecated: use `Application Healthcheck URL` in aws:elasticbeanstalk:application.', default: 'TCP:80' },
    ],
  },
  {
    name: 'aws:elb:loadbalancer',
    summary: 'A classic load balancer.',
    anchor: 'command-options-general-elbloadbalancer',
    options: [
      { name: 'CrossZone', summary: 'Route traffic evenly across all instances in all Availability Zones.', default: 'false', values: BOOL },
      { name: 'SecurityGroups', summary: 'Security groups of the load balancer.' },
      { name: 'ManagedSecurityGroup', summary: 'An existing security group to use instead of creating one.' },
      { name: 'LoadBalancerHTTPPort', summary: 'Deprecated. Port of the unsecure listener.', default: '80', values: ['OFF', '80'] },
      { name: 'LoadBalancerPortProtocol', summary: 'Deprecated. Protocol of the unsecure listener.', default: 'HTTP', values: ['HTTP', 'TCP'] },
      { name: 'LoadBalancerHTTPSPort', summary: 'Deprecated. Port of the secure listener.', default: 'OFF', values: ['OFF', '443', '8443'] },
      { name: 'LoadBalancerSSLPortProtocol', summary: 'Deprecated. Protocol of the secure listener.', default: 'HTTPS', values: ['HTTPS', 'SSL'] },
      { name: 'SSLCertificateId', summary: 'Deprecated. ARN of the certificate of the secure listener.' },
    ],
  },
  {
    name: 'aws:elb:listener',
    summary: 'The default listener (port 80) of a classic load balancer.',
    anchor: 'command-options-general-elblistener',
    options: [
      { name: 'ListenerProtocol', summary: 'Protocol of the listener.', default: 'HTTP', values: ['HTTP', 'TCP'] },
      { name: 'InstancePort', summary: 'Port used to reach the instances.', default: '80', range: [1, 65535] },
      { name: 'InstanceProtocol', summary: 'Protocol used to reach the instances, same layer as ListenerProtocol.', default: 'HTTP (TCP when ListenerProtocol is TCP)', values: ['HTTP', 'HTTPS', 'TCP', 'SSL'] },
      { name: 'PolicyNames', summary: 'Comma-separated policy names for this port (prefer LoadBalancerPorts in aws:elb:policies).' },
      { name: 'ListenerEnabled', summary: 'Whether the listener exists.', default: 'true', values: BOOL },
    ],
  },
  {
    name: 'aws:elb:listener:listener_port',
    summary: 'An additional listener of a classic load balancer, on `listener_port`.',
    anchor: 'command-options-general-elblistener-listener',
    pattern: /^aws:elb:listener:\d+$/,
    options: [
      { name: 'ListenerProtocol', summary: 'Protocol of the listener.', default: 'HTTP', values: ['HTTP', 'HTTPS', 'TCP', 'SSL'] },
      { name: 'InstancePort', summary: 'Port used to reach the instances.', default: 'The listener port', range: [1, 65535] },
      { name: 'InstanceProtocol', summary: 'Protocol used to reach the instances, same layer as ListenerProtocol.', default: 'HTTP (TCP when ListenerProtocol is TCP or SSL)', values: ['HTTP', 'HTTPS', 'TCP', 'SSL'] },
      { name: 'PolicyNames', summary: 'Comma-separated policy names for this port.' },
      { name: 'SSLCertificateId', summary: 'ARN of the certificate bound to the listener.' },
      { name: 'ListenerEnabled', summary: 'Whether the listener exists.', default: 'true if any other option is set', values: BOOL },
    ],
  },
  {
    name: 'aws:elb:policies',
    summary: 'Default stickiness and global policies of a classic load balancer.',
    anchor: 'command-options-general-elbpolicies',
    options: [
      { name: 'ConnectionDrainingEnabled', summary: 'Keep connections to unhealthy or deregistered instances to finish in-flight requests.', default: 'false', values: BOOL },
      { name: 'ConnectionDrainingTimeout', summary: 'Longest connection draining, in seconds.', default: '20', range: [1, 3600] },
      { name: 'ConnectionSettingIdleTimeout', summary: 'Seconds without data before the load balancer closes a connection.', default: '60', range: [1, 3600] },
      { name: 'LoadBalancerPorts', summary: 'Listener ports the default stickiness policy applies to (`:all` for all).' },
      ...CLASSIC_POLICY_STICKINESS,
    ],
  },
  {
    name: 'aws:elb:policies:policy_name',
    summary: 'An additional policy of a classic load balancer.',
    anchor: 'command-options-general-elbpolicies-custom',
    pattern: /^aws:elb:policies:[^:]+$/,
    options: [
      { name: 'CookieName', summary: 'The application cookie of an AppCookieStickinessPolicyType policy (HTTP/HTTPS listeners).' },
      { name: 'InstancePorts', summary: 'Instance ports the policy applies to (`:all` for all).' },
      { name: 'LoadBalancerPorts', summary: 'Listener ports the policy applies to (`:all` for all).' },
      { name: 'ProxyProtocol', summary: 'Include the origin IP and port in TCP messages (ProxyProtocolPolicyType; TCP/SSL listeners).', values: BOOL },
      { name: 'PublicKey', summary: 'Public key of a PublicKeyPolicyType policy for back-end authentication.' },
      { name: 'PublicKeyPolicyNames', summary: 'PublicKeyPolicyType policies of a BackendServerAuthenticationPolicyType policy.' },
      { name: 'SSLProtocols', summary: 'SSL protocols of an SSLNegotiationPolicyType policy (HTTPS/SSL listeners).' },
      { name: 'SSLReferencePolicy', summary: 'A predefined security policy for an SSLNegotiationPolicyType policy.' },
      ...CLASSIC_POLICY_STICKINESS,
    ],
  },
  {
    name: 'aws:elbv2:listener:default',
    summary: 'The default listener (port 80) of an application or network load balancer.',
    anchor: 'command-options-general-elbv2-listener-default',
    options: ELBV2_LISTENER_OPTIONS,
  },
  {
    name: 'aws:elbv2:listener:listener_port',
    summary: 'An additional listener of an application or network load balancer, on `listener_port`.',
    anchor: 'command-options-general-elbv2-listener',
    pattern: /^aws:elbv2:listener:\d+$/,
    options: ELBV2_LISTENER_OPTIONS,
  },
  {
    name: 'aws:elbv2:listenerrule:rule_name',
    summary: 'A listener rule of an application load balancer: matching host names or paths go to a process.',
    anchor: 'command-options-general-elbv2-listenerrule',
    pattern: /^aws:elbv2:listenerrule:[^:]+$/,
    options: [
      { name: 'HostHeaders', summary: 'Comma-separated host names to match (up to three wildcards `*` `?`).' },
      { name: 'PathPatterns', summary: 'Comma-separated path patterns to match, e.g. `/img/*`.' },
      { name: 'Priority', summary: 'Precedence when several rules match; lower wins, no two rules alike.', default: '1', range: [1, 1000] },
      { name: 'Process', summary: 'The process traffic goes to when the rule matches.', default: 'default' },
    ],
  },
  {
    name: 'aws:elbv2:loadbalancer',
    summary: 'An application load balancer.',
    anchor: 'command-options-general-elbv2',
    options: [
      { name: 'AccessLogsS3Bucket', summary: 'S3 bucket (same Region) for access logs.' },
      { name: 'AccessLogsS3Enabled', summary: 'Store access logs.', default: 'false', values: BOOL },
      { name: 'AccessLogsS3Prefix', summary: 'Prefix of the access log names.' },
      { name: 'IdleTimeout', summary: 'Seconds to wait for a request to complete before closing connections.', range: [1, 3600] },
      { name: 'ManagedSecurityGroup', summary: 'An existing security group to use instead of creating one.' },
      { name: 'SecurityGroups', summary: 'Comma-separated security group IDs of the load balancer.' },
    ],
  },
  {
    name: 'aws:rds:dbinstance',
    summary: 'An RDS DB instance attached to the environment (its lifecycle is tied to the environment).',
    anchor: 'command-options-general-rdsdbinstance',
    options: [
      { name: 'DBAllocatedStorage', summary: 'Storage in GB (MySQL 5–1024, Oracle 10–1024; SQL Server cannot be changed).' },
      { name: 'DBDeletionPolicy', summary: 'Delete or snapshot the DB instance when the environment terminates (Delete loses the data).', default: 'Delete', values: ['Delete', 'Snapshot', 'Retain'] },
      { name: 'DBEngine', summary: 'The database engine.', default: 'mysql', values: ['mysql', 'oracle-se1', 'sqlserver-ex', 'sqlserver-web', 'sqlserver-se', 'postgres'] },
      { name: 'DBEngineVersion', summary: 'The engine version.' },
      { name: 'DBInstanceClass', summary: 'The DB instance class, e.g. `db.t2.micro`.' },
      { name: 'DBPassword', summary: 'The master user password.' },
      { name: 'DBSnapshotIdentifier', summary: 'A DB snapshot to restore from.' },
      { name: 'DBUser', summary: 'The master user name.', default: 'ebroot' },
      { name: 'HasCoupledDatabase', summary: 'Whether the DB instance is coupled to the environment (deleted or snapshotted with it).', values: BOOL },
      { name: 'MultiAZDatabase', summary: 'Create a Multi-AZ DB instance.', default: 'false', values: BOOL },
    ],
  },
];

/** The namespace spec of a namespace as written: exact name first, then the placeholder patterns. */
export function namespaceSpec(name: string): NamespaceSpec | undefined {
  return GENERAL_NAMESPACES.find((spec) => spec.name === name) ?? GENERAL_NAMESPACES.find((spec) => spec.pattern?.test(name));
}

export function namespaceDocsUrl(spec: NamespaceSpec): string {
  return spec.docsUrl ?? `${GENERAL_OPTIONS_URL}#${spec.anchor}`;
}
