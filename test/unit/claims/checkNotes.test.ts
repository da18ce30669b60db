import * as assert from 'node:assert/strict';
import { noteLocation } from '../../../src/core/claims/noteLocation';
import { findQuantity } from '../../../src/core/quiz/quantities';
import { ignoreKey } from '../../../src/core/claims/checkNotes';
import { FIXTURE_CLAIMS, findingsOf, flagged } from './claimFixtures';

describe('notes check: quantity claims', () => {
  it('flags another quantity of the same dimension, in any unit', () => {
    const notes = ['DynamoDB', '  • Largest item: 4 MB', '  • An item can hold 512000 bytes'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', notes)), ['dynamodb-item-size@2', 'dynamodb-item-size@3']);
  });

  it('does not flag the documented value, written another way, even beside other numbers', () => {
    const notes = ['DynamoDB', '  • Item max 400KB, table any size, 1 MB per Query page', '  • item size limit 409,600 bytes', '  • item takes 1 WCU per 1 KB... wait no: items are 400 KB max, 25 per batch'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', notes)), []);
  });

  it('leaves other dimensions and other subjects alone', () => {
    const notes = ['DynamoDB', '  • Items expire within 48 hours of TTL', '  • Query returns at most 1 MB per page', 'SQS', '  • Item: 4 MB'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', notes)), []);
  });

  it('compares counts only with counts the note marks as limits', () => {
    const wrong = ['DynamoDB', '  • LSI: up to 10 per table'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', wrong)), ['dynamodb-lsi-count@2']);
    const right = ['DynamoDB', '  • LSI: maximum 5, created with the table; 20 GSIs by default'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', right)), []);
    const noLimit = ['DynamoDB', '  • 2 LSIs in my table'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', noLimit)), []);
  });

  it('finds the value after the quiz parser ran on a longer text (its patterns keep no state between texts)', () => {
    findQuantity('A long line first, so that a pattern would be left far along: 1 MB and 30 seconds');
    assert.deepEqual(flagged(findingsOf('n.txt', ['SQS', '  • Max message size: 256 KB'].join('\n'))), ['sqs-message-size@2']);
  });

  it('keeps rates of bytes and rates of records apart', () => {
    const notes = ['Kinesis', '  • Shard write: 1 MB/s or 1,000 records/s', '  • Shard write: 2 MB/s'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', notes)), ['kinesis-shard-write@3']);
  });

  it('finds the terms in the parent and the breadcrumb, and the value in the child', () => {
    const notes = ['SQS', '  • Limits', '    • Max message size', '      • 256 KB'].join('\n');
    const [finding] = findingsOf('n.txt', notes);
    assert.equal(finding?.claim.id, 'sqs-message-size');
    assert.equal(finding.fact.line, 3);
  });

  it('words a dated claim with the date when the note states the old value', () => {
    const [old] = findingsOf('n.txt', ['SQS', '  • Max message size: 256 KB'].join('\n'));
    assert.equal(old?.message, 'AWS docs: A message is at most 1 MiB (this note says 256 KB, as the docs did before 2025-08-04)');
    const [other] = findingsOf('n.txt', ['SQS', '  • Max message size: 64 KB'].join('\n'));
    assert.equal(other?.message, 'AWS docs: A message is at most 1 MiB (this note says 64 KB)');
  });

  it('reads a scoped figure in the clause that names its qualifier, so a maximum given as the default is flagged', () => {
    const notes = ['SQS', '  • Retention default is 14 days', '  • Maximum retention: 4 days', '  • Retention: default 4 days, max 14 days', '  • Retention up to 14 days, by default 4 days'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', notes)), ['sqs-retention@2', 'sqs-retention@3']);
  });

  it('reads "and" and "but" as clause breaks for scoped figures', () => {
    const notes = ['SQS', '  • Retention is 4 days by default and max 7 days', '  • Retention is 4 days by default and 14 days max'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', notes)), ['sqs-retention@2']);
  });

  it('never takes a scope qualifier from the parent: a child stating either figure agrees', () => {
    const notes = ['SQS', '  • Retention default', '    • 14 days', '  • Retention max', '    • 4 days'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', notes)), []);
  });

  it('compares a count only when what it counts follows it, or nothing does', () => {
    const notes = ['CloudFormation', '  • Max 200 resources per template', '  • Resources per template: max 200', '  • Resource names: up to 255 characters'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', notes)), ['cloudformation-resources@2', 'cloudformation-resources@3']);
  });

  it('reads compact durations and a count marked by a "max" after it', () => {
    const notes = ['SQS', '  • Retention max 24h', '  • Retention default 96h', 'DynamoDB', '  • LSIs per table: 10 max', '  • LSIs per table: 5 max', '  • A table has 10 LSIs at most'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', notes)), ['sqs-retention@2', 'dynamodb-lsi-count@5', 'dynamodb-lsi-count@7']);
  });

  it('does not read a bandwidth as a bare count', () => {
    const notes = ['VPC', '  • Peering: up to 100 Gbps between instances', '  • Peering: up to 125 connections'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', notes)), ['vpc-peering-count@3']);
  });

  it('resolves the service through its aliases, in headings and in the fact itself', () => {
    assert.deepEqual(flagged(findingsOf('n.txt', ['Simple Queue Service', '  • Max message size 256 KB'].join('\n'))), ['sqs-message-size@2']);
    assert.deepEqual(flagged(findingsOf('n.md', ['# Messaging', '', '- SQS: max message size is 256 KB'].join('\n'))), ['sqs-message-size@3']);
  });
});

describe('notes check: alternative claims', () => {
  it('flags the wrong term as the answer where the right one is absent', () => {
    const [finding] = findingsOf('n.txt', ['DynamoDB', '  • Query', '    • For sort key, use: FilterExpression'].join('\n'));
    assert.equal(finding?.claim.id, 'dynamodb-query-sort-key');
    assert.equal(finding.says, 'FilterExpression');
    assert.equal(finding.message, 'AWS docs: Sort-key conditions go in the KeyConditionExpression (this note says FilterExpression)');
  });

  it('does not flag when the right term is there, or the wrong one is only in the term or the parent', () => {
    const notes = [
      'DynamoDB',
      '  • Sort key conditions go in KeyConditionExpression, not FilterExpression',
      '  • FilterExpression: only for attributes other than the sort key? no, for non-key attributes',
      '  • For sort key, use: FilterExpression',
      '    • Sort key can use =, >=, <=',
    ].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', notes)), ['dynamodb-query-sort-key@4']);
  });
});

describe('notes check: absolute claims', () => {
  it('flags a denied phrase and quotes it as written', () => {
    const [finding] = findingsOf('n.md', ['# SQS', '', '- The Extended Client library is ONLY for Java'].join('\n'));
    assert.equal(finding?.says, 'ONLY for Java');
  });

  it('does not flag the same subject stated rightly', () => {
    assert.deepEqual(flagged(findingsOf('n.txt', ['SQS', '  • Extended client: Java and Python, payloads in S3'].join('\n'))), []);
  });

  it('does not flag a denied phrase the note negates', () => {
    const notes = ['SQS', '  • The Extended Client is not only for Java', "  • Extended client: can't say only Java, Python too", '  • Extended client: never only Java'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', notes)), []);
    assert.deepEqual(flagged(findingsOf('n.txt', ['SQS', '  • Not Python: the extended client is only for Java'].join('\n'))), ['sqs-extended-client-languages@2']);
  });

  it('does not flag a denied phrase beside the nuance that makes it right (qualifiedBy)', () => {
    const notes = ['SQS', '  • A message stays until a consumer deletes it', '  • A message stays until a consumer deletes it or its retention period ends'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', notes)), ['sqs-kept-until-deleted@2']);
  });

  it('words a dated absolute with its date', () => {
    const [finding] = findingsOf('n.txt', ['CodeStar', '  • Projects: create a project from a template'].join('\n'));
    assert.match(finding?.message ?? '', /as the docs did before 2024-07-31\)$/);
  });
});

describe('notes check: silencing and location', () => {
  const notes = ['DynamoDB', '  • Largest item: 4 MB', '  • Item: 1 MB'].join('\n');

  it('drops ignored claims everywhere and ignored notes one by one', () => {
    const all = findingsOf('n.txt', notes);
    assert.equal(all.length, 2);
    assert.deepEqual(findingsOf('n.txt', notes, undefined, { ignoreClaims: ['dynamodb-item-size'] }), []);
    const first = all[0]!;
    assert.deepEqual(flagged(findingsOf('n.txt', notes, undefined, { ignoreNotes: [ignoreKey(first.fact.id, first.claim.id)] })), ['dynamodb-item-size@3']);
  });

  it('places the finding on the note text, after the indentation and the bullet', () => {
    const [finding] = findingsOf('n.txt', notes);
    assert.deepEqual(noteLocation(finding!.fact, '  • Largest item: 4 MB'), { line: 1, character: 4, endCharacter: 22 });
  });
});

describe('notes check: words', () => {
  it('matches plurals and punctuation loosely, but "HTTPS" is never "HTTP"', () => {
    const claims = [{ ...FIXTURE_CLAIMS[5]!, id: 'sqs-http', about: ['queue'], denied: ['http only'] }];
    assert.deepEqual(flagged(findingsOf('n.txt', ['SQS', '  • Queues: HTTP-only endpoints'].join('\n'), claims)), ['sqs-http@2']);
    assert.deepEqual(flagged(findingsOf('n.txt', ['SQS', '  • Queues: HTTPS only endpoints'].join('\n'), claims)), []);
  });

  it('reads study-note shorthand as the word ("msg size" is "message size"), never inside a word', () => {
    assert.deepEqual(flagged(findingsOf('n.txt', ['SQS', '  • Max msg size: 256 KB', '  • msgs max size 64 KB'].join('\n'))), ['sqs-message-size@2', 'sqs-message-size@3']);
    assert.deepEqual(flagged(findingsOf('n.txt', ['SQS', '  • Max msgsize: 256 KB'].join('\n'))), []);
  });
});

describe('notes check: topic headings', () => {
  it('applies a claim whose terms name its service under a heading of no known service, and only then', () => {
    const claims = [{ ...FIXTURE_CLAIMS[0]!, id: 'dynamodb-item-size-topic', about: ['item size'], aboutNamesService: true }];
    assert.deepEqual(flagged(findingsOf('n.txt', ['SAA Stuff', '  • Item size max 1 MB'].join('\n'), claims)), ['dynamodb-item-size-topic@2']);
    assert.deepEqual(flagged(findingsOf('n.txt', ['SQS', '  • Item size max 1 MB'].join('\n'), claims)), []);
    const plain = [{ ...claims[0]!, aboutNamesService: undefined }];
    assert.deepEqual(flagged(findingsOf('n.txt', ['SAA Stuff', '  • Item size max 1 MB'].join('\n'), plain)), []);
  });

  it('under a heading of no known service, takes the service a parent names', () => {
    const notes = ['SAA Stuff', '  • Kinesis Data Streams', '    • Shard write: 2 MB/s'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', notes)), ['kinesis-shard-write@3']);
    const known = ['DynamoDB', '  • Kinesis Data Streams for DynamoDB', '    • Shard write: 2 MB/s'].join('\n');
    assert.deepEqual(flagged(findingsOf('n.txt', known)), []);
  });
});

describe('notes check: phrases', () => {
  const claims = [{ ...FIXTURE_CLAIMS[5]!, id: 'sqs-deleted', about: ['message'], denied: ['until the consumer deletes'] }];

  it('reads a phrase whatever its articles', () => {
    assert.deepEqual(flagged(findingsOf('n.txt', ['SQS', '  • Messages stay until a consumer deletes them'].join('\n'), claims)), ['sqs-deleted@2']);
  });

  it('never reads a phrase across a term and its definition', () => {
    const http = [{ ...FIXTURE_CLAIMS[5]!, id: 'sqs-http', about: ['queue'], denied: ['only http'] }];
    assert.deepEqual(flagged(findingsOf('n.txt', ['SQS', '  • Queues, HTTPS only: HTTP requests are refused'].join('\n'), http)), []);
    assert.deepEqual(flagged(findingsOf('n.txt', ['SQS', '  • Queues: only HTTP endpoints'].join('\n'), http)), ['sqs-http@2']);
  });
});
