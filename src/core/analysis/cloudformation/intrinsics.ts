import { longFormOf } from '../cfnTags';
import type { DocNode, Pair } from '../nodes';

/** An intrinsic function call found in the tree: `!Ref X`, `{ "Fn::GetAtt": [...] }` … */
export interface IntrinsicCall {
  /** Long form: `Ref`, `Fn::GetAtt`, `Fn::Sub` … */
  readonly name: string;
  /** The argument node. */
  readonly argument: DocNode;
  /** The node carrying the call: the tagged node, or the one-entry mapping. */
  readonly node: DocNode;
  /** For the long form: the `Fn::…` key's pair. */
  readonly pair?: Pair;
}

/** The intrinsic call `node` is, if any (tags are resolved through cfnTags' table). */
export function intrinsicOf(node: DocNode): IntrinsicCall | undefined {
  if (node.tag) {
    const name = longFormOf(node.tag);
    return name ? { name, argument: node, node } : undefined;
  }
  if (node.kind === 'mapping' && node.pairs.length === 1) {
    const pair = node.pairs[0];
    if (pair.key === 'Ref' || pair.key.startsWith('Fn::')) return { name: pair.key, argument: pair.value, node, pair };
  }
  return undefined;
}

/** The call whose argument `node` is (or sits in, one level down for list arguments). */
export function enclosingCall(node: DocNode): { call: IntrinsicCall; index?: number } | undefined {
  const own = node.tag ? intrinsicOf(node) : undefined;
  if (own) return { call: own };
  const parent = node.parent;
  if (parent?.kind === 'mapping') {
    const call = intrinsicOf(parent);
    if (call && call.argument === node) return { call };
  }
  if (parent?.kind === 'sequence') {
    const call = intrinsicOf(parent) ?? (parent.parent?.kind === 'mapping' ? intrinsicOf(parent.parent) : undefined);
    if (call && call.argument === parent) return { call, index: parent.items.indexOf(node) };
  }
  return undefined;
}

/** Every node of a subtree, depth first. */
export function* walk(node: DocNode | undefined): Generator<DocNode> {
  if (!node) return;
  yield node;
  if (node.kind === 'mapping') for (const pair of node.pairs) yield* walk(pair.value);
  else if (node.kind === 'sequence') for (const item of node.items) yield* walk(item);
}

/** `${Name}` and `${Name.Attr}` variables of an `Fn::Sub` string, by offsets into the source. */
export interface SubVariable {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The variables of a Sub string node, read from the source text so offsets stay exact whatever
 * the scalar style; `${!Literal}` is an escaped literal, not a variable.
 */
export function subVariables(source: string, node: DocNode): SubVariable[] {
  const text = source.slice(node.start, node.end);
  const variables: SubVariable[] = [];
  for (const match of text.matchAll(/\$\{([^}!][^}]*)\}/g)) {
    const start = node.start + (match.index ?? 0);
    variables.push({ name: match[1].trim(), start, end: start + match[0].length });
  }
  return variables;
}
