import { getLocation } from 'jsonc-parser';
import { IacDocument } from './document';
import { childrenAround, lastKeyStartingIn } from './nodeIndex';
import { pathOf, type DocNode, type MappingNode, type Pair } from './nodes';

export type PathSegment = string | number;

/** What is under a position: a key (existing or being typed) or a value, and where in the tree. */
export interface CursorContext {
  readonly on: 'key' | 'value';
  /**
   * For a key: the path of the mapping the key is (or will be) in, e.g. `['hooks']` for a hook
   * name. For a value: the path to the value itself, e.g. `['os']` or `['files', 0, 'source']`.
   */
  readonly path: readonly PathSegment[];
  /** For a key: its text as far as written (`''` on an empty line). */
  readonly key?: string;
  /** For a key: the pair, when the key exists in the document. */
  readonly pair?: Pair;
  /** For a key: the mapping it is in, when that mapping exists in the document. */
  readonly mapping?: MappingNode;
  /** For a key: the other keys already in that mapping (so completion does not offer them twice). */
  readonly siblingKeys: readonly string[];
  /** For a value: the node under the cursor (an empty scalar after `key:`). */
  readonly node?: DocNode;
  /** The line is a new sequence item (`- ` before the cursor): the item may become a scalar or a mapping. */
  readonly inSequenceItem: boolean;
  /** The word under the cursor, and the offsets a completion replaces. */
  readonly word: string;
  readonly wordStart: number;
  readonly wordEnd: number;
}

/**
 * The context under `offset`, tolerant of half-typed documents: a key being typed on its own
 * line, an empty `hooks:`, a `- ` starting a list item. With `scope`, the path is relative to
 * that subtree and positions outside it give undefined (for analyzers handed a subtree).
 */
export function pathAt(doc: IacDocument, offset: number, scope?: DocNode): CursorContext | undefined {
  const context = contextAt(doc, offset);
  if (!context || !scope) return context;
  const prefix = pathOf(scope);
  const within = prefix.length <= context.path.length && prefix.every((segment, i) => context.path[i] === segment);
  return within ? { ...context, path: context.path.slice(prefix.length) } : undefined;
}

/**
 * The last context computed per document. One request asks several analyzers about the same
 * position (CloudFormation, then IAM inside a policy document; .ebextensions, then CloudFormation
 * in its Resources), and documents are immutable: the context is worked out once per request.
 */
const lastContext = new WeakMap<IacDocument, { offset: number; context: CursorContext | undefined }>();

function contextAt(doc: IacDocument, offset: number): CursorContext | undefined {
  const last = lastContext.get(doc);
  if (last?.offset === offset) return last.context;
  const context = doc.syntax === 'json' ? jsonContext(doc, offset) : yamlContext(doc, offset);
  lastContext.set(doc, { offset, context });
  return context;
}

/** The node at a path of keys and indexes, if there is one. */
export function nodeAtPath(root: DocNode | undefined, path: readonly PathSegment[]): DocNode | undefined {
  let node = root;
  for (const segment of path) {
    if (node?.kind === 'mapping') node = node.pairs.find((pair) => pair.key === segment)?.value;
    else if (node?.kind === 'sequence' && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return node;
}

/** The innermost key or value at `offset`: descends only into the children around it. */
export function nodeAt(root: DocNode | undefined, offset: number): { node: DocNode; pair?: Pair; onKey: boolean } | undefined {
  if (!root || offset < (root.tagStart ?? root.start) || offset > root.end) return undefined;
  if (root.kind === 'scalar') return { node: root, onKey: false };
  const [from, to] = childrenAround(root, offset);
  for (let i = from; i < to; i++) {
    if (root.kind === 'mapping') {
      const pair = root.pairs[i];
      if (offset >= pair.keyStart && offset <= pair.keyEnd) return { node: pair.value, pair, onKey: true };
    }
    const hit = nodeAt(root.kind === 'mapping' ? root.pairs[i].value : root.items[i], offset);
    if (hit) return hit;
  }
  return undefined;
}

const MARK = '__awsNotesCursor__';
const WORD_CHAR = /[\w\-.:/$@]/;

function yamlContext(doc: IacDocument, offset: number): CursorContext | undefined {
  const { line, character } = doc.positionAt(offset);
  const lineText = doc.lineText(line);
  const before = lineText.slice(0, character);
  const after = lineText.slice(character);
  const keyLine = /^(\s*)((?:-\s+)*)([^\s#'"{}[\],&*!|>%@`][^\s#]*)?$/.exec(before);
  const rest = /^([^\s#:]*)\s*$/.exec(after);
  const typed = keyLine?.[3] ?? '';
  if (keyLine && rest && !typed.endsWith(':')) {
    const context = keyBeingTyped(doc, offset, line, before, rest[1], keyLine[2] !== '');
    if (context) return context;
  }
  const hit = nodeAt(doc.root, offset);
  if (hit?.onKey && hit.pair) return keyContext(doc, hit.pair, offset);
  if (hit) return valueContext(doc, hit.node, offset, /^\s*-\s/.test(before));
  const pair = /:\s*$/.test(before) ? lastPairEndingOnLine(doc, line, offset) : undefined;
  return pair ? valueContext(doc, pair.value, offset, false) : undefined;
}

/**
 * A key alone on its line (or nothing yet): parse the text again with a marker key in its place,
 * so YAML itself decides by indentation which mapping (or list item) the key belongs to.
 */
function keyBeingTyped(doc: IacDocument, offset: number, line: number, before: string, restOfWord: string, dashed: boolean): CursorContext | undefined {
  const lineStart = doc.lineStart(line);
  const lineEnd = lineStart + doc.lineText(line).length;
  const replaced = doc.text.slice(0, lineStart) + before + MARK + restOfWord + ':' + doc.text.slice(lineEnd);
  const probe = new IacDocument(doc.fileName, replaced, 'yaml');
  const marked = findMarkedPair(probe.root);
  if (!marked) return undefined;
  const path = pathOf(marked.parent);
  const original = nodeAtPath(doc.root, path);
  const typedBefore = /[^\s-]*$/.exec(before)?.[0] ?? '';
  return {
    on: 'key',
    path,
    key: marked.key.replace(MARK, ''),
    mapping: original?.kind === 'mapping' ? original : undefined,
    siblingKeys: marked.parent.pairs.filter((pair) => pair !== marked).map((pair) => pair.key),
    inSequenceItem: dashed,
    word: typedBefore,
    wordStart: offset - typedBefore.length,
    wordEnd: offset + restOfWord.length,
  };
}

function findMarkedPair(node: DocNode | undefined): Pair | undefined {
  if (node?.kind === 'mapping') {
    for (const pair of node.pairs) {
      if (pair.key.includes(MARK)) return pair;
      const found = findMarkedPair(pair.value);
      if (found) return found;
    }
  }
  if (node?.kind === 'sequence') {
    for (const item of node.items) {
      const found = findMarkedPair(item);
      if (found) return found;
    }
  }
  return undefined;
}

function keyContext(doc: IacDocument, pair: Pair, offset: number): CursorContext {
  const keyText = doc.text.slice(pair.keyStart, pair.keyEnd);
  const quote = /^["']/.test(keyText) ? 1 : 0;
  return {
    on: 'key',
    path: pathOf(pair.parent),
    key: pair.key,
    pair,
    mapping: pair.parent,
    siblingKeys: pair.parent.pairs.filter((other) => other !== pair).map((other) => other.key),
    inSequenceItem: false,
    word: doc.text.slice(pair.keyStart + quote, offset),
    wordStart: pair.keyStart + quote,
    wordEnd: pair.keyEnd - quote,
  };
}

function valueContext(doc: IacDocument, node: DocNode, offset: number, inSequenceItem: boolean): CursorContext {
  const [wordStart, wordEnd] = node.kind === 'scalar' ? scalarWord(doc.text, node, offset) : wordAround(doc.text, offset);
  return {
    on: 'value',
    path: pathOf(node),
    node,
    siblingKeys: [],
    inSequenceItem,
    word: doc.text.slice(wordStart, offset),
    wordStart,
    wordEnd,
  };
}

/** The scalar's text between its quotes; nothing for an empty value. */
function scalarWord(text: string, node: DocNode, offset: number): [number, number] {
  if (node.kind === 'scalar' && node.value === null) return [offset, offset];
  const quoted = /^["']/.test(text[node.start] ?? '') ? 1 : 0;
  return [Math.min(node.start + quoted, offset), Math.max(node.end - quoted, offset)];
}

function wordAround(text: string, offset: number): [number, number] {
  let start = offset;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && WORD_CHAR.test(text[end])) end++;
  return [start, end];
}

/** The last key on `line` that ends by `offset` (`key:` with the cursor after the colon). */
function lastPairEndingOnLine(doc: IacDocument, line: number, offset: number): Pair | undefined {
  const nextLine = line + 1 < doc.lineCount ? doc.lineStart(line + 1) : Infinity;
  return lastKeyStartingIn(doc.root, doc.lineStart(line), nextLine, offset);
}

function jsonContext(doc: IacDocument, offset: number): CursorContext | undefined {
  const location = getLocation(doc.text, offset);
  const [wordStart, wordEnd] = wordAround(doc.text, offset);
  const word = doc.text.slice(wordStart, offset);
  if (location.isAtPropertyKey) {
    const path = location.path.slice(0, -1);
    const container = nodeAtPath(doc.root, path);
    const mapping = container?.kind === 'mapping' ? container : undefined;
    const pair = mapping?.pairs.find((candidate) => offset >= candidate.keyStart && offset <= candidate.keyEnd);
    return {
      on: 'key',
      path,
      key: String(location.path.at(-1) ?? ''),
      pair,
      mapping,
      siblingKeys: (mapping?.pairs ?? []).filter((other) => other !== pair).map((other) => other.key),
      inSequenceItem: false,
      word,
      wordStart,
      wordEnd,
    };
  }
  if (location.path.length === 0 && !doc.root) return undefined;
  const hit = nodeAt(doc.root, offset);
  const node = hit && !hit.onKey ? hit.node : nodeAtPath(doc.root, location.path);
  return { on: 'value', path: location.path, node, siblingKeys: [], inSequenceItem: false, word, wordStart, wordEnd };
}
