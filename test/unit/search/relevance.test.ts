import * as assert from 'node:assert/strict';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { lookUpFacts } from '../../../src/core/search/lookUpFacts';
import { rankedForQuery, relatedNotes } from '../../../src/core/search/relatedNotes';
import { conditionValueQuery, optionQuery, propertyQuery, resourceTypeQuery, sectionQuery, termQuery } from '../../../src/core/analysis/notesQueries';
import { compileNotesQuery, compileTextQuery, type NotesQuery } from '../../../src/core/search/relevanceQuery';

/** Notes written for these tests, in the outline format: each rule below has facts that tell it apart. */
const USER_NOTES = [
  'SQS',
  '  • Visibility Timeout',
  '    • Invisible to other consumers once received',
  '    • Default is 30 seconds',
  '  • Dead-letter queue:',
  '    • failed messages go here after maxReceiveCount receives',
  '  • Timeout of a consumer is set by the client',
  '  • Queue names of FIFO queues end in .fifo',
  '  • Encryption: server-side encryption with SSE-SQS or SSE-KMS',
  '  • Long text about many things such as queues, messages, producers, consumers, polling and the visibility of a message across the timeout of the client and more',
  '  • Visibility of messages is short',
  '  • ChangeMessageVisibility sets a new visibility timeout for one message',
  'DynamoDB',
  '  • Unlimited number of items and table size',
  '  • Maximum item size: 400 KB',
  '  • Leading keys of an index are its first attributes',
  '  • LeadingKeys limit a user to their own items only',
  '  • The item size also counts attribute names',
  'Data Limitations',
  '  • Maximum item size: 400 KB',
  'IAM',
  '  • StringLike allows * and ? wildcards, StringEquals does not',
  '  • ForAllValues on a missing key is true, so pair it with a Null check',
  'CloudWatch',
  '  • Alarms have a visibility timeout of their own in this made-up note',
].join('\n');

const BUNDLED_NOTES = ['SQS', '  • Visibility timeout:', '    • Default: 30 seconds', '    • Range: 0 seconds to 12 hours', '  • Visibility timeout is per message once received', '  • Maximum visibility timeout is 12 hours'].join('\n');

function notes(userText = USER_NOTES, bundledText = BUNDLED_NOTES): NotesIndex {
  const index = new NotesIndex();
  index.setFile(parseNotes('/u/mine.txt', userText, 'user'));
  index.setFile(parseNotes('/ext/pack.txt', bundledText, 'bundled'));
  return index;
}

const shown = (index: NotesIndex, query: NotesQuery) => relatedNotes(index, query).shown.map(({ fact }) => fact.text);
const looked = (index: NotesIndex, query: string) => lookUpFacts(index, query, 10).map(({ fact }) => fact.text);

describe('relevance: one scorer for hovers and lookup', () => {
  const index = notes();

  it('reads camelCase names as words: VisibilityTimeout finds the "Visibility Timeout" topic', () => {
    const texts = shown(index, { service: 'SQS', terms: ['VisibilityTimeout'], context: ['Queue'] });
    assert.ok(texts.includes('Default is 30 seconds'), texts.join(' | '));
  });

  it('never shows a bare heading alone: it is scored by the items under it and shown through them', () => {
    const user = shown(index, { service: 'SQS', terms: ['VisibilityTimeout'] });
    assert.ok(!user.includes('Visibility Timeout'), user.join(' | '));
    assert.ok(!user.includes('Visibility timeout:'), user.join(' | '));
    assert.notEqual(looked(index, 'sqs visibility')[0], 'Visibility timeout:');
  });

  it('ranks a word in the text above the same word only in the breadcrumb', () => {
    const sqs = notes(['SQS', '  • Visibility timeout: hides a received message', '    • Invisible to other consumers once received', '  • Timeout of a consumer is set by the client'].join('\n'), 'X\n  • y');
    // ("timeouts", as no note writes it: the bonus of the very form typed is out of the way.)
    const texts = looked(sqs, 'sqs timeouts');
    assert.ok(texts.indexOf('Timeout of a consumer is set by the client') < texts.indexOf('Invisible to other consumers once received'), texts.join(' | '));
  });

  it('ranks an exact phrase above the same words apart: "item size"', () => {
    const texts = looked(index, 'dynamodb item size');
    assert.equal(texts[0], 'Maximum item size: 400 KB');
    assert.ok(texts.indexOf('The item size also counts attribute names') < texts.indexOf('Unlimited number of items and table size'), texts.join(' | '));
  });

  it('collapses identical texts into one result', () => {
    const texts = looked(index, 'maximum item size');
    assert.equal(texts.filter((text) => text === 'Maximum item size: 400 KB').length, 1);
  });

  it('counts a distinctive term as written: LeadingKeys above "leading" and "keys" apart', () => {
    const texts = shown(index, { service: 'DynamoDB', terms: ['dynamodb:LeadingKeys', 'LeadingKeys'] });
    assert.equal(texts[0], 'LeadingKeys limit a user to their own items only');
  });

  it('puts the facts of the query\'s service above the same words in another service', () => {
    // CloudWatch's fact says more of the words (twice), but SQS was asked about.
    const retention = notes(['SQS', '  • Retention: 4 days by default', 'CloudWatch', '  • Retention of log messages: messages are kept per log group', 'Lambda', '  • Layers share code'].join('\n'), 'X\n  • y');
    assert.deepEqual(looked(retention, 'sqs retention messages'), ['Retention: 4 days by default', 'Retention of log messages: messages are kept per log group']);
  });

  it('puts short precise facts above long vague ones', () => {
    const texts = looked(index, 'visibility message');
    assert.ok(texts.indexOf('Visibility of messages is short') < texts.indexOf(texts.find((text) => text.startsWith('Long text about many things'))!), texts.join(' | '));
  });

  it('weighs the operator\'s qualifier first: ForAllValues:StringEquals finds the ForAllValues pitfall first', () => {
    const texts = shown(index, { service: 'IAM', terms: ['ForAllValues:StringEquals', 'ForAllValues', 'StringEquals'], context: ['String'] });
    assert.equal(texts[0], 'ForAllValues on a missing key is true, so pair it with a Null check');
  });

  it('joins what words cannot through the synonym table: KmsMasterKeyId finds server-side encryption', () => {
    const texts = shown(index, { service: 'SQS', terms: ['KmsMasterKeyId'], context: ['Queue'] });
    assert.equal(texts[0], 'Encryption: server-side encryption with SSE-SQS or SSE-KMS');
    // And an acronym a lookup types for the name a note writes: MFA for aws:MultiFactorAuthPresent.
    const iam = notes(['IAM', '  • aws:MultiFactorAuthPresent is absent for long-term keys', '  • A policy condition can require a tag', '  • aws:SecureTransport is false over plain HTTP'].join('\n'), 'X\n  • y');
    assert.equal(looked(iam, 'require mfa policy')[0], 'aws:MultiFactorAuthPresent is absent for long-term keys');
    const sns = notes(['SNS', '  • Message filtering', '    • A subscriber receives only the messages it chose', '  • Access Policies', '    • For cross-account access'].join('\n'), 'X\n  • y');
    assert.equal(shown(sns, { service: 'SNS', terms: ['FilterPolicy'], context: ['Subscription'] })[0], 'A subscriber receives only the messages it chose');
  });

  it('shows nothing rather than facts sharing only the words around the cursor', () => {
    assert.deepEqual(shown(index, { service: 'SQS', terms: ['ContentBasedDeduplication'], context: ['Queue'] }), []);
  });

  it('shows the user\'s notes first, then the bundled ones, at most three of each, and counts the rest', () => {
    const many = notes(
      ['SQS', '  • Visibility timeout: 30 seconds by default', '  • Visibility timeout: up to 12 hours', '  • The visibility timeout starts when a message is received', '  • Extend the visibility timeout with ChangeMessageVisibility', '  • A visibility timeout too short makes messages come back'].join('\n'),
      BUNDLED_NOTES,
    );
    const related = relatedNotes(many, { service: 'SQS', terms: ['VisibilityTimeout'] });
    const origins = related.shown.map(({ fact }) => fact.origin);
    assert.deepEqual(origins, [...origins].sort((a, b) => (a === b ? 0 : a === 'user' ? -1 : 1)));
    assert.ok(origins.filter((origin) => origin === 'user').length <= 3 && origins.filter((origin) => origin === 'bundled').length <= 3);
    assert.equal(origins.filter((origin) => origin === 'bundled').length, 3);
    assert.ok(related.moreOfUser >= 1, `${related.moreOfUser}`);
    assert.match(related.queryText, /visibility timeout/);
  });

  it('ranks partial matches of a lookup below full ones instead of dropping them', () => {
    const express = notes(['Step Functions', '  • Standard vs express', '    • Standard if you need maximum duration 1 year', "    • Express if it's 5 minutes"].join('\n'), 'X\n  • y');
    const found = looked(express, 'step functions express duration');
    assert.ok(found.includes("Express if it's 5 minutes"), found.join(' | '));
    assert.ok(found.indexOf('Standard if you need maximum duration 1 year') >= 0);
    const sizes = looked(index, 'dynamodb maximum item size');
    assert.ok(sizes.indexOf('Maximum item size: 400 KB') < sizes.indexOf('The item size also counts attribute names'), sizes.join(' | '));
    assert.ok(sizes.indexOf('The item size also counts attribute names') >= 0, 'a partial match stays in the results');
  });

  it('reads the words of a bare heading as the lookup\'s result\'s own: "valkey disabled" finds the cluster mode disabled heading first', () => {
    const valkey = notes(['ElastiCache', '  • Valkey cluster mode disabled:', '    • One shard with one primary node', '  • Valkey backups are disabled for caches of this node type'].join('\n'), 'X\n  • y');
    assert.equal(looked(valkey, 'valkey disabled')[0], 'One shard with one primary node');
  });

  it('forgives typos and service aliases in a lookup', () => {
    assert.equal(looked(index, 'dynamo maximm item size')[0], 'Maximum item size: 400 KB');
  });

  it('finds nothing through a synonym alone', () => {
    const texts = looked(index, 'consumer duration');
    assert.ok(texts.length > 0 && texts.every((text) => /consumer/i.test(text)), texts.join(' | '));
  });

  it('finds a fact through a synonym alone within the typed service: "sqs oversized" finds "too big" under SQS', () => {
    const sizes = notes(['SQS', '  • Extended Client', '    • If the message is too big, send it through S3', '  • Long polling waits up to 20 seconds', 'Lambda', '  • Large deployment packages go through S3'].join('\n'), 'X\n  • y');
    assert.deepEqual(looked(sizes, 'sqs oversized'), ['If the message is too big, send it through S3']);
  });

  it('joins a learner\'s own words to the notes\' through the synonym table: undo is a rollback, a retention (or a "retension") an expiration, a change a switch', () => {
    const words = notes(['CodeDeploy', '  • Rollback: redeploys the last good revision', '  • Deployment groups hold the instances', 'CloudWatch Logs', '  • Log streams hold the events', '  • Log groups can have expiration', 'DynamoDB', '  • Capacity modes:', '    • Switching from provisioned to on-demand: a few times a day', '    • On-demand: pay per request', 'Kinesis', '  • Retention: 24 hours by default', 'Subnet', '  • Each instance gets 1 private IP address from its subnet', '  • AWS reserves 5 IP addresses in every subnet'].join('\n'), 'X\n  • y');
    assert.equal(looked(words, 'codedeploy undo deployment')[0], 'Rollback: redeploys the last good revision');
    assert.equal(looked(words, 'cloudwatch logs retention')[0], 'Log groups can have expiration');
    assert.equal(looked(words, 'dynamodb capacity mode change')[0], 'Switching from provisioned to on-demand: a few times a day');
    // A synonym's other forms too: "reserved" finds "reserves".
    assert.equal(looked(words, 'subnet unusable ips')[0], 'AWS reserves 5 IP addresses in every subnet');
    // And a typo's synonyms: "retension" is "retention".
    assert.equal(looked(words, 'cloudwatch logs retension')[0], 'Log groups can have expiration');
  });

  it('reads an idiom as its synonyms only: "how long" asks about a retention, not about "long"', () => {
    const metrics = notes(['CloudWatch', '  • Long polling of metrics: a long wait for new metrics', '  • Metrics retention: 1-minute data points kept 15 days'].join('\n'), 'X\n  • y');
    assert.equal(looked(metrics, 'how long metrics')[0], 'Metrics retention: 1-minute data points kept 15 days');
  });

  it('reads an amount typed with its unit as notes write it: "sqs 256kb" finds "256 KB"', () => {
    const sizes = notes(['SQS', '  • Messages up to 256 KB; larger ones go through S3', '  • Long polling waits up to 20 seconds', 'DynamoDB', '  • Items up to 400 KB'].join('\n'), 'X\n  • y');
    assert.equal(looked(sizes, 'sqs 256kb')[0], 'Messages up to 256 KB; larger ones go through S3');
  });

  it('lists the typed service\'s facts when its other words match nothing in the notes, rather than none', () => {
    const texts = looked(index, 'dynamodb xyzzyq');
    assert.ok(texts.includes('Maximum item size: 400 KB') && texts.every((text) => index.facts().find((fact) => fact.text === text)?.service === 'DynamoDB'), texts.join(' | '));
  });

  it('forgives a typo in a lone word', () => {
    assert.equal(looked(index, 'invisble')[0], 'Invisible to other consumers once received');
  });

  it('lists the user\'s notes before the bundled ones in the hover\'s ranking (what "N more in your notes…" opens)', () => {
    const origins = rankedForQuery(index, compileNotesQuery({ service: 'SQS', terms: ['VisibilityTimeout'] })).map(({ fact }) => fact.origin);
    assert.ok(origins.includes('bundled') && origins.includes('user'));
    assert.equal(origins.indexOf('bundled'), origins.lastIndexOf('user') + 1, origins.join(' '));
  });

  it('finds the one fact with the phrase among hundreds tying on its words, however late it comes', () => {
    // More facts tie than a hover or a lookup keeps (64, 10): only a bound that allows for the phrase lets the last one in.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const fillers = Array.from({ length: 200 }, (_, i) => `  • Data kept per user, case ${letters[i % 26]}${letters[Math.floor(i / 26)]}`);
    const crowded = notes(['EC2', ...fillers, '  • Pass user data to the instance'].join('\n'), 'EC2\n  • Instances have types');
    assert.equal(shown(crowded, { service: 'EC2', terms: ['UserData'] })[0], 'Pass user data to the instance');
    assert.equal(looked(crowded, 'ec2 user data')[0], 'Pass user data to the instance');
  });

  it('puts the Term: definition fact of what the cursor names first: files: above notes that only mention files', () => {
    const appspec = notes(['CodeDeploy', '  • file_exists_behavior:', '    • OVERWRITE: replace the existing file', '    • RETAIN: keep the existing file', '  • files: source and destination of what to copy'].join('\n'), 'X\n  • y');
    assert.equal(shown(appspec, { service: 'CodeDeploy', terms: ['files'] })[0], 'files: source and destination of what to copy');
  });

  it('ranks a fact repeating a word of the query above one saying it once', () => {
    const traces = notes(['X-Ray', '  • Request trace header is set per call', '  • Trace: all segments for one request, joined by the trace ID'].join('\n'), 'X\n  • y');
    assert.equal(looked(traces, 'trace request')[0], 'Trace: all segments for one request, joined by the trace ID');
  });

  it('ranks a fact whose word is also its topic above one that only says the word', () => {
    const consumers = notes(['Kinesis', '  • Every consumer shares the throughput', '  • Consumers', '    • Each consumer gets its own throughput with fan-out'].join('\n'), 'X\n  • y');
    assert.equal(looked(consumers, 'consumer throughput')[0], 'Each consumer gets its own throughput with fan-out');
  });

  it('ranks the very form typed a little above other forms of the word', () => {
    const alarms = notes(['CloudWatch', '  • Alarm metrics have target values', '  • Alarm metric has a target value'].join('\n'), 'X\n  • y');
    assert.equal(looked(alarms, 'metric target')[0], 'Alarm metric has a target value');
  });

  it('counts a phrase in the bare heading above a fact as written: "state types"', () => {
    const states = notes(['Step Functions', '  • Types of every state are listed in the console', '  • State types:', '    • Choice: branches on conditions'].join('\n'), 'X\n  • y');
    assert.equal(looked(states, 'state types')[0], 'Choice: branches on conditions');
  });

  it('explains a condition value by its operator: "true" of a Null condition shows the Null note', () => {
    const iam = notes(['IAM', '  • aws:RequestTag/key → a tag passed in the request', '  • Null: checks whether a condition key is present (true means the key is absent)'].join('\n'), 'X\n  • y');
    assert.equal(shown(iam, conditionValueQuery('aws:RequestTag/${TagKey}', 'true', 'Null'))[0], 'Null: checks whether a condition key is present (true means the key is absent)');
  });

  it('gives the same first results however many are asked for, when the query names a service no fact is filed under', () => {
    // Twenty facts cover "logs" better (twice each) but are of another service, which halves them: the floor must allow for it.
    const fillers = Array.from({ length: 20 }, (_, i) => `  • Log group ${i} keeps logs for a while`);
    const athena = notes(['CloudWatch', ...fillers, 'CloudTrail', '  • Use Athena to query trail logs stored in S3'].join('\n'), 'X\n  • y');
    assert.equal(looked(athena, 'logs athena')[0], 'Use Athena to query trail logs stored in S3');
    assert.equal(lookUpFacts(athena, 'logs athena', 1)[0]?.fact.text, 'Use Athena to query trail logs stored in S3');
  });

  it('reads two words as a service only when the first alone is not one: "iam policy" is IAM and the word policy', () => {
    const iam = notes(['IAM', '  • Types of roles: service roles and cross-account roles', '  • Policy types:', '    • Identity-based policies: attached to users, groups or roles'].join('\n'), 'X\n  • y');
    assert.equal(looked(iam, 'types iam policy')[0], 'Identity-based policies: attached to users, groups or roles');
  });

  it('shows the facts of the service for a name that is the service alone (AWS::SecretsManager::Secret), nothing for no name', () => {
    const secrets = notes(['Secrets Manager', '  • Rotation can be automatic with a Lambda function', 'SQS', '  • Secret queues do not exist'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(secrets, { service: 'Secrets Manager', terms: ['AWS::SecretsManager::Secret', 'Secret'] }), ['Rotation can be automatic with a Lambda function']);
    assert.deepEqual(shown(secrets, { service: 'Secrets Manager', terms: [] }), []);
  });

  it('counts the service a lookup names in a fact of another service that writes it: "eventbridge" in an S3 note', () => {
    // The EventBridge note says all three words too, but at length: the S3 note must get the service word to come first.
    const events = notes(['EventBridge', '  • Notifications to SQS queues are retried for a day when the target is unavailable or throttled for a while by the queue', 'S3', '  • Event notifications: send object events to SNS, SQS or EventBridge'].join('\n'), 'X\n  • y');
    assert.equal(looked(events, 'eventbridge notifications sqs')[0], 'Event notifications: send object events to SNS, SQS or EventBridge');
  });

  it('reads a service typed by another of its names as that thing too: "appspec file" puts the note writing appspec first', () => {
    const deploy = notes(['CodeDeploy', '  • A hook runs a file', '  • appspec.yml lives at the root of the revision, beside each file'].join('\n'), 'X\n  • y');
    assert.equal(looked(deploy, 'appspec file')[0], 'appspec.yml lives at the root of the revision, beside each file');
    assert.equal(looked(deploy, 'codedeploy file')[0], 'A hook runs a file');
  });

  it('counts the services named after the one a lookup names: "kinesis" finds a Kinesis Data Firehose note', () => {
    const streams = notes(['Kinesis', '  • Transformation of records needs a consumer', 'Kinesis Data Firehose', '  • Converts records to Parquet or ORC, with optional transformation by Lambda'].join('\n'), 'X\n  • y');
    assert.equal(looked(streams, 'kinesis orc transformation')[0], 'Converts records to Parquet or ORC, with optional transformation by Lambda');
  });

  it('finds a name written joined in the notes as hyphenated: "multiaz" finds Multi-AZ', () => {
    const rds = notes(['RDS', '  • Multiple read replicas can serve reads', '  • Multi-AZ: a synchronous standby in another AZ'].join('\n'), 'X\n  • y');
    assert.equal(looked(rds, 'multiaz')[0], 'Multi-AZ: a synchronous standby in another AZ');
  });

  it('shows the note defining a synonym of what the cursor names, though it holds none of its words: ImageId shows "AMI: …"', () => {
    const ec2 = notes(['EC2', '  • Instance types: families of CPU and memory sizes', '  • AMI: a template with the root volume snapshot'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(ec2, { service: 'EC2', terms: ['ImageId'], context: ['Instance'] }), ['AMI: a template with the root volume snapshot']);
  });

  it('joins a name whose words are all its service\'s through a synonym of the name as written: AWS::CloudFormation::Stack is a nested stack', () => {
    const cfn = notes(['CloudFormation', '  • Stack policy: protects the stack resources from stack updates', '  • Nested stacks: created as a resource of another'].join('\n'), 'X\n  • y');
    assert.equal(shown(cfn, { service: 'CloudFormation', terms: ['AWS::CloudFormation::Stack', 'Stack'] })[0], 'Nested stacks: created as a resource of another');
  });

  it('reads a Term: definition note opening with its service as defining the rest: "IAM roles: …" defines AWS::IAM::Role', () => {
    const iam = notes(['IAM', '  • Role chaining: a role assuming another role', '  • IAM roles: assumed through STS for temporary credentials'].join('\n'), 'X\n  • y');
    assert.equal(shown(iam, { service: 'IAM', terms: ['AWS::IAM::Role', 'Role'] })[0], 'IAM roles: assumed through STS for temporary credentials');
  });

  it('tells a name of two places apart by the place: Metadata of a resource, Metadata of the template', () => {
    const cfn = notes(['CloudFormation', '  • Template sections:', '    • Metadata: extra information about the template', '  • Resource attributes:', '    • Metadata: structured data for the resource, read by cfn-init'].join('\n'), 'X\n  • y');
    assert.equal(shown(cfn, termQuery('CloudFormation', 'Metadata', 'resource'))[0], 'Metadata: structured data for the resource, read by cfn-init');
    assert.equal(shown(cfn, termQuery('CloudFormation', 'Metadata', 'template'))[0], 'Metadata: extra information about the template');
  });

  it('shows another service\'s Term: definition of a word as that service\'s sense of it, not as the cursor\'s: Description of a security group rule is not the template\'s', () => {
    const both = notes(
      ['CloudFormation', '  • Description: a text string describing the template', '  • Stacks are created from templates', '  • Change sets preview an update', 'Security Group', '  • A security group is stateful', '  • Ingress rules of a security group allow traffic in', '  • Egress rules of a security group allow traffic out', '  • Up to 5 security groups per network interface'].join('\n'),
      'X\n  • y',
    );
    assert.deepEqual(shown(both, propertyQuery('AWS::EC2::SecurityGroupIngress', 'Description')), []);
    assert.deepEqual(shown(both, sectionQuery('Description')), ['Description: a text string describing the template']);
  });

  it('reads another service\'s Term: definition spelling out a name of three words or more as the name itself: "IAM Instance Profile:" for IamInstanceProfile, not "Service role:" for ServiceRole', () => {
    const both = notes(
      ['CodeDeploy', '  • Components', '    • IAM Instance Profile: to get permission to access S3 and GitHub', '    • Service role: IAM role for CodeDeploy to act on EC2', 'EC2', '  • An instance gets its credentials from the instance profile it was launched with, in IAM', 'CodeBuild', '  • A project runs its builds with its service role, an IAM role'].join('\n'),
      'X\n  • y',
    );
    assert.equal(shown(both, propertyQuery('AWS::EC2::Instance', 'IamInstanceProfile'))[0], 'IAM Instance Profile: to get permission to access S3 and GitHub');
    assert.equal(shown(both, propertyQuery('AWS::CodeBuild::Project', 'ServiceRole'))[0], 'A project runs its builds with its service role, an IAM role');
  });

  it('shows no other service\'s fact sharing only the noun of a resource type: an ElastiCache cluster is not a Redshift cluster, but "Transit Gateway" in a peering note is a transit gateway', () => {
    // Forty facts without "cluster" make it as rare as in a real notes file, worth most of the query.
    const others = Array.from({ length: 40 }, (_, i) => `  • Queue setting ${i} keeps messages for a while`);
    const vpc = notes(['ElastiCache', '  • Redis cluster mode enabled:', '    • Up to 500 shards per cluster', 'VPC Peering', '  • For many VPCs, AWS Transit Gateway offers hub-and-spoke routing', 'SQS', ...others].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(vpc, resourceTypeQuery('AWS::Redshift::Cluster')), []);
    assert.deepEqual(shown(vpc, resourceTypeQuery('AWS::EC2::TransitGateway')), ['For many VPCs, AWS Transit Gateway offers hub-and-spoke routing']);
  });

  it('counts the facts of the service a resource type makes as about its properties: a SAM function\'s Timeout shows the Lambda note', () => {
    const lambda = notes(['Lambda', '  • Timeout: 3 seconds by default, maximum 900 seconds', 'SAM', '  • sam local invoke: run a function once'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(lambda, propertyQuery('AWS::Serverless::Function', 'Timeout')), ['Timeout: 3 seconds by default, maximum 900 seconds']);
  });

  it('counts the facts of the services a resource type makes as about the type too: a VPC gateway attachment shows the Internet Gateway note', () => {
    const others = Array.from({ length: 40 }, (_, i) => `  • Instance setting ${i} keeps a VPC default`);
    const vpc = notes(['Internet Gateway', '  • One internet gateway per VPC', 'EC2', ...others].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(vpc, resourceTypeQuery('AWS::EC2::VPCGatewayAttachment')), ['One internet gateway per VPC']);
  });

  it('admits a fact through a synonym of a later term at the synonym\'s worth, discounted once: AWS::EC2::SecurityGroupIngress (an inbound rule) shows "Can only have ALLOW rule"', () => {
    const groups = notes(['Security group', '  • Work at instance level', '  • Can only have ALLOW rule', '  • Stateful: traffic returns automatically allowed'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(groups, resourceTypeQuery('AWS::EC2::SecurityGroupIngress')), ['Can only have ALLOW rule']);
  });

  it('joins through a synonym that holds in one service only: a CloudWatch alarm\'s Period is in seconds, an Elastic Beanstalk trigger\'s is not', () => {
    const alarms = notes(['CloudWatch', '  • Alarms can evaluate every 10, 30 or 60 seconds', '  • Dashboards show metrics', 'Elastic Beanstalk', '  • Commands time out after 600 seconds'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(alarms, propertyQuery('AWS::CloudWatch::Alarm', 'Period')), ['Alarms can evaluate every 10, 30 or 60 seconds']);
    const words = (query: NotesQuery) => compileNotesQuery(query).words.flatMap((word) => [...word.alternatives.keys()]);
    assert.ok(words(propertyQuery('AWS::CloudWatch::Alarm', 'Period')).includes('second'));
    assert.ok(!words(optionQuery('aws:autoscaling:trigger', 'Period', undefined, ['CloudWatch'])).includes('second'));
  });

  it('counts a fact under a topic that names another service as of that service too: "CloudWatch › CloudWatch Events › Schedule Cron Job" for an EventBridge rule\'s ScheduleExpression', () => {
    const events = notes(['CloudWatch', '  • Alarms: trigger notifications based on metrics', '  • CloudWatch Events', '    • Intercepts events from AWS services', '    • Schedule Cron Job', 'DynamoDB', '  • Scan: can use a FilterExpression'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(events, propertyQuery('AWS::Events::Rule', 'ScheduleExpression')), ['Schedule Cron Job']);
  });

  it('lifts a fact about the cursor by what the catalog says the thing is, never shows one holding only those words: RootVolumeType (general purpose SSD, provisioned IOPS)', () => {
    const eb = notes(['Elastic Beanstalk', '  • Root volume of each instance is deleted on termination', '  • Instances use a general purpose SSD root volume with 3 IOPS per GB', '  • SSD storage gives more IOPS', '  • Cloning copies an environment'].join('\n'), 'X\n  • y');
    const rootVolumeType = optionQuery('aws:autoscaling:launchconfiguration', 'RootVolumeType');
    assert.deepEqual(shown(eb, rootVolumeType), []);
    const described = { ...rootVolumeType, describedAs: 'Root EBS volume type: standard (magnetic), gp2/gp3 (general purpose SSD), io1 (provisioned IOPS).' };
    assert.deepEqual(shown(eb, described), ['Instances use a general purpose SSD root volume with 3 IOPS per GB']);
  });

  it('lifts a fact by its description a bounded share only: a pack fact paraphrasing the catalog does not hide the user\'s notes on hooks', () => {
    const codeDeploy = notes(
      ['CodeDeploy', '  • Hooks', '    • ValidateService is the last hook: a health check script that fails rolls back the deployment', '    • BeforeInstall: back up the current version before the files are copied', '    • ApplicationStop runs the scripts of the previous revision'].join('\n'),
      ['CodeDeploy', '  • hooks: scripts to run per lifecycle event, each with location, timeout and runas', '  • Agent logs live on the instance'].join('\n'),
    );
    const hooks = { service: 'CodeDeploy', terms: ['hooks'], describedAs: 'Scripts to run at each lifecycle event: for each, the location of the script, its timeout and the user it runs as (runas).' };
    assert.equal(shown(codeDeploy, hooks).length, 4, shown(codeDeploy, hooks).join(' | '));
  });

  it('asks the words of a description that say what the thing is, not its prose: "what", "already", "value" are left out', () => {
    const words = compileNotesQuery({ service: 'CodeDeploy', terms: ['file_exists_behavior'], describedAs: 'What to do with files that already exist at a destination. Allowed values: DISALLOW, OVERWRITE, RETAIN.' }).words;
    const described = words.filter((word) => word.optional).flatMap((word) => [...word.alternatives.keys()]);
    assert.deepEqual(described, ['destination', 'disallow', 'overwrite', 'retain']);
  });

  it('counts the notes of the service a resource is configured in as of its own service, for a distinctive name only: a listener\'s Certificates in .ebextensions, not its Name', () => {
    const others = Array.from({ length: 30 }, (_, i) => `  • Setting ${i}: the name of the environment and its tier`);
    const eb = notes(['Elastic Beanstalk', '  • Can integrate with HTTPS', '    • By loading cert into .ebextensions/securelistener-alb.config', '    • or set up with ACM (AWS Certificate Manager)', ...others, 'ELB', '  • Sticky sessions use a cookie'].join('\n'), 'X\n  • y');
    const certificates = propertyQuery('AWS::ElasticLoadBalancingV2::Listener', 'Certificates');
    assert.deepEqual(shown(eb, certificates), []);
    assert.deepEqual(shown(eb, { ...certificates, within: 'Elastic Beanstalk' }), ['or set up with ACM (AWS Certificate Manager)', 'By loading cert into .ebextensions/securelistener-alb.config']);
    assert.deepEqual(shown(eb, { ...propertyQuery('AWS::ElasticLoadBalancingV2::Listener', 'Name'), within: 'Elastic Beanstalk' }), []);
  });

  it('finds the other forms of a word, below the word itself: LoadBalanced finds "load balancer"', () => {
    const eb = notes(['Elastic Beanstalk', '  • Load a configuration file at deploy', '  • A load balancer spreads the traffic', '  • Load balanced: several instances behind it'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(eb, { service: 'Elastic Beanstalk', terms: ['LoadBalanced'] }).slice(0, 2), ['Load balanced: several instances behind it', 'A load balancer spreads the traffic']);
  });

  it('asks a resource type filed under a service of its own as of that service: a subnet\'s AvailabilityZone finds the Subnet note', () => {
    const vpc = notes(['EC2', '  • Maximum of 7 running instances per Availability Zone per group', '  • Packs instances close together in one Availability Zone', 'Subnet', '  • A subnet lives in exactly one Availability Zone'].join('\n'), 'X\n  • y');
    assert.equal(shown(vpc, propertyQuery('AWS::EC2::Subnet', 'AvailabilityZone', undefined, undefined))[0], 'A subnet lives in exactly one Availability Zone');
  });

  it('reads a resource type as its noun: AWS::EC2::SecurityGroup is about security groups, not EC2; typed in Look Up Fact it names its service', () => {
    const sg = notes(['EC2', '  • EC2 instances are billed per second', 'Security Group', '  • Stateful: return traffic is allowed automatically', '  • Supports ALLOW rules only'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(sg, resourceTypeQuery('AWS::EC2::SecurityGroup')), ['Stateful: return traffic is allowed automatically', 'Supports ALLOW rules only']);
    const typed = compileTextQuery('AWS::SQS::Queue visibility', (stem) => new Map([[stem, 1]]));
    assert.equal(typed.service, 'SQS');
    assert.deepEqual(typed.words.filter((word) => !word.service).map((word) => [...word.alternatives.keys()][0]), ['queue', 'visibility']);
  });

  it('counts a name\'s …Id, …Arn, …Name or …Configuration ending less than what it names: SourceSecurityGroupId is about a source security group', () => {
    const sg = notes(
      ['Security Group', '  • A security group ID starts with sg-', '  • Rules can reference other security groups as the source', '  • Stateful: return traffic is allowed automatically', 'EC2', '  • Instance ID: i- then 17 hex digits', 'CodeBuild', '  • Source: CodeCommit, S3 or GitHub'].join('\n'),
      'X\n  • y',
    );
    assert.equal(shown(sg, propertyQuery('AWS::EC2::SecurityGroup', 'SourceSecurityGroupId'))[0], 'Rules can reference other security groups as the source');
    // And a block of settings (…Configuration, …Specification) is about what it configures.
    const s3 = notes(['S3', '  • Lifecycle rules: transition objects to cheaper classes', '  • CORS configuration: lets browsers on other origins call the bucket', '  • Versioning configuration: Enabled or Suspended'].join('\n'), 'X\n  • y');
    assert.equal(shown(s3, propertyQuery('AWS::S3::Bucket', 'LifecycleConfiguration'))[0], 'Lifecycle rules: transition objects to cheaper classes');
  });

  it('reads a note giving a default or a bound of a thing ("Default cooldown: 300 seconds") as defining it: shown for Cooldown beside the option list', () => {
    const scaling = notes(['Elastic Beanstalk', '  • aws:autoscaling:asg → MinSize, MaxSize, Cooldown', 'Auto Scaling', '  • Default cooldown: 300 seconds (used by simple scaling)'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(scaling, optionQuery('aws:autoscaling:asg', 'Cooldown')), ['aws:autoscaling:asg → MinSize, MaxSize, Cooldown', 'Default cooldown: 300 seconds (used by simple scaling)']);
  });

  it('reads "based" of a name as a joining word, not a thing: ContentBasedDeduplication finds a deduplication note', () => {
    const fifo = notes(['SQS', '  • FIFO queues', '    • Duplicates are dropped within a 5 minute deduplication interval'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(fifo, propertyQuery('AWS::SQS::Queue', 'ContentBasedDeduplication')), ['Duplicates are dropped within a 5 minute deduplication interval']);
  });

  it('counts the unit a name ends in (…Hours, …InDays, …Period) less than what it measures, in the name\'s coverage too: RetentionPeriodHours finds "Retention:"', () => {
    const kinesis = notes(
      ['Kinesis Data Stream', '  • Capacity', '    • Pay per stream/hour, data in/out in GB', '  • Retention:', '    • 1-365 days (1 day by default)', '  • Billing period: one month', 'DynamoDB', '  • Streams keep records up to 24 hours'].join('\n'),
      'X\n  • y',
    );
    assert.equal(shown(kinesis, propertyQuery('AWS::Kinesis::Stream', 'RetentionPeriodHours'))[0], '1-365 days (1 day by default)');
  });

  it('counts the facts of a service a synonym names (CloudWatch for Monitoring) as about the name, not of another service; a name\'s own words name none (KmsKeyArn refers to a key)', () => {
    const metrics = notes(['CloudWatch', '  • Metrics', '    • Detailed monitoring: every 1 minute instead of 5', 'KMS', '  • Key policies: every key has exactly one', 'EC2', '  • Instances are billed per second'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(metrics, propertyQuery('AWS::EC2::Instance', 'Monitoring')), ['Detailed monitoring: every 1 minute instead of 5']);
    assert.deepEqual(shown(metrics, propertyQuery('AWS::Lambda::Function', 'KmsKeyArn')), []);
  });

  it('counts the facts of the service an option namespace is of (Auto Scaling for aws:autoscaling:asg) as about the option', () => {
    const scaling = notes(['Auto Scaling', '  • Default cooldown of an ASG: 300 seconds', 'Elastic Beanstalk', '  • Environments run on EC2 instances'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(scaling, optionQuery('aws:autoscaling:asg', 'Cooldown')), ['Default cooldown of an ASG: 300 seconds']);
  });

  it('counts the facts of a service the catalog says the cursor\'s thing is of (EC2 for aws:autoscaling:launchconfiguration) as about it', () => {
    const instances = notes(['EC2', '  • Instance metadata service: IMDSv2 requires a session token', 'Elastic Beanstalk', '  • Environments run on EC2 instances'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(instances, optionQuery('aws:autoscaling:launchconfiguration', 'DisableIMDSv1')), []);
    assert.deepEqual(shown(instances, optionQuery('aws:autoscaling:launchconfiguration', 'DisableIMDSv1', undefined, ['EC2'])), ['Instance metadata service: IMDSv2 requires a session token']);
  });

  it('reads a heading that is no service as the topic of the items right under it: "Exponential Backoff › Keep trying…"', () => {
    const topics = notes(['Exponential Backoff', '  • Keep trying, each try waiting twice as long', 'SQS', '  • Long polling:', '    • Wait up to 20 seconds for a message', 'KMS', '  • Throttled: retry with exponential backoff'].join('\n'), 'X\n  • y');
    assert.equal(looked(topics, 'exponential backoff waiting')[0], 'Keep trying, each try waiting twice as long');
  });

  it('counts a fact filed under a topic that writes the typed service as of that service: "dax ttl" finds DAX notes under DynamoDB', () => {
    const cache = notes(['DynamoDB', '  • DynamoDB Accelerator (DAX)', '    • Improve reads with an in-memory cache', '    • 5 minutes TTL. Up to 10 nodes', 'CloudFront', '  • TTL: the default TTL is 24 hours', '  • Control the TTL of the cache'].join('\n'), 'X\n  • y');
    assert.equal(looked(cache, 'dax ttl')[0], '5 minutes TTL. Up to 10 nodes');
  });

  it('finds two words of a name written as one in the notes: StackSet finds "Stacksets", "stack sets" too', () => {
    const cfn = notes(
      ['CloudFormation', '  • Stacksets: create, update or delete stacks across accounts and Regions', '  • Stack policy: protects the resources of a stack during updates', '  • Nested stacks: a stack as a resource of another stack', '  • Change sets: what an update will change', '  • Name: a logical name of your own for each resource'].join('\n'),
      'X\n  • y',
    );
    const stackSets = 'Stacksets: create, update or delete stacks across accounts and Regions';
    assert.equal(shown(cfn, { service: 'CloudFormation', terms: ['StackSetName'], context: ['StackSet'] })[0], stackSets);
    assert.equal(looked(cfn, 'cloudformation stack sets')[0], stackSets);
  });

  it('counts the note defining the block the cursor is in, below one defining what it names: container_commands for a command\'s command', () => {
    // As the pack has it: the options of the block sit under a title naming it, which lifts them.
    const eb = notes(
      [
        'Elastic Beanstalk',
        '  • Keys, processed in this order:',
        '    1. commands: run commands before the application and web server are set up',
        '    2. container_commands: run commands after the application is extracted, before it is deployed',
        '  • container_commands options:',
        '    • test: run the command only if a test command exits with status 0',
        '    • ignoreErrors: carry on even if the command fails',
        '    • env and cwd: environment variables and working directory for the command',
      ].join('\n'),
      'X\n  • y',
    );
    assert.equal(shown(eb, termQuery('Elastic Beanstalk', 'command', 'container_commands'))[0], 'container_commands: run commands after the application is extracted, before it is deployed');
    const named = notes(['Elastic Beanstalk', '  • container_commands: run commands after the application is extracted', '    • command: the command to run, a string or a list'].join('\n'), 'X\n  • y');
    assert.equal(shown(named, termQuery('Elastic Beanstalk', 'command', 'container_commands'))[0], 'command: the command to run, a string or a list');
  });

  it('keeps a term that is a name of its service whole: "NAT Instance" under NAT Gateway does not define an instance', () => {
    const vpc = notes(['NAT Gateway', '  • NAT Instance: a self-managed EC2 instance with a NAT AMI', '  • Instances: none to manage, AWS runs the gateway'].join('\n'), 'X\n  • y');
    assert.equal(shown(vpc, { service: 'NAT Gateway', terms: ['Instance'] })[0], 'Instances: none to manage, AWS runs the gateway');
  });

  it('counts a note defining a run of the cursor\'s words as defining part of it: "Versioning:" for VersioningConfiguration', () => {
    // "configuration" is common (EC2's), as in real notes: covering "versioning" alone is enough to be shown.
    const s3 = notes(['S3', '  • Replication needs versioning turned on at both ends', '  • Versioning: keeps every copy of an object', 'EC2', '  • Launch configuration: the old launch template', '  • A configuration of the instance', '  • Configuration drift is found by AWS Config'].join('\n'), 'X\n  • y');
    assert.equal(shown(s3, { service: 'S3', terms: ['VersioningConfiguration'], context: ['Bucket'] })[0], 'Versioning: keeps every copy of an object');
  });

  it('joins a name typed as several words in a lookup through the synonym table: "write capacity unit" finds a WCU note', () => {
    const dynamo = notes(['DynamoDB', '  • Write-through caches update on every write, a write at a time', '  • WCU: one write per second of an item up to 1 KB'].join('\n'), 'X\n  • y');
    assert.equal(looked(dynamo, 'write capacity unit')[0], 'WCU: one write per second of an item up to 1 KB');
  });

  it('finds a note of the user\'s with a long word misspelt ("payuload"), but not a word the pack spells so', () => {
    const lambda = notes(['Lambda', '  • Payuload: 6 MB for a synchronous call', '  • Layers: up to 5 per function'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(lambda, { service: 'Lambda', terms: ['Payload'] }), ['Payuload: 6 MB for a synchronous call']);
    const spelt = notes(['Lambda', '  • Payuload: 6 MB for a synchronous call'].join('\n'), 'Lambda\n  • A payuload of the pack');
    assert.deepEqual(shown(spelt, { service: 'Lambda', terms: ['Payload'] }), []);
  });

  it('shows nothing rather than a note sharing one generic word with the cursor: Type of a Route 53 record', () => {
    const notesOfTypes = notes(['Route 53', '  • Alias records are free of charge', 'DynamoDB', '  • Supported type includes: String, number, binary, boolean, null, List, Map, Set'].join('\n'), 'X\n  • y');
    assert.deepEqual(shown(notesOfTypes, { service: 'Route 53', terms: ['Type'], context: ['RecordSet'] }), []);
  });

  it('asks nothing about a value of thousands of words (a long string in a condition), only about the names beside it', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    const query = compileNotesQuery({ service: 'IAM', terms: [long, 'aws:SourceArn', 'SourceArn'] });
    assert.ok(query.words.length <= 5, `${query.words.length} words`);
    assert.match(query.text, /source arn/);
  });

  it('looks up the first words of a pasted page, not all of them', () => {
    const page = ['sqs visibility timeout', ...Array.from({ length: 3000 }, (_, i) => `filler${i}`)].join(' ');
    const query = compileTextQuery(page, (word) => new Map([[word, 1]]));
    assert.ok(query.words.length < 50, `${query.words.length} words`);
    assert.equal(looked(index, page)[0], looked(index, 'sqs visibility timeout')[0]);
  });

  it('gives nothing for a query matching nothing, and for odd queries', () => {
    assert.deepEqual(looked(index, 'zzzqqq'), []);
    assert.deepEqual(looked(index, '   '), []);
    assert.deepEqual(looked(index, '!!! ??? ::'), []);
    assert.deepEqual(shown(index, { service: 'SQS', terms: [] }), []);
  });
});
