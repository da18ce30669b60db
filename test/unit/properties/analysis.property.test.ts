import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parse as parseYamlValue } from 'yaml';
import { analysisOf, completionsAt, hoverAt, lintAnalysis, MAX_ANALYSED_CHARS, whyNotAnalysed, type Analysis } from '../../../src/core/analysis/analyze';
import { CFN_YAML_TAGS } from '../../../src/core/analysis/cfnTags';
import type { Position } from '../../../src/core/analysis/types';
import { provideCatalogs } from '../cloudformation/analyzeText';

/**
 * Hover, completion and lint on any text, at any position, never throw and never hang: a
 * provider that throws gets its hover re-shown in a loop, and one that hangs freezes the editor.
 * The documents are the samples (every IaC family, YAML and JSON), mutated the ways editing and
 * pasting break files, and text built from IaC pieces at random.
 *
 * BOUND_MS is a hang detector, not a speed target: calls take a few milliseconds, but on a shared
 * machine a garbage collection or another process stalls one now and then (51.8 ms was seen
 * against an earlier 50 ms bound), and a test that fails from noise proves nothing. Two seconds is
 * far above any stall and far below a hang (a runaway loop, a catastrophic regex). How fast the
 * calls are is measured by `npm run bench` (bench/sections/templatesBench.ts), which prints figures.
 */
const BOUND_MS = 2_000;
const SAMPLES = path.join(__dirname, '../../../samples');

/** Each sample under the name that makes its family (content decides CloudFormation and IAM). */
const SEEDS: { file: string; text: string }[] = [
  ['appspec/ec2/appspec.yml', '/w/appspec.yml'],
  ['appspec/broken/appspec.yml', '/w/appspec.yml'],
  ['appspec/ecs/appspec.yml', '/w/appspec.yaml'],
  ['appspec/lambda/appspec.yml', '/w/appspec.yml'],
  ['ebextensions/eb-app/.ebextensions/02-options.config', '/w/.ebextensions/02-options.config'],
  ['ebextensions/eb-app/.ebextensions/04-queue.config', '/w/.ebextensions/04-queue.config'],
  ['ebextensions/eb-app/.ebextensions/01-packages.config', '/w/.ebextensions/01-packages.config'],
  ['ebextensions/eb-broken/.ebextensions/broken.config', '/w/.ebextensions/broken.config'],
  ['cloudformation/web-app.yaml', '/w/web-app.yaml'],
  ['cloudformation/sam-app.yaml', '/w/sam-app.yaml'],
  ['cloudformation/broken-template.yaml', '/w/broken-template.yaml'],
  ['cloudformation/queue-stack.json', '/w/queue-stack.json'],
  ['iam/bucket-access-policy.json', '/w/bucket-access-policy.json'],
  ['iam/broken-policy.json', '/w/broken-policy.json'],
].map(([sample, file]) => ({ file, text: readFileSync(path.join(SAMPLES, sample), 'utf8') }));

/** The YAML templates and appspecs as JSON too, so both syntaxes of every family are mutated. */
for (const seed of SEEDS.filter((candidate) => /\.ya?ml$/.test(candidate.file) && !candidate.file.includes('broken'))) {
  SEEDS.push({ file: seed.file.replace(/\.ya?ml$/, '.json'), text: JSON.stringify(parseYamlValue(seed.text, { customTags: CFN_YAML_TAGS }), null, 2) });
}

/** What editing, pasting and hostile files put into IaC text. */
const PIECES = [
  '\t', '\t\t', '  ', '\n', '\r\n', '"', "'", '{', '}', '[', ']', ':', ': ', ',', '- ', '#', '|\n', '>-\n', '---\n', '...\n', '? ',
  '&a ', '*a', '&anchor [1, 2]\n', 'x: *missing\n', '<<: *a\n', '!Unknown ', '!!binary ', '!Ref ', '!GetAtt [', '!Sub "${', '!If [C, ', '!Base64 ', '!!str ',
  'Resources:\n', 'Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      ', 'Type: AWS::', 'Type: Custom::X\n', 'Properties:\n', 'DependsOn: ', 'Condition: ',
  'AWSTemplateFormatVersion: "2010-09-09"\n', 'Transform: AWS::Serverless-2016-10-31\n', 'Fn::GetAtt', '{"Ref": ', '"Fn::Join": ["", [', '${AWS::Region}',
  'Version: "2012-10-17"\nStatement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Condition:\n      ', 'StringEquals:\n        ', 'aws:SourceIp: ', 's3:prefix: ', 'ForAllValues:StringLike: ',
  '"Statement": [{"Effect": "Allow", "Condition": {"Bool": {"aws:SecureTransport": ', 'IfExists', 'Null: ',
  'version: 0.0\n', 'os: linux\n', 'hooks:\n', '  BeforeInstall:\n', '    - location: a.sh\n', '      timeout: 9999\n', 'Hooks:\n', '  - BeforeAllowTraffic: ', 'files:\n  - source: /\n',
  'option_settings:\n', '  aws:elasticbeanstalk:command:\n', '    DeploymentPolicy: ', '  - namespace: ', 'option_name: x\n', 'container_commands:\n', '  01:\n', '    leader_only: true\n',
  '\u00e9', '\u{1F600}', '\uFEFF', '\u2028', '\\', '%', '@', '`', '0x1F', '1e999', '-.inf', '~', 'null', 'true',
];

const piece = fc.constantFrom(...PIECES);

/** One way a file gets broken; offsets are fractions of the text so they fit any length. */
type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'indent-with-tabs' }
  | { kind: 'nest'; depth: number; open: string };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((at) => ({ kind: 'truncate' as const, at })),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, text: fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 40 }) }),
  fraction.map((at) => ({ kind: 'duplicate-line' as const, at })),
  fc.constant({ kind: 'indent-with-tabs' as const }),
  fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 1, max: 300 }), open: fc.constantFrom('[', '{', '- ', '{"a": ', 'a:\n ') }),
);

function mutate(text: string, change: Mutation): string {
  const at = 'at' in change ? Math.floor(change.at * text.length) : 0;
  switch (change.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + change.length);
    case 'duplicate-line': {
      // A repeated line is a duplicate key wherever the line was a key.
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const end = text.indexOf('\n', at);
      const line = text.slice(start, end < 0 ? text.length : end + 1);
      return text.slice(0, start) + line + (line.endsWith('\n') ? '' : '\n') + text.slice(start);
    }
    case 'indent-with-tabs':
      return text.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2));
    case 'nest':
      return text.slice(0, at) + change.open.repeat(change.depth) + text.slice(at);
  }
}

interface Case {
  file: string;
  text: string;
  /** Fractions of the text: where hover and completion are asked. */
  positions: number[];
}

const positions = fc.array(fraction, { minLength: 1, maxLength: 6 });

const mutatedSample: fc.Arbitrary<Case> = fc
  .record({ seed: fc.constantFrom(...SEEDS), changes: fc.array(mutation, { minLength: 1, maxLength: 4 }), positions })
  .map(({ seed, changes, positions: at }) => ({ file: seed.file, text: changes.reduce(mutate, seed.text), positions: at }));

const FILES = ['/w/appspec.yml', '/w/appspec.json', '/w/.ebextensions/a.config', '/w/.ebextensions/b.json', '/w/template.yaml', '/w/template.json', '/w/template.template', '/w/policy.json'];

const randomText: fc.Arbitrary<Case> = fc
  .record({ file: fc.constantFrom(...FILES), pieces: fc.array(fc.oneof({ weight: 9, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength: 50 }), positions })
  .map(({ file, pieces, positions: at }) => ({ file, text: pieces.join(''), positions: at }));

/** The slowest call seen, reported at the end so a creeping regression is visible before it fails. */
let slowest = { ms: 0, what: '' };
let callCount = 0;

/** Runs `call` and checks it returned within BOUND_MS (it did not hang). */
async function timed<T>(what: string, call: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await call();
  const ms = performance.now() - start;
  callCount++;
  if (ms > slowest.ms) slowest = { ms, what };
  assert.ok(ms <= BOUND_MS, `${what} took ${ms.toFixed(1)} ms: a hang (bound ${BOUND_MS} ms)`);
  return result;
}

function describeCase(file: string, text: string): string {
  return `${file} (${text.length} chars: ${JSON.stringify(text.slice(0, 80))}…)`;
}

/** Hover and completion at `at`, and lint: nothing throws, every answer in time and in the document. */
async function checkCalls(file: string, text: string, at: readonly Position[]): Promise<Analysis | undefined> {
  const where = describeCase(file, text);
  // The first call of a version parses, as the first provider call on an edited document does.
  const analysis = await timed(`parse ${where}`, () => analysisOf(file, text, Math.random()));
  if (!analysis) return undefined;
  for (const position of at) {
    const hover = await timed(`hover ${position.line}:${position.character} in ${where}`, () => hoverAt(analysis, position));
    if (hover) assert.ok(hover.range.start.line <= position.line && position.line <= hover.range.end.line, `hover range holds the position in ${where}`);
    const completions = await timed(`completion ${position.line}:${position.character} in ${where}`, () => completionsAt(analysis, position));
    assert.ok(Array.isArray(completions));
  }
  const diagnostics = await timed(`lint ${where}`, () => lintAnalysis(analysis, { fileExists: async () => false }));
  for (const diagnostic of diagnostics) assert.ok(diagnostic.range.start.line < analysis.doc.lineCount && diagnostic.message.length > 0, `diagnostic in the document in ${where}`);
  return analysis;
}

/** The 0-based line and character of an offset, counting lines as the document model does (\n). */
function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length - 1, character: offset - lineStart };
}

async function checkCase({ file, text, positions: at }: Case): Promise<void> {
  await checkCalls(file, text, at.map((where) => positionOf(text, Math.floor(where * text.length))));
}

/** A document whose aliases expand to 9^9 strings if anyone resolves them. */
function billionLaughs(prefix: string): string {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 9; level++) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }
  return `${prefix}${levels.join('\n')}\n`;
}

describe('IaC analysis (property): hover, completion and lint on broken documents', function () {
  // Bounded by the case counts below (about 15 s on an idle 2-core machine); room for a busy one.
  this.timeout(120_000);
  before(provideCatalogs);
  after(() => console.log(`      ${callCount} calls; slowest ${slowest.ms.toFixed(1)} ms: ${slowest.what.slice(0, 160)}`));

  it('every sample, at every position: nothing throws, every call within the bound', async () => {
    for (const { file, text } of SEEDS) {
      const analysis = analysisOf(file, text);
      assert.ok(analysis, `${file} is analysed`);
      const every = Array.from({ length: text.length + 1 }, (_, offset) => analysis.doc.positionAt(offset));
      await checkCalls(file, text, every);
    }
  });

  it('samples truncated, spliced, duplicated, tab-indented and nested deep', async () => {
    await fc.assert(fc.asyncProperty(mutatedSample, checkCase), { numRuns: 4500, seed: 20261126, endOnFailure: true });
  });

  it('text made of IaC pieces in any order', async () => {
    await fc.assert(fc.asyncProperty(randomText, checkCase), { numRuns: 3000, seed: 7, endOnFailure: true });
  });

  it('a billion-laughs alias bomb is answered in time (aliases are never expanded)', async () => {
    for (const [file, prefix] of [
      ['/w/template.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags: *i\n'],
      ['/w/appspec.yml', 'version: 0.0\nos: linux\nhooks: *i\n'],
      ['/w/.ebextensions/bomb.config', 'option_settings: *i\n'],
      ['/w/policy.yaml', 'Version: "2012-10-17"\nStatement: *i\n'],
    ]) {
      const text = billionLaughs(prefix);
      const lines = text.split('\n');
      const at = lines.flatMap((line, index) => [0, Math.floor(line.length / 2), line.length].map((character) => ({ line: index, character })));
      await checkCalls(file, text, at);
    }
  });

  it('huge, binary and absurdly nested documents are left alone, and say why', () => {
    const huge = 'a: b\n'.repeat(MAX_ANALYSED_CHARS / 4);
    assert.equal(analysisOf('/w/appspec.yml', huge), undefined);
    assert.match(whyNotAnalysed(huge) ?? '', /larger than 5 MB/);
    assert.ok(analysisOf('/w/appspec.yml', 'version: 0.0\n'.repeat(100), undefined, undefined, 10_000), 'a smaller limit still lets small files through');
    assert.match(whyNotAnalysed('version: 0.0\n'.repeat(1000), 10_000) ?? '', /larger than 10 KB/);
    assert.equal(analysisOf('/w/appspec.yml', 'version: 0.0\u0000\u0001'), undefined);
    assert.match(whyNotAnalysed('version: 0.0\u0000') ?? '', /binary/);
    assert.equal(analysisOf('/w/appspec.yml', `hooks: ${'['.repeat(33)}`), undefined);
    assert.match(whyNotAnalysed('{"a": '.repeat(33)) ?? '', /more than 32 levels/);
    assert.match(whyNotAnalysed(`hooks:\n  ${'- '.repeat(33)}x`) ?? '', /more than 32 levels/);
    assert.equal(whyNotAnalysed(`Statement: ${'['.repeat(32)}${']'.repeat(32)} [{}]`), undefined);
  });

  it('a 50,000-line template: hover and completion answer in time, and lint can be cancelled between its passes', async () => {
    const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:'];
    for (let i = 0; lines.length < 50_000; i++) lines.push(`  Queue${i}:`, '    Type: AWS::SQS::Queue', '    Properties:', `      QueueName: !Sub "\${AWS::StackName}-${i}"`, '      VisibilityTimeout: 30');
    const text = lines.join('\n');
    let start = performance.now();
    const analysis = analysisOf('/w/big.yaml', text, 1);
    const parseMs = performance.now() - start;
    assert.ok(analysis, 'a 1.3 MB template is under the 5 MB limit');
    // The parse runs once per version (cached); what each keystroke's hover and completion add must stay small.
    await timed('hover in a 50,000-line template', () => hoverAt(analysis, { line: 40_001, character: 12 }));
    await timed('completion in a 50,000-line template', () => completionsAt(analysis, { line: 40_003, character: 6 }));
    let checks = 0;
    start = performance.now();
    assert.deepEqual(await lintAnalysis(analysis, { isCancelled: () => ++checks > 2 }), [], 'a lint cancelled mid-way reports nothing');
    const cancelledMs = performance.now() - start;
    start = performance.now();
    await lintAnalysis(analysis, {});
    const fullMs = performance.now() - start;
    console.log(`      50,000 lines: parse ${parseMs.toFixed(0)} ms, full lint ${fullMs.toFixed(0)} ms, lint cancelled after the syntax pass ${cancelledMs.toFixed(0)} ms`);
  });

  it('lint stops, with no diagnostics, once the host cancels it', async () => {
    const broken = SEEDS.find((seed) => seed.file.endsWith('broken-template.yaml'))!;
    const analysis = analysisOf(broken.file, broken.text)!;
    assert.ok((await lintAnalysis(analysis, {})).length > 0, 'the broken template has diagnostics');
    assert.deepEqual(await lintAnalysis(analysis, { isCancelled: () => true }), []);
    let asked = 0;
    assert.deepEqual(await lintAnalysis(analysis, { isCancelled: () => ++asked > 1 }), [], 'cancelled between the syntax and the family passes');
  });
});
