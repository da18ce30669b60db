/**
 * Limits of single property values that the resource specification we extract does not carry
 * (it has types and allowed values, no lengths nor item counts), each checked on the AWS page
 * cited beside it. Kept to limits a template states literally and that never vary by account.
 */
export interface PropertyLimit {
  readonly resourceType: string;
  /** A top-level property of the resource. */
  readonly property: string;
  /** At most this many characters in a literal string. */
  readonly maxLength?: number;
  /** At most this many items in a literal list. */
  readonly maxItems?: number;
  /** Why, in the words of the page, for the message. */
  readonly reason: string;
}

export const PROPERTY_LIMITS: readonly PropertyLimit[] = [
  {
    resourceType: 'AWS::SNS::Topic',
    property: 'TopicName',
    maxLength: 256,
    // CreateTopic: topic names "must be between 1 and 256 characters long"
    // https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html (checked as quoted by the AWS SDK for .NET
    // reference, https://docs.aws.amazon.com/sdkfornet/latest/apidocs/items/MSNSISNSCreateTopicStringNET45.html).
    reason: 'topic names are 1 to 256 characters long',
  },
  {
    resourceType: 'AWS::IAM::InstanceProfile',
    property: 'Roles',
    maxItems: 1,
    // Roles: "Only one role can be assigned to an EC2 instance at a time"
    // https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_iam.CfnInstanceProfileProps.html
    // (the property's CloudFormation documentation); an instance profile holds one role:
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html
    reason: 'an instance profile holds one role',
  },
  ...(['AlarmActions', 'OKActions', 'InsufficientDataActions'] as const).map((property) => ({
    resourceType: 'AWS::CloudWatch::Alarm',
    property,
    maxItems: 5,
    // "Maximum: 5" for each of the three action lists
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-alarm.html
    reason: 'an alarm takes at most 5 actions per state',
  })),
  {
    resourceType: 'AWS::CloudWatch::Alarm',
    property: 'AlarmName',
    maxLength: 255,
    // "Minimum: 1, Maximum: 255" (same page as above)
    reason: 'alarm names are 1 to 255 characters long',
  },
  {
    resourceType: 'AWS::CloudWatch::Alarm',
    property: 'AlarmDescription',
    maxLength: 1024,
    // "Minimum: 0, Maximum: 1024" (same page as above)
    reason: 'an alarm description is at most 1024 characters long',
  },
];
