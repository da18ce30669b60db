import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { DocNode, MappingNode, Pair, ParsedSyntax, SequenceNode, SyntaxProblem } from './nodes';

/** JSON (comments and trailing commas tolerated) → the generic node model. Never throws. */
export function parseJson(text: string): ParsedSyntax {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const problems: SyntaxProblem[] = errors.map((error) => ({
    start: error.offset,
    end: error.offset + Math.max(error.length, 1),
    message: `JSON: ${describe(printParseErrorCode(error.error))}`,
  }));
  return { root: tree ? convert(tree) : undefined, problems };
}

/** "PropertyNameExpected" → "property name expected". */
function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function convert(node: JsonNode): DocNode {
  const start = node.offset;
  const end = node.offset + node.length;
  if (node.type === 'object') {
    const mapping: MappingNode = { kind: 'mapping', start, end, pairs: [] };
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode) continue;
      const keyEnd = keyNode.offset + keyNode.length;
      const value: DocNode = valueNode ? convert(valueNode) : { kind: 'scalar', start: keyEnd, end: keyEnd, value: null, plain: true };
      const key = String(keyNode.value ?? '');
      const pair: Pair = { key, keyStart: keyNode.offset, keyEnd, value, parent: mapping };
      value.parent = mapping;
      value.keyInParent = key;
      mapping.pairs.push(pair);
    }
    return mapping;
  }
  if (node.type === 'array') {
    const sequence: SequenceNode = { kind: 'sequence', start, end, items: [] };
    (node.children ?? []).forEach((child, index) => {
      const item = convert(child);
      item.parent = sequence;
      item.keyInParent = index;
      sequence.items.push(item);
    });
    return sequence;
  }
  const value = node.value as unknown;
  return {
    kind: 'scalar',
    start,
    end,
    value: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null,
    plain: node.type !== 'string',
  };
}
