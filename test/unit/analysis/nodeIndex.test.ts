import * as assert from 'node:assert/strict';
import { nodeAt, pathAt } from '../../../src/core/analysis/cursor';
import { IacDocument } from '../../../src/core/analysis/document';
import { childrenAround, lastKeyStartingIn, taggedNodeAt } from '../../../src/core/analysis/nodeIndex';
import type { DocNode, MappingNode, Pair, ScalarNode } from '../../../src/core/analysis/nodes';

/** Every node and pair in document order: the plain scans the indexes must agree with. */
function everything(root: DocNode | undefined): { nodes: DocNode[]; pairs: Pair[] } {
  const nodes: DocNode[] = [];
  const pairs: Pair[] = [];
  const visit = (node: DocNode): void => {
    nodes.push(node);
    if (node.kind === 'mapping') for (const pair of node.pairs) (pairs.push(pair), visit(pair.value));
    if (node.kind === 'sequence') node.items.forEach(visit);
  };
  if (root) visit(root);
  return { nodes, pairs };
}

/** nodeAt as a scan of every child at every level. */
function scannedNodeAt(root: DocNode | undefined, offset: number): ReturnType<typeof nodeAt> {
  if (!root || offset < (root.tagStart ?? root.start) || offset > root.end) return undefined;
  if (root.kind === 'scalar') return { node: root, onKey: false };
  if (root.kind === 'mapping') {
    for (const pair of root.pairs) {
      if (offset >= pair.keyStart && offset <= pair.keyEnd) return { node: pair.value, pair, onKey: true };
      const hit = scannedNodeAt(pair.value, offset);
      if (hit) return hit;
    }
    return undefined;
  }
  for (const item of root.items) {
    const hit = scannedNodeAt(item, offset);
    if (hit) return hit;
  }
  return undefined;
}

/** A template with more resources than are scanned, tags on scalars, lists and mappings, and a broken tail. */
const resources = Array.from({ length: 40 }, (_, i) =>
  [
    `  Res${i}:`,
    `    Type: AWS::SQS::Queue`,
    `    Properties:`,
    `      QueueName: !Sub "\${AWS::StackName}-${i}"`,
    `      Tags: !If [Cond, [{Key: a, Value: !Ref Res${(i + 1) % 40}}], !Ref AWS::NoValue]`,
    `      Policy: !GetAtt Res${i}.Arn`,
  ].join('\n'),
).join('\n');
const TEMPLATE = `Resources:\n${resources}\nOutputs:\n  Out: {Value: !Join ["", [a, !Ref Res1]]}\n  Broken: [!Ref\n`;

describe('nodeIndex (lookups by offset in a parsed tree)', () => {
  const yamlDoc = new IacDocument('/w/t.yaml', TEMPLATE);
  const jsonDoc = new IacDocument('/w/t.json', JSON.stringify({ Resources: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`R${i}`, { Type: 'AWS::SQS::Queue', List: [1, 2, { Ref: 'X' }] }])) }, null, 1));

  it('childrenAround narrows a long mapping to the child holding the offset, and leaves short ones whole', () => {
    const resourcesNode = (yamlDoc.root as MappingNode).pairs[0].value as MappingNode;
    const target = resourcesNode.pairs[17];
    const [from, to] = childrenAround(resourcesNode, target.keyStart + 2);
    assert.deepEqual([from, to], [17, 18]);
    assert.deepEqual(childrenAround(yamlDoc.root as MappingNode, 5), [0, 2]);
  });

  it('childrenAround scans every child when their offsets do not grow in document order', () => {
    const value = (at: number): ScalarNode => ({ kind: 'scalar', start: at + 2, end: at + 3, value: 'v', plain: true });
    const mapping: MappingNode = { kind: 'mapping', start: 0, end: 200, pairs: [] };
    for (const at of [100, ...Array.from({ length: 20 }, (_, i) => i * 4)]) mapping.pairs.push({ key: `k${at}`, keyStart: at, keyEnd: at + 1, value: value(at), parent: mapping });
    assert.deepEqual(childrenAround(mapping, 40), [0, 21]);
  });

  it('nodeAt finds what a scan of every node finds, at every offset (YAML with tags and a broken tail, JSON)', () => {
    for (const doc of [yamlDoc, jsonDoc]) {
      for (let offset = 0; offset <= doc.text.length; offset++) assert.deepEqual(nodeAt(doc.root, offset), scannedNodeAt(doc.root, offset), `offset ${offset}`);
    }
  });

  it('taggedNodeAt finds the first node in document order whose tag spans the offset, at every offset', () => {
    const { nodes } = everything(yamlDoc.root);
    for (let offset = 0; offset <= yamlDoc.text.length; offset++) {
      const expected = nodes.find((node) => node.tag && node.tagStart !== undefined && offset >= node.tagStart && offset <= node.tagStart + node.tag.length);
      assert.equal(taggedNodeAt(yamlDoc.root, offset), expected, `offset ${offset}`);
    }
    assert.equal(taggedNodeAt(undefined, 0), undefined);
  });

  it('taggedNodeAt: of overlapping tags (broken input), the first in document order', () => {
    const inner: ScalarNode = { kind: 'scalar', start: 20, end: 25, tag: '!Ref', tagStart: 14, value: 'x', plain: true };
    const outer: MappingNode = { kind: 'mapping', start: 12, end: 30, tag: '!If', tagStart: 12, pairs: [] };
    outer.pairs.push({ key: 'k', keyStart: 18, keyEnd: 19, value: inner, parent: outer });
    assert.equal(taggedNodeAt(outer, 15), outer);
    assert.equal(taggedNodeAt(outer, 17), inner);
  });

  it('lastKeyStartingIn: the key starting last in the range that ends by the offset, the first of equal starts', () => {
    const { pairs } = everything(yamlDoc.root);
    for (let line = 0; line < yamlDoc.lineCount; line++) {
      const from = yamlDoc.lineStart(line);
      const to = line + 1 < yamlDoc.lineCount ? yamlDoc.lineStart(line + 1) : Infinity;
      for (const offset of [from, from + 10, from + 40, to - 1]) {
        const expected = pairs.filter((pair) => pair.keyStart >= from && pair.keyStart < to && pair.keyEnd <= offset).reduce<Pair | undefined>((best, pair) => (!best || pair.keyStart > best.keyStart ? pair : best), undefined);
        assert.equal(lastKeyStartingIn(yamlDoc.root, from, to, offset), expected, `line ${line}, offset ${offset}`);
      }
    }
    const mapping: MappingNode = { kind: 'mapping', start: 0, end: 9, pairs: [] };
    const empty = (): ScalarNode => ({ kind: 'scalar', start: 5, end: 5, value: null, plain: true });
    mapping.pairs.push({ key: 'first', keyStart: 2, keyEnd: 4, value: empty(), parent: mapping }, { key: 'second', keyStart: 2, keyEnd: 4, value: empty(), parent: mapping });
    assert.equal(lastKeyStartingIn(mapping, 0, 9, 9)?.key, 'first');
    assert.equal(lastKeyStartingIn(mapping, 0, 9, 3), undefined);
  });

  it('pathAt answers each offset for itself when asked again and again (the context is kept per document)', () => {
    const queueName = TEMPLATE.indexOf('QueueName') + 2;
    const type = TEMPLATE.indexOf('Type:') + 8;
    for (const [offset, path] of [[queueName, ['Resources', 'Res0', 'Properties']], [type, ['Resources', 'Res0', 'Type']], [queueName, ['Resources', 'Res0', 'Properties']]] as const) {
      assert.deepEqual(pathAt(yamlDoc, offset)?.path, path);
    }
    assert.equal(pathAt(yamlDoc, type), pathAt(yamlDoc, type));
  });
});
