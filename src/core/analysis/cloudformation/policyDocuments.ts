import { pairAbove, scalarText, valueOf, type DocNode } from '../nodes';
import { ORGANIZATIONS_POLICY_KINDS, RESOURCE_POLICY_KEYS, RESOURCE_POLICY_PROPERTIES, resourceTypeAround } from '../iam/policyKind';
import { walk } from './intrinsics';

/**
 * Properties whose value is an IAM policy document, wherever they sit in a resource's
 * properties: AWS::IAM::Role (AssumeRolePolicyDocument, Policies[].PolicyDocument),
 * AWS::IAM::Policy / ManagedPolicy, AWS::S3::BucketPolicy, AWS::SQS::QueuePolicy,
 * AWS::SNS::TopicPolicy (PolicyDocument), AWS::KMS::Key (KeyPolicy).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html
 */
export const POLICY_DOCUMENT_KEYS: ReadonlySet<string> = new Set(['PolicyDocument', 'AssumeRolePolicyDocument', 'KeyPolicy']);

/**
 * AWS::Organizations::Policy holds its document in `Content`; SCPs and RCPs are IAM policy
 * documents (other Organizations policy types are not).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-organizations-policy.html
 */
function isOrganizationsPolicyContent(node: DocNode, key: string): boolean {
  return key === 'Content' && resourceTypeAround(node) === 'AWS::Organizations::Policy' && (scalarText(valueOf(node.parent, 'Type')) ?? '') in ORGANIZATIONS_POLICY_KINDS;
}

/** A resource-based policy under a property of another name (ECR RepositoryPolicyText …). */
function isNamedResourcePolicy(node: DocNode, key: string): boolean {
  return RESOURCE_POLICY_KEYS.has(key) && RESOURCE_POLICY_PROPERTIES[resourceTypeAround(node) ?? ''] === key;
}

function isPolicyDocument(node: DocNode): boolean {
  const pair = pairAbove(node);
  if (node.kind !== 'mapping' || node.tag || pair === undefined) return false;
  return POLICY_DOCUMENT_KEYS.has(pair.key) || isOrganizationsPolicyContent(node, pair.key) || isNamedResourcePolicy(node, pair.key);
}

/** Every literal policy document (a mapping, not an intrinsic) under the template's Resources. */
export function policyDocuments(root: DocNode | undefined): DocNode[] {
  const documents: DocNode[] = [];
  for (const node of walk(valueOf(root, 'Resources'))) if (isPolicyDocument(node)) documents.push(node);
  return documents;
}

/** The policy document `node` sits in, if any. */
export function policyDocumentAround(node: DocNode): DocNode | undefined {
  for (let current: DocNode | undefined = node; current; current = current.parent) if (isPolicyDocument(current)) return current;
  return undefined;
}
