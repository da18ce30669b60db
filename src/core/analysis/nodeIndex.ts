import type { DocNode, MappingNode, Pair, SequenceNode } from './nodes';

/**
 * Lookups by offset in a parsed tree, so that a hover or a completion in a 50,000-line template
 * costs a few binary searches instead of a visit of every node. Each index is built on first use
 * and kept as long as its tree: trees are immutable and cached per document version.
 */

/** Below this many children a container is scanned: an index would cost more than it saves. */
const SCAN_BELOW = 16;

/** Where a container's children start and end (a pair: its key and its value, tags included). */
interface ChildSpans {
  readonly starts: number[];
  readonly ends: number[];
}

/** `null`: the spans do not grow in document order (broken input), so children are scanned. */
const spansOfContainer = new WeakMap<MappingNode | SequenceNode, ChildSpans | null>();

function valueStart(node: DocNode): number {
  return node.tagStart ?? node.start;
}

function buildSpans(container: MappingNode | SequenceNode): ChildSpans | null {
  const starts: number[] = [];
  const ends: number[] = [];
  const add = (start: number, end: number): boolean => {
    const ordered = starts.length === 0 || (start >= starts[starts.length - 1] && end >= ends[ends.length - 1]);
    starts.push(start);
    ends.push(end);
    return ordered;
  };
  if (container.kind === 'mapping') {
    for (const pair of container.pairs) {
      if (!add(Math.min(pair.keyStart, valueStart(pair.value)), Math.max(pair.keyEnd, pair.value.end))) return null;
    }
  } else {
    for (const item of container.items) if (!add(valueStart(item), item.end)) return null;
  }
  return { starts, ends };
}

/** The first index in `0..length` whose value passes `test` (which must hold from some index on). */
function firstIndex(length: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The indexes `[from, to)` of the children (pairs or items) of `container` that may hold
 * `offset`, in document order: every child outside them starts after it or ends before it.
 */
export function childrenAround(container: MappingNode | SequenceNode, offset: number): [number, number] {
  const count = container.kind === 'mapping' ? container.pairs.length : container.items.length;
  if (count < SCAN_BELOW) return [0, count];
  let spans = spansOfContainer.get(container);
  if (spans === undefined) spansOfContainer.set(container, (spans = buildSpans(container)));
  if (!spans) return [0, count];
  const { starts, ends } = spans;
  return [firstIndex(count, (i) => ends[i] >= offset), firstIndex(count, (i) => starts[i] > offset)];
}

/** Every node of a tree in document order (depth first), and every pair. */
function collect(root: DocNode | undefined): { nodes: DocNode[]; pairs: Pair[] } {
  const nodes: DocNode[] = [];
  const pairs: Pair[] = [];
  const visit = (node: DocNode): void => {
    nodes.push(node);
    if (node.kind === 'mapping') {
      for (const pair of node.pairs) {
        pairs.push(pair);
        visit(pair.value);
      }
    } else if (node.kind === 'sequence') node.items.forEach(visit);
  };
  if (root) visit(root);
  return { nodes, pairs };
}

/** Sorted by `offsetOf`; equal offsets keep their document order (Array.prototype.sort is stable). */
function sortedBy<T>(items: T[], offsetOf: (item: T) => number): T[] {
  return items.sort((a, b) => offsetOf(a) - offsetOf(b));
}

interface TagIndex {
  /** Tagged nodes by tag offset. */
  readonly nodes: readonly DocNode[];
  /** Each tagged node's rank in document order. */
  readonly rank: ReadonlyMap<DocNode, number>;
  readonly longestTag: number;
}

const tagIndexes = new WeakMap<DocNode, TagIndex>();

function tagIndexOf(root: DocNode): TagIndex {
  let index = tagIndexes.get(root);
  if (index) return index;
  const tagged = collect(root).nodes.filter((node) => node.tag && node.tagStart !== undefined);
  const rank = new Map(tagged.map((node, i) => [node, i]));
  const longestTag = tagged.reduce((longest, node) => Math.max(longest, node.tag!.length), 0);
  index = { nodes: sortedBy(tagged, (node) => node.tagStart!), rank, longestTag };
  tagIndexes.set(root, index);
  return index;
}

/**
 * The node whose YAML tag (`!Join` before a list) spans `offset`, tag end included; when tags
 * overlap (broken input), the first in document order.
 */
export function taggedNodeAt(root: DocNode | undefined, offset: number): DocNode | undefined {
  if (!root) return undefined;
  const { nodes, rank, longestTag } = tagIndexOf(root);
  let found: DocNode | undefined;
  for (let i = firstIndex(nodes.length, (j) => nodes[j].tagStart! >= offset - longestTag); i < nodes.length && nodes[i].tagStart! <= offset; i++) {
    const node = nodes[i];
    if (offset <= node.tagStart! + node.tag!.length && (!found || rank.get(node)! < rank.get(found)!)) found = node;
  }
  return found;
}

const pairIndexes = new WeakMap<DocNode, readonly Pair[]>();

/**
 * The pair whose key starts last in `[from, to)` and ends by `offset`; of keys starting at the
 * same offset (broken input), the first in document order.
 */
export function lastKeyStartingIn(root: DocNode | undefined, from: number, to: number, offset: number): Pair | undefined {
  if (!root) return undefined;
  let pairs = pairIndexes.get(root);
  if (!pairs) pairIndexes.set(root, (pairs = sortedBy(collect(root).pairs, (pair) => pair.keyStart)));
  let found: Pair | undefined;
  for (let i = firstIndex(pairs.length, (j) => pairs[j].keyStart >= to) - 1; i >= 0 && pairs[i].keyStart >= from; i--) {
    const pair = pairs[i];
    if (found && pair.keyStart < found.keyStart) break;
    if (pair.keyEnd <= offset) found = pair;
  }
  return found;
}
