/**
 * The attributes a resource entry may carry beside `Type` and `Properties`.
 * Source: "Resource attribute reference" and its per-attribute pages
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-product-attribute-reference.html
 * (DeletionPolicy values: aws-attribute-deletionpolicy.html; UpdateReplacePolicy values:
 * aws-attribute-updatereplacepolicy.html; with the AWS::LanguageExtensions transform both may also be
 * intrinsic functions: UserGuide/function-refs-in-policy-attributes.html.)
 */
export interface ResourceAttribute {
  readonly name: string;
  readonly summary: string;
  readonly allowedValues?: readonly string[];
  readonly docsUrl: string;
}

const REF = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';

/** The keys of a resource entry that are not attributes. */
export const RESOURCE_ENTRY_KEYS = ['Type', 'Properties'] as const;

export const RESOURCE_ATTRIBUTES: readonly ResourceAttribute[] = [
  {
    name: 'CreationPolicy',
    summary:
      'Makes CloudFormation wait for success signals (cfn-signal, `ResourceSignal: {Count, Timeout}`) or a timeout before the resource reaches CREATE_COMPLETE. Supported on AutoScalingGroup, EC2 Instance, WaitCondition and AppStream fleets.',
    docsUrl: `${REF}/aws-attribute-creationpolicy.html`,
  },
  {
    name: 'DeletionPolicy',
    summary:
      'What happens to the resource when it is removed from the stack or the stack is deleted. Without it CloudFormation deletes the resource (the default is `Snapshot` for `AWS::RDS::DBCluster` and for `AWS::RDS::DBInstance` without `DBClusterIdentifier`). `Snapshot` only for resources that support snapshots (EC2 volumes, ElastiCache, RDS, Redshift, Neptune, DocumentDB …).',
    allowedValues: ['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot'],
    docsUrl: `${REF}/aws-attribute-deletionpolicy.html`,
  },
  {
    name: 'DependsOn',
    summary:
      'A logical ID or a list of logical IDs that must be created before this resource (and deleted after it). References through `Ref`/`Fn::GetAtt` already imply the order.',
    docsUrl: `${REF}/aws-attribute-dependson.html`,
  },
  {
    name: 'Metadata',
    summary: 'Structured data attached to the resource, e.g. `AWS::CloudFormation::Init` read by cfn-init on EC2 instances.',
    docsUrl: `${REF}/aws-attribute-metadata.html`,
  },
  {
    name: 'UpdatePolicy',
    summary:
      'How CloudFormation updates AutoScalingGroup (AutoScalingRollingUpdate, AutoScalingReplacingUpdate, AutoScalingScheduledAction), ElastiCache replication groups, OpenSearch/Elasticsearch domains and Lambda aliases (CodeDeployLambdaAliasUpdate).',
    docsUrl: `${REF}/aws-attribute-updatepolicy.html`,
  },
  {
    name: 'UpdateReplacePolicy',
    summary:
      'Whether to keep (or snapshot) the old physical resource when a stack update replaces it. Unlike DeletionPolicy it applies to replacement during updates.',
    allowedValues: ['Delete', 'Retain', 'Snapshot'],
    docsUrl: `${REF}/aws-attribute-updatereplacepolicy.html`,
  },
  {
    name: 'Condition',
    summary: 'The name of a condition of the Conditions section: the resource is created only when it is true.',
    docsUrl: `${REF}/aws-attribute-condition.html`,
  },
];

const byName = new Map(RESOURCE_ATTRIBUTES.map((a) => [a.name, a]));

export function resourceAttribute(name: string): ResourceAttribute | undefined {
  return byName.get(name);
}
