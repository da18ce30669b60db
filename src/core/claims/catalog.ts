import type { Claim } from './claim';
import { API_GATEWAY_CLAIMS } from './apiGateway.data';
import { APPSYNC_CLAIMS } from './appSync.data';
import { AUTO_SCALING_CLAIMS } from './autoScaling.data';
import { CLOUDFORMATION_CLAIMS } from './cloudFormation.data';
import { CLOUDFRONT_CLAIMS } from './cloudFront.data';
import { CLOUDWATCH_CLAIMS } from './cloudWatch.data';
import { CODEBUILD_CLAIMS } from './codeBuild.data';
import { CODEDEPLOY_CLAIMS } from './codeDeploy.data';
import { COGNITO_CLAIMS } from './cognito.data';
import { CODESTAR_CLAIMS } from './codeStar.data';
import { DYNAMODB_CLAIMS } from './dynamodb.data';
import { EBS_CLAIMS } from './ebs.data';
import { EC2_CLAIMS } from './ec2.data';
import { ELASTICACHE_CLAIMS } from './elastiCache.data';
import { ELASTIC_BEANSTALK_CLAIMS } from './elasticBeanstalk.data';
import { ELASTIC_LOAD_BALANCING_CLAIMS } from './elasticLoadBalancing.data';
import { EVENTBRIDGE_CLAIMS } from './eventBridge.data';
import { IAM_CLAIMS } from './iam.data';
import { INTERNET_GATEWAY_CLAIMS } from './internetGateway.data';
import { KINESIS_CLAIMS } from './kinesis.data';
import { KMS_CLAIMS } from './kms.data';
import { LAMBDA_CLAIMS } from './lambda.data';
import { NAT_GATEWAY_CLAIMS } from './natGateway.data';
import { RDS_CLAIMS } from './rds.data';
import { ROUTE_53_CLAIMS } from './route53.data';
import { S3_CLAIMS } from './s3.data';
import { SAM_CLAIMS } from './sam.data';
import { SECRETS_MANAGER_CLAIMS } from './secretsManager.data';
import { SES_CLAIMS } from './ses.data';
import { SNS_CLAIMS } from './sns.data';
import { SQS_CLAIMS } from './sqs.data';
import { SSM_PARAMETER_STORE_CLAIMS } from './ssmParameterStore.data';
import { STEP_FUNCTIONS_CLAIMS } from './stepFunctions.data';
import { STS_CLAIMS } from './sts.data';
import { VPC_CLAIMS } from './vpc.data';
import { VPC_ENDPOINTS_CLAIMS } from './vpcEndpoints.data';

/**
 * Every claim the notes check knows: the data modules (`*.data.ts` beside this file),
 * concatenated. Claim authors add their module's import and spread it here.
 */
export const CLAIMS: readonly Claim[] = [
  ...API_GATEWAY_CLAIMS,
  ...APPSYNC_CLAIMS,
  ...AUTO_SCALING_CLAIMS,
  ...CLOUDFORMATION_CLAIMS,
  ...CLOUDFRONT_CLAIMS,
  ...CLOUDWATCH_CLAIMS,
  ...CODEBUILD_CLAIMS,
  ...CODEDEPLOY_CLAIMS,
  ...COGNITO_CLAIMS,
  ...CODESTAR_CLAIMS,
  ...DYNAMODB_CLAIMS,
  ...EBS_CLAIMS,
  ...EC2_CLAIMS,
  ...ELASTICACHE_CLAIMS,
  ...ELASTIC_BEANSTALK_CLAIMS,
  ...ELASTIC_LOAD_BALANCING_CLAIMS,
  ...EVENTBRIDGE_CLAIMS,
  ...IAM_CLAIMS,
  ...INTERNET_GATEWAY_CLAIMS,
  ...KINESIS_CLAIMS,
  ...KMS_CLAIMS,
  ...LAMBDA_CLAIMS,
  ...NAT_GATEWAY_CLAIMS,
  ...RDS_CLAIMS,
  ...ROUTE_53_CLAIMS,
  ...S3_CLAIMS,
  ...SAM_CLAIMS,
  ...SECRETS_MANAGER_CLAIMS,
  ...SES_CLAIMS,
  ...SNS_CLAIMS,
  ...SQS_CLAIMS,
  ...SSM_PARAMETER_STORE_CLAIMS,
  ...STEP_FUNCTIONS_CLAIMS,
  ...STS_CLAIMS,
  ...VPC_CLAIMS,
  ...VPC_ENDPOINTS_CLAIMS,
];
