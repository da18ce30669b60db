import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLError } from 'yaml';
import { CFN_YAML_TAGS, PREPROCESSOR_TAG_PREFIXES } from './cfnTags';
import type { DocNode, MappingNode, Pair, ParsedSyntax, ScalarNode, SequenceNode, SyntaxProblem } from './nodes';

/**
 * YAML → the generic node model. Parsing never throws: `yaml` recovers from broken input and
 * reports errors, which become syntax problems; every CloudFormation short tag is known.
 */
export function parseYaml(text: string): ParsedSyntax {
  const document = parseDocument(text, { customTags: CFN_YAML_TAGS, uniqueKeys: false, prettyErrors: false, strict: false });
  const problems: SyntaxProblem[] = [...document.errors, ...document.warnings].filter((problem) => !isPreprocessorTag(problem, text)).map((problem) => ({
    start: problem.pos[0],
    end: Math.max(problem.pos[1], problem.pos[0] + 1),
    message: firstLine(problem.message),
    ...(problem.name === 'YAMLWarning' ? { warning: true } : {}),
  }));
  const root = document.contents ? convert(document.contents, text, 0) : undefined;
  return { root, problems };
}

/** The "unresolved tag" warning of a preprocessor's tag (`!Rain::Embed`), which is no problem. */
function isPreprocessorTag(problem: YAMLError, text: string): boolean {
  if (problem.code !== 'TAG_RESOLVE_FAILED') return false;
  const written = text.slice(problem.pos[0], problem.pos[1]);
  return PREPROCESSOR_TAG_PREFIXES.some((prefix) => written.startsWith(prefix));
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

function convert(node: YamlNode, text: string, fallbackOffset: number): DocNode {
  const [start, end] = node.range ?? [fallbackOffset, fallbackOffset];
  const tagged = tagOf(node, text, start);
  if (isMap(node)) {
    const mapping: MappingNode = { kind: 'mapping', start, end, ...tagged, pairs: [] };
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const keyNode = item.key as YamlNode | null;
      const keyRange = keyNode?.range ?? [start, start];
      const key = isScalar(keyNode) ? String(keyNode.value ?? '') : text.slice(keyRange[0], keyRange[1]);
      const valueNode = item.value as YamlNode | null;
      const value = valueNode ? convert(valueNode, text, keyRange[1]) : emptyScalar(keyRange[1]);
      // The non-specific tag `!` only keeps a key a string: harmless, not recorded.
      const keyTag = keyNode?.tag?.startsWith('!') && keyNode.tag !== '!' ? { keyTag: keyNode.tag } : {};
      const pair: Pair = { key, keyStart: keyRange[0], keyEnd: keyRange[1], ...keyTag, value, parent: mapping };
      value.parent = mapping;
      value.keyInParent = key;
      mapping.pairs.push(pair);
    }
    return mapping;
  }
  if (isSeq(node)) {
    const sequence: SequenceNode = { kind: 'sequence', start, end, ...tagged, items: [] };
    node.items.forEach((item, index) => {
      const child = item ? convert(item as YamlNode, text, start) : emptyScalar(start);
      child.parent = sequence;
      child.keyInParent = index;
      sequence.items.push(child);
    });
    return sequence;
  }
  if (isScalar(node)) {
    const value = node.value;
    const scalar: ScalarNode = {
      kind: 'scalar',
      start,
      end,
      ...tagged,
      value: value === null || value === undefined ? null : typeof value === 'number' || typeof value === 'boolean' ? value : String(value),
      plain: node.type === 'PLAIN',
    };
    return scalar;
  }
  // An alias (`*name`): kept as its source text; anchors are rare in IaC files.
  const source = isAlias(node) ? `*${node.source}` : text.slice(start, end);
  return { kind: 'scalar', start, end, value: source, plain: true };
}

function emptyScalar(offset: number): ScalarNode {
  return { kind: 'scalar', start: offset, end: offset, value: null, plain: true };
}

/** A local tag (`!GetAtt`) and where it is written; standard `!!` tags are not interesting. */
function tagOf(node: YamlNode, text: string, start: number): { tag?: string; tagStart?: number } {
  const tag = node.tag;
  if (!tag || !tag.startsWith('!')) return {};
  const tagStart = text.lastIndexOf(tag, start);
  return { tag, tagStart: tagStart >= 0 && start - tagStart <= tag.length + 200 ? tagStart : start };
}
