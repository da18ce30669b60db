import type { Claim } from '../../../src/core/claims/claim';
import { NotesChecker, type CheckOptions, type NoteFinding } from '../../../src/core/claims/checkNotes';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';

const COMMON = { url: 'https://docs.aws.amazon.com/example/latest/guide/page.html', checked: '2026-12-01', excerpt: 'x' } as const;

/** Small claims in our own words, so the engine's tests do not depend on the catalog's data. */
export const FIXTURE_CLAIMS: readonly Claim[] = [
  { ...COMMON, id: 'dynamodb-item-size', service: 'DynamoDB', about: ['item'], documented: 'An item is at most 400 KB', kind: 'quantity', value: '400 KB' },
  { ...COMMON, id: 'sqs-message-size', service: 'SQS', about: ['message', 'size|max|maximum|largest'], documented: 'A message is at most 1 MiB', kind: 'quantity', value: '1 MiB', dated: { previously: '256 KB', since: '2025-08-04' } },
  { ...COMMON, id: 'dynamodb-lsi-count', service: 'DynamoDB', about: ['local secondary index|lsi'], documented: 'A table has up to 5 local secondary indexes', kind: 'quantity', value: '5' },
  { ...COMMON, id: 'kinesis-shard-write', service: 'Kinesis', about: ['shard', 'write'], documented: 'A shard takes 1 MB/s of writes', kind: 'quantity', value: '1 MB/s' },
  { ...COMMON, id: 'dynamodb-query-sort-key', service: 'DynamoDB', about: ['sort key'], documented: 'Sort-key conditions go in the KeyConditionExpression', kind: 'alternative', right: 'KeyConditionExpression', wrong: ['FilterExpression'] },
  { ...COMMON, id: 'sqs-extended-client-languages', service: 'SQS', about: ['extended client'], documented: 'Extended client libraries exist for Java and Python', kind: 'absolute', denied: ['only for Java', 'only Java'] },
  { ...COMMON, id: 'codestar-discontinued', service: 'CodeStar', about: ['project|projects'], documented: 'CodeStar was discontinued on 31 July 2024', kind: 'absolute', denied: ['create a project', 'create projects'], dated: { previously: 'available', since: '2024-07-31' } },
  {
    ...COMMON,
    id: 'sqs-retention',
    service: 'SQS',
    about: ['retention', 'default|max|maximum'],
    documented: 'A message is retained 4 days by default, at most 14 days',
    kind: 'quantity',
    value: '4 days',
    equivalents: ['14 days'],
    scoped: [
      { qualifier: 'default', value: '4 days' },
      { qualifier: 'max|maximum', value: '14 days' },
    ],
  },
  { ...COMMON, id: 'cloudformation-resources', service: 'CloudFormation', about: ['resource'], documented: 'A template declares at most 500 resources', kind: 'quantity', value: '500', counted: 'resource|resources' },
  { ...COMMON, id: 'vpc-peering-count', service: 'VPC', about: ['peering'], documented: 'A VPC has at most 50 active peering connections', kind: 'quantity', value: '50' },
  { ...COMMON, id: 'sqs-kept-until-deleted', service: 'SQS', about: ['message'], documented: 'A message is kept until deleted or its retention period ends', kind: 'absolute', denied: ['until consumer deletes', 'forever'], qualifiedBy: ['retention'] },
];

/** Parses `text` as a user notes file and checks it with `claims`. */
export function findingsOf(file: string, text: string, claims: readonly Claim[] = FIXTURE_CLAIMS, options?: CheckOptions): NoteFinding[] {
  const index = new NotesIndex();
  index.setFile(parseNotes(file, text, 'user'));
  return new NotesChecker(claims).check(index.facts(), options);
}

/** `claimId@line` (1-based) of each finding, for compact assertions. */
export function flagged(findings: readonly NoteFinding[]): string[] {
  return findings.map((finding) => `${finding.claim.id}@${finding.fact.line + 1}`);
}
