/**
 * The `Type` values of a template parameter.
 * Source: "CloudFormation template Parameters syntax", section "Supported parameter types"
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html
 * AWS-specific and SSM types are families: `AWS::EC2::…` ids, `List<AWS::EC2::…>`, and
 * `AWS::SSM::Parameter::Value<…>`; the analyzer matches those by pattern (see isParameterType).
 */
export interface ParameterType {
  readonly name: string;
  readonly summary: string;
}

export const PARAMETER_TYPES_DOCS_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html';

export const PARAMETER_TYPES: readonly ParameterType[] = [
  { name: 'String', summary: 'A literal string.' },
  { name: 'Number', summary: 'An integer or float; CloudFormation validates it as a number, but `Ref` returns it as a string.' },
  { name: 'List<Number>', summary: 'Comma-delimited numbers; `Ref` returns a list of strings.' },
  { name: 'CommaDelimitedList', summary: 'Comma-delimited strings; `Ref` returns a list of strings.' },
  { name: 'AWS::EC2::AvailabilityZone::Name', summary: 'An Availability Zone, such as `us-west-2a`.' },
  { name: 'AWS::EC2::Image::Id', summary: 'An EC2 image (AMI) ID, such as `ami-0ff8a91507f77f867`.' },
  { name: 'AWS::EC2::Instance::Id', summary: 'An EC2 instance ID.' },
  { name: 'AWS::EC2::KeyPair::KeyName', summary: 'An EC2 key pair name (validated against the account\'s key pairs).' },
  { name: 'AWS::EC2::SecurityGroup::GroupName', summary: 'A security group name of the default VPC.' },
  { name: 'AWS::EC2::SecurityGroup::Id', summary: 'A security group ID, such as `sg-a123fd85`.' },
  { name: 'AWS::EC2::Subnet::Id', summary: 'A subnet ID.' },
  { name: 'AWS::EC2::Volume::Id', summary: 'An EBS volume ID.' },
  { name: 'AWS::EC2::VPC::Id', summary: 'A VPC ID, such as `vpc-a123baa3`.' },
  { name: 'AWS::Route53::HostedZone::Id', summary: 'A Route 53 hosted zone ID.' },
  { name: 'List<AWS::EC2::Subnet::Id>', summary: 'A list of subnet IDs (any `AWS::EC2::…` id type can be wrapped in `List<…>`).' },
  { name: 'List<AWS::EC2::SecurityGroup::Id>', summary: 'A list of security group IDs.' },
  { name: 'List<AWS::EC2::AvailabilityZone::Name>', summary: 'A list of Availability Zones.' },
  {
    name: 'AWS::SSM::Parameter::Name',
    summary: 'The name of a Systems Manager parameter key (the name, not its value).',
  },
  {
    name: 'AWS::SSM::Parameter::Value<String>',
    summary: 'The value of the Systems Manager parameter whose name is given, e.g. `/aws/service/ami-amazon-linux-latest/…`; resolved at each create/update. SecureString is not supported.',
  },
  { name: 'AWS::SSM::Parameter::Value<List<String>>', summary: 'A StringList Systems Manager parameter, as a list.' },
  { name: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', summary: 'A Systems Manager parameter holding an AMI ID (the usual way to take the latest AMI).' },
];
