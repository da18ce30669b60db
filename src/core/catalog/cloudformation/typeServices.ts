/**
 * Resource types that make a resource of another service than their namespace's: their
 * properties are that service's settings, so its notes are about them (a SAM function's
 * `Timeout` is a Lambda function's timeout). Each from the type's reference page.
 */
export const TYPE_SERVICES: Readonly<Record<string, readonly string[]>> = {
  // "Creates an AWS Lambda function, an AWS Identity and Access Management (IAM) execution role, and event source mappings
  // that trigger the function" https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html
  'AWS::Serverless::Function': ['Lambda'],
  // "Creates a Lambda LayerVersion that contains library or runtime code needed by a Lambda Function"
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-layerversion.html
  'AWS::Serverless::LayerVersion': ['Lambda'],
  // "Creates a collection of Amazon API Gateway resources and methods" https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-api.html
  'AWS::Serverless::Api': ['API Gateway'],
  // "Creates an Amazon API Gateway HTTP API" https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-httpapi.html
  'AWS::Serverless::HttpApi': ['API Gateway'],
  // "Creates a DynamoDB table with a single attribute primary key" https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-simpletable.html
  'AWS::Serverless::SimpleTable': ['DynamoDB'],
  // "Creates an AWS Step Functions state machine" https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html
  'AWS::Serverless::StateMachine': ['Step Functions'],
  // "Specifies the launch configuration for the instances of an Auto Scaling group": the EC2 instances and their EBS volumes
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-autoscaling-launchconfiguration.html
  'AWS::AutoScaling::LaunchConfiguration': ['EC2', 'EBS'],
  // "Attaches an internet gateway, or a virtual private gateway to a VPC" (a virtual private gateway is the AWS side of a
  // Site-to-Site VPN) https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcgatewayattachment.html
  'AWS::EC2::VPCGatewayAttachment': ['Internet Gateway', 'Site-to-Site VPN'],
  // "Specifies a route table for the specified VPC. After you create a route table, you can add routes and associate the
  // table with a subnet" https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-routetable.html
  'AWS::EC2::RouteTable': ['Subnet'],
};
