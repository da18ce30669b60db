import { pairAbove, pathOf, scalarText, valueOf, type DocNode } from '../nodes';
import { statementsOf } from './policyModel';

/**
 * What kind of policy a document is; it decides what its statements may hold. `unknown` when it
 * cannot be told (a standalone document without principals may be an identity policy or an SCP):
 * then only the checks valid for every kind apply.
 */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'scp' | 'rcp' | 'unknown';

/** Resource types whose `PolicyDocument` (or `Policies[].PolicyDocument`) is an identity policy. */
const IDENTITY_HOLDERS = new Set(['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group']);
/** Resource types whose `PolicyDocument` is a resource-based policy. */
const RESOURCE_POLICY_HOLDERS = new Set(['AWS::S3::BucketPolicy', 'AWS::SQS::QueuePolicy', 'AWS::SNS::TopicPolicy']);
/**
 * Resource-based policy documents held under a property of their own name, by resource type
 * (each type's page in the CloudFormation template reference: aws-resource-ecr-repository.html,
 * aws-resource-secretsmanager-resourcepolicy.html, aws-resource-opensearchservice-domain.html,
 * aws-resource-elasticsearch-domain.html).
 */
export const RESOURCE_POLICY_PROPERTIES: Readonly<Record<string, string>> = {
  'AWS::ECR::Repository': 'RepositoryPolicyText',
  'AWS::SecretsManager::ResourcePolicy': 'ResourcePolicy',
  'AWS::OpenSearchService::Domain': 'AccessPolicies',
  'AWS::Elasticsearch::Domain': 'AccessPolicies',
};
export const RESOURCE_POLICY_KEYS: ReadonlySet<string> = new Set(Object.values(RESOURCE_POLICY_PROPERTIES));

/** AWS::Organizations::Policy `Type` values whose `Content` is a policy document. */
export const ORGANIZATIONS_POLICY_KINDS: Readonly<Record<string, PolicyKind>> = { SERVICE_CONTROL_POLICY: 'scp', RESOURCE_CONTROL_POLICY: 'rcp' };

/** The root of the tree a node is in. */
function rootOf(node: DocNode): DocNode {
  let current = node;
  while (current.parent) current = current.parent;
  return current;
}

/** The `Type` of the template resource a node sits in. */
export function resourceTypeAround(node: DocNode): string | undefined {
  const path = pathOf(node);
  if (path[0] !== 'Resources' || typeof path[1] !== 'string') return undefined;
  return scalarText(valueOf(valueOf(valueOf(rootOf(node), 'Resources'), path[1]), 'Type'));
}

/** The kind of a policy document inside a template, from the property and resource holding it. */
export function kindInTemplate(policy: DocNode): PolicyKind {
  const key = pairAbove(policy)?.key;
  const type = resourceTypeAround(policy) ?? '';
  if (key === 'AssumeRolePolicyDocument') return 'trust';
  if (key === 'KeyPolicy') return 'resource';
  // `Content` sits in the Properties mapping beside the policy's `Type`.
  if (key === 'Content' && type === 'AWS::Organizations::Policy') return ORGANIZATIONS_POLICY_KINDS[scalarText(valueOf(policy.parent, 'Type')) ?? ''] ?? 'unknown';
  if (RESOURCE_POLICY_PROPERTIES[type] === key) return 'resource';
  if (IDENTITY_HOLDERS.has(type)) return 'identity';
  if (RESOURCE_POLICY_HOLDERS.has(type)) return 'resource';
  return 'unknown';
}

/** Actions of a role trust policy. */
const TRUST_ACTIONS = /^sts:(AssumeRole|AssumeRoleWithSAML|AssumeRoleWithWebIdentity|TagSession|SetSourceIdentity|SetContext)$/i;

/**
 * The kind of a standalone document, from the document itself: statements with a principal make
 * it resource-based (a trust policy when it only allows assuming roles); without any it may be an
 * identity policy or an SCP, which cannot be told apart.
 */
export function kindOfDocument(policy: DocNode | undefined): PolicyKind {
  const statements = statementsOf(policy);
  if (!statements.some((statement) => valueOf(statement, 'Principal') || valueOf(statement, 'NotPrincipal'))) return 'unknown';
  const actions = statements.flatMap((statement) => {
    const action = valueOf(statement, 'Action');
    return action?.kind === 'sequence' ? action.items.map(scalarText) : [scalarText(action)];
  });
  return actions.length > 0 && actions.every((action) => action !== undefined && TRUST_ACTIONS.test(action)) ? 'trust' : 'resource';
}
