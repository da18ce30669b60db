/**
 * Name properties whose value must be unique within an account, per resource type: two resources
 * of one template naming the same one cannot both be created.
 */
export interface UniqueName {
  readonly resourceType: string;
  readonly property: string;
  /** Whether names differing only in case are the same name. */
  readonly caseInsensitive: boolean;
}

/**
 * "IAM user, group, role, and policy names must be unique within the account. Names are not
 * distinguished by case." https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 * (the same sentence on CreateUser, CreateGroup and CreatePolicy).
 */
export const UNIQUE_NAMES: readonly UniqueName[] = [
  { resourceType: 'AWS::IAM::Role', property: 'RoleName', caseInsensitive: true },
  { resourceType: 'AWS::IAM::User', property: 'UserName', caseInsensitive: true },
  { resourceType: 'AWS::IAM::Group', property: 'GroupName', caseInsensitive: true },
  { resourceType: 'AWS::IAM::ManagedPolicy', property: 'ManagedPolicyName', caseInsensitive: true },
];
