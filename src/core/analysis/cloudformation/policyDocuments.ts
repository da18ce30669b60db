import { pairAbove, valueOf, type DocNode } from '../nodes';
import { walk } from './intrinsics';

/**
 * Properties whose value is an IAM policy document, wherever they sit in a resource's
 * properties: AWS::IAM::Role (AssumeRolePolicyDocument, Policies[].PolicyDocument),
 * AWS::IAM::Policy / ManagedPolicy, AWS::S3::BucketPolicy, AWS::SQS::QueuePolicy,
 * AWS::SNS::TopicPolicy (PolicyDocument), AWS::KMS::Key (KeyPolicy).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html
 */
export const POLICY_DOCUMENT_KEYS: ReadonlySet<string> = new Set(['PolicyDocument', 'AssumeRolePolicyDocument', 'KeyPolicy']);

function isPolicyDocument(node: DocNode): boolean {
  const pair = pairAbove(node);
  return node.kind === 'mapping' && !node.tag && pair !== undefined && POLICY_DOCUMENT_KEYS.has(pair.key);
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
