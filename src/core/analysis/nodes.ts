/**
 * One node model over YAML and JSON documents, so analyzers never care which syntax a file uses.
 * Offsets are into the document text (0-based, UTF-16 like VS Code); `IacDocument` turns them into
 * positions. Every node knows its parent and the key (or index) it sits under.
 */
export type DocNode = MappingNode | SequenceNode | ScalarNode;

interface NodeBase {
  /** Offset of the node's first character (its tag, if any, excluded). */
  readonly start: number;
  /** Offset just past the node's last character. */
  readonly end: number;
  /** The YAML tag as written (`!GetAtt`, `!Ref`), if any; JSON nodes have none. */
  readonly tag?: string;
  /** Offset of the tag, when there is one. */
  readonly tagStart?: number;
  parent?: MappingNode | SequenceNode;
  /** Under which key (mapping) or index (sequence) the node sits; undefined for the root. */
  keyInParent?: string | number;
}

export interface MappingNode extends NodeBase {
  readonly kind: 'mapping';
  readonly pairs: Pair[];
}

export interface SequenceNode extends NodeBase {
  readonly kind: 'sequence';
  readonly items: DocNode[];
}

export interface ScalarNode extends NodeBase {
  readonly kind: 'scalar';
  /** The parsed value: `null` for an empty value (`hooks:` with nothing under it). */
  readonly value: string | number | boolean | null;
  /** Whether the scalar is plain (unquoted) YAML or a JSON literal: the shape of a half-typed key. */
  readonly plain: boolean;
}

export interface Pair {
  /** The key's text (non-string keys as their source text). */
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  /** A YAML tag written on the key itself (`!ImportValue Fn::Sub: …`), if any: keys are plain text. */
  readonly keyTag?: string;
  /** The value; a scalar with value `null` when nothing follows the colon. */
  readonly value: DocNode;
  readonly parent: MappingNode;
}

/** The pair of `mapping` under `key`, first match. */
export function pairOf(mapping: MappingNode | undefined, key: string): Pair | undefined {
  return mapping?.pairs.find((pair) => pair.key === key);
}

/** The value of `mapping` under `key`. */
export function valueOf(node: DocNode | undefined, key: string): DocNode | undefined {
  return node?.kind === 'mapping' ? pairOf(node, key)?.value : undefined;
}

/** The scalar value as a string, or undefined for collections and empty values. */
export function scalarText(node: DocNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

/** Whether a value is empty: `key:` with nothing after it. */
export function isEmptyValue(node: DocNode | undefined): boolean {
  return node === undefined || (node.kind === 'scalar' && node.value === null);
}

/** Keys and indexes from the root down to `node`. */
export function pathOf(node: DocNode): (string | number)[] {
  const path: (string | number)[] = [];
  for (let current: DocNode | undefined = node; current?.keyInParent !== undefined; current = current.parent) {
    path.unshift(current.keyInParent);
  }
  return path;
}

/** The pair whose value is `node`, if `node` sits in a mapping. */
export function pairAbove(node: DocNode): Pair | undefined {
  const parent = node.parent;
  return parent?.kind === 'mapping' ? parent.pairs.find((pair) => pair.value === node) : undefined;
}

/** Whether `ancestor` is `node` or contains it. */
export function isWithin(node: DocNode, ancestor: DocNode): boolean {
  for (let current: DocNode | undefined = node; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/** A syntax error of the document, by offsets. */
export interface SyntaxProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** A YAML warning (e.g. an unknown `!Tag`) rather than an error. */
  readonly warning?: boolean;
}

/** What a parser gives: the root (undefined for an empty document) and the syntax errors. */
export interface ParsedSyntax {
  readonly root: DocNode | undefined;
  readonly problems: SyntaxProblem[];
}
