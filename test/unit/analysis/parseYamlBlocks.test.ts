import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import type { DocNode } from '../../../src/core/analysis/nodes';
import { parseYaml } from '../../../src/core/analysis/parseYaml';
import { parseYamlBlocks } from '../../../src/core/analysis/parseYamlBlocks';

const ROOT = path.join(__dirname, '../../..');
const WEB_APP = fs.readFileSync(path.join(ROOT, 'samples/cloudformation/web-app.yaml'), 'utf8');

/** A node tree as plain data, checking every parent link on the way. */
function shape(node: DocNode | undefined, parent?: DocNode): unknown {
  if (!node) return null;
  assert.equal(node.parent, parent, `parent of the node at ${node.start}`);
  const base = { kind: node.kind, start: node.start, end: node.end, tag: node.tag, tagStart: node.tagStart, keyInParent: node.keyInParent };
  if (node.kind === 'scalar') return { ...base, value: node.value, plain: node.plain };
  if (node.kind === 'sequence') return { ...base, items: node.items.map((item) => shape(item, node)) };
  return {
    ...base,
    pairs: node.pairs.map((pair) => {
      assert.equal(pair.parent, node);
      return [pair.key, pair.keyStart, pair.keyEnd, shape(pair.value, node)];
    }),
  };
}

/** A large template: many resource blocks with tags, policies and comments. */
function bigTemplate(resources: number): string {
  const blocks = Array.from({ length: resources }, (_, i) =>
    [
      `  # resource ${i}`,
      `  Queue${i}:`,
      `    Type: AWS::SQS::Queue`,
      `    Properties:`,
      `      QueueName: !Sub "\${AWS::StackName}-q${i}"`,
      `      Tags:`,
      `        - Key: index`,
      `          Value: "${i}"`,
      `  Policy${i}:`,
      `    Type: AWS::SQS::QueuePolicy`,
      `    Properties:`,
      `      Queues: [!Ref Queue${i}]`,
      `      PolicyDocument:`,
      `        Statement:`,
      `          - Effect: Deny`,
      `            Principal: '*'`,
      `            Action: sqs:*`,
      `            Resource: !GetAtt Queue${i}.Arn`,
      `            Condition:`,
      `              Bool:`,
      `                aws:SecureTransport: false`,
    ].join('\n'),
  );
  return `AWSTemplateFormatVersion: "2010-09-09"\nDescription: >\n  a big one\n\nParameters:\n  Stage:\n    Type: String\n\nResources:\n${blocks.join('\n\n')}\n\nOutputs:\n  First:\n    Value: !Ref Queue0\n`;
}

describe('block-by-block YAML parse of large templates', () => {
  it('gives the same tree as one whole parse: offsets, keys, values, tags and parents', () => {
    for (const text of [WEB_APP, bigTemplate(200)]) {
      const blocks = parseYamlBlocks(text);
      assert.ok(blocks, 'joinable');
      assert.deepEqual(shape(blocks.root), shape(parseYaml(text).root));
    }
  });

  it('after an edit, the tree is that of the edited text (unchanged blocks come from the cache)', () => {
    const text = bigTemplate(100);
    parseYamlBlocks(text);
    for (const edited of [
      text.replace('Queue7:', 'Queue7x:'),
      text.replace('  Policy3:', '  Extra:\n    Type: AWS::SNS::Topic\n  Policy3:'),
      text.replace('Value: !Ref Queue0', 'Value: !GetAtt Queue0.Arn'),
      text.replace('Stage:\n    Type: String', 'Stage:\n    Type: String\n    Default: dev'),
    ]) {
      assert.deepEqual(shape(parseYamlBlocks(edited)?.root), shape(parseYaml(edited).root));
    }
  });

  it('leaves to the whole parse what blocks cannot join exactly', () => {
    const cases = [
      'a: &x 1\nb: *x\n',
      '---\na: 1\n---\nb: 2\n',
      '- a\n- b\n',
      'a: 1\nb: [1,\n2]\n',
      'a:\n  b: 1\n c: 2\n',
      'a: 1\nb: "unclosed\n',
      '  indented: 1\nb: 2\n',
    ];
    for (const text of cases) assert.equal(parseYamlBlocks(text), undefined, JSON.stringify(text));
  });

  it('on random line edits, either gives the whole parse tree or leaves it to the whole parse', () => {
    const text = bigTemplate(12);
    const lines = text.split('\n');
    const editedLine = fc.oneof(
      fc.constantFrom('', '  ', '  New:', '    Type: AWS::S3::Bucket', 'Outputs:', '- item', '  - item', '# note', '    Key: !Ref X', '  Bad: [', "  Quote: 'x", '\t'),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.nat(lines.length - 1), editedLine, fc.boolean(), (index, line, insert) => {
        const edited = [...lines.slice(0, index), line, ...lines.slice(insert ? index : index + 1)].join('\n');
        const blocks = parseYamlBlocks(edited);
        if (blocks) assert.deepEqual(shape(blocks.root), shape(parseYaml(edited).root));
      }),
      { numRuns: 400, seed: 64 },
    );
  });
});
