/**
 * A labelled set for the DVA-C02 mapping: 36 facts of the bundled pack drawn by a seeded hash
 * (not picked), each labelled by hand with the exam guide task statement it trains, read from
 * the guide's wording of the task statements — not from the mapping under test. Facts a person
 * could not place with confidence (VPN routing, a product's status) are labelled `null` and left
 * out of the figures.
 */
export interface DomainLabel {
  /** The start of the fact's text in notes/aws-notes-pack.txt. */
  readonly fact: string;
  readonly task: string | null;
}

export const EXAM_DOMAIN_LABELS: readonly DomainLabel[] = [
  { fact: 'Rules: validate parameter values before the stack is created', task: '3.4' },
  { fact: 'attribute_not_exists on the partition key prevents PutItem', task: '1.3' },
  { fact: 'Static website hosting: HTTP only on the website endpoint', task: '1.3' },
  { fact: 'Only projected attributes can be returned', task: '1.3' },
  { fact: 'Register application resources (instances, containers, endpoints)', task: '1.1' },
  { fact: 'gp2: 3 IOPS per GiB', task: '4.3' },
  { fact: 'Routing: static routes or dynamic routing with BGP', task: null },
  { fact: 'UpdateItem: edits some attributes of an item', task: '1.3' },
  { fact: 'ReEncrypt: decrypt and re-encrypt under another key', task: '2.2' },
  { fact: 'Snapshots encrypted with a KMS key can be shared cross-account', task: '2.2' },
  { fact: 'Set operators for multivalued keys', task: '2.1' },
  { fact: "S3 Select: retrieve a subset of an object's data", task: '1.3' },
  { fact: 'Useful for troubleshooting security group and NACL rules', task: '4.1' },
  { fact: 'StringEquals: exact, case-sensitive string match', task: '2.1' },
  { fact: 'Permissions boundaries: the maximum permissions', task: '2.1' },
  { fact: 'AppSpec for ECS: version, Resources', task: '3.4' },
  { fact: 'Transformation with a Lambda function; format conversion', task: '1.1' },
  { fact: 'aws:elasticbeanstalk:application:environment', task: '3.1' },
  { fact: 'Fail: stops the execution as failed', task: '1.1' },
  { fact: 'Metadata: extra information about the template', task: '3.4' },
  { fact: 'SnapStart: snapshots the initialised environment', task: '4.3' },
  { fact: 'aws:elasticbeanstalk:command → DeploymentPolicy', task: '3.4' },
  { fact: 'AWS VPN CloudHub: connects several sites', task: null },
  { fact: 'iam:PassRole → needed to give a role to a service', task: '2.1' },
  { fact: 'PartiQL: SQL-compatible statements', task: '1.3' },
  { fact: 'StringEqualsIgnoreCase: case-insensitive match', task: '2.1' },
  { fact: 'Enabled by default: Event history shows the last 90 days', task: '4.1' },
  { fact: 'What it was: one UI that set up CodeCommit, CodeBuild, CodeDeploy', task: '3.4' },
  { fact: 'Decrypt: decrypt ciphertext produced by Encrypt', task: '2.2' },
  { fact: 'Good metrics to scale on: CPUUtilization', task: '4.3' },
  { fact: 'ConditionalCheckFailedException: a condition expression evaluated to false', task: '4.1' },
  { fact: 'Status: no new repository associations since 7 November 2025', task: null },
  { fact: 'Cannot be reached from on-premises networks, peered VPCs', task: null },
  { fact: 'GenerateDataKeyWithoutPlaintext: returns only the encrypted data key', task: '2.2' },
  { fact: 'Run the daemon as a daemon service', task: '4.2' },
  { fact: 'AppSpec file: appspec.yml (YAML or JSON for Lambda and ECS) at the root', task: '3.1' },
];
