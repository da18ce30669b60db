import type { DocNode, MappingNode, Pair, ParsedSyntax } from './nodes';
import { parseYaml } from './parseYaml';

/**
 * Large YAML templates, parsed block by block so that an edit re-parses only the block it is in.
 *
 * A 50,000-line template takes the `yaml` library 1–2 s to parse, and every keystroke makes a
 * new version. But a CloudFormation template is a mapping of sections (`Resources:` …) whose
 * big ones are mappings of independent blocks (one per resource): each block is parsed on its
 * own, cached by its text, and the trees are joined with their offsets moved. Anything this
 * cannot join exactly (anchors and aliases, several documents, a top level that is not a block
 * mapping, a block with a syntax problem) answers `undefined`, and the caller parses the whole
 * text as usual — so broken documents get the library's own error recovery.
 */
export function parseYamlBlocks(text: string): ParsedSyntax | undefined {
  if (UNJOINABLE.test(text)) return undefined;
  const lines = lineSpans(text);
  const sections = splitAt(lines, 0, 0, lines.length);
  if (!sections) return undefined;
  const pairs: Pair[] = [];
  let end = 0;
  for (const section of sections) {
    const joined = sectionPair(text, lines, section.from, section.to);
    if (!joined) return undefined;
    pairs.push(joined.pair);
    end = joined.end;
  }
  return pairs.length === 0 ? undefined : { root: joinPairs(pairs, end), problems: [] };
}

/** A parsed block: its one pair, and where the block's mapping ends (its trailing line break included). */
interface BlockPair {
  readonly pair: Pair;
  readonly end: number;
}

/** A mapping of the given pairs, each re-parented under it. */
function joinPairs(pairs: Pair[], end: number, keyInParent?: string): MappingNode {
  const mapping: MappingNode = {
    kind: 'mapping',
    start: pairs[0].keyStart,
    end,
    ...(keyInParent !== undefined ? { keyInParent } : {}),
    pairs: [],
  };
  for (const pair of pairs) {
    pair.value.parent = mapping;
    mapping.pairs.push({ ...pair, parent: mapping });
  }
  return mapping;
}

/** Anchors and aliases (they tie blocks together), document markers and directives. */
const UNJOINABLE = /(?:^|[\s[{,])[&*][^\s,\]}]|^(?:---|\.\.\.|%)/m;
/** A line that starts a mapping key at its indentation: `Key:`, `"Key":`, `Key: value`. */
const KEY_LINE = /^(?:[^\s#\-?:[\]{},&*!|>'"%@`][^#]*?|"[^"\n]*"|'[^'\n]*'):(?:\s|$)/;
const BLOCKS_WORTH_SPLITTING = 2;

interface LineSpan {
  readonly start: number;
  readonly end: number;
  /** Leading spaces, or -1 for a blank or comment-only line. */
  readonly indent: number;
  readonly content: string;
}

function lineSpans(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const content = line.trimStart();
    const blank = content === '' || content.startsWith('#');
    spans.push({ start, end, indent: blank ? -1 : line.length - content.length, content });
    if (end === text.length) break;
    start = end + 1;
  }
  return spans;
}

/**
 * Splits lines [from, to) into blocks, each starting at a key line of exactly `indent` spaces;
 * undefined when a line leaves that structure (less indented content, a sequence item, text
 * that is not a key). Leading blank and comment lines go with the first block.
 */
function splitAt(lines: LineSpan[], indent: number, from: number, to: number): { from: number; to: number }[] | undefined {
  const blocks: { from: number; to: number }[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line.indent < 0 || line.indent > indent) {
      if (blocks.length === 0 && line.indent > indent) return undefined;
      continue;
    }
    if (line.indent < indent || !KEY_LINE.test(line.content) || line.content.includes('\t')) return undefined;
    if (blocks.length > 0) blocks[blocks.length - 1].to = i;
    blocks.push({ from: blocks.length === 0 ? from : i, to });
  }
  return blocks;
}

/**
 * One top-level section as a pair of the root: split into its blocks when its value is a block
 * mapping of several of them, else parsed whole.
 */
function sectionPair(text: string, lines: LineSpan[], from: number, to: number): BlockPair | undefined {
  const header = firstContentLine(lines, from, to);
  const childIndent = header + 1 < to ? firstIndentAfter(lines, header + 1, to) : undefined;
  const blocks = childIndent === undefined ? undefined : splitAt(lines, childIndent, header + 1, to);
  const headerOnly = /:\s*(?:#.*)?$/.test(lines[header].content);
  if (!headerOnly || !blocks || blocks.length < BLOCKS_WORTH_SPLITTING) {
    const whole = parseBlock(text, lines[from].start, blockEnd(text, lines, to));
    return whole && singlePair(whole);
  }
  const key = parseBlock(text, lines[from].start, lines[header].end);
  const keyPair = key && singlePair(key);
  if (!keyPair) return undefined;
  const pairs: Pair[] = [];
  let end = 0;
  for (const block of blocks) {
    const parsed = parseBlock(text, lines[block.from].start, blockEnd(text, lines, block.to));
    const blockPair = parsed && singlePair(parsed);
    if (!blockPair) return undefined;
    pairs.push(blockPair.pair);
    end = blockPair.end;
  }
  return { pair: { ...keyPair.pair, value: joinPairs(pairs, end, keyPair.pair.key) }, end };
}

/** Blocks end where the next one starts: their trailing line break, blank lines and comments are theirs. */
function blockEnd(text: string, lines: LineSpan[], to: number): number {
  return to < lines.length ? lines[to].start : text.length;
}

function firstContentLine(lines: LineSpan[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (lines[i].indent >= 0) return i;
  return from;
}

function firstIndentAfter(lines: LineSpan[], from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) if (lines[i].indent >= 0) return lines[i].indent;
  return undefined;
}

/** The one pair a block's mapping holds (its parent is set when it is joined); undefined for anything else. */
function singlePair(block: DocNode): BlockPair | undefined {
  return block.kind === 'mapping' && block.pairs.length === 1 && !block.tag ? { pair: block.pairs[0], end: block.end } : undefined;
}

/**
 * A block's tree at its place in the document: parsed from its own text (cached by that text,
 * so unchanged blocks are not parsed again) and copied with offsets moved to `start`.
 */
function parseBlock(text: string, start: number, end: number): DocNode | undefined {
  const source = text.slice(start, end);
  let parsed = blockCache.get(source);
  if (parsed === undefined) {
    parsed = parseYaml(source);
    blockCache.set(source, parsed);
    if (blockCache.size > BLOCK_CACHE_SIZE) blockCache.delete(blockCache.keys().next().value as string);
  }
  if (parsed.problems.length > 0 || !parsed.root) return undefined;
  return moved(parsed.root, start);
}

const BLOCK_CACHE_SIZE = 50_000;
const blockCache = new Map<string, ParsedSyntax>();

/** A deep copy of `node` with every offset moved by `delta` (the cached tree stays as parsed). */
function moved(node: DocNode, delta: number): DocNode {
  // Plain assignments, no spreads: this runs over every node of a large template.
  let copy: DocNode;
  if (node.kind === 'scalar') {
    copy = { kind: 'scalar', start: node.start + delta, end: node.end + delta, value: node.value, plain: node.plain };
  } else if (node.kind === 'sequence') {
    const items: DocNode[] = new Array(node.items.length);
    copy = { kind: 'sequence', start: node.start + delta, end: node.end + delta, items };
    for (let index = 0; index < items.length; index++) {
      const item = moved(node.items[index], delta);
      item.parent = copy;
      item.keyInParent = index;
      items[index] = item;
    }
  } else {
    const pairs: Pair[] = new Array(node.pairs.length);
    const mapping: MappingNode = { kind: 'mapping', start: node.start + delta, end: node.end + delta, pairs };
    for (let index = 0; index < pairs.length; index++) {
      const pair = node.pairs[index];
      const value = moved(pair.value, delta);
      value.parent = mapping;
      value.keyInParent = pair.key;
      pairs[index] = { key: pair.key, keyStart: pair.keyStart + delta, keyEnd: pair.keyEnd + delta, value, parent: mapping };
    }
    copy = mapping;
  }
  if (node.tag !== undefined) Object.assign(copy, { tag: node.tag, tagStart: (node.tagStart ?? node.start) + delta });
  return copy;
}
