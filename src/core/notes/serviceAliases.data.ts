/**
 * Canonical AWS service names and the other names notes and IaC use for them.
 *
 * `aliases`: variants, abbreviations and common typos seen in study notes (matched without
 * case, spaces, hyphens or a leading "AWS"/"Amazon"). `cfn`: the CloudFormation type namespace
 * (`AWS::<cfn>::…`). `cfnTypes`: whole resource types of another namespace that are this service's
 * (`AWS::EC2::SecurityGroup` is a security group before it is EC2: notes file security groups,
 * subnets and NAT gateways under headings of their own; every type listed is one of the EC2
 * namespace's in https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html,
 * checked against the bundled resource catalog). `iam`: the IAM action / condition-key
 * prefix (`<iam>:…`).
 * Canonical names follow the AWS service names, e.g. https://docs.aws.amazon.com/general/latest/gr/aws-service-information.html
 */
export interface ServiceAliasEntry {
  readonly service: string;
  readonly aliases: readonly string[];
  readonly cfn?: readonly string[];
  readonly cfnTypes?: readonly string[];
  readonly iam?: readonly string[];
}

export const SERVICE_ALIASES: readonly ServiceAliasEntry[] = [
  { service: 'AppSync', aliases: ['App Sync'], cfn: ['AppSync'], iam: ['appsync'] },
  { service: 'Lambda', aliases: ['AWS Lambda', 'Lamda'], cfn: ['Lambda'], iam: ['lambda'] },
  { service: 'SAM', aliases: ['Serverless Application Model', 'AWS SAM'], cfn: ['Serverless'] },
  { service: 'SAR', aliases: ['Serverless Application Repository'], cfn: ['ServerlessRepo'], iam: ['serverlessrepo'] },
  { service: 'KMS', aliases: ['Key Management Service', 'AWS KMS'], cfn: ['KMS'], iam: ['kms'] },
  {
    service: 'SSM Parameter Store',
    aliases: ['Parameter Store', 'AWS SSM Parameter Store', 'Systems Manager Parameter Store', 'SSM', 'Systems Manager'],
    cfn: ['SSM'],
    iam: ['ssm'],
  },
  {
    service: 'Secrets Manager',
    aliases: ['Secret Manager', 'AWS Secret Manager', 'AWS Secrets Manager', 'SecretsManager'],
    cfn: ['SecretsManager'],
    iam: ['secretsmanager'],
  },
  { service: 'Step Functions', aliases: ['Step Function', 'StepFunctions', 'SFN'], cfn: ['StepFunctions'], iam: ['states'] },
  { service: 'CloudFormation', aliases: ['Cloud Formation', 'CFN', 'CloudFomation'], cfn: ['CloudFormation'], iam: ['cloudformation'] },
  { service: 'CloudFront', aliases: ['Cloud Front', 'Cloudfront'], cfn: ['CloudFront'], iam: ['cloudfront'] },
  { service: 'CodeArtifact', aliases: ['Code Artifact'], cfn: ['CodeArtifact'], iam: ['codeartifact'] },
  { service: 'CodeBuild', aliases: ['Code Build'], cfn: ['CodeBuild'], iam: ['codebuild'] },
  { service: 'CodeCommit', aliases: ['Code Commit'], cfn: ['CodeCommit'], iam: ['codecommit'] },
  { service: 'CodeDeploy', aliases: ['Code Deploy', 'AppSpec'], cfn: ['CodeDeploy'], iam: ['codedeploy'] },
  { service: 'CodeGuru', aliases: ['Code Guru', 'CodeGuru Reviewer', 'CodeGuru Profiler'], cfn: ['CodeGuruProfiler', 'CodeGuruReviewer'], iam: ['codeguru', 'codeguru-profiler', 'codeguru-reviewer'] },
  { service: 'CodePipeline', aliases: ['Code Pipeline'], cfn: ['CodePipeline'], iam: ['codepipeline'] },
  { service: 'CodeStar', aliases: ['Code Star'], cfn: ['CodeStar'], iam: ['codestar'] },
  { service: 'DynamoDB', aliases: ['Dynamo DB', 'Dynamo', 'DDB', 'DynamoDb'], cfn: ['DynamoDB'], iam: ['dynamodb'] },
  { service: 'DAX', aliases: ['DynamoDB Accelerator'], cfn: ['DAX'], iam: ['dax'] },
  { service: 'ECS', aliases: ['Elastic Container Service', 'Amazon ECS'], cfn: ['ECS'], iam: ['ecs'] },
  { service: 'ECR', aliases: ['Elastic Container Registry'], cfn: ['ECR'], iam: ['ecr'] },
  {
    service: 'Elastic Beanstalk',
    aliases: ['ElasticBeanstalk', 'Beanstalk', 'EB', 'Elastic BeanStalk', 'ebextensions'],
    cfn: ['ElasticBeanstalk'],
    iam: ['elasticbeanstalk'],
  },
  { service: 'ElastiCache', aliases: ['Elasticache', 'Elastic Cache', 'Redis', 'Memcached'], cfn: ['ElastiCache'], iam: ['elasticache'] },
  { service: 'SQS', aliases: ['Simple Queue Service', 'Amazon SQS'], cfn: ['SQS'], iam: ['sqs'] },
  { service: 'SNS', aliases: ['Simple Notification Service', 'Amazon SNS'], cfn: ['SNS'], iam: ['sns'] },
  { service: 'Kinesis', aliases: ['Kinesis Data Streams', 'Kinesis Data Stream', 'KDS', 'Kinesis DataStream'], cfn: ['Kinesis'], iam: ['kinesis'] },
  { service: 'Kinesis Data Firehose', aliases: ['Firehose', 'Data Firehose', 'Kinesis Firehose', 'KDF'], cfn: ['KinesisFirehose'], iam: ['firehose'] },
  { service: 'Kinesis Data Analytics', aliases: ['Managed Service for Apache Flink'], cfn: ['KinesisAnalytics', 'KinesisAnalyticsV2'], iam: ['kinesisanalytics'] },
  { service: 'CloudTrail', aliases: ['CouldTrail', 'CludTrail', 'Cloud Trail', 'Cloudtrail'], cfn: ['CloudTrail'], iam: ['cloudtrail'] },
  { service: 'CloudWatch', aliases: ['Cloud Watch', 'Cloudwatch', 'CloudWatch Logs', 'CW'], cfn: ['CloudWatch', 'Logs'], iam: ['cloudwatch', 'logs'] },
  { service: 'EventBridge', aliases: ['Event Bridge', 'CloudWatch Events', 'Eventbridge'], cfn: ['Events'], iam: ['events'] },
  { service: 'X-Ray', aliases: ['XRay', 'X Ray', 'AWS X-Ray'], cfn: ['XRay'], iam: ['xray'] },
  { service: 'ACM', aliases: ['Certificate Manager', 'AWS Certificate Manager'], cfn: ['CertificateManager'], iam: ['acm'] },
  { service: 'Cloud Map', aliases: ['CloudMap', 'Service Discovery'], cfn: ['ServiceDiscovery'], iam: ['servicediscovery'] },
  { service: 'DataSync', aliases: ['Datasync', 'Data Sync'], cfn: ['DataSync'], iam: ['datasync'] },
  { service: 'FIS', aliases: ['Fault Injection Simulator', 'AWS FIS', 'Fault Injection Service', 'AWS FIS (Fault Injection Simulator)'], cfn: ['FIS'], iam: ['fis'] },
  { service: 'SES', aliases: ['Simple Email Service', 'AWS SES', 'AWS SES (Simple Email Service)'], cfn: ['SES'], iam: ['ses'] },
  { service: 'S3', aliases: ['Simple Storage Service', 'Amazon S3'], cfn: ['S3'], iam: ['s3'] },
  { service: 'Athena', aliases: ['Amazon Athena'], cfn: ['Athena'], iam: ['athena'] },
  { service: 'IAM', aliases: ['Identity and Access Management', 'IAM Policy', 'IAM Policies'], cfn: ['IAM'], iam: ['iam', 'aws'] },
  { service: 'Cognito', aliases: ['Amazon Cognito'], cfn: ['Cognito'], iam: ['cognito-idp', 'cognito-identity'] },
  { service: 'API Gateway', aliases: ['APIGateway', 'API GW'], cfn: ['ApiGateway', 'ApiGatewayV2'], iam: ['apigateway', 'execute-api'] },
  { service: 'EC2', aliases: ['Elastic Compute Cloud', 'Amazon EC2'], cfn: ['EC2'], iam: ['ec2'] },
  { service: 'EBS', aliases: ['Elastic Block Store'], cfnTypes: ['AWS::EC2::Volume', 'AWS::EC2::VolumeAttachment'], iam: ['ebs'] },
  { service: 'RDS', aliases: ['Relational Database Service'], cfn: ['RDS'], iam: ['rds'] },
  { service: 'Auto Scaling', aliases: ['AutoScaling', 'ASG', 'Auto Scaling Group'], cfn: ['AutoScaling'], iam: ['autoscaling'] },
  { service: 'Elastic Load Balancing', aliases: ['ELB', 'ALB', 'NLB', 'Load Balancer'], cfn: ['ElasticLoadBalancing', 'ElasticLoadBalancingV2'], iam: ['elasticloadbalancing'] },
  { service: 'Route 53', aliases: ['Route53'], cfn: ['Route53'], iam: ['route53'] },
  { service: 'NACL', aliases: ['Network ACL', 'NACL (Network ACL - Access Control List)', 'Network Access Control List'], cfnTypes: ['AWS::EC2::NetworkAcl', 'AWS::EC2::NetworkAclEntry', 'AWS::EC2::SubnetNetworkAclAssociation'] },
  { service: 'Security Group', aliases: ['Security Groups', 'SG'], cfnTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'] },
  { service: 'VPC Flow Logs', aliases: ['Flow Logs'], cfnTypes: ['AWS::EC2::FlowLog'] },
  { service: 'VPC Peering', aliases: ['Peering'], cfnTypes: ['AWS::EC2::VPCPeeringConnection'] },
  { service: 'VPC Endpoints', aliases: ['VPC Endpoint', 'PrivateLink'], cfnTypes: ['AWS::EC2::VPCEndpoint', 'AWS::EC2::VPCEndpointService'] },
  { service: 'Site-to-Site VPN', aliases: ['Site-Site VPN', 'Site to Site VPN', 'VPN'], cfnTypes: ['AWS::EC2::VPNConnection', 'AWS::EC2::VPNGateway', 'AWS::EC2::CustomerGateway'] },
  { service: 'Direct Connect', aliases: ['DX', 'Direct Connect (DX)'], cfn: ['DirectConnect'], iam: ['directconnect'] },
  { service: 'Subnet', aliases: ['Subnets'], cfnTypes: ['AWS::EC2::Subnet', 'AWS::EC2::SubnetRouteTableAssociation'] },
  { service: 'Internet Gateway', aliases: ['IGW'], cfnTypes: ['AWS::EC2::InternetGateway', 'AWS::EC2::EgressOnlyInternetGateway'] },
  { service: 'NAT Gateway', aliases: ['NAT Gateway or Nat Instance', 'NAT Instance', 'NAT'], cfnTypes: ['AWS::EC2::NatGateway'] },
  { service: 'VPC', aliases: ['Virtual Private Cloud'], cfnTypes: ['AWS::EC2::VPC', 'AWS::EC2::VPCCidrBlock'] },
  { service: 'Glue', aliases: ['AWS Glue'], cfn: ['Glue'], iam: ['glue'] },
  { service: 'Cloud9', aliases: ['Cloud 9'], cfn: ['Cloud9'], iam: ['cloud9'] },
  { service: 'MSK', aliases: ['Managed Streaming for Apache Kafka'], cfn: ['MSK'], iam: ['kafka'] },
  { service: 'STS', aliases: ['Security Token Service'], iam: ['sts'] },
];
